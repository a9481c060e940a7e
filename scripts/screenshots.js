/* global window, document, customElements, scrollX, scrollY -- used in page.evaluate() */
// Screenshots of every element's main states, taken from the demo page
// (demo/index.html with the built dist/ bundle) in headless Chromium, into
// docs/screenshots/. Each image is clipped to one element at device scale 1
// to keep it small. Run `npm run build` first. Usage:
//   node scripts/screenshots.js [--out docs/screenshots] [--width 1024]
import {spawn} from 'node:child_process';
import {existsSync} from 'node:fs';
import {mkdir, readdir, rm, stat} from 'node:fs/promises';
import {createServer} from 'node:net';
import {join, resolve} from 'node:path';
import process from 'node:process';
import {launchChromium} from './chromium.js';

const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : fallback;
};
const out = resolve(option('--out', 'docs/screenshots'));
const width = Number(option('--width', 1024));
const bundle = 'dist/safeguarding-widgets.js';
const MARGIN = 8;

/** A port nobody is listening on, for the demo server. */
const freePort = () =>
  new Promise((done, fail) => {
    const probe = createServer();
    probe.on('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const {port} = probe.address();
      probe.close(() => done(port));
    });
  });

/** Starts scripts/serve-demo.js and resolves with its process and URL. */
async function startDemo() {
  const port = await freePort();
  const child = spawn(process.execPath, ['scripts/serve-demo.js', '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise((done, fail) => {
    let text = '';
    child.stdout.on('data', (chunk) => {
      text += chunk;
      const match = text.match(/https?:\/\/\S+/);
      if (match) done(match[0]);
    });
    child.on('error', fail);
    child.on('exit', (code) => fail(new Error(`serve-demo.js exited with ${code}`)));
  });
  return {child, url};
}

/**
 * States beyond the first render, for the first element of a tag on the
 * page: each runs in the page, then the element is captured again.
 */
const STATES = {
  'safeguard-signs-checklist': {
    name: 'ticked',
    async act(page, element) {
      const boxes = await element.$$('pierce/input[type=checkbox]');
      for (const box of boxes.slice(0, 3)) await box.click();
    },
  },
  'safeguard-sexting-tips': {
    name: 'open',
    async act(page, element) {
      await element.evaluate((el) => el.setAttribute('open', ''));
    },
  },
  'safeguard-quick-exit': {
    name: 'mid-shortcut',
    async act(page) {
      // Real key presses: Shift twice (a third would leave the page).
      await page.keyboard.press('Shift');
      await page.keyboard.press('Shift');
    },
  },
};

/** A file name from the element: its tag, then topic, variant and position. */
const nameOf = (element) =>
  element.evaluate((el) =>
    [el.localName.replace(/^safeguard-/, ''), el.topic, el.variant, el.position]
      .filter((part) => typeof part === 'string' && part)
      .join('-')
  );

async function settle(page) {
  await page.evaluate(async () => {
    const elements = [...document.querySelectorAll('*')].filter((el) =>
      el.localName.startsWith('safeguard-')
    );
    await Promise.all(elements.map((el) => customElements.whenDefined(el.localName)));
    await Promise.all(elements.map((el) => el.updateComplete));
    document.activeElement?.blur?.();
    await document.fonts.ready;
  });
}

/** Captures the element with a margin of the page around it (up to 8 px). */
async function capture(element, file) {
  const box = await element.boundingBox();
  if (!box || box.width < 1 || box.height < 1) return false;
  await element.scrollIntoView();
  const {x, y, right} = await element.evaluate((el) => {
    const rect = el.getBoundingClientRect();
    return {
      x: rect.left + scrollX,
      y: rect.top + scrollY,
      right: document.documentElement.scrollWidth - rect.right - scrollX,
    };
  });
  const left = Math.min(MARGIN, Math.floor(x));
  const top = Math.min(MARGIN, Math.floor(y));
  await element.screenshot({
    path: file,
    clip: {
      x: -left,
      y: -top,
      width: Math.ceil(box.width) + left + Math.min(MARGIN, Math.floor(right)),
      height: Math.ceil(box.height) + top + MARGIN,
    },
  });
  return true;
}

async function main() {
  if (!existsSync(bundle)) {
    throw new Error(`${bundle} is missing: run \`npm run build\` first.`);
  }
  await mkdir(out, {recursive: true});
  for (const file of await readdir(out)) {
    if (file.endsWith('.png')) await rm(join(out, file));
  }
  const demo = await startDemo();
  const browser = await launchChromium();
  const written = [];
  try {
    const page = await browser.newPage();
    await page.setViewport({width, height: 900, deviceScaleFactor: 1});
    const problems = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (response.status() >= 400 && url.pathname !== '/favicon.ico') {
        problems.push(`HTTP ${response.status()}: ${url.pathname}`);
      }
    });
    page.on('console', (message) => {
      const text = message.text();
      if (message.type() === 'error' && !text.startsWith('Failed to load resource')) problems.push(text);
    });
    // Clicks below must not leave the page or open a print dialog.
    await page.evaluateOnNewDocument(() => {
      window.print = () => {};
    });
    await page.goto(demo.url, {waitUntil: 'networkidle0'});
    await settle(page);
    if (problems.length) throw new Error(`the demo page has errors:\n${problems.join('\n')}`);

    const elements = await page.$$(
      'body safeguard-quick-exit, body safeguard-campaign-banner, body safeguard-signs-checklist, ' +
        'body safeguard-report-contact, body safeguard-sexting-tips, body safeguard-topic-guide'
    );
    const seen = new Set();
    const firsts = new Map();
    for (const element of elements) {
      const tag = await element.evaluate((el) => el.localName);
      const name = await nameOf(element);
      if (seen.has(name)) continue;
      seen.add(name);
      if (await capture(element, join(out, `${name}.png`))) {
        written.push(`${name}.png`);
        if (!firsts.has(tag)) firsts.set(tag, {element, name});
      }
    }
    for (const [tag, {element, name}] of firsts) {
      const state = STATES[tag];
      if (!state) continue;
      await element.scrollIntoView();
      await state.act(page, element);
      await page.mouse.move(0, 0); // no hover highlight in the picture
      await settle(page);
      if (await capture(element, join(out, `${name}-${state.name}.png`))) {
        written.push(`${name}-${state.name}.png`);
      }
    }
  } finally {
    await browser.close();
    demo.child.kill();
  }
  let bytes = 0;
  for (const file of written.sort()) {
    const {size} = await stat(join(out, file));
    bytes += size;
    console.log(`${String(Math.round(size / 1024)).padStart(5)} KB  ${file}`);
  }
  console.log(`${written.length} screenshots, ${Math.round(bytes / 1024)} KB, in ${out}`);
}

main().catch((error) => {
  console.error(error.message ?? error);
  process.exitCode = 1;
});
