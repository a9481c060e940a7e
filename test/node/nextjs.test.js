// A server-rendered Next.js App Router page, as docs/developers.md tells a
// developer to write it (test/consumers/nextjs/): the library imported in a
// client component, kebab-case attributes, every event listened to with
// addEventListener in an effect (React 19 drops properties and on… handlers
// on custom elements it hydrates, facebook/react#35446). Packs the package,
// installs it with Next.js, React and TypeScript (this repository's
// devDependencies) in a scratch folder outside the repository, builds the
// app with webpack and with Turbopack, and for each: starts `next start`,
// and in headless Chromium checks what a reader sees: the server's HTML
// holds each element's fallback; once hydrated each element renders
// instead, and the app listens to each event (an inline `onsafeguard-…`
// handler fails here: React left it out at hydration); ticking a sign,
// closing the banner and the quick exit's button each reach the app, which
// shows what it heard (and stays on the page when it cancels the exit); no
// console error or warning, no page error (React's hydration errors among
// them), no request beyond the server. Prints each build's time. Builds
// first if dist/ is older than the sources. Run with
//   node --test test/node/nextjs.test.js    (npm run test:nextjs)
// Environment: CHROME_PATH (default /usr/lib/chromium/chromium).
import assert from 'node:assert/strict';
import {execFile, execFileSync} from 'node:child_process';
import {cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import process from 'node:process';
import {after, describe, test} from 'node:test';
import {promisify} from 'node:util';
import {launchChromium} from '../../scripts/browsers.js';
import {buildIfStale} from '../../scripts/build-if-stale.js';
import {ELEMENT_NAMES, tagOf} from '../../scripts/elements.js';
import {ensure} from '../../scripts/system-deps.js';
import {cleanUp, freePort, setUp, startProcess, until} from './support.js';

ensure(['chromium']);
buildIfStale();

const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const scratch = mkdtempSync(join(tmpdir(), 'safeguarding-widgets-nextjs-'));
const next = join(scratch, 'node_modules/.bin/next');
const env = {...process.env, NEXT_TELEMETRY_DISABLED: '1'};

/** What the app needs, at this repository's versions (Next.js asks for @types/node too). */
const {devDependencies} = JSON.parse(readFileSync('package.json', 'utf8'));
const PACKAGES = ['next', 'react', 'react-dom', 'typescript', '@types/react', '@types/node'].map(
  (name) => `${name}@${devDependencies[name]}`
);

/** Each element's no-JavaScript fallback in the app: the server sends it; the element replaces it. */
const FALLBACKS = {
  'safeguard-quick-exit': 'Exit this page',
  'safeguard-campaign-banner': 'Is your child safe? See the signs of child exploitation.',
  'safeguard-signs-checklist': 'The signs of child exploitation need JavaScript to tick.',
  'safeguard-report-contact': 'In an emergency call 999; otherwise call the police on 101.',
  'safeguard-sexting-tips': 'Tips on sexting, for parents.',
  'safeguard-topic-guide': 'Modern slavery: what it is and who to call.',
};

/** The events the app listens to, by the element that fires them. */
const EVENTS = {
  'safeguard-quick-exit': 'safeguard-exit',
  'safeguard-campaign-banner': 'safeguard-dismiss',
  'safeguard-signs-checklist': 'safeguard-checklist-change',
};

/** The builds: `next build` with webpack, and with Turbopack (Next.js 16's default). */
const BUNDLERS = {webpack: ['--webpack'], Turbopack: []};

let browser;
const source = readFileSync('test/consumers/nextjs/app/help.tsx', 'utf8');

setUp(async () => {
  const launching = launchChromium().then((launched) => (browser = launched));
  const npm = (args, cwd) => execFileSync('npm', args, {cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
  const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', scratch], process.cwd()));
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({name: 'nextjs-consumer', private: true}));
  npm(['install', '--no-audit', '--no-fund', '--prefer-offline', join(scratch, packed.filename), ...PACKAGES], scratch);
  console.log(`packed and installed with ${PACKAGES.join(', ')}: ${seconds(started)}`);
  cpSync('test/consumers/nextjs', scratch, {recursive: true});
  await launching;
});

after(async () => {
  await browser?.close();
  await cleanUp();
  rmSync(scratch, {recursive: true, force: true});
  console.log(`nextjs.test.js: ${seconds(started)} in all`);
});

test('the app uses every element of the table', () => {
  const unused = ELEMENT_NAMES.map(tagOf).filter((tag) => !new RegExp(`<${tag}[\\s/>]`).test(source));
  assert.deepEqual(unused, [], 'elements test/consumers/nextjs/app/help.tsx does not use');
  assert.deepEqual(Object.keys(FALLBACKS).sort(), ELEMENT_NAMES.map(tagOf).sort(), 'a fallback to look for, for each');
});

for (const [bundler, flags] of Object.entries(BUNDLERS)) {
  describe(`built with ${bundler}`, () => {
    let url;
    let page;
    let html;
    let cdp;
    /** Console errors and warnings, page errors, and requests that left the server, in order. */
    const problems = [];

    setUp(async () => {
      const building = Date.now();
      try {
        await promisify(execFile)(next, ['build', ...flags], {cwd: scratch, env, maxBuffer: 1 << 24});
      } catch (error) {
        const output = `${error.stdout}${error.stderr}`.trim().split('\n').slice(-15).join('\n');
        throw new Error(`next build ${flags.join(' ')} failed:\n${output}`, {cause: error});
      }
      console.log(`next build ${flags.join(' ') || '(Turbopack)'}: ${seconds(building)}`);

      const port = await freePort();
      url = `http://127.0.0.1:${port}/`;
      const log = join(scratch, `next-start-${bundler}.log`);
      const server = startProcess(next, ['start', '-p', String(port), '-H', '127.0.0.1'], {cwd: scratch, env, log});
      html = await until(
        'next start',
        async () => {
          const response = await fetch(url);
          return response.ok && response.text();
        },
        {process: server}
      );

      page = await browser.newPage();
      // The browser asks for /favicon.ico of its own accord; the app has none.
      const favicon = `${url}favicon.ico`;
      page.on('console', (message) => {
        if (!['error', 'warn'].includes(message.type()) || message.location()?.url === favicon) return;
        problems.push(`console.${message.type()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('response', (response) => {
        if (response.status() < 400 || response.url() === favicon) return;
        problems.push(`${response.status()}: ${response.url()}`);
      });
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        if (request.url().startsWith(url) || request.url().startsWith('data:')) return request.continue();
        problems.push(`request outside the server: ${request.url()}`);
        return request.abort();
      });
      cdp = await page.createCDPSession();
      await page.goto(url);
      // Hydrated: React has claimed the server's nodes (it marks each one it hydrates).
      const hydrated = () => Object.keys(document.querySelector('#heard')).some((key) => key.startsWith('__reactFiber$'));
      await page.waitForFunction(hydrated, {timeout: 30_000});
    });

    after(async () => {
      await page?.close();
      await cleanUp();
    });

    /** What the app says it heard, once it says `expected` or after 5 s. */
    const heard = async (expected) => {
      const says = (text) => document.querySelector('#heard').textContent === text;
      await page.waitForFunction(says, {timeout: 5000}, expected).catch(() => {});
      return page.$eval('#heard', (p) => p.textContent);
    };

    test('the server sends each element with its attributes and its fallback', () => {
      for (const [tag, fallback] of Object.entries(FALLBACKS)) {
        const element = html.match(new RegExp(`<${tag}[^>]*>[^]*?</${tag}>`))?.[0];
        assert.ok(element, `no <${tag}> in the server's HTML`);
        assert.ok(element.includes(fallback), `<${tag}> in the server's HTML without its fallback: ${element}`);
      }
      assert.match(html, /<safeguard-signs-checklist[^>]* heading-level="2"/);
      assert.match(html, /<safeguard-campaign-banner[^>]* dismissible=""/);
      assert.match(html, /<p id="heard" role="status">Nothing yet\.<\/p>/);
    });

    test('once hydrated, each element renders in place of its fallback', async () => {
      const shown = await page.evaluate(
        (tags) =>
          tags.map((tag) => {
            const element = document.querySelector(tag);
            const text = element?.shadowRoot?.textContent.replace(/\s+/g, ' ').trim() ?? '';
            return {tag, renders: text.length > 0, fallbackShown: element?.firstElementChild?.checkVisibility() ?? null};
          }),
        Object.keys(FALLBACKS)
      );
      assert.deepEqual(
        shown.filter(({renders, fallbackShown}) => !renders || fallbackShown !== false),
        [],
        'elements that did not render, or still show their fallback'
      );
    });

    // Nothing re-renders the app before a reader acts: an `on…` handler that
    // React left out at hydration (facebook/react#35446) is missing here.
    test('once hydrated, the app listens to each element’s events', async () => {
      /** The event types the first `tag` on the page has listeners for (DevTools protocol). */
      const listenedTo = async (tag) => {
        const {result} = await cdp.send('Runtime.evaluate', {expression: `document.querySelector('${tag}')`});
        const {listeners} = await cdp.send('DOMDebugger.getEventListeners', {objectId: result.objectId});
        await cdp.send('Runtime.releaseObject', {objectId: result.objectId});
        return listeners.map(({type}) => type);
      };
      /** `tag: event` for each event no listener waits for. */
      const missing = async () => {
        const entries = Object.entries(EVENTS);
        const listened = await Promise.all(entries.map(([tag]) => listenedTo(tag)));
        return entries.filter(([, type], i) => !listened[i].includes(type)).map(([tag, type]) => `${tag}: ${type}`);
      };
      // The effect runs just after hydration: give it a moment.
      await until('the app’s listeners', async () => (await missing()).length === 0, {timeout: 5000}).catch(() => {});
      assert.deepEqual(await missing(), [], 'events no listener waits for');
    });

    test('ticking a sign: the app hears how many are ticked', async () => {
      const total = (await page.$$('#signs >>> input[type=checkbox]')).length;
      await page.click('#signs >>> input[type=checkbox]');
      assert.equal(await heard(`ticked 1 of ${total}`), `ticked 1 of ${total}`);
    });

    test('closing the banner: the app hears it, and the banner goes', async () => {
      await page.click('safeguard-campaign-banner >>> [part~=close]');
      assert.equal(await heard('banner dismissed'), 'banner dismissed');
      assert.equal(await page.$eval('safeguard-campaign-banner', (banner) => banner.shown), false);
    });

    test('the quick exit’s button: the app hears it, cancels it, and the page stays', async () => {
      await page.click('safeguard-quick-exit >>> [part~=button]');
      assert.equal(await heard('exit by button'), 'exit by button');
      assert.equal(page.url(), url);
      const covered = await page.$eval('safeguard-quick-exit >>> [part~=overlay]', (overlay) => overlay.open);
      assert.equal(covered, false, 'the page is still covered');
    });

    test('no console error or warning, no page error, no request beyond the server', () => {
      assert.deepEqual(problems, []);
    });
  });
}
