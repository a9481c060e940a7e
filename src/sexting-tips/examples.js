// The examples of <safeguard-sexting-tips> (examples/index.js gathers every element's).
import {defineExamples} from '../../examples/define.js';
import {toggleTip} from './harness.js';

/** Opens the first tip, as a reader would (a click on its summary). */
const openFirstTip = async (/** @type {HTMLElement} */ element) => toggleTip(element, 0);

export default defineExamples('sexting-tips', [
  {slug: 'closed', name: 'Closed', bench: true},
  {slug: 'open', name: 'Open', attributes: 'open'},
  {slug: 'one-tip-opened', name: 'One tip opened', act: openFirstTip},
]);
