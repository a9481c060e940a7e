/* global window, document -- used in the page */
// A pass over the static Storybook, shared by the smoke test
// (scripts/storybook-smoke.js) and the screenshots (scripts/screenshots.js):
// builds storybook-static/ (skip with --no-build), serves it on 127.0.0.1,
// reads index.json and opens each entry in headless Chromium, waiting until
// the preview says it has rendered (a story's play function included).
// Options read from the command line: --no-build, --filter <text in an id>.
import {spawn} from 'node:child_process';
import {readFile} from 'node:fs/promises';
import {createRequire} from 'node:module';
import {join, resolve} from 'node:path';
import process from 'node:process';
import {launchChromium, mapConcurrently} from './chromium.js';
import {serve} from './serve.js';

const argv = process.argv.slice(2);
const root = resolve('storybook-static');
const require = createRequire(import.meta.url);
const started = Date.now();

/** Seconds since `from` (default: since the script started), for the log. */
export const seconds = (from = started) => `${((Date.now() - from) / 1000).toFixed(1)} s`;

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

/** Records the preview's own events (via the channel it puts on window). */
function listenToPreview() {
  const EVENTS = [
    'storyFinished', 'docsRendered', 'storyErrored', 'storyThrewException',
    'playFunctionThrewException', 'storyMissing', 'unhandledErrorsWhilePlaying',
  ];
  const seen = new WeakSet();
  const log = (window.__previewEvents = []);
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

/**
 * Opens an entry (a story, or a docs page) in `page` and waits until the
 * preview has rendered it, its play function finished, or it failed.
 * Resolves with the preview's events ({name, detail}) and whether
 * Storybook shows its error display.
 */
export async function open(page, origin, entry, timeout) {
  const docs = entry.type === 'docs';
  await page.evaluateOnNewDocument(listenToPreview);
  const url = `${origin}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${docs ? 'docs' : 'story'}`;
  await page.goto(url, {waitUntil: 'load', timeout});
  await page.waitForFunction(
    (done) =>
      document.body.classList.contains('sb-show-errordisplay') ||
      window.__previewEvents.some((event) => done.includes(event.name)),
    {timeout, polling: 100},
    docs ? ['docsRendered', 'storyErrored', 'storyMissing'] : ['storyFinished', 'storyErrored', 'storyMissing']
  );
  return page.evaluate(() => ({
    events: window.__previewEvents,
    errorShown: document.body.classList.contains('sb-show-errordisplay'),
    errorText: document.querySelector('#error-message')?.textContent?.trim() ?? '',
  }));
}

/**
 * Whether `error` says that the page or the whole browser went away (a
 * Chromium process that ended), rather than anything about the entry.
 */
export const wentAway = (error) =>
  /Session closed|Target closed|Connection closed|Session with given id not found/.test(String(error?.message));

/**
 * Builds and serves the Storybook, then calls `visit(page, origin, entry)`
 * for each entry that `select` keeps (and --filter matches), `concurrency`
 * at a time, each in a new 1024 x 768 page. Resolves with the entries and
 * what each visit returned, in index order. A visit during which Chromium
 * went away (its process ended, or see `wentAway`: about one full pass in three on this
 * machine, so far always during the quick exit's sticky story, and never
 * when the quick-exit stories run alone) is said so and made once more, in
 * a new browser; a second failure stands.
 */
export async function eachEntry({select = () => true, concurrency = 2}, visit) {
  if (!argv.includes('--no-build')) {
    const building = Date.now();
    await build();
    console.log(`Built storybook-static/ in ${seconds(building)}`);
  }
  const filter = argv.includes('--filter') ? argv[argv.indexOf('--filter') + 1] : '';
  const index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'));
  const entries = Object.values(index.entries).filter((entry) => select(entry) && entry.id.includes(filter));
  if (!entries.length) throw new Error('index.json lists no such entries');
  const server = await serve({rootDir: root});
  let browser = await launchChromium();
  let relaunching;
  /** A new browser in place of `gone`: one launch, however many visits saw it go. */
  const replace = (gone) => {
    if (relaunching) return relaunching;
    if (browser !== gone) return Promise.resolve(browser);
    relaunching = (async () => {
      await gone.close().catch(() => {});
      browser = await launchChromium();
      relaunching = undefined;
      return browser;
    })();
    return relaunching;
  };
  const visitInNewPage = async (current, entry) => {
    const page = await current.newPage();
    try {
      await page.setViewport({width: 1024, height: 768});
      return await visit(page, server.origin, entry);
    } finally {
      await page.close().catch(() => {});
    }
  };
  try {
    const results = await mapConcurrently(entries, concurrency, async (entry) => {
      const current = await (relaunching ?? browser);
      let why = 'its process ended';
      try {
        const result = await visitInNewPage(current, entry);
        if (current.connected) return result;
      } catch (error) {
        if (current.connected && !wentAway(error)) throw error;
        why = error.message.split('\n')[0];
      }
      // What the visit saw is not the entry's doing.
      console.log(`Chromium went away during ${entry.id} (${why}); once more in a new browser.`);
      return visitInNewPage(await replace(current), entry);
    });
    return entries.map((entry, i) => ({entry, result: results[i]}));
  } finally {
    await browser.close();
    await server.stop();
  }
}
