// Headless Chromium for the Storybook smoke test and the screenshots:
// Debian's binary (npm cannot download a browser here), run as root.
import process from 'node:process';
import puppeteer from 'puppeteer-core';

export const CHROMIUM_PATH = process.env.CHROME_PATH || '/usr/lib/chromium/chromium';

export function launchChromium() {
  return puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-sync',
    ],
  });
}
