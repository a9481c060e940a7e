/* global window, document -- used in page.evaluate() */
// Proves every story renders: builds the static Storybook (skip with
// --no-build to test the existing storybook-static/), serves it on
// 127.0.0.1, reads index.json and opens every story (and every docs page)
// in headless Chromium. A story fails on a page error, a console error, a
// failed request, Storybook's error display, an error reported by the
// preview (a throwing story or play function, an a11y addon failure), a
// `safeguard-*` element that never upgraded, or an axe violation in
// #storybook-root. Usage:
//   node scripts/storybook-smoke.js [--no-build] [--filter <text in story id>]
// Environment: SMOKE_CONCURRENCY (pages at once, default 2), SMOKE_TIMEOUT
// (ms per story, default 30000), CHROME_PATH (default /usr/lib/chromium/chromium).
import {spawn} from 'node:child_process';
import {readFile} from 'node:fs/promises';
import {createRequire} from 'node:module';
import {join, resolve} from 'node:path';
import process from 'node:process';
import {launchChromium} from './chromium.js';
import {staticServer} from './static-server.js';

const argv = process.argv.slice(2);
const option = (name) => {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
};
const root = resolve('storybook-static');
const filter = option('--filter');
const concurrency = Number(process.env.SMOKE_CONCURRENCY || 2);
const timeout = Number(process.env.SMOKE_TIMEOUT || 30000);
const require = createRequire(import.meta.url);
const axeSource = require.resolve('axe-core/axe.min.js');
const started = Date.now();
const seconds = (from) => `${((Date.now() - from) / 1000).toFixed(1)} s`;

/** Runs `storybook build`, showing its output only if it fails. */
function build() {
  const pkg = require.resolve('storybook/package.json');
  const bin = join(pkg, '..', require(pkg).bin);
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [bin, 'build', '--quiet', '-o', root], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (chunk) => (log += chunk));
    child.stderr.on('data', (chunk) => (log += chunk));
    child.on('error', fail);
    child.on('exit', (code) => {
      if (code === 0) return done();
      process.stderr.write(log);
      fail(new Error(`storybook build exited with ${code}`));
    });
  });
}

/** A static server for storybook-static/ on a free port of 127.0.0.1. */
function serve() {
  const server = staticServer({
    root,
    headers: {'cache-control': 'max-age=600'},
    answers: {'/favicon.ico': [204]},
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => done(server))
  );
}

/** Records the preview's own events (via the channel it puts on window). */
function listenToPreview() {
  const EVENTS = [
    'storyFinished', 'docsRendered', 'storyErrored', 'storyThrewException',
    'playFunctionThrewException', 'storyMissing', 'unhandledErrorsWhilePlaying',
  ];
  const seen = new WeakSet();
  const log = (window.__smokeEvents = []);
  let channel;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(next) {
      channel = next;
      if (!next || seen.has(next)) return;
      seen.add(next);
      for (const name of EVENTS) {
        next.on(name, (payload) => {
          let detail;
          try {
            detail = JSON.parse(JSON.stringify(payload ?? null));
          } catch {
            detail = String(payload);
          }
          log.push({name, detail});
        });
      }
    },
  });
}

/** Opens one entry and returns the reasons it failed (none: it passed). */
async function check(browser, origin, entry) {
  const problems = [];
  const page = await browser.newPage();
  await page.setViewport({width: 1024, height: 768});
  await page.evaluateOnNewDocument(listenToPreview);
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('requestfailed', (request) => {
    // A Docs page that shows stories in frames of their own (the quick
    // exit's) loads a frame again as it re-renders: the first load is
    // aborted, which is not a failure.
    const superseded =
      request.failure()?.errorText === 'net::ERR_ABORTED' &&
      request.isNavigationRequest() &&
      request.frame() !== page.mainFrame();
    if (!superseded) problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) {
      problems.push(`HTTP ${response.status()}: ${response.url()}`);
    }
  });
  const docs = entry.type === 'docs';
  const url = `${origin}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${docs ? 'docs' : 'story'}`;
  try {
    await page.goto(url, {waitUntil: 'load', timeout});
    await page.waitForFunction(
      (done) =>
        document.body.classList.contains('sb-show-errordisplay') ||
        window.__smokeEvents.some((event) => done.includes(event.name)),
      {timeout, polling: 100},
      docs
        ? ['docsRendered', 'storyErrored', 'storyMissing']
        : ['storyFinished', 'storyErrored', 'storyMissing']
    );
    const state = await page.evaluate(() => {
      const display = document.querySelector('#error-message');
      return {
        events: window.__smokeEvents,
        errorShown: document.body.classList.contains('sb-show-errordisplay'),
        errorText: display?.textContent?.trim() ?? '',
        notUpgraded: [...document.querySelectorAll('#storybook-root *, #storybook-docs *')]
          .filter((el) => el.localName.startsWith('safeguard-') && !el.matches(':defined'))
          .map((el) => el.localName),
        argsTables: document.querySelectorAll('#storybook-docs .docblock-argstable').length,
      };
    });
    // Stories shown in frames of their own on a Docs page (the quick exit's)
    // load after the page says it has rendered: wait for them too.
    if (docs) {
      await page.waitForFunction(
        () => [...document.querySelectorAll('iframe')].every((frame) => frame.contentDocument?.readyState === 'complete'),
        {timeout, polling: 100}
      );
    }
    if (state.errorShown) problems.push(`Storybook error display: ${state.errorText || '(no message)'}`);
    for (const {name, detail} of state.events) {
      if (name === 'storyFinished') {
        if (detail?.status === 'error') {
          const reports = (detail.reporters ?? [])
            .filter((report) => report.status === 'failed')
            .map((report) =>
              report.type === 'a11y'
                ? `a11y addon: ${(report.result?.violations ?? []).map((v) => v.id).join(', ') || 'error'}`
                : report.type
            );
          problems.push(`story finished with an error${reports.length ? ` (${reports.join('; ')})` : ''}`);
        }
      } else if (name !== 'docsRendered') {
        const message = detail?.message ?? (Array.isArray(detail) ? detail.map((e) => e?.message).join('; ') : '');
        problems.push(`${name}${message ? `: ${message}` : ''}`);
      }
    }
    if (state.notUpgraded.length) problems.push(`not upgraded: ${state.notUpgraded.join(', ')}`);
    if (docs && entry.importPath.includes('.stories.') && !state.argsTables) problems.push('docs page has no properties table (manifest not read?)');
    if (!docs && !state.errorShown) {
      await page.addScriptTag({path: axeSource});
      const violations = await page.evaluate(async () => {
        const results = await window.axe.run(document.querySelector('#storybook-root'), {
          resultTypes: ['violations'],
        });
        return results.violations.map(
          (v) => `${v.id} (${v.impact}): ${v.help} [${v.nodes.map((n) => n.target.join(' > ')).join(' | ')}]`
        );
      });
      for (const violation of violations) problems.push(`axe: ${violation}`);
    }
  } catch (error) {
    problems.push(`did not finish: ${error.message.split('\n')[0]}`);
  } finally {
    await page.close();
  }
  return problems;
}

async function main() {
  if (!argv.includes('--no-build')) {
    const building = Date.now();
    await build();
    console.log(`Built storybook-static/ in ${seconds(building)}`);
  }
  const index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'));
  const entries = Object.values(index.entries).filter(
    (entry) => !filter || entry.id.includes(filter)
  );
  if (!entries.length) throw new Error('index.json lists no stories');
  const server = await serve();
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await launchChromium();
  const failures = [];
  let next = 0;
  const testing = Date.now();
  const worker = async () => {
    while (next < entries.length) {
      const entry = entries[next++];
      const opened = Date.now();
      const problems = await check(browser, origin, entry);
      const label = `${entry.type === 'docs' ? 'docs ' : 'story'} ${entry.id}`;
      if (problems.length) {
        failures.push(entry.id);
        console.log(`FAIL  ${label}\n${problems.map((p) => `      - ${p}`).join('\n')}`);
      } else {
        console.log(`ok    ${label} (${seconds(opened)})`);
      }
    }
  };
  try {
    await Promise.all(Array.from({length: concurrency}, worker));
  } finally {
    await browser.close();
    server.close();
  }
  const stories = entries.filter((entry) => entry.type === 'story').length;
  console.log(
    `\n${entries.length - failures.length} of ${entries.length} passed ` +
      `(${stories} stories, ${entries.length - stories} docs pages) in ${seconds(testing)}; ` +
      `${seconds(started)} in all.`
  );
  if (failures.length) {
    console.log(`Failed: ${failures.join(', ')}`);
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
