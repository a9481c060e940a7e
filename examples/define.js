// How an element's examples are written (src/<element>/examples.js): each
// as its slug, its name for people, the attributes a page writes and what
// else it needs; the id and the markup follow from them.

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

/**
 * @typedef {Omit<Example, 'id' | 'element' | 'markup'> & {slug: string, attributes?: string}} ExampleSource
 */

/**
 * The examples of `element`, each from its slug and attributes:
 * `<safeguard-{element} …attributes></safeguard-{element}>`.
 * @param {ElementName} element
 * @param {ExampleSource[]} sources
 * @returns {Example[]}
 */
export const defineExamples = (element, sources) =>
  sources.map(({slug, attributes = '', ...rest}) => ({
    id: `${element}/${slug}`,
    element,
    markup: `<safeguard-${element}${attributes ? ` ${attributes}` : ''}></safeguard-${element}>`,
    ...rest,
  }));
