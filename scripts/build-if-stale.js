// Runs `npm run build` unless dist/ is newer than every file the build reads:
// each test tier that reads dist/ starts with it, so none can test an old
// build, and `npm test`, which has just built, does not build again.
//   node scripts/build-if-stale.js
import {execFileSync} from 'node:child_process';
import {existsSync, statSync} from 'node:fs';
import process from 'node:process';

/** What the build writes first and last: dist/ is whole only if both are there. */
const OUTPUTS = ['dist/safeguarding-widgets.js', 'dist/wordpress/safeguarding-widgets.zip'];
/** Tracked or new files that no build reads. */
const NOT_READ = /^(test|docs|stories|\.storybook|\.ci|tools)\/|\.md$/;

/** Why dist/ is stale, or '' when it is current. */
function staleness() {
  const missing = OUTPUTS.find((file) => !existsSync(file));
  if (missing) return `${missing} is missing`;
  const built = Math.min(...OUTPUTS.map((file) => statSync(file).mtimeMs));
  let files;
  try {
    files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {encoding: 'utf8'}).split('\n');
  } catch {
    return 'no git checkout to compare it with';
  }
  const newer = files.find((file) => file && !NOT_READ.test(file) && existsSync(file) && statSync(file).mtimeMs > built);
  return newer ? `${newer} changed since` : '';
}

export function buildIfStale() {
  const why = staleness();
  if (!why) return;
  console.log(`Building dist/ first (${why}).`);
  execFileSync('npm', ['run', '-s', 'build'], {stdio: 'inherit'});
}

if (import.meta.url === `file://${process.argv[1]}`) buildIfStale();
