import {msg} from '@lit/localize';
import type {Tip, Topic} from './types.js';

/** The three tips on preventing sexting (docs/sources/tackling-exploitation.txt). */
const sextingTips = (): Tip[] => [
  {
    summary: () => msg('Ask what they share', {desc: 'Summary line of a tip for parents (it opens the tip). Short, an instruction to the parent.'}),
    detail: () => [
      msg('Ask your child to tell you what kinds of things they share, who with, and how.', {desc: 'Tip for parents, detail.'}),
    ],
  },
  {
    summary: () => msg('Learn the apps they use', {desc: 'Summary line of a tip for parents (it opens the tip). Short, an instruction to the parent.'}),
    detail: () => [
      msg('Find out which social media apps your child uses and what can be done on them.', {desc: 'Tip for parents, detail.'}),
      msg('Some apps do not let you send photos. Others let you set a time limit before a message disappears. But a message never really disappears if someone takes a screenshot and misuses it.', {desc: 'Tip for parents, detail.'}),
    ],
  },
  {
    summary: () => msg('Talk about sexting', {desc: 'Summary line of a tip for parents (it opens the tip). Short, an instruction to the parent.'}),
    detail: () => [
      msg('Tell your child what sexting is and how they can protect themselves.', {desc: 'Tip for parents, detail.'}),
      msg('Help them think about what they share with others, and who might see it online.', {desc: 'Tip for parents, detail.'}),
    ],
  },
];

/** "If you are unsure of what to do" (docs/sources/tackling-exploitation.txt). */
const ifUnsure = (): string =>
  msg('Contact the police. A call handler can help you.', {desc: 'Under the heading “If you are not sure what to do”. A call handler answers police phone calls.'});

/** Children, sexting and sexual imagery (docs/sources/tackling-exploitation.txt). */
export const sexting = {
  title: () => msg('Sexting', {desc: 'Title of the sexting guide. Use the word people in your language use for sending sexual messages or images; if there is none, explain it in two or three words.'}),
  about: () => [
    msg('Sexting means using a phone or computer to make and send sexual photos, videos or messages to others online. It can happen between adults and children, and between children.', {desc: 'Sexting guide: what it is.'}),
    msg('Sexting is risky, and it is a safeguarding concern. Children often do not know the law, the risks or what can happen next.', {desc: 'Sexting guide. Safeguarding: protecting children from harm.'}),
    msg('In the UK it is against the law to make or share a sexual image of anyone under 18. That includes a child taking an image of themselves.', {desc: 'Sexting guide: the law. Keep the number 18.'}),
  ],
  tips: sextingTips,
  ifUnsure,
  contacts: 'sexting',
} satisfies Topic;
