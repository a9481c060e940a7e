// The examples of <safeguard-quick-exit> (examples/index.js gathers every element's).
import {defineExamples} from '../../examples/define.js';

export default defineExamples('quick-exit', [
  {slug: 'sticky', name: 'Sticky'},
  {slug: 'inline', name: 'Inline', attributes: 'position="inline"', bench: true},
  {slug: 'fixed', name: 'Fixed', attributes: 'position="fixed"'},
]);
