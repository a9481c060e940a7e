// The element table, src/elements.json, against what cannot read it:
// package.json's exports map, src/index.ts (the package's entry, written by
// hand), each element's sources, custom-elements.json and the examples. A
// new element is its folder, its row, its exports and its line in the
// entry; each check here names what is missing.
//   node --test test/node/elements.test.js    (in npm run test:node)
import assert from 'node:assert/strict';
import {existsSync, readFileSync, readdirSync} from 'node:fs';
import {describe, test} from 'node:test';
import {buildIfStale} from '../../scripts/build-if-stale.js';
import {ELEMENT_NAMES, ELEMENT_TABLE, tagOf} from '../../scripts/elements.js';

// The examples are gathered by a generated module (src/generated/examples.js): build first.
buildIfStale();
const {EXAMPLES} = await import('../../examples/index.js');

const read = (file) => readFileSync(file, 'utf8');
const {exports} = JSON.parse(read('package.json'));
const ENTRY = read('src/index.ts');

/** What the exports map holds for an element: its define.js and its class's module, each with its types. */
const exportsOf = (name) =>
  Object.fromEntries(
    ['define', name].map((file) => [`./${name}/${file}.js`, {types: `./dist/types/${name}/${file}.d.ts`, default: `./dist/${name}/${file}.js`}])
  );

/** The entry's line for an element. */
const entryLine = (name) => `export * from './${name}/define.js';`;

describe('the element table', () => {
  for (const row of ELEMENT_TABLE) {
    describe(row.name, () => {
      test(`src/${row.name}/ holds its class, ${row.class}, and defines ${tagOf(row.name)} with it`, () => {
        for (const file of [`src/${row.name}/${row.name}.ts`, `src/${row.name}/define.ts`]) assert.ok(existsSync(file), `${file} is missing`);
        assert.match(read(`src/${row.name}/${row.name}.ts`), new RegExp(`^export class ${row.class}\\b`, 'm'));
        assert.match(read(`src/${row.name}/define.ts`), new RegExp(`defineOnce\\('${tagOf(row.name)}', ${row.class}\\)`));
      });

      test('package.json exports its define.js and its class', () => {
        for (const [path, target] of Object.entries(exportsOf(row.name))) assert.deepEqual(exports[path], target, `exports["${path}"]`);
      });

      test('src/index.ts exports its define.js', () => {
        assert.ok(ENTRY.includes(entryLine(row.name)), `src/index.ts has no line ${entryLine(row.name)}`);
      });

      test('examples/index.js shows it', () => {
        assert.ok(EXAMPLES.some((example) => example.element === row.name), `no example of ${row.name}`);
      });
    });
  }

  describe('names no element the table lacks', () => {
    const unknown = (names) => [...new Set(names)].filter((name) => !ELEMENT_NAMES.includes(name));

    test('package.json exports', () => {
      // An element's exports: ./<name>/define.js and ./<name>/<name>.js.
      const folders = Object.keys(exports).flatMap((path) => /^\.\/([^/]+)\/(?:define|\1)\.js$/.exec(path)?.[1] ?? []);
      assert.deepEqual(unknown(folders), [], 'exported, but not in src/elements.json');
    });

    test('src/index.ts', () => {
      const defined = [...ENTRY.matchAll(/from '\.\/([^/']+)\/define\.js'/g)].map(([, name]) => name);
      assert.deepEqual(unknown(defined), [], 'defined by the entry, but not in src/elements.json');
    });

    test('src/: a folder holding <folder>.ts and define.ts', () => {
      const folders = readdirSync('src', {withFileTypes: true}).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
      const elements = folders.filter((folder) => existsSync(`src/${folder}/${folder}.ts`) && existsSync(`src/${folder}/define.ts`));
      assert.deepEqual(unknown(elements), [], 'an element folder without a row');
    });

    test('custom-elements.json', () => {
      const declared = JSON.parse(read('custom-elements.json')).modules.flatMap((module) => module.declarations.filter((d) => d.customElement));
      assert.deepEqual(unknown(declared.map((d) => d.tagName.replace(/^safeguard-/, ''))), [], 'in the manifest, but not in src/elements.json');
      for (const {name, class: className} of ELEMENT_TABLE) {
        assert.equal(declared.find((d) => d.tagName === tagOf(name))?.name, className, `the manifest's ${tagOf(name)}`);
      }
    });
  });
});
