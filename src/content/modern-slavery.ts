import {msg} from '@lit/localize';
import type {SignGroup, Topic} from './types.js';

/** What to call about, from "To speak in confidence..." in the source. */
export const slaveryConcerns: SignGroup = {
  legend: () => msg('Call in confidence about:', {desc: 'Heading over a list of things to report to the Modern Slavery Helpline. Ends with a colon.'}),
  signs: () => [
    msg('People who are exploiting, enslaving or threatening others more vulnerable than them.', {desc: 'Item under “Call in confidence about:”.'}),
    msg('People you believe have been trafficked, enslaved or exploited or forced to work.', {desc: 'Item under “Call in confidence about:”.'}),
    msg('Suspicious activity you believe could be linked to trafficking or slavery.', {desc: 'Item under “Call in confidence about:”.'}),
  ],
};

/** Modern slavery (docs/sources/tackling-exploitation.txt). */
export const modernSlavery = {
  title: () => msg('Modern slavery', {desc: 'Title of the topic guide on modern slavery and human trafficking.'}),
  about: () => [
    msg('Men, women and children are moved, exploited and enslaved all over the world. It happens across the UK and here in Hampshire too.', {desc: 'Topic guide, “What it is”.'}),
    msg('It is not always clear when someone is a victim of slavery, trafficking or exploitation. We may meet them every day without knowing. That is why your help is needed to find victims and stop the abuse.', {desc: 'Topic guide, “What it is”.'}),
  ],
  signs: () => [slaveryConcerns],
  local: () => [
    msg('The Modern Slavery Partnership for Hampshire and the Isle of Wight brings many agencies together to fight slavery and support victims. Hampshire Constabulary set it up in 2013. The Office of the Police and Crime Commissioner funds it.', {desc: 'Topic guide, “What is being done locally”. Keep the year 2013.'}),
  ],
  contacts: 'modern-slavery',
} satisfies Topic;
