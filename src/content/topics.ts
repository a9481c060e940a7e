import type {Checklist} from './types.js';
import {childExploitation} from './child-exploitation.js';
import {sexualExploitation} from './sexual-exploitation.js';
import {extremism} from './extremism.js';
import {modernSlavery} from './modern-slavery.js';
import {sexting} from './sexting.js';

/**
 * Every safeguarding subject, by the name pages use in `topic`: what it is,
 * its signs, advice and tips where the sources have them, and its contact
 * card. The elements and the tests iterate it.
 */
export const TOPICS = {
  'child-exploitation': childExploitation,
  'sexual-exploitation': sexualExploitation,
  extremism,
  'modern-slavery': modernSlavery,
  sexting,
};

export type TopicName = keyof typeof TOPICS;
export const TOPIC_NAMES = Object.keys(TOPICS) as TopicName[];

/** The topics whose signs a parent can tick: a type, so a checklist topic surely has a checklist. */
export type ChecklistTopic = {
  [Name in TopicName]: (typeof TOPICS)[Name] extends {checklist: Checklist} ? Name : never;
}[TopicName];
