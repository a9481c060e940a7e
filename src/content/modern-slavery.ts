import {msg} from '@lit/localize';
import type {SignGroup, Topic} from './topic.js';

/** What to call about, from "To speak in confidence..." in the source. */
export const slaveryConcerns: SignGroup = {
  legend: () => msg('Call in confidence about:'),
  signs: () => [
    msg('People who are exploiting, enslaving or threatening others more vulnerable than them.'),
    msg('People you believe have been trafficked, enslaved or exploited or forced to work.'),
    msg('Suspicious activity you believe could be linked to trafficking or slavery.'),
  ],
};

/** Modern slavery (tackling-exploitation.txt). */
export const modernSlavery: Topic = {
  title: () => msg('Modern slavery'),
  about: () => [
    msg('Men, women and children are moved, exploited and enslaved all over the world. It happens across the UK and here in Hampshire too.'),
    msg('It is not always clear when someone is a victim of slavery, trafficking or exploitation. We may meet them every day without knowing. That is why your help is needed to find victims and stop the abuse.'),
  ],
  signGroups: () => [slaveryConcerns],
  local: () => [
    msg('The Modern Slavery Partnership for Hampshire and the Isle of Wight brings many agencies together to fight slavery and support victims. Hampshire Constabulary set it up in 2013. The Office of the Police and Crime Commissioner funds it.'),
  ],
  contacts: 'modern-slavery',
};
