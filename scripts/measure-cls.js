/* global window, document, customElements, Node, ShadowRoot -- used in the page */
// Measures the demo page's Cumulative Layout Shift in headless Chromium
// (puppeteer-core), with and without the optional :not(:defined) placeholder
// CSS, at a phone's and a desktop's size, in one run. CLS is computed as
// Lighthouse and web-vitals do: the largest session window of layout shifts
// without recent input (shifts under 1 s apart, the window at most 5 s long).
// Needs `npm run build` and Debian's chromium. Usage: node scripts/measure-cls.js
import {spawn} from 'node:child_process';
import process from 'node:process';
import {setTimeout as sleep} from 'node:timers/promises';
import {launchChromium} from './chromium.js';

/** Lighthouse 12's emulated devices: a Moto G Power, and its desktop preset. */
const MOBILE = {width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true};
const DESKTOP = {width: 1350, height: 940, deviceScaleFactor: 1, isMobile: false, hasTouch: false};
/** Shifts listed under each case, biggest first. */
const SHOWN = 5;

/** Starts scripts/serve-demo.js, slowed down, and resolves with it and its URL. */
async function startDemo() {
  const child = spawn(process.execPath, ['scripts/serve-demo.js', '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    // The library arrives 1.5 s after the page, as on a slow phone network.
    env: {...process.env, SCRIPT_DELAY_MS: '1500'},
  });
  try {
    const url = await new Promise((done, fail) => {
      let text = '';
      child.stdout.on('data', (chunk) => {
        text += chunk;
        const match = /(http:\S+)/.exec(text);
        if (match) done(match[1]);
      });
      child.on('error', fail);
      child.on('exit', (code) => fail(new Error(`serve-demo.js exited with ${code}`)));
    });
    return {child, url};
  } catch (error) {
    child.kill();
    throw error;
  }
}

/**
 * Runs in the page before its own scripts: records every layout shift, with
 * a short selector (up to 3 levels, outermost first) for each source's node.
 */
function recordLayoutShifts() {
  const name = (el) => {
    if (el.id) return `${el.localName}#${el.id}`;
    const classes = [...el.classList].slice(0, 2);
    return [el.localName, ...classes].join('.');
  };
  const describe = (node) => {
    if (!node) return '(removed node)';
    const parts = [];
    let el = node;
    if (node.nodeType !== Node.ELEMENT_NODE) {
      parts.push(node.nodeType === Node.TEXT_NODE ? '#text' : node.nodeName);
      el = node.parentElement ?? node.parentNode;
    }
    while (el && parts.length < 3) {
      if (el instanceof ShadowRoot) {
        parts.push('#shadow-root');
        el = el.host;
        continue;
      }
      if (el.nodeType !== Node.ELEMENT_NODE) break;
      parts.push(name(el));
      if (el.localName === 'body' || el.localName === 'html') break;
      el = el.parentElement ?? el.parentNode;
    }
    return parts.reverse().join(' > ');
  };
  const area = (rect) => (rect ? rect.width * rect.height : 0);
  window.__layoutShifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.__layoutShifts.push({
        value: entry.value,
        hadRecentInput: entry.hadRecentInput,
        startTime: entry.startTime,
        sources: (entry.sources ?? [])
          .map((source) => ({
            selector: describe(source.node),
            area: Math.max(area(source.previousRect), area(source.currentRect)),
          }))
          .sort((a, b) => b.area - a.area),
      });
    }
  }).observe({type: 'layout-shift', buffered: true});
}

/** Resolves once every widget on the page has defined and rendered. */
async function widgetsRendered() {
  const elements = [...document.querySelectorAll('*')].filter((el) =>
    el.localName.startsWith('safeguard-')
  );
  await Promise.all(elements.map((el) => customElements.whenDefined(el.localName)));
  await Promise.all(elements.map((el) => el.updateComplete));
}

/** Lighthouse's and web-vitals' CLS: the largest session window of shifts. */
function cumulativeLayoutShift(shifts) {
  let largest = 0;
  let session = 0;
  let first;
  let last;
  for (const shift of shifts) {
    if (shift.hadRecentInput) continue;
    if (session && shift.startTime - last.startTime < 1000 && shift.startTime - first.startTime < 5000) {
      session += shift.value;
    } else {
      session = shift.value;
      first = shift;
    }
    last = shift;
    largest = Math.max(largest, session);
  }
  return largest;
}

/** Loads the page in a fresh incognito context and returns its layout shifts. */
async function measure(browser, url, viewport) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport(viewport);
    await page.evaluateOnNewDocument(recordLayoutShifts);
    await page.goto(url, {waitUntil: 'load'});
    await page.waitForFunction(() => customElements.get('safeguard-campaign-banner'));
    await page.evaluate(widgetsRendered);
    await sleep(1000);
    return await page.evaluate(() => window.__layoutShifts);
  } finally {
    await context.close();
  }
}

const demo = await startDemo();
let browser;
try {
  browser = await launchChromium();
  const base = demo.url;
  // The same page in each other language (?lang=: demo/locale.js), with the placeholders.
  const translated = ['cy', 'pl', 'ro', 'ne', 'ar'].flatMap((lang) => [
    [`${lang}: mobile, with placeholders`, `${base}?lang=${lang}`, MOBILE],
    [`${lang}: desktop, with placeholders`, `${base}?lang=${lang}`, DESKTOP],
  ]);
  for (const [name, url, viewport] of [
    ['mobile, with placeholders', base, MOBILE],
    ['mobile, without', `${base}?placeholders=off`, MOBILE],
    ['desktop, with placeholders', base, DESKTOP],
    ['desktop, without', `${base}?placeholders=off`, DESKTOP],
    ...translated,
  ]) {
    const shifts = await measure(browser, url, viewport);
    console.log(`${name.padEnd(34)} CLS ${cumulativeLayoutShift(shifts).toFixed(3)}`);
    const biggest = shifts.filter((shift) => !shift.hadRecentInput).sort((a, b) => b.value - a.value);
    for (const shift of biggest.slice(0, SHOWN)) {
      const [source, ...others] = shift.sources;
      const more = others.length ? `  (+${others.length} more)` : '';
      console.log(`  ${shift.value.toFixed(3)}  ${source?.selector ?? '?'}${more}`);
    }
    if (biggest.length > SHOWN) console.log(`  … ${biggest.length - SHOWN} smaller shifts`);
  }
} finally {
  await browser?.close();
  demo.child.kill();
}
