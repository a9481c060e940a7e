// The element table, src/elements.json, for the Node scripts: every element
// the library defines, one row each, in the order of src/index.ts. A row:
//   name         its folder in src/, and its tag without the prefix: the
//                tag is safeguard-<name>
//   label        its plain name, for the people who place it: the embed-code
//                builder's choice and the WordPress block's title
//   useFor       what it is for, ending the builder's "Use it for …"
//   class        its class, exported by src/<name>/<name>.ts
//   budget       the brotli limit, in bytes, of the element imported alone
//                through its define.js (.size-limit.js)
//   icon         the dashicon of its block in WordPress's inserter
//                (wordpress/editor/blocks.js)
//   fallback     the line the embed-code builder and the WordPress block put
//                inside it, for a reader without JavaScript (builder/widgets.ts)
//   placeholder  what the placeholder CSS reserves for it beyond
//                `display: flow-root` (scripts/banner-heights.js), if anything:
//                a minHeight, either a CSS length or "banner" (the heights
//                of the locale table's banner column, by width, language and
//                variant), and a selector it is `except`ed under (a quick
//                exit fixed to the viewport takes no room in the page)
// The browser-side tools and tests import the JSON itself. The library
// reads only the names, from src/generated/elements.ts, which
// `npm run localize:build` writes (elementsModule() below): the table itself
// never reaches the bundle. What cannot read the table, package.json's
// exports and src/index.ts, is checked against it (test/node/elements.test.js).
import {readFileSync} from 'node:fs';

const FILE = new URL('../src/elements.json', import.meta.url);

/**
 * @typedef {{minHeight: string, except?: string}} Placeholder
 * @typedef {{name: string, class: string, budget: number,
 *   icon: string, fallback: string, placeholder?: Placeholder}} Row
 * @type {Row[]}
 */
export const ELEMENT_TABLE = JSON.parse(readFileSync(FILE, 'utf8'));

/** One line for each thing wrong with the rows. */
function problems(rows) {
  const found = [];
  rows.forEach((row, i) => {
    if (!/^[a-z]+(-[a-z]+)*$/.test(row.name)) found.push(`${row.name}: name is a folder name such as report-contact`);
    if (rows.findIndex((other) => other.name === row.name) !== i) found.push(`${row.name} has two rows`);
    if (!/^Safeguard[A-Z]\w*$/.test(row.class)) found.push(`${row.name}: class is Safeguard<Noun>`);
    if (!Number.isInteger(row.budget) || row.budget <= 0) found.push(`${row.name}: budget is a number of bytes`);
    for (const key of ['icon', 'fallback']) {
      if (typeof row[key] !== 'string' || !row[key]) found.push(`${row.name}: ${key} is a non-empty string`);
    }
    const {placeholder} = row;
    if (placeholder !== undefined && !/^(banner|\d+(\.\d+)?(r?em|px))$/.test(placeholder.minHeight)) {
      found.push(`${row.name}: placeholder.minHeight is a CSS length or "banner"`);
    }
  });
  return found;
}

const found = problems(ELEMENT_TABLE);
if (found.length) throw new Error(`src/elements.json:\n${found.join('\n')}`);

/** Every element's name, in the order of src/index.ts. */
export const ELEMENT_NAMES = ELEMENT_TABLE.map((row) => row.name);

/** An element's tag: `safeguard-<name>`. */
export const tagOf = (name) => `safeguard-${name}`;

/** src/generated/elements.ts: the names alone, for the library and the TypeScript tests. */
export function elementsModule(rows) {
  return `// Written by scripts/localize.js from src/elements.json: do not edit.
// Every element's name (its folder, and its tag without safeguard-), in the order of src/index.ts.

export const ELEMENT_NAMES = [${rows.map((row) => `'${row.name}'`).join(', ')}] as const;

/** An element's name: \`safeguard-<name>\` is its tag. */
export type ElementName = (typeof ELEMENT_NAMES)[number];
`;
}

/** src/generated/examples.js: every element's examples (src/<name>/examples.js), in the table's order. */
export function examplesModule(rows) {
  const id = (name) => name.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());
  return `// Written by scripts/localize.js from src/elements.json: do not edit.
${rows.map(({name}) => `import ${id(name)} from '../${name}/examples.js';`).join('\n')}

/** Each element's examples, in the order of the element table. */
export const ELEMENT_EXAMPLES = [${rows.map(({name}) => id(name)).join(', ')}];
`;
}
