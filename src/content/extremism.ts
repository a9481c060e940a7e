import {msg} from '@lit/localize';
import type {Topic} from './topic.js';

/** Prevent: violent extremism and terrorism (tackling-exploitation.txt). */
export const extremism: Topic = {
  title: () => msg('Extremism and terrorism'),
  about: () => [
    msg('Violent extremism and terrorism are very rare in the UK, but they are still a danger to us all. A few people encourage violence in the name of politics or religion.'),
    msg('Terrorism is when people use unlawful force or threats to push a belief. It can mean threatening someone because of their colour or religion. It can mean damaging property to make a political point, or setting off a bomb.'),
    msg('Terrorists can come from any background, community or religion. They can be young or old, male or female. They believe violence is right and will bring them respect, money or glory.'),
  ],
  local: () => [
    msg('Prevent is about stopping people from becoming terrorists or supporting violent extremism in the first place.'),
    msg('Hampshire Constabulary, local councils and partner agencies work with people across Hampshire and the Isle of Wight. Together they build strong, safe communities that reject extremism.'),
  ],
  contacts: 'extremism',
};
