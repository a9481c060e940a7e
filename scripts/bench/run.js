/* global document, window -- used in the page */
// Render-speed benchmark: for each element, 50 instances rendered by the
// built library against the limit, the same rendered DOM already in the HTML
// (see pages.js). Writes the pages to bench-results/ (git-ignored), runs
// tachometer in Debian's Chromium, and prints medians and ratios from that
// one run. Usage: npm run bench:render (builds first), or, after a build,
// node scripts/bench/run.js [--sample-size N]
import {spawn} from 'node:child_process';
import {existsSync} from 'node:fs';
import {mkdir, readFile, rm, writeFile} from 'node:fs/promises';
import {delimiter, dirname, join} from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import {CHROMIUM_ARGS, CHROMIUM_PATH, launchChromium} from '../chromium.js';
import {serve} from '../serve.js';
import {
  COUNT,
  ELEMENTS,
  VARIANTS,
  captureMarkup,
  libraryPage,
  limitPage,
  pageFile,
  setHtmlPage,
} from './pages.js';

// Paths below are from the repository's top folder.
process.chdir(fileURLToPath(new URL('../..', import.meta.url)));
const OUT = 'bench-results';
const PAGES = join(OUT, 'pages');
const CONFIG = join(OUT, 'tachometer.json');
const RESULTS = join(OUT, 'results.json');
const LOG = join(OUT, 'tachometer.log');

const sizeArg = process.argv.indexOf('--sample-size');
/** Page loads per page: 18 pages x 30 take about 4 minutes on 2 cores. */
const SAMPLE_SIZE = sizeArg > 0 ? Number(process.argv[sizeArg + 1]) : 30;

/** Chromium (scripts/chromium.js) for tachometer, which drives it through chromedriver. */
const BROWSER = {
  name: 'chrome',
  binary: CHROMIUM_PATH,
  headless: true,
  addArguments: [...CHROMIUM_ARGS, '--disable-quic'],
};

/** Debian's chromedriver (package chromium-driver), the same version as Debian's chromium. */
const CHROMEDRIVER = '/usr/bin/chromedriver';

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * Writes every page: the library pages, then, from what they render in
 * Chromium, the limit and setHTMLUnsafe pages. Checks that the three pages
 * of an element lay out to the same height.
 */
async function writePages() {
  await rm(OUT, {recursive: true, force: true});
  await mkdir(PAGES, {recursive: true});
  for (const element of ELEMENTS) {
    await writeFile(join(PAGES, pageFile(element, 'library')), libraryPage(element));
  }
  const server = await serve({rootDir: '.'});
  const base = `${server.origin}/${PAGES}/`;
  const browser = await launchChromium();
  try {
    const tab = await browser.newPage();
    const errors = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    tab.on('console', (message) => {
      if (['error', 'warn'].includes(message.type())) errors.push(message.text());
    });
    /** Opens a page, waits for its measure, and returns #root's height then. */
    const open = async (file) => {
      await tab.goto(base + file);
      await tab.waitForFunction(() => performance.getEntriesByName('render').length > 0);
      // Let anything late render, then check that nothing changed the layout.
      await new Promise((done) => setTimeout(done, 200));
      const [measured, now] = await tab.evaluate(() => [
        window.laidOutHeight,
        document.getElementById('root').offsetHeight,
      ]);
      if (measured !== now) throw new Error(`${file}: #root was ${measured}px high at the measure, ${now}px later`);
      return measured;
    };
    for (const element of ELEMENTS) {
      const heights = {library: await open(pageFile(element, 'library'))};
      const markup = await tab.evaluate(captureMarkup);
      await writeFile(join(PAGES, pageFile(element, 'limit')), limitPage(element, markup));
      await writeFile(join(PAGES, pageFile(element, 'sethtml')), setHtmlPage(element, markup));
      heights.limit = await open(pageFile(element, 'limit'));
      heights.sethtml = await open(pageFile(element, 'sethtml'));
      if (new Set(Object.values(heights)).size !== 1) {
        throw new Error(`${element.name}: the pages lay out differently: ${JSON.stringify(heights)}`);
      }
      if (errors.length) throw new Error(`${element.name}: ${errors.join('\n')}`);
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}

/** Runs tachometer over every page, all in one run (it takes turns between pages). */
async function runTachometer() {
  const benchmarks = ELEMENTS.flatMap((element) =>
    VARIANTS.map((variant) => ({
      name: `${element.name} | ${variant}`,
      url: `pages/${pageFile(element, variant)}`,
      measurement: [{mode: 'performance', entryName: 'render'}],
      browser: BROWSER,
    }))
  );
  // root: the repository, so that the pages can load /dist/.
  const config = {root: '..', sampleSize: SAMPLE_SIZE, timeout: 0, benchmarks};
  await writeFile(CONFIG, JSON.stringify(config, null, 2));
  const tach = join('node_modules', 'tachometer', 'bin', 'tach.js');
  console.log(`tachometer: ${benchmarks.length} pages x ${SAMPLE_SIZE} loads (at 30, about 4 minutes); its report goes to ${LOG}`);
  const child = spawn(process.execPath, [tach, '--config', CONFIG, '--json-file', RESULTS], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      ...process.env,
      // Selenium looks for chromedriver on PATH; under `npm run` the first
      // one is the npm package's, which has no binary here (installed with
      // CHROMEDRIVER_SKIP_DOWNLOAD), so Debian's must come first.
      PATH: `${dirname(CHROMEDRIVER)}${delimiter}${process.env.PATH}`,
      // Never try to download a driver or a browser.
      SE_OFFLINE: 'true',
    },
  });
  const log = [];
  child.stdout.on('data', (chunk) => log.push(chunk));
  const code = await new Promise((done) => child.on('close', done));
  await writeFile(LOG, Buffer.concat(log));
  if (code !== 0) throw new Error(`tachometer exited with ${code}; see ${LOG}`);
}

/** Prints element, the medians (ms) and the ratios to the limit. */
async function report() {
  const {benchmarks} = JSON.parse(await readFile(RESULTS, 'utf8'));
  const medians = new Map(benchmarks.map((b) => [b.name, median(b.samples)]));
  const header = ['element', 'library', 'setHTMLUnsafe', 'limit', 'library / limit', 'setHTMLUnsafe / limit', 'library / setHTMLUnsafe'];
  const rows = ELEMENTS.map((element) => {
    const [library, sethtml, limit] = VARIANTS.map((v) => medians.get(`${element.name} | ${v}`));
    return [
      element.name,
      library.toFixed(1),
      sethtml.toFixed(1),
      limit.toFixed(1),
      `${(library / limit).toFixed(2)}x`,
      `${(sethtml / limit).toFixed(2)}x`,
      `${(library / sethtml).toFixed(2)}x`,
    ];
  });
  console.log(`\n${COUNT} instances a page; medians of ${SAMPLE_SIZE} page loads, in ms, from one run`);
  console.log('(compare the ratios, not the times: this machine is shared and noisy)\n');
  console.log(`| ${header.join(' | ')} |`);
  console.log(`| ${header.map((_, i) => (i ? '---:' : '---')).join(' | ')} |`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
}

if (!(Number.isInteger(SAMPLE_SIZE) && SAMPLE_SIZE >= 2)) {
  console.error('--sample-size takes a whole number, 2 or more.');
  process.exit(1);
}
if (!existsSync(CHROMEDRIVER)) {
  console.error(`No ${CHROMEDRIVER}: install it (as root) with apt-get install -y chromium-driver`);
  process.exit(1);
}
if (!existsSync('dist/safeguarding-widgets.js')) {
  console.error('No dist/safeguarding-widgets.js: run `npm run build` first.');
  process.exit(1);
}
await writePages();
await runTachometer();
await report();
