// What a contributor without root (or without Debian) sees when the tests'
// browsers are missing: one line, at once, naming what is missing and the
// command that installs it, and a failing exit. Run as root, the check runs
// as the `nobody` user, so that it cannot install anything.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import process from 'node:process';
import {test} from 'node:test';

const NOBODY = 65534;

/** Runs scripts/system-deps.js for `tier` with the browsers pointed at nothing. */
function systemDeps(tier, env = {}) {
  const asRoot = process.getuid?.() === 0;
  const command = [process.execPath, 'scripts/system-deps.js', tier];
  const started = Date.now();
  const {status, stdout, stderr} = spawnSync(
    asRoot ? 'setpriv' : command[0],
    asRoot ? [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', ...command] : command.slice(1),
    {encoding: 'utf8', env: {PATH: process.env.PATH, CHROME_PATH: '/nonexistent/chromium', FIREFOX_PATH: '/nonexistent/firefox', ...env}}
  );
  return {status, stdout, lines: stderr.trim().split('\n'), seconds: (Date.now() - started) / 1000};
}

test('without root, missing browsers stop the tests at once with one line and the command', () => {
  const {status, stdout, lines, seconds} = systemDeps('browsers', {BROWSERS: 'chromium,firefox'});
  assert.equal(status, 1);
  assert.equal(stdout, '', 'it installs nothing, so it says nothing on stdout');
  assert.equal(lines.length, 1, lines.join('\n'));
  assert.match(lines[0], /^Missing for these tests: Chromium; Firefox ESR\. /);
  assert.match(lines[0], /sudo apt-get install -y --no-install-recommends chromium firefox-esr\b/);
  assert.ok(seconds < 10, `took ${seconds} s`);
});

test('BROWSERS narrows what is needed: with Chromium there, nothing is missing', () => {
  const {status, lines} = systemDeps('browsers', {BROWSERS: 'chromium', CHROME_PATH: process.execPath});
  assert.equal(status, 0, lines.join('\n'));
});
