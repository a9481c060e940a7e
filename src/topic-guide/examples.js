// The examples of <safeguard-topic-guide> (examples/index.js gathers every element's).
import {defineExamples} from '../../examples/define.js';

export default defineExamples('topic-guide', [
  {slug: 'child-exploitation', name: 'Child exploitation'},
  {slug: 'sexual-exploitation', name: 'Sexual exploitation', attributes: 'topic="sexual-exploitation"'},
  {slug: 'extremism', name: 'Extremism', attributes: 'topic="extremism"'},
  {slug: 'modern-slavery', name: 'Modern slavery', attributes: 'topic="modern-slavery"', bench: true},
  {slug: 'sexting', name: 'Sexting', attributes: 'topic="sexting"'},
  {slug: 'heading-level-3', name: 'Heading level 3', attributes: 'topic="modern-slavery" heading-level="3"'},
]);
