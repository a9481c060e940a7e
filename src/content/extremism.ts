import {msg} from '@lit/localize';
import type {Topic} from './types.js';

/** Prevent: violent extremism and terrorism (docs/sources/tackling-exploitation.txt). */
export const extremism = {
  title: () => msg('Extremism and terrorism', {desc: 'Title of the topic guide on violent extremism and terrorism.'}),
  about: () => [
    msg('Violent extremism and terrorism are very rare in the UK. But they are still a danger to us all. A few people here praise violence and urge others to use it, in the name of politics or religion.', {desc: 'Topic guide, “What it is”. Calm and factual.'}),
    msg('Terrorism is the use of unlawful force or threats to push a belief. It can mean threatening someone because of their colour or religion. It can mean damaging property to make a political point. It can mean setting off a bomb to kill or hurt people and scare whole communities.', {desc: 'Topic guide, “What it is”. Colour: skin colour.'}),
    msg('Terrorists can come from any background, community or religion. They can be young or old, male or female. They think violence is right. They think it will bring them respect, riches or glory.', {desc: 'Topic guide, “What it is”.'}),
  ],
  local: () => [
    msg('Prevent is the work to stop people from becoming terrorists, or from backing violent extremism, in the first place.', {desc: 'Topic guide, “What is being done locally”. Prevent is the name of a UK programme: keep the name.'}),
    msg('Hampshire Constabulary and local councils do this work with other agencies and the public. Together they build strong, safe communities that say no to extremism.', {desc: 'Topic guide, “What is being done locally”.'}),
  ],
  contacts: 'extremism',
} satisfies Topic;
