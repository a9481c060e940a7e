import type {ChecklistTopic, TOPICS} from './topics.js';
import {childExploitation} from './child-exploitation.js';
import {sexualExploitation} from './sexual-exploitation.js';

/**
 * The topics with a checklist, as `<safeguard-signs-checklist>` needs them:
 * without the other topics' prose, so the checklist alone stays small. The
 * type keeps it equal to the topics in TOPICS that have a checklist (one
 * missing or one too many does not compile).
 */
export const CHECKLIST_TOPICS: {[Name in ChecklistTopic]: (typeof TOPICS)[Name]} = {
  'child-exploitation': childExploitation,
  'sexual-exploitation': sexualExploitation,
};
