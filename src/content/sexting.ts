import {msg} from '@lit/localize';
import type {Topic} from './topic.js';

/** A tip for parents: a short summary and the detail behind it. */
export interface Tip {
  summary: () => string;
  detail: () => string[];
}

/** The three tips on preventing sexting (tackling-exploitation.txt). */
export const sextingTips = (): Tip[] => [
  {
    summary: () => msg('Ask what they share'),
    detail: () => [
      msg('Ask your child to tell you what kinds of things they share, who with, and how.'),
    ],
  },
  {
    summary: () => msg('Learn the apps they use'),
    detail: () => [
      msg('Find out which social media apps your child uses and what can be done on them.'),
      msg('Some apps do not let you send photos. Others let you set a time limit before a message disappears. But a message never really disappears if someone takes a screenshot and misuses it.'),
    ],
  },
  {
    summary: () => msg('Talk about sexting'),
    detail: () => [
      msg('Tell your child what sexting is and how they can protect themselves.'),
      msg('Help them think about what they share with others, and who might see it online.'),
    ],
  },
];

/** "If you are unsure of what to do" (tackling-exploitation.txt). */
export const ifUnsure = (): string =>
  msg('Contact the police. A call handler can help you.');

/** Children, sexting and sexual imagery (tackling-exploitation.txt). */
export const sexting: Topic = {
  title: () => msg('Sexting'),
  about: () => [
    msg('Sexting means using a phone or computer to make and send sexual photos, videos or messages to others online. It can happen between adults and children, and between children.'),
    msg('Sexting is risky, and it is a safeguarding concern. Children often do not know the law, the risks or what can happen next.'),
    msg('In the UK it is against the law to make or share a sexual image of anyone under 18. That includes a child taking an image of themselves.'),
  ],
  contacts: 'sexting',
};
