// The browsers, from Debian's packages (npm cannot download one here): where
// each binary is, and headless Chromium with one set of flags for every tool
// that starts it (the test runner, the Storybook pass, the CLS measure, the
// benchmark), run as root. No side effects at import.
import process from 'node:process';
import puppeteer from 'puppeteer-core';

/** The binary behind Debian's /usr/bin/chromium wrapper, or CHROME_PATH. */
export const CHROMIUM_PATH = process.env.CHROME_PATH || '/usr/lib/chromium/chromium';
/** Firefox ESR, or FIREFOX_PATH. */
export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
/** WebKitGTK's MiniBrowser (driven by WebKitWebDriver), or WEBKIT_MINIBROWSER_PATH. */
export const MINIBROWSER_PATH = process.env.WEBKIT_MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/**
 * Flags for a quiet headless run: --no-sandbox because it runs as root
 * (Chromium refuses to start otherwise); no GPU, no /dev/shm, no network
 * or updates of its own, no first-run pages.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
];

/** Launches headless Chromium through puppeteer-core. */
export function launchChromium() {
  return puppeteer.launch({executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS});
}

/**
 * Runs `task` on every item, `concurrency` at a time (pages of one browser
 * on a shared 2-core machine), and resolves with the results in order.
 */
export async function mapConcurrently(items, concurrency, task) {
  const results = [];
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i]);
    }
  };
  await Promise.all(Array.from({length: Math.min(concurrency, items.length)}, worker));
  return results;
}
