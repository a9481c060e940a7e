// Lighthouse on the demo page, as a phone on a slow network sees it (its
// default mobile settings: simulated throttling), in Debian's Chromium.
// Prints performance, CLS, TBT and LCP, and the longest main-thread tasks.
//   npm run bench:lighthouse            (installs this folder, builds first)
//   node tools/lighthouse/run.mjs [--lang cy] [--page examples.html] [--json report.json]
// --page examples.html measures the page of every example (33 widgets, six
// topic guides among them) instead of the demo partner page.
import {writeFileSync} from 'node:fs';
import process from 'node:process';
import lighthouse from 'lighthouse';
import {launch} from 'chrome-launcher';
import {CHROMIUM_ARGS, CHROMIUM_PATH} from '../../scripts/browsers.js';
import {serve} from '../../scripts/serve.js';
import {demoServer} from '../../web-dev-server.config.mjs';

const argv = process.argv.slice(2);
const option = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const lang = option('--lang');
const page = option('--page') ?? '';

const server = await serve(demoServer());
const chrome = await launch({chromePath: CHROMIUM_PATH, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS]});
try {
  const url = `${server.origin}/demo/${page}${lang ? `?lang=${encodeURIComponent(lang)}` : ''}`;
  const {lhr} = await lighthouse(url, {port: chrome.port, onlyCategories: ['performance'], logLevel: 'error'});
  const audit = (id) => lhr.audits[id];
  console.log(`Lighthouse ${lhr.lighthouseVersion}, ${lhr.configSettings.formFactor}, ${lhr.configSettings.throttlingMethod} throttling: ${url}`);
  console.log(`performance ${Math.round(lhr.categories.performance.score * 100)}`);
  for (const id of ['cumulative-layout-shift', 'total-blocking-time', 'largest-contentful-paint', 'first-contentful-paint']) {
    console.log(`${audit(id).title.padEnd(26)} ${audit(id).displayValue}`);
  }
  const tasks = audit('long-tasks')?.details?.items ?? [];
  console.log(`long tasks (over 50 ms, simulated): ${tasks.length ? '' : 'none'}`);
  for (const task of tasks.slice(0, 5)) console.log(`  ${Math.round(task.duration)} ms at ${Math.round(task.startTime)} ms: ${task.url}`);
  const json = option('--json');
  if (json) writeFileSync(json, JSON.stringify(lhr, null, 2));
} finally {
  await chrome.kill();
  await server.stop();
}
