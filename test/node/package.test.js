// The package as others install it. Packs it (npm pack) and checks what the
// tarball holds, runs publint and attw over it, installs it in a scratch
// folder outside the repository, then:
// - bundles `import 'safeguarding-widgets'` and one element's define.js
//   with esbuild, webpack 5, Rollup and Vite (no configuration beyond an
//   entry), each bundle holding the translations, and imports both in plain
//   Node (server rendering);
// - type-checks a React 19 TSX app, a Vue 3 SFC and a Svelte 5 component
//   that use every element (each of the table's, src/elements.json),
//   attribute and event (test/consumers/), with no declaration of their
//   own, and the same apps with a wrong event detail and a wrong attribute
//   type, which must fail.
// Builds first if dist/ is older than the sources. Run with
//   node --test test/node/package.test.js    (in npm run test:node)
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import * as esbuild from 'esbuild';
import webpack from 'webpack';
import {rollup} from 'rollup';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import {build as vite} from 'vite';
import {after, before, describe, test} from 'node:test';
import {buildIfStale} from '../../scripts/build-if-stale.js';
import {ELEMENT_NAMES, tagOf} from '../../scripts/elements.js';
import {TARGET_LOCALES} from '../../scripts/locales.js';

buildIfStale();
const scratch = mkdtempSync(join(tmpdir(), 'safeguarding-widgets-consumer-'));
const npm = (args, cwd) => execFileSync('npm', args, {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});

/** What the tarball may hold; anything else (tests, stories, sources, the demo) fails. */
const PACKED = [
  /^(package\.json|README\.md|CHANGELOG\.md|custom-elements\.json)$/,
  /^dist\/safeguarding-widgets\.js(\.map|\.sri)?$/,
  new RegExp(`^dist/locales/(${TARGET_LOCALES.join('|')})\\.js(\\.map|\\.sri)?$`),
  /^dist\/(index|react|vue|svelte)\.js$/,
  /^dist\/(html-custom-data|css-custom-data|web-types)\.json$/,
  /^dist\/placeholders\.css$/,
  /^dist\/builder\/(index\.html|builder\.js|builder\.css)$/,
  new RegExp(`^dist/(${[...ELEMENT_NAMES, 'internal', 'content', 'styles', 'generated', 'generated/locales'].join('|')})/[\\w.-]+\\.js$`),
  /^dist\/types\/([\w-]+\/)*[\w.-]+\.d\.ts$/,
];
/** What it must hold. */
const REQUIRED = [
  'dist/safeguarding-widgets.js',
  'dist/safeguarding-widgets.js.sri',
  'dist/locales/cy.js.sri',
  'dist/types/react.d.ts',
  'dist/types/vue-types.d.ts',
  'dist/types/svelte-types.d.ts',
  'dist/web-types.json',
  'dist/html-custom-data.json',
  'custom-elements.json',
  'CHANGELOG.md',
  'dist/placeholders.css',
  'dist/builder/index.html',
];

/** The framework versions the apps are checked against: this repository's devDependencies. */
const {devDependencies} = JSON.parse(readFileSync('package.json', 'utf8'));
const FRAMEWORKS = ['react', '@types/react', 'vue', 'vue-tsc', 'svelte', 'svelte-check', 'typescript'].map(
  (name) => `${name}@${devDependencies[name]}`
);

/** Apps in test/consumers/, and a change to each that its type-check must refuse. */
const APPS = {
  'React 19 TSX': {folder: 'react', file: 'app.tsx', check: ['tsc', '-p']},
  'Vue 3 SFC (strictTemplates)': {folder: 'vue', file: 'App.vue', check: ['vue-tsc', '-p']},
  'Svelte 5 component': {folder: 'svelte', file: 'App.svelte', check: ['svelte-check', '--tsconfig']},
};
const BREAKS = {
  'a wrong event detail field': [/event\.detail\.variant/, 'event.detail.count'],
  'a wrong attribute value type': [/topic="extremism"/, 'topic="extremist"'],
};

/** A Polish word from the translation, and an Arabic one: proof that the locale modules came along. */
const TRANSLATED = ['Zaznaczono', 'علامة'];

const ENTRIES = {
  all: "import 'safeguarding-widgets';\n",
  'report-contact': "import 'safeguarding-widgets/report-contact/define.js';\n",
  // The script-tag bundle, by its path: for the browser only (Lit's browser
  // build), so Node does not import it; a server renders with the entries above.
  'script-tag-bundle': "import 'safeguarding-widgets/dist/safeguarding-widgets.js';\n",
};

/** The entries only a browser runs. */
const BROWSER_ONLY = ['script-tag-bundle'];

/** Every file a bundler wrote, as one string. */
const written = (dir) =>
  readdirSync(dir, {recursive: true})
    .filter((name) => /\.(m?js)$/.test(name))
    .map((name) => readFileSync(join(dir, name), 'utf8'))
    .join('\n');

const BUNDLERS = {
  async esbuild(entry, out) {
    await esbuild.build({entryPoints: [entry], bundle: true, format: 'esm', outdir: out, logLevel: 'silent'});
  },
  async webpack(entry, out) {
    const stats = await new Promise((resolve, reject) =>
      webpack({mode: 'production', context: scratch, entry, output: {path: out}}, (error, result) =>
        error ? reject(error) : resolve(result)
      )
    );
    if (stats.hasErrors()) throw new Error(stats.toString('errors-only'));
  },
  async rollup(entry, out) {
    const bundle = await rollup({input: entry, plugins: [nodeResolve({rootDir: scratch})], onwarn: () => {}});
    await bundle.write({dir: out, format: 'es'});
  },
  async vite(entry, out) {
    await vite({
      root: scratch,
      logLevel: 'silent',
      configFile: false,
      build: {outDir: out, lib: {entry, formats: ['es'], fileName: 'entry'}},
    });
  },
};

/** The first line of a type-checker's output that names an error. */
const firstError = (output) => {
  const lines = output.trim().split('\n');
  return (lines.find((line) => /error/i.test(line) && !/^svelte-check found/.test(line)) ?? lines[0]).trim();
};

/** Runs a command; resolves with its exit code and output. */
function run(command, args, cwd) {
  try {
    return {code: 0, output: execFileSync(command, args, {cwd, encoding: 'utf8', stdio: 'pipe'})};
  } catch (error) {
    return {code: error.status ?? 1, output: `${error.stdout ?? ''}${error.stderr ?? ''}`};
  }
}
/** The last lines of a tool's output, for a failure message. */
const tail = ({output}) => output.trim().split('\n').slice(-3).join(' ');

after(() => rmSync(scratch, {recursive: true, force: true}));

let tarball;
describe('the packed tarball', () => {
  let files;
  before(() => {
    const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', scratch], process.cwd()));
    files = packed.files.map((file) => file.path);
    tarball = join(scratch, packed.filename);
  });

  test('holds the expected files and no others', () => {
    assert.deepEqual(files.filter((file) => !PACKED.some((pattern) => pattern.test(file))), [], 'unexpected files');
    assert.deepEqual(REQUIRED.filter((file) => !files.includes(file)), [], 'missing files');
  });

  test('publint --strict finds nothing', () => {
    const publint = run('node_modules/.bin/publint', ['run', '--strict'], process.cwd());
    assert.equal(publint.code, 0, tail(publint));
  });

  // ESM only: CommonJS require() and node10 resolution are out of scope.
  // The bundle's .sri is text (its integrity hash), not a module to type.
  test('attw --profile esm-only finds nothing', () => {
    const args = [tarball, '--profile', 'esm-only', '--exclude-entrypoints', './dist/safeguarding-widgets.js.sri', '--format', 'ascii'];
    const attw = run('node_modules/.bin/attw', args, process.cwd());
    assert.equal(attw.code, 0, tail(attw));
  });
});

describe('installed in a scratch folder', () => {
  before(() => {
    writeFileSync(join(scratch, 'package.json'), JSON.stringify({name: 'consumer', private: true, type: 'module'}));
    npm(['install', '--no-audit', '--no-fund', '--prefer-offline', tarball, ...FRAMEWORKS], scratch);
  });

  for (const [name, {folder, file, check}] of Object.entries(APPS)) {
    describe(name, () => {
      const app = join(scratch, folder);
      const [tool, ...args] = check;
      const typeCheck = () => run(join(scratch, 'node_modules/.bin', tool), [...args, 'tsconfig.json'], app);
      let source;
      before(() => {
        cpSync(join('test/consumers', folder), app, {recursive: true});
        source = readFileSync(join(app, file), 'utf8');
      });

      // The apps are written by hand, as a developer writes for each
      // framework (its own attribute, property and event syntax): each
      // must use every element of the table, so a new one is checked too.
      test('uses every element of the table', () => {
        const unused = ELEMENT_NAMES.filter((name) => !new RegExp(`<${tagOf(name)}[\\s/>]`).test(source));
        assert.deepEqual(unused, [], 'elements the app does not use');
      });

      test('type-checks every element, attribute and event', () => {
        const good = typeCheck();
        assert.equal(good.code, 0, firstError(good.output));
      });

      for (const [what, [pattern, replacement]] of Object.entries(BREAKS)) {
        test(`fails to type-check with ${what}`, (t) => {
          assert.match(source, pattern, `${folder}/${file} has nothing to break for ${what}`);
          writeFileSync(join(app, file), source.replace(pattern, replacement));
          t.after(() => writeFileSync(join(app, file), source));
          assert.notEqual(typeCheck().code, 0, 'it type-checked');
        });
      }
    });
  }

  for (const [name, code] of Object.entries(ENTRIES)) {
    describe(code.trim(), () => {
      const entry = join(scratch, `${name}.js`);
      before(() => writeFileSync(entry, code));

      for (const [bundler, bundle] of Object.entries(BUNDLERS)) {
        test(`${bundler} bundles it, with the translations`, async () => {
          const out = join(scratch, 'out', `${bundler}-${name}`);
          await bundle(entry, out);
          assert.deepEqual(TRANSLATED.filter((word) => !written(out).includes(word)), [], 'no translation in the output');
        });
      }

      if (!BROWSER_ONLY.includes(name)) {
        test('node imports it without throwing (server rendering)', () => {
          execFileSync(process.execPath, ['--input-type=module', '-e', code], {cwd: scratch, stdio: 'pipe'});
        });
      }
    });
  }
});
