// Every element, variant, topic and notable state, as a page writes it. One
// list drives the stories, the axe, right-to-left, readability, locale and
// placement tests, the benchmark pages and the demo's examples page, so a new
// variant is added here once and every one of them covers it.
//
// Plain JavaScript with JSDoc types, so Node scripts, the browser and the
// TypeScript tests can all import it. The states a reader reaches (`act`) go
// through the elements' harnesses (src/<element>/harness.js), which touch no
// DOM until they are called.

import {updated} from '../src/internal/harness.js';
import * as checklist from '../src/signs-checklist/harness.js';
import {toggleTip} from '../src/sexting-tips/harness.js';

/**
 * An element's name, from the element table (src/elements.json, through
 * src/generated/elements.ts, which `npm run localize:build` writes).
 * @typedef {import('../src/generated/elements.js').ElementName} ElementName
 */

/**
 * @typedef {object} Example
 * @property {string} id Stable id, `<element>/<slug>`.
 * @property {ElementName} element The element's folder name.
 * @property {string} name What the example shows, for people.
 * @property {string} markup Exactly what a page writes.
 * @property {(element: HTMLElement) => Promise<void>} [act] A state a reader
 *   reaches (ticking, opening), in plain DOM, run once the element rendered.
 * @property {boolean} [bench] One of the elements `npm run bench:render`
 *   measures (one per element).
 * @property {boolean} [empty] It renders nothing, by design (a banner
 *   outside its dates).
 */

/** Ticks the first `count` signs of a checklist, as a reader would. */
const tick = (/** @type {number} */ count) => (/** @type {HTMLElement} */ element) => checklist.tick(element, count);

/** Ticks two signs, then presses "Clear my answers". */
const tickThenClear = async (/** @type {HTMLElement} */ element) => {
  await checklist.tick(element, 2);
  checklist.clearButton(element)?.click();
  await updated(element);
};

/** Opens the first tip, as a reader would (a click on its summary). */
const openFirstTip = async (/** @type {HTMLElement} */ element) => toggleTip(element, 0);

/** A date `days` from today, as `starts` and `ends` take it. */
const day = (/** @type {number} */ days) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** `<safeguard-{element} …attributes></safeguard-{element}>`. */
const tag = (/** @type {ElementName} */ element, attributes = '') =>
  `<safeguard-${element}${attributes ? ` ${attributes}` : ''}></safeguard-${element}>`;

/** @type {Example[]} */
export const EXAMPLES = [
  {id: 'report-contact/general', element: 'report-contact', name: 'General', markup: tag('report-contact'), bench: true},
  {id: 'report-contact/sexual-exploitation', element: 'report-contact', name: 'Sexual exploitation', markup: tag('report-contact', 'topic="sexual-exploitation"')},
  {id: 'report-contact/modern-slavery', element: 'report-contact', name: 'Modern slavery', markup: tag('report-contact', 'topic="modern-slavery"')},
  {id: 'report-contact/extremism', element: 'report-contact', name: 'Extremism', markup: tag('report-contact', 'topic="extremism"')},
  {id: 'report-contact/sexting', element: 'report-contact', name: 'Sexting', markup: tag('report-contact', 'topic="sexting"')},
  {id: 'report-contact/compact', element: 'report-contact', name: 'Compact', markup: tag('report-contact', 'variant="compact"')},
  {id: 'report-contact/compact-modern-slavery', element: 'report-contact', name: 'Compact, modern slavery', markup: tag('report-contact', 'variant="compact" topic="modern-slavery"')},

  {id: 'signs-checklist/child-exploitation', element: 'signs-checklist', name: 'Child exploitation', markup: tag('signs-checklist'), bench: true},
  {id: 'signs-checklist/sexual-exploitation', element: 'signs-checklist', name: 'Sexual exploitation', markup: tag('signs-checklist', 'topic="sexual-exploitation"')},
  {id: 'signs-checklist/ticked', element: 'signs-checklist', name: 'Signs ticked', markup: tag('signs-checklist'), act: tick(3)},
  {id: 'signs-checklist/sexual-exploitation-ticked', element: 'signs-checklist', name: 'Sexual exploitation, signs ticked', markup: tag('signs-checklist', 'topic="sexual-exploitation"'), act: tick(3)},
  {id: 'signs-checklist/hide-contacts', element: 'signs-checklist', name: 'Signs ticked, contacts hidden', markup: tag('signs-checklist', 'hide-contacts heading-level="4"'), act: tick(1)},
  {id: 'signs-checklist/cleared', element: 'signs-checklist', name: 'Answers cleared', markup: tag('signs-checklist'), act: tickThenClear},

  {id: 'campaign-banner/full', element: 'campaign-banner', name: 'Full', markup: tag('campaign-banner', 'href="#signs"'), bench: true},
  {id: 'campaign-banner/slim', element: 'campaign-banner', name: 'Slim', markup: tag('campaign-banner', 'variant="slim" href="#signs"')},
  {id: 'campaign-banner/dismissible', element: 'campaign-banner', name: 'Dismissible', markup: tag('campaign-banner', 'dismissible href="#signs"')},
  {id: 'campaign-banner/slim-dismissible', element: 'campaign-banner', name: 'Slim, dismissible', markup: tag('campaign-banner', 'variant="slim" dismissible href="#signs"')},
  {id: 'campaign-banner/partner-wording', element: 'campaign-banner', name: 'Partner wording', markup: tag('campaign-banner', 'href="#signs" heading="Is your child safe? Talk to us" link-text="Read the warning signs"')},
  {id: 'campaign-banner/no-link', element: 'campaign-banner', name: 'No link', markup: tag('campaign-banner')},
  {id: 'campaign-banner/inside-dates', element: 'campaign-banner', name: 'Inside its dates', markup: tag('campaign-banner', `href="#signs" starts="${day(-1)}" ends="${day(1)}"`)},
  {id: 'campaign-banner/after-dates', element: 'campaign-banner', name: 'Outside its dates (ended)', markup: tag('campaign-banner', 'href="#signs" starts="2024-01-01" ends="2024-01-31"'), empty: true},

  {id: 'sexting-tips/closed', element: 'sexting-tips', name: 'Closed', markup: tag('sexting-tips'), bench: true},
  {id: 'sexting-tips/open', element: 'sexting-tips', name: 'Open', markup: tag('sexting-tips', 'open')},
  {id: 'sexting-tips/one-tip-opened', element: 'sexting-tips', name: 'One tip opened', markup: tag('sexting-tips'), act: openFirstTip},

  {id: 'topic-guide/child-exploitation', element: 'topic-guide', name: 'Child exploitation', markup: tag('topic-guide')},
  {id: 'topic-guide/sexual-exploitation', element: 'topic-guide', name: 'Sexual exploitation', markup: tag('topic-guide', 'topic="sexual-exploitation"')},
  {id: 'topic-guide/extremism', element: 'topic-guide', name: 'Extremism', markup: tag('topic-guide', 'topic="extremism"')},
  {id: 'topic-guide/modern-slavery', element: 'topic-guide', name: 'Modern slavery', markup: tag('topic-guide', 'topic="modern-slavery"'), bench: true},
  {id: 'topic-guide/sexting', element: 'topic-guide', name: 'Sexting', markup: tag('topic-guide', 'topic="sexting"')},
  {id: 'topic-guide/heading-level-3', element: 'topic-guide', name: 'Heading level 3', markup: tag('topic-guide', 'topic="modern-slavery" heading-level="3"')},

  {id: 'quick-exit/sticky', element: 'quick-exit', name: 'Sticky', markup: tag('quick-exit')},
  {id: 'quick-exit/inline', element: 'quick-exit', name: 'Inline', markup: tag('quick-exit', 'position="inline"'), bench: true},
  {id: 'quick-exit/fixed', element: 'quick-exit', name: 'Fixed', markup: tag('quick-exit', 'position="fixed"')},
];

/** The example with this id; throws on a typo, so a caller fails loudly. */
export function example(/** @type {string} */ id) {
  const found = EXAMPLES.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`No example "${id}" in examples/index.js`);
  return found;
}

/** The examples of one element, in order. */
export const examplesOf = (/** @type {ElementName} */ element) =>
  EXAMPLES.filter((candidate) => candidate.element === element);
