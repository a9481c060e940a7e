// Headless Chromium, one set of flags for every tool that starts it (the
// test runner, the Storybook smoke test, the screenshots, the CLS benchmark):
// Debian's binary (npm cannot download a browser here), run as root.
// No side effects at import: web-test-runner.config.js imports it too.
import process from 'node:process';
import puppeteer from 'puppeteer-core';

/** The binary behind Debian's /usr/bin/chromium wrapper, or CHROME_PATH. */
export const CHROMIUM_PATH = process.env.CHROME_PATH || '/usr/lib/chromium/chromium';

/** Flags for a quiet headless run as root (see /work/shared/TESTING.md). */
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
