import type {TemplateResult} from 'lit';
import type {ContactTopic} from './contacts.js';

/** A titled list of warning signs: one fieldset in the checklist. */
export interface SignGroup {
  /** The question or heading over the list. */
  legend: () => string;
  /** Each sign exactly as its source lists it. */
  signs: () => string[];
}

/** The signs a parent can tick, and what to do once one is ticked. */
export interface Checklist {
  /** The checklist's heading. */
  heading: () => string;
  groups: () => SignGroup[];
  /** What a parent can do, shown once a sign is ticked. */
  advice: () => string[];
}

/** A tip for parents: a short summary and the detail behind it. */
export interface Tip {
  summary: () => string;
  detail: () => string[];
}

/** One safeguarding subject, as the topic guide explains it. */
export interface Topic {
  title: () => string;
  /** What it is, in plain words: one string a paragraph. */
  about: () => string[];
  /** Warning signs a parent can tick (`<safeguard-signs-checklist>`). */
  checklist?: Checklist;
  /** Signs shown as a plain list, where there is no checklist. */
  signs?: () => SignGroup[];
  /** Tips for parents (`<safeguard-sexting-tips>` shows the topic that has them). */
  tips?: () => Tip[];
  /** What to do when unsure, over the contact card of a topic with tips. */
  ifUnsure?: () => string | TemplateResult;
  /** Who does what locally. */
  local?: () => string[];
  /** Which contact card to show. */
  contacts: ContactTopic;
}

/** A topic with tips for parents, as `<safeguard-sexting-tips>` shows it. */
export type TipsTopic = Topic & Required<Pick<Topic, 'tips'>>;

export const hasTips = (topic: Topic): topic is TipsTopic => !!topic.tips;
