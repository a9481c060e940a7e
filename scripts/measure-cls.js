// Measures the demo page's Cumulative Layout Shift with Lighthouse, with and
// without the optional :not(:defined) placeholder CSS, in one run.
// Needs `npm run build` and Debian's chromium. Usage: node scripts/measure-cls.js
import {spawn} from 'node:child_process';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';
import {CHROMIUM_ARGS, CHROMIUM_PATH} from './chromium.js';

const server = spawn('node', ['scripts/serve-demo.js', '--port', '0'], {
  stdio: ['ignore', 'pipe', 'inherit'],
  // The library arrives 1.5 s after the page, as on a slow phone network.
  env: {...process.env, SCRIPT_DELAY_MS: '1500'},
});
const base = await new Promise((resolve) =>
  server.stdout.on('data', (data) => {
    const match = /(http:\S+)/.exec(String(data));
    if (match) resolve(match[1]);
  })
);

const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});
try {
  for (const [name, url, config] of [
    ['mobile, with placeholders', base],
    ['mobile, without', `${base}?placeholders=off`],
    ['desktop, with placeholders', base, desktopConfig],
    ['desktop, without', `${base}?placeholders=off`, desktopConfig],
  ]) {
    const flags = {port: chrome.port, onlyCategories: ['performance'], logLevel: 'error'};
    const {lhr} = await lighthouse(url, flags, config);
    const cls = lhr.audits['cumulative-layout-shift'].numericValue;
    const score = Math.round(lhr.categories.performance.score * 100);
    console.log(`${name.padEnd(26)} CLS ${cls.toFixed(3)}  performance ${score}`);
    for (const shift of lhr.audits['layout-shifts']?.details?.items ?? []) {
      console.log(`  ${shift.score.toFixed(3)}  ${shift.node?.selector ?? shift.node?.snippet ?? '?'}`);
    }
  }
} finally {
  await chrome.kill();
  server.kill();
}
