// The package as others install it: packs it (npm pack), installs the
// tarball in a scratch folder outside the repository, then bundles
// `import 'safeguarding-widgets'` and one element's define.js with esbuild,
// webpack 5, Rollup and Vite (each with no configuration of its own beyond
// an entry), and imports both in plain Node (server rendering). Each bundle
// must hold the translations, so a page in Polish can show Polish.
// Run after `npm run build`.
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import * as esbuild from 'esbuild';
import webpack from 'webpack';
import {rollup} from 'rollup';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import {build as vite} from 'vite';

const scratch = mkdtempSync(join(tmpdir(), 'safeguarding-widgets-consumer-'));
const npm = (args, cwd) => execFileSync('npm', args, {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});

/** A Polish word from the translation, and an Arabic one: proof that the locale modules came along. */
const TRANSLATED = ['Zaznaczono', 'علامة'];

const ENTRIES = {
  all: "import 'safeguarding-widgets';\n",
  'report-contact': "import 'safeguarding-widgets/report-contact/define.js';\n",
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

let failures = 0;
const report = (ok, what, detail = '') => {
  if (!ok) failures++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${detail ? `: ${detail}` : ''}`);
};

try {
  const tarball = join(scratch, JSON.parse(npm(['pack', '--json', '--pack-destination', scratch], process.cwd()))[0].filename);
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({name: 'consumer', private: true, type: 'module'}));
  npm(['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], scratch);
  console.log(`Installed ${tarball} in ${scratch}`);

  for (const [name, code] of Object.entries(ENTRIES)) {
    const entry = join(scratch, `${name}.js`);
    writeFileSync(entry, code);
    for (const [bundler, bundle] of Object.entries(BUNDLERS)) {
      const out = join(scratch, 'out', `${bundler}-${name}`);
      try {
        await bundle(entry, out);
        const missing = TRANSLATED.filter((word) => !written(out).includes(word));
        report(!missing.length, `${bundler} bundles ${code.trim()}`, missing.length ? `no translation in the output (${missing})` : '');
      } catch (error) {
        report(false, `${bundler} bundles ${code.trim()}`, String(error.message ?? error).split('\n')[0]);
      }
    }
    try {
      execFileSync(process.execPath, ['--input-type=module', '-e', code], {cwd: scratch, stdio: 'pipe'});
      report(true, `node imports ${code.trim()}`);
    } catch (error) {
      report(false, `node imports ${code.trim()}`, String(error.stderr).trim().split('\n').slice(-1)[0]);
    }
  }
} finally {
  rmSync(scratch, {recursive: true, force: true});
}
console.log(failures ? `${failures} consumer check(s) failed.` : 'Every consumer check passed.');
process.exit(failures ? 1 : 0);
