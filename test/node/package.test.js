// The package as others install it. Packs it (npm pack) and checks what the
// tarball holds, runs publint and attw over it, installs it in a scratch
// folder outside the repository, then:
// - bundles `import 'safeguarding-widgets'`, one element's define.js and
//   the script-tag file with esbuild, webpack 5, Rollup and Vite (no
//   configuration beyond an entry): each output holds the translations its
//   entry names (translations/<code>.js) and no other; imports each in
//   plain Node (server rendering);
// - type-checks a React 19 TSX app, a Vue 3 SFC and a Svelte 5 component
//   that use every element (each of the table's, src/elements.json),
//   attribute and event through the framework's entry, and three that
//   import two elements by their define.js (test/consumers/), with no
//   declaration of their own; and each with a mistake (a wrong event
//   detail, a wrong value, a misspelt name, an unknown attribute, an
//   element not imported), which must fail with the expected error;
// - type-checks every JavaScript, TypeScript, TSX, Vue and Svelte block of
//   the README and the guides (scripts/snippets.js) as written, each in a
//   folder with its framework's tsconfig from test/consumers/.
// Builds first if dist/ is older than the sources. Run with
//   node --test test/node/package.test.js    (in npm run test:node)
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {brotliCompressSync, constants} from 'node:zlib';
import * as esbuild from 'esbuild';
import webpack from 'webpack';
import {rollup} from 'rollup';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import {build as vite} from 'vite';
import {after, before, describe, test} from 'node:test';
import {buildIfStale} from '../../scripts/build-if-stale.js';
import {ELEMENT_NAMES, ELEMENT_TABLE, tagOf} from '../../scripts/elements.js';
import {TARGET_LOCALES} from '../../scripts/locales.js';
import {DOCUMENTS, snippetsOf} from '../../scripts/snippets.js';

buildIfStale();
const scratch = mkdtempSync(join(tmpdir(), 'safeguarding-widgets-consumer-'));
const npm = (args, cwd) => execFileSync('npm', args, {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});

/** What the tarball may hold; anything else (tests, stories, sources, the demo) fails. */
const PACKED = [
  /^(package\.json|README\.md|CHANGELOG\.md|CONTRIBUTING\.md|SECURITY\.md|custom-elements\.json)$/,
  /^docs\/(reference\/)?[\w-]+\.md$/,
  /^dist\/safeguarding-widgets\.js(\.map|\.sri)?$/,
  new RegExp(`^dist/locales/(${TARGET_LOCALES.join('|')})\\.js(\\.map|\\.sri)?$`),
  /^dist\/(index|react|vue|svelte)\.js$/,
  /^dist\/(html-custom-data|css-custom-data|web-types)\.json$/,
  /^dist\/placeholders\.css$/,
  /^dist\/builder\/(index|preview)\.html$|^dist\/builder\/(builder|preview)\.(js|css)$/,
  /^dist\/builder\.html$/,
  new RegExp(`^dist/(${[...ELEMENT_NAMES, 'internal', 'content', 'styles', 'generated', 'generated/locales', 'generated/translations'].join('|')})/[\\w.-]+\\.js$`),
  /^dist\/types\/([\w-]+\/)*[\w.-]+\.d\.ts$/,
];
/** What it must hold. */
const REQUIRED = [
  'dist/safeguarding-widgets.js',
  'dist/safeguarding-widgets.js.sri',
  'dist/locales/cy.js.sri',
  'dist/types/react.d.ts',
  'dist/types/report-contact/frameworks.d.ts',
  'dist/web-types.json',
  'dist/html-custom-data.json',
  'custom-elements.json',
  'CHANGELOG.md',
  'docs/webmasters.md',
  'docs/reference/report-contact.md',
  'dist/placeholders.css',
  'dist/builder/index.html',
  'dist/builder.html',
];

/** The framework versions the apps are checked against: this repository's devDependencies. */
const {devDependencies} = JSON.parse(readFileSync('package.json', 'utf8'));
const FRAMEWORKS = ['react', '@types/react', 'vue', 'vue-tsc', 'svelte', 'svelte-check', 'typescript', 'vite', '@vitejs/plugin-vue', '@types/node'].map(
  (name) => `${name}@${devDependencies[name]}`
);

/**
 * A change to an app that its type-check must refuse, and the error it
 * must give: `find` (text of the app) becomes `replace`.
 */
const WRONG_DETAIL = {what: 'a wrong event detail field', find: 'event.detail.total', replace: 'event.detail.count', error: /'count' does not exist/};
const WRONG_TOPIC = {what: 'a wrong attribute value', find: 'topic="modern-slavery"', replace: 'topic="burglary"', error: /'"burglary"' is not assignable/};
const UNKNOWN_ATTRIBUTE = (after) => ({what: 'an unknown attribute', find: after, replace: `${after} colour="red"`, error: /'"?colour"?' does not exist/});
const MISSPELT = (find, replace) => ({what: 'a misspelt name', find, replace, error: new RegExp(`'"?${replace.replace(/\W/g, '')}"?' does not exist`)});
const NOT_IMPORTED = (find, tag) => ({what: 'an element it did not import', find, replace: `${find}<${tag} />`, error: new RegExp(`Property '${tag}' does not exist`)});
const TSC = ['tsc', '-p'];
const VUE_TSC = ['vue-tsc', '-p'];
const SVELTE_CHECK = ['svelte-check', '--tsconfig'];

/**
 * Apps in test/consumers/: each framework's entry with every element of
 * the table, and two elements imported one by one (their define.js), which
 * types those two and no other.
 */
const APPS = {
  'React 19 TSX, every element': {folder: 'react', file: 'app.tsx', check: TSC, everyElement: true, breaks: [WRONG_DETAIL, WRONG_TOPIC]},
  'Vue 3 SFC (strictTemplates), every element': {folder: 'vue', file: 'App.vue', check: VUE_TSC, everyElement: true, breaks: [WRONG_DETAIL, WRONG_TOPIC]},
  'Svelte 5 component, every element': {folder: 'svelte', file: 'App.svelte', check: SVELTE_CHECK, everyElement: true, breaks: [WRONG_DETAIL, WRONG_TOPIC]},
  'React 19 TSX, two elements by their define.js': {
    folder: 'react-one',
    file: 'app.tsx',
    check: TSC,
    breaks: [
      WRONG_DETAIL,
      WRONG_TOPIC,
      MISSPELT('operationName=', 'operationNam='),
      UNKNOWN_ATTRIBUTE('role="region"'),
      {what: 'a heading level that is no number', find: 'heading-level="3"', replace: 'heading-level="three"', error: /'"three"' is not assignable/},
      NOT_IMPORTED('<main>', 'safeguard-quick-exit'),
    ],
  },
  'Vue 3 SFC (strictTemplates), two elements by their define.js': {
    folder: 'vue-one',
    file: 'App.vue',
    check: VUE_TSC,
    breaks: [WRONG_DETAIL, WRONG_TOPIC, MISSPELT('operation-name=', 'operationNam='), UNKNOWN_ATTRIBUTE('topic="modern-slavery"'), NOT_IMPORTED('<template>', 'safeguard-quick-exit')],
  },
  // Svelte types any tag it does not know as an element taking anything, so
  // an element not imported is no error there.
  'Svelte 5 component, two elements by their define.js': {
    folder: 'svelte-one',
    file: 'App.svelte',
    check: SVELTE_CHECK,
    breaks: [WRONG_DETAIL, WRONG_TOPIC, MISSPELT('operation-name=', 'operationNam='), UNKNOWN_ATTRIBUTE('topic="modern-slavery"')],
  },
};

/**
 * The guides' blocks that a developer copies into an app, by language: the
 * folder of test/consumers/ whose tsconfig checks them, and the tool. Plain
 * JavaScript and TypeScript are checked as modules of a browser app.
 */
const GUIDE_BLOCKS = {
  js: {folder: 'plain', check: ['tsc', '-p']},
  ts: {folder: 'plain', check: ['tsc', '-p']},
  tsx: {folder: 'react', check: ['tsc', '-p']},
  vue: {folder: 'vue', check: ['vue-tsc', '-p']},
  svelte: {folder: 'svelte', check: ['svelte-check', '--tsconfig']},
};
const PLAIN_TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    module: 'ESNext',
    moduleResolution: 'bundler',
    strict: true,
    noEmit: true,
    skipLibCheck: false,
    allowJs: true,
    checkJs: true,
    // What a Vite project's tsconfig gives: a config file (vite.config.js)
    // runs in Node, and Vite's own types need ESNext.
    lib: ['ESNext', 'DOM'],
    types: ['node'],
  },
  include: ['*.ts', '*.js'],
};
const guideBlocks = DOCUMENTS.flatMap((file) => snippetsOf(readFileSync(file, 'utf8'), file)).filter(
  (snippet) => GUIDE_BLOCKS[snippet.language] && !snippet.partial
);


/**
 * Each translation's line for `emergency-press-55` (from its XLIFF file):
 * in a bundle's output when, and only when, the bundle ships that language.
 */
const MARKERS = Object.fromEntries(
  TARGET_LOCALES.map((locale) => {
    const xliff = readFileSync(`xliff/${locale}.xlf`, 'utf8');
    const [, target] = xliff.match(/<trans-unit id="emergency-press-55">[^]*?<target[^>]*>([^<]*)<\/target>/);
    return [locale, target];
  })
);

/** What a developer writes, and the languages the output must hold: those it names, and no other. */
const ENTRIES = {
  all: {code: "import 'safeguarding-widgets';\n", languages: []},
  'report-contact': {code: "import 'safeguarding-widgets/report-contact/define.js';\n", languages: []},
  'report-contact in Polish': {
    code: "import 'safeguarding-widgets/report-contact/define.js';\nimport 'safeguarding-widgets/translations/pl.js';\n",
    languages: ['pl'],
  },
  'all, in Urdu and Ukrainian': {
    code: "import 'safeguarding-widgets';\nimport 'safeguarding-widgets/translations/ur.js';\nimport 'safeguarding-widgets/translations/uk.js';\n",
    languages: ['ur', 'uk'],
  },
  'all, in every language': {
    code: "import 'safeguarding-widgets';\nimport 'safeguarding-widgets/translations/all.js';\n",
    languages: TARGET_LOCALES,
  },
  // The script-tag bundle, by its path: for the browser only (Lit's browser
  // build), so Node does not import it; a server renders with the entries
  // above. It loads a translation from locales/ beside it by URL: webpack
  // follows the URL (a chunk a language, loaded on demand), the others leave
  // it to load beside the output. Its languages are not checked.
  'script-tag bundle': {code: "import 'safeguarding-widgets/dist/safeguarding-widgets.js';\n"},
};

/** The entries only a browser runs. */
const BROWSER_ONLY = ['script-tag bundle'];

/** Text with JavaScript's \\u and \\x escapes (as esbuild writes non-ASCII) decoded. */
const unescaped = (text) =>
  text.replace(/\\u\{([\da-f]+)\}|\\u([\da-f]{4})|\\x([\da-f]{2})/gi, (_, long, short, byte) =>
    String.fromCodePoint(parseInt(long ?? short ?? byte, 16))
  );

/** The languages whose translation a bundle's output holds. */
const languagesIn = (out) => {
  const text = unescaped(written(out));
  return TARGET_LOCALES.filter((locale) => text.includes(MARKERS[locale]));
};

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

  for (const [name, {folder, file, check, everyElement, breaks}] of Object.entries(APPS)) {
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
      // framework (its own attribute, property and event syntax): an app of
      // every element must use each of the table, so a new one is checked too.
      if (everyElement) {
        test('uses every element of the table', () => {
          const unused = ELEMENT_NAMES.filter((name) => !new RegExp(`<${tagOf(name)}[\\s/>]`).test(source));
          assert.deepEqual(unused, [], 'elements the app does not use');
        });
      }

      test('type-checks', () => {
        const good = typeCheck();
        assert.equal(good.code, 0, firstError(good.output));
      });

      for (const {what, find, replace, error} of breaks) {
        test(`fails to type-check with ${what} (${replace.trim()})`, (t) => {
          assert.ok(source.includes(find), `${folder}/${file} has no ${find} to break`);
          writeFileSync(join(app, file), source.replace(find, replace));
          t.after(() => writeFileSync(join(app, file), source));
          const result = typeCheck();
          assert.notEqual(result.code, 0, 'it type-checked');
          assert.match(result.output, error);
        });
      }
    });
  }

  // Named after the guide and line each block comes from, so an error
  // points there (docs-developers-md-101.tsx is docs/developers.md:101).
  describe('the guides’ blocks, type-checked as written', () => {
    for (const [language, {folder, check}] of Object.entries(GUIDE_BLOCKS)) {
      const blocks = guideBlocks.filter((snippet) => snippet.language === language);
      if (!blocks.length) continue;
      test(`${language}: ${blocks.map(({where}) => where).join(', ')}`, () => {
        const dir = join(scratch, `guides-${language}`);
        mkdirSync(dir);
        if (folder === 'plain') writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(PLAIN_TSCONFIG));
        else cpSync(join('test/consumers', folder, 'tsconfig.json'), join(dir, 'tsconfig.json'));
        for (const {where, code} of blocks) {
          // A file's own name, if the block's first line gives one (`// vite.config.js`).
          const named = code.match(/^\/\/ ([\w.-]+\.\w+)\n/)?.[1];
          writeFileSync(join(dir, named ?? `${where.replace(/\W+/g, '-')}.${language}`), code);
        }
        const [tool, ...args] = check;
        const result = run(join(scratch, 'node_modules/.bin', tool), [...args, 'tsconfig.json'], dir);
        assert.equal(result.code, 0, firstError(result.output));
      });
    }
  });

  for (const [name, {code, languages}] of Object.entries(ENTRIES)) {
    describe(code.trim().replaceAll('\n', ' '), () => {
      const entry = join(scratch, `${name.replaceAll(/\W+/g, '-')}.js`);
      before(() => writeFileSync(entry, code));

      for (const [bundler, bundle] of Object.entries(BUNDLERS)) {
        const holding = languages ? `, with ${languages.length ? languages.join(', ') : 'no translation'}` : '';
        test(`${bundler} bundles it${holding}`, async () => {
          const out = join(scratch, 'out', `${bundler}-${name.replaceAll(/\W+/g, '-')}`);
          await bundle(entry, out);
          if (languages) assert.deepEqual(languagesIn(out), languages);
        });
      }

      if (!BROWSER_ONLY.includes(name)) {
        test('node imports it without throwing (server rendering)', () => {
          execFileSync(process.execPath, ['--input-type=module', '-e', code], {cwd: scratch, stdio: 'pipe'});
        });
      }
    });
  }

  // What one element costs a bundle, built as most developers run esbuild
  // (--bundle --minify --format=esm), with and without --splitting, with no
  // language named and with one (Polish, the largest community language):
  // the code stays within 5 % of the element's budget (the table's, set for
  // it in English alone), and the language named adds its translation, at
  // most TRANSLATION_LIMIT. Brotli, as `npm run size` measures.
  describe('what one element costs an esbuild bundle', () => {
    const TRANSLATION_LIMIT = 6200;
    const brotli = (text) => brotliCompressSync(text, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length;
    const figures = [];
    after(() => console.log(`esbuild --bundle --minify --format=esm, brotli (B):\n${figures.join('\n')}`));

    for (const {name, budget} of ELEMENT_TABLE) {
      for (const splitting of [false, true]) {
        for (const language of [undefined, 'pl']) {
          const what = `${name}${language ? ` + translations/${language}.js` : ''}${splitting ? ', --splitting' : ''}`;
          test(what, async () => {
            const entry = join(scratch, `size-${name}-${language ?? 'none'}.js`);
            writeFileSync(
              entry,
              `import 'safeguarding-widgets/${name}/define.js';\n${language ? `import 'safeguarding-widgets/translations/${language}.js';\n` : ''}`
            );
            const {outputFiles} = await esbuild.build({
              entryPoints: [entry],
              bundle: true,
              minify: true,
              format: 'esm',
              splitting,
              outdir: join(scratch, 'sizes'),
              write: false,
              logLevel: 'silent',
            });
            const translation = language && MARKERS[language];
            const isTranslation = (file) => splitting && translation && unescaped(file.text).includes(translation);
            const code = brotli(outputFiles.filter((file) => !isTranslation(file)).map((file) => file.text).join('\n'));
            const inChunk = outputFiles.filter(isTranslation).map((file) => brotli(file.text));
            figures.push(`  ${what}: ${code}${inChunk.length ? ` + ${inChunk.join(' + ')} (translation chunk)` : ''}`);
            const limit = Math.round(budget * 1.05) + (language && !splitting ? TRANSLATION_LIMIT : 0);
            assert.ok(code <= limit, `${code} B > ${limit} B`);
            for (const size of inChunk) assert.ok(size <= TRANSLATION_LIMIT, `translation chunk ${size} B > ${TRANSLATION_LIMIT} B`);
            if (splitting && language) assert.equal(inChunk.length, 1, 'the translation is a chunk of its own');
          });
        }
      }
    }
  });
});
