/* global document, window -- used in the page */
// Render-speed benchmark: for each element, 50 instances rendered by the
// built library against the limit, the same rendered DOM already in the HTML
// (see pages.js). Writes the pages to bench-results/ (git-ignored), loads
// each one many times in Debian's Chromium (puppeteer-core), and prints
// medians and ratios from that one run. Usage: npm run bench:render (builds first), or, after a build,
// node tools/bench/run.js [--sample-size N]
import {existsSync} from 'node:fs';
import {mkdir, rm, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import {launchChromium} from '../../scripts/browsers.js';
import {serve} from '../../scripts/serve.js';
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
const RESULTS = join(OUT, 'results.json');

const sizeArg = process.argv.indexOf('--sample-size');
/** Page loads per page: 18 pages x 30 take about 4 minutes on 2 cores. */
const SAMPLE_SIZE = sizeArg > 0 ? Number(process.argv[sizeArg + 1]) : 30;

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

/**
 * Loads every page SAMPLE_SIZE times, taking turns between pages (so a slow
 * minute of this shared machine falls on every page alike), each load in a
 * new tab of one browser, as tachometer did (the HTTP and code caches are
 * kept, as for a reader's second page), and reads its `render` measure.
 * Resolves with the median of each page, by element and variant.
 */
async function measure() {
  const pages = ELEMENTS.flatMap((element) => VARIANTS.map((variant) => ({element, variant, samples: []})));
  const server = await serve({rootDir: '.'});
  const browser = await launchChromium();
  console.log(`${pages.length} pages x ${SAMPLE_SIZE} loads in Chromium (at 30, about 4 minutes)`);
  try {
    for (let round = 0; round < SAMPLE_SIZE; round++) {
      for (const page of pages) {
        const tab = await browser.newPage();
        await tab.goto(`${server.origin}/${PAGES}/${pageFile(page.element, page.variant)}`);
        await tab.waitForFunction(() => performance.getEntriesByName('render').length > 0);
        page.samples.push(await tab.evaluate(() => performance.getEntriesByName('render')[0].duration));
        await tab.close();
      }
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  await writeFile(RESULTS, JSON.stringify(pages.map(({element, variant, samples}) => ({page: pageFile(element, variant), samples})), null, 2));
  return new Map(pages.map(({element, variant, samples}) => [`${element.name} | ${variant}`, median(samples)]));
}

/** Prints element, the medians (ms) and the ratios to the limit. */
function report(medians) {
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
if (!existsSync('dist/safeguarding-widgets.js')) {
  console.error('No dist/safeguarding-widgets.js: run `npm run build` first.');
  process.exit(1);
}
await writePages();
report(await measure());
