// The examples of <safeguard-signs-checklist> (examples/index.js gathers every element's).
import {defineExamples} from '../../examples/define.js';
import {updated} from '../internal/harness.js';
import {clearButton, tick} from './harness.js';

/** Ticks the first `count` signs, as a reader would. */
const ticking = (/** @type {number} */ count) => (/** @type {HTMLElement} */ element) => tick(element, count);

/** Ticks two signs, then presses "Clear my answers". */
const tickThenClear = async (/** @type {HTMLElement} */ element) => {
  await tick(element, 2);
  clearButton(element)?.click();
  await updated(element);
};

export default defineExamples('signs-checklist', [
  {slug: 'child-exploitation', name: 'Child exploitation', bench: true},
  {slug: 'sexual-exploitation', name: 'Sexual exploitation', attributes: 'topic="sexual-exploitation"'},
  {slug: 'ticked', name: 'Signs ticked', act: ticking(3)},
  {slug: 'sexual-exploitation-ticked', name: 'Sexual exploitation, signs ticked', attributes: 'topic="sexual-exploitation"', act: ticking(3)},
  {slug: 'hide-contacts', name: 'Signs ticked, contacts hidden', attributes: 'hide-contacts heading-level="4"', act: ticking(1)},
  {slug: 'cleared', name: 'Answers cleared', act: tickThenClear},
]);
