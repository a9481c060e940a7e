/* global window, document, customElements, webVitals -- used in the page */
// The demo page's Cumulative Layout Shift, as web-vitals computes it, in
// headless Chromium, while the library loads 1.5 s after the page (as on a
// slow phone network): with and without the optional placeholder CSS
// (dist/placeholders.css), at a phone's and a desktop's size, in every
// language. Needs `npm run build`. Usage:
//   node scripts/measure-cls.js          print CLS for every case
//   node scripts/measure-cls.js --check  (in `npm test`) fail unless the page
//     with placeholders has no layout shift at all, phone and desktop, in
//     every language. Chromium only: it is the one engine that reports
//     layout-shift entries (the Layout Instability API).
import {readFile} from 'node:fs/promises';
import {createRequire} from 'node:module';
import process from 'node:process';
import {setTimeout as sleep} from 'node:timers/promises';
import {demoServer} from '../web-dev-server.config.mjs';
import {launchChromium, mapConcurrently} from './browsers.js';
import {LOCALES, SOURCE_LOCALE} from './locales.js';
import {serve} from './serve.js';

/** Lighthouse 12's emulated devices: a Moto G Power, and its desktop preset. */
const MOBILE = {width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true};
const DESKTOP = {width: 1350, height: 940, deviceScaleFactor: 1, isMobile: false, hasTouch: false};
const check = process.argv.includes('--check');

/**
 * web-vitals from node_modules (its attribution build, which names the node
 * that moved most; the UMD file defines a global `webVitals`), run in the
 * page before its own scripts: no request, nothing from another origin, and
 * the page's CSP and Trusted Types stay as they are.
 */
const WEB_VITALS = await readFile(createRequire(import.meta.url).resolve('web-vitals/attribution'), 'utf8');

/** Resolves once every widget on the page has defined and rendered. */
async function widgetsRendered() {
  const elements = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('safeguard-'));
  await Promise.all(elements.map((el) => customElements.whenDefined(el.localName)));
  await Promise.all(elements.map((el) => el.updateComplete));
}

/** Loads the page in a fresh incognito context and returns web-vitals' CLS report. */
async function measure(browser, url, viewport) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport(viewport);
    await page.evaluateOnNewDocument(WEB_VITALS);
    await page.evaluateOnNewDocument(() => {
      // Every change is reported (no input is given: every layout shift counts).
      webVitals.onCLS(
        ({value, entries, attribution}) => {
          window.__cls = {value, entries: entries.length, largest: attribution.largestShiftTarget};
        },
        {reportAllChanges: true}
      );
    });
    await page.goto(url, {waitUntil: 'load'});
    await page.evaluate(widgetsRendered);
    await sleep(1000);
    const cls = await page.evaluate(() => window.__cls);
    if (!cls) throw new Error(`${url}: web-vitals reported no CLS`);
    return cls;
  } finally {
    await context.close();
  }
}

const server = await serve(demoServer({scriptDelay: 1500}));
let browser;
try {
  browser = await launchChromium();
  const page = `${server.origin}/demo/`;
  // The page in each language of the locale table (?lang=: demo/locale.js),
  // with the placeholders; without them (English only) to show what they save.
  const cases = [
    ...LOCALES.flatMap((lang) => {
      const url = lang === SOURCE_LOCALE ? page : `${page}?lang=${lang}`;
      return [
        [`${lang}: mobile, with placeholders`, url, MOBILE],
        [`${lang}: desktop, with placeholders`, url, DESKTOP],
      ];
    }),
    ...(check
      ? []
      : [
          ['en-GB: mobile, without', `${page}?placeholders=off`, MOBILE],
          ['en-GB: desktop, without', `${page}?placeholders=off`, DESKTOP],
        ]),
  ];
  // Six pages at once: each spends most of its time waiting for the
  // held-back library (two a language of the table).
  const results = await mapConcurrently(cases, 6, ([, url, viewport]) => measure(browser, url, viewport));
  for (const [i, [name]] of cases.entries()) {
    const {value, entries, largest} = results[i];
    const where = entries ? `  (${entries} shifts; the largest moved ${largest})` : '';
    console.log(`${name.padEnd(34)} CLS ${value.toFixed(3)}${where}`);
    if (check && entries) process.exitCode = 1;
  }
  if (check) {
    console.log(process.exitCode ? 'FAIL: the demo page shifts while the library loads.' : 'No layout shift while the library loads.');
  }
} finally {
  await browser?.close();
  await server.stop();
}
