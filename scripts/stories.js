/* global window, document -- used in the page */
// The static Storybook for the Storybook test (test/node/storybook.test.js)
// and the screenshots (scripts/screenshots.js): builds storybook-static/,
// lists the entries of its index.json, serves it on 127.0.0.1 and opens each
// entry in headless Chromium, waiting until the preview says it has rendered
// (a story's play function included).
import {execFile} from 'node:child_process';
import {readFile} from 'node:fs/promises';
import {createRequire} from 'node:module';
import {join, resolve} from 'node:path';
import process from 'node:process';
import {promisify} from 'node:util';
import {launchChromium} from './browsers.js';
import {serve} from './serve.js';

const root = resolve('storybook-static');
const require = createRequire(import.meta.url);

/** Runs `storybook build`, showing its output only if it fails. */
async function buildStorybook() {
  const pkg = require.resolve('storybook/package.json');
  const bin = join(pkg, '..', require(pkg).bin);
  const args = [bin, 'build', '--quiet', '-o', root];
  await promisify(execFile)(process.execPath, args, {maxBuffer: 64 * 1024 * 1024}).catch((error) => {
    process.stderr.write(`${error.stdout ?? ''}${error.stderr ?? ''}`);
    throw new Error(`storybook build exited with ${error.code}`);
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
 * The entries of index.json (stories and docs pages, in index order) that
 * `select` keeps, after building storybook-static/ unless `build` is false.
 */
export async function listEntries({build = true, select = () => true} = {}) {
  if (build) {
    const started = Date.now();
    await buildStorybook();
    console.log(`Built storybook-static/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  const index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'));
  const entries = Object.values(index.entries).filter(select);
  if (!entries.length) throw new Error('index.json lists no such entries');
  return entries;
}

/**
 * Serves storybook-static/ and launches Chromium. `visit(entry, fn)` calls
 * `fn(page, origin, entry)` in a new 1024 x 768 page and resolves with what
 * it returns; `close()` stops both. A visit during which Chromium went away
 * (its process ended, or see `wentAway`: about one full pass in three on
 * this machine, so far always during the quick exit's sticky story, and
 * never when the quick-exit stories run alone) is said so and made once
 * more, in a new browser; a second failure stands.
 */
export async function startStorybook() {
  const server = await serve({rootDir: root});
  // A promise: the visits that saw one browser go wait for one new one.
  let browser = launchChromium();
  await browser.catch(async (error) => {
    await server.stop();
    throw error;
  });
  const inNewPage = async (current, entry, fn) => {
    const page = await current.newPage();
    try {
      await page.setViewport({width: 1024, height: 768});
      return await fn(page, server.origin, entry);
    } finally {
      await page.close().catch(() => {});
    }
  };
  const visit = async (entry, fn) => {
    const launched = browser;
    const current = await launched;
    let why = 'its process ended';
    try {
      const result = await inNewPage(current, entry, fn);
      if (current.connected) return result;
    } catch (error) {
      if (current.connected && !wentAway(error)) throw error;
      why = error.message.split('\n')[0];
    }
    // What the visit saw is not the entry's doing.
    console.log(`Chromium went away during ${entry.id} (${why}); once more in a new browser.`);
    if (browser === launched) browser = current.close().catch(() => {}).then(launchChromium);
    return inNewPage(await browser, entry, fn);
  };
  const close = async () => {
    try {
      await (await browser).close();
    } finally {
      await server.stop();
    }
  };
  return {visit, close};
}
