import type {ContactTopic} from './contacts.js';

/** A titled list of warning signs: one fieldset in the checklist. */
export interface SignGroup {
  /** The question or heading over the list. */
  legend: () => string;
  /** Each sign exactly as its source lists it. */
  signs: () => string[];
}

/** One safeguarding subject, as the topic guide explains it. */
export interface Topic {
  title: () => string;
  /** What it is, in plain words: one string a paragraph. */
  about: () => string[];
  /** The warning signs, where the sources give them. */
  signGroups?: () => SignGroup[];
  /** What a parent can do. */
  advice?: () => string[];
  /** Who does what locally. */
  local?: () => string[];
  /** Which contact card to show. */
  contacts: ContactTopic;
}
