// The README and the guides, read as a newcomer follows them, beyond what
// their HTML and CSS blocks do in the browser (test/docs.test.ts) and their
// framework blocks type-check (test/node/package.test.js):
// - scripts/snippets.js lists every guide, and the README stays short;
// - every block is of a language some test runs, or says why it cannot run;
// - every `npm run` they give is a script of package.json;
// - every link to a file of the repository, and to a heading, leads there.
// Run with  node --test test/node/docs.test.js  (in npm run test:node)
import assert from 'node:assert/strict';
import {existsSync, readFileSync, readdirSync} from 'node:fs';
import {dirname, join, normalize} from 'node:path';
import {describe, test} from 'node:test';
import {DOCUMENTS, snippetsOf} from '../../scripts/snippets.js';

const {scripts} = JSON.parse(readFileSync('package.json', 'utf8'));
const documents = DOCUMENTS.map((file) => ({file, text: readFileSync(file, 'utf8')}));
const snippets = documents.flatMap(({file, text}) => snippetsOf(text, file));

/** The languages of blocks that a test runs: in the browser, in the package test, or here. */
const RUN = {
  html: 'test/docs.test.ts renders it',
  css: 'test/docs.test.ts compares it',
  js: 'the package test type-checks it',
  ts: 'the package test type-checks it',
  tsx: 'the package test type-checks it',
  vue: 'the package test type-checks it',
  svelte: 'the package test type-checks it',
  sh: 'here: each npm run names a script',
};

/** GitHub's anchor for a heading. */
const anchorOf = (heading) =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s/g, '-');

describe('the README and the guides', () => {
  test('scripts/snippets.js lists every guide: the README, CONTRIBUTING.md and docs/*.md', () => {
    const guides = readdirSync('docs').filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`);
    assert.deepEqual([...DOCUMENTS].sort(), ['README.md', 'CONTRIBUTING.md', ...guides].sort());
  });

  test('the README is at most 150 lines', () => {
    const lines = readFileSync('README.md', 'utf8').trimEnd().split('\n').length;
    assert.ok(lines <= 150, `${lines} lines`);
  });

  test('every block is of a language a test runs, or is marked partial with its reason', (t) => {
    const partial = snippets.filter((snippet) => snippet.partial);
    t.diagnostic(`${snippets.length - partial.length} blocks run, ${partial.length} partial and not run:`);
    for (const {where, language, partial: why} of partial) t.diagnostic(`  skipped ${where} (${language || 'no language'}): ${why}`);
    const unrun = snippets.filter((snippet) => !snippet.partial && !RUN[snippet.language]).map(({where, language}) => `${where} (${language || 'no language'})`);
    assert.deepEqual(unrun, []);
  });

  test('every `npm run` names a script of package.json', () => {
    const unknown = documents.flatMap(({file, text}) =>
      [...text.matchAll(/npm run ([\w:-]+)/g)].filter(([, name]) => !scripts[name]).map(([, name]) => `${file}: npm run ${name}`)
    );
    assert.deepEqual(unknown, []);
  });

  test('every link to a file of the repository, or to a heading, leads there', () => {
    const headings = new Map();
    const anchorsOf = (file) => {
      if (!headings.has(file)) {
        const text = readFileSync(file, 'utf8').replace(/```[^]*?```/g, '');
        headings.set(file, new Set([...text.matchAll(/^#+ (.+)$/gm)].map(([, heading]) => anchorOf(heading))));
      }
      return headings.get(file);
    };
    const broken = documents.flatMap(({file, text}) =>
      [...text.matchAll(/\]\(([^)\s]+)\)/g)]
        .map(([, link]) => link)
        .filter((link) => !/^[a-z]+:/.test(link))
        .filter((link) => {
          const [path, anchor] = link.split('#');
          const target = path ? normalize(join(dirname(file), path)) : file;
          if (!existsSync(target)) return true;
          return anchor !== undefined && target.endsWith('.md') && !anchorsOf(target).has(anchor);
        })
        .map((link) => `${file}: ${link}`)
    );
    assert.deepEqual(broken, []);
  });
});
