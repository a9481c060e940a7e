// Generates custom-elements.json from the JSDoc in src/, in a stable order
// (the analyzer lists modules in the order the file system gives them).
//   node scripts/manifest.js          write custom-elements.json
//   node scripts/manifest.js --check  fail if the committed one is stale
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, relative} from 'node:path';

const FILE = 'custom-elements.json';
const outdir = mkdtempSync(join(tmpdir(), 'cem-'));
try {
  execFileSync(
    'node_modules/.bin/custom-elements-manifest',
    // The analyzer resolves --outdir against the working directory.
    ['analyze', '--outdir', relative(process.cwd(), outdir), '--quiet'],
    {stdio: 'inherit'}
  );
  const manifest = JSON.parse(readFileSync(join(outdir, FILE), 'utf8'));
  manifest.modules.sort((a, b) => a.path.localeCompare(b.path));
  const fresh = `${JSON.stringify(manifest, null, 2)}\n`;
  if (!process.argv.includes('--check')) {
    writeFileSync(FILE, fresh);
  } else if (fresh !== readFileSync(FILE, 'utf8')) {
    console.error(`${FILE} is stale: run \`npm run analyze\` and commit it.`);
    process.exitCode = 1;
  } else {
    console.log(`${FILE} is up to date.`);
  }
} finally {
  rmSync(outdir, {recursive: true, force: true});
}
