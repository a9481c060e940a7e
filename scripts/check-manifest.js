// Fails when the committed custom-elements.json differs from a fresh one.
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, relative} from 'node:path';

const outdir = mkdtempSync(join(tmpdir(), 'cem-'));
try {
  execFileSync(
    'node_modules/.bin/custom-elements-manifest',
    // The analyzer resolves --outdir against the working directory.
    ['analyze', '--outdir', relative(process.cwd(), outdir), '--quiet'],
    {stdio: 'inherit'}
  );
  const fresh = readFileSync(join(outdir, 'custom-elements.json'), 'utf8');
  const committed = readFileSync('custom-elements.json', 'utf8');
  if (fresh !== committed) {
    console.error(
      'custom-elements.json is stale: run `npm run analyze` and commit it.'
    );
    process.exit(1);
  }
  console.log('custom-elements.json is up to date.');
} finally {
  rmSync(outdir, {recursive: true, force: true});
}
