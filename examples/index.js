// Every element, variant, topic and notable state, as a page writes it. One
// list drives the stories, the axe, right-to-left, readability, locale and
// placement tests, the benchmark pages and the demo's examples page, so a new
// variant is added once, in its element's examples, and every one of them
// covers it.
//
// Each element's examples are beside it, src/<element>/examples.js
// (written with ./define.js); src/generated/examples.js, which
// `npm run localize:build` writes from the element table, gathers them.
//
// Plain JavaScript with JSDoc types, so Node scripts, the browser and the
// TypeScript tests can all import it. The states a reader reaches (`act`) go
// through the elements' harnesses (src/<element>/harness.js), which touch no
// DOM until they are called.

import {ELEMENT_EXAMPLES} from '../src/generated/examples.js';

/**
 * @typedef {import('./define.js').ElementName} ElementName
 * @typedef {import('./define.js').Example} Example
 */

/** Every example, element by element in the table's order. */
export const EXAMPLES = ELEMENT_EXAMPLES.flat();

/** The example with this id; throws on a typo, so a caller fails loudly. */
export function example(/** @type {string} */ id) {
  const found = EXAMPLES.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`No example "${id}" in examples/index.js`);
  return found;
}

/** The examples of one element, in order. */
export const examplesOf = (/** @type {ElementName} */ element) =>
  EXAMPLES.filter((candidate) => candidate.element === element);
