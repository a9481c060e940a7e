// The code blocks of the README and the guides, for the tests that run each
// one as what it claims to be (test/docs.test.ts in the browser, and the
// package test for the framework snippets). Plain JavaScript with no Node
// import, so the browser tests load it as it is.

/** The documents whose snippets are tested; test/node/docs.test.js checks that no guide is missing. */
export const DOCUMENTS = [
  'README.md',
  'CONTRIBUTING.md',
  'docs/webmasters.md',
  'docs/editors.md',
  'docs/developers.md',
  'docs/designers.md',
  'docs/performance.md',
  'docs/widgets.md',
  'docs/TRANSLATING.md',
];

/**
 * A block that is deliberately not runnable on its own says so on the line
 * before its fence, with the reason: `<!-- snippet: partial, <reason> -->`.
 * The tests list it as skipped, with the reason.
 */
const PARTIAL = /^<!-- snippet: partial, (.+) -->$/;

/**
 * @typedef {object} Snippet
 * @property {string} where `file:line` of the fence.
 * @property {string} language What the fence says it is (`html`, `tsx`, …).
 * @property {string} code The block, without its indentation.
 * @property {string} [partial] Why it is left out of the run, when it is.
 */

/**
 * Every fenced block of one Markdown document, in order.
 * @param {string} markdown
 * @param {string} file
 * @returns {Snippet[]}
 */
export function snippetsOf(markdown, file) {
  const lines = markdown.split('\n');
  const snippets = [];
  for (let index = 0; index < lines.length; index++) {
    const open = lines[index].match(/^(\s*)```(\w*)\s*$/);
    if (!open) continue;
    const [, indent, language] = open;
    const start = index;
    const body = [];
    while (++index < lines.length && lines[index].trim() !== '```') body.push(lines[index].slice(indent.length));
    const partial = lines[start - 1]?.trim().match(PARTIAL)?.[1];
    snippets.push({where: `${file}:${start + 1}`, language, code: body.join('\n') + '\n', ...(partial && {partial})});
  }
  return snippets;
}
