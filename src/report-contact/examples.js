// The examples of <safeguard-report-contact> (examples/index.js gathers every element's).
import {defineExamples} from '../../examples/define.js';

export default defineExamples('report-contact', [
  {slug: 'general', name: 'General', bench: true},
  {slug: 'sexual-exploitation', name: 'Sexual exploitation', attributes: 'topic="sexual-exploitation"'},
  {slug: 'modern-slavery', name: 'Modern slavery', attributes: 'topic="modern-slavery"'},
  {slug: 'extremism', name: 'Extremism', attributes: 'topic="extremism"'},
  {slug: 'sexting', name: 'Sexting', attributes: 'topic="sexting"'},
  {slug: 'compact', name: 'Compact', attributes: 'variant="compact"'},
  {slug: 'compact-modern-slavery', name: 'Compact, modern slavery', attributes: 'variant="compact" topic="modern-slavery"'},
]);
