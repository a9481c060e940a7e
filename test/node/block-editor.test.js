// The plugin's blocks in today's block editor: the packages current on the
// npm registry (@wordpress/block-editor, blocks, components, …, pinned in
// tools/block-editor/ with a lock of their own), drawn by the harness
// tools/block-editor/editor.jsx around the staged plugin's build/editor.js
// (dist/wordpress/safeguarding-widgets/), in headless Chromium. It needs
// neither WordPress nor root.
//
//   node --test test/node/block-editor.test.js
//
// - the inserter, searched for "safeguarding", lists every block; hovering
//   each shows its preview (the block's `example`), the widget drawn in the
//   preview's iframe;
// - each block, inserted from the inserter, is drawn in the canvas's iframe;
//   one setting changed from the sidebar by its label (a choice, a text, a
//   toggle, a number) shows in the widget there; the block serializes to the
//   markup recorded in wordpress/saved-markup.json, and the post parses back
//   with every block valid;
// - the library is added to the canvas's document once, with the integrity
//   of lib/safeguarding-widgets.js.sri, and the page config (the site's
//   settings: another Crimestoppers number, which the contact card then
//   shows), neither to the editor page;
// - on a site in Polish, the inserter's preview and the canvas speak Polish;
// - no error in the page or its iframes.
// It installs tools/block-editor (npm ci) when its node_modules is missing
// or older than its lock, and builds dist/ first when it is stale.
// SCREENSHOTS=dir also writes wordpress-iframed-preview.png and
// wordpress-inserter-preview.png there.
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync} from 'node:fs';
import {join} from 'node:path';
import process from 'node:process';
import {after, describe, it} from 'node:test';
import {launchChromium} from '../../scripts/browsers.js';
import {buildIfStale} from '../../scripts/build-if-stale.js';
import {loadModule} from '../../scripts/load-module.js';
import {serve} from '../../scripts/serve.js';
import {ensure} from '../../scripts/system-deps.js';
import {blockMarkup} from './blocks.js';
import {atEnd, cleanUp, deepText, setUp, until} from './support.js';

ensure(['chromium']);
buildIfStale();

const TOOL = 'tools/block-editor';
const installed = join(TOOL, 'node_modules/.package-lock.json');
if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(join(TOOL, 'package-lock.json')).mtimeMs) {
  console.log(`Installing ${TOOL} (npm ci): today's block editor packages, about 440 MB.`);
  execFileSync('npm', ['ci', '--prefix', TOOL, '--no-audit', '--no-fund'], {stdio: ['ignore', 'inherit', 'inherit']});
}
const {buildPage, PAGES_DIR, PLUGIN_DIR, PLUGIN_PATH} = await import('../../tools/block-editor/page.js');

const {widgetsIn} = await loadModule('builder/widgets.ts');
const widgets = widgetsIn(JSON.parse(readFileSync('custom-elements.json', 'utf8')));
const saved = JSON.parse(readFileSync('wordpress/saved-markup.json', 'utf8'));
const SCREENSHOTS = process.env.SCREENSHOTS;
/** The site's settings, as the page config the plugin prints: another Crimestoppers number, and the site's language. */
const CONFIG = {phoneNumbers: {crimestoppers: '0800 123 4567'}, locale: 'en-GB'};
/** The contact card's heading in Polish, from the Polish draft. */
const POLISH_HEADING = readFileSync('xliff/pl.xlf', 'utf8').match(/<source>Who to contact<\/source>\s*<target[^>]*>([^<]*)</)[1];

/**
 * The setting each block changes from the sidebar, by its label (each kind
 * of control once), and what the widget then shows: `seen` reads look()'s
 * answer, and must be false before the change.
 */
const CHANGES = {
  'campaign-banner': {
    label: 'Your own heading (optional)', type: 'Know the signs this summer', attributes: {heading: 'Know the signs this summer'},
    shows: 'the heading "Know the signs this summer"', seen: (look) => look.text.includes('Know the signs this summer'),
  },
  'quick-exit': {
    label: 'Words on the button (optional)', type: 'Leave this page now', attributes: {label: 'Leave this page now'},
    shows: '"Leave this page now" on its button', seen: (look) => look.text.includes('Leave this page now'),
  },
  'report-contact': {
    label: 'Subject', choose: 'modern-slavery', attributes: {topic: 'modern-slavery'},
    shows: 'the Modern Slavery Helpline', seen: (look) => look.text.includes('Modern Slavery Helpline'),
  },
  'sexting-tips': {
    label: 'Show every tip open', toggle: true, attributes: {open: true},
    shows: 'every tip open', seen: (look) => look.tips.length > 0 && look.tips.every(Boolean),
  },
  'signs-checklist': {
    label: 'Heading level', type: '3', attributes: {headingLevel: 3},
    shows: 'its heading as an h3', seen: (look) => look.heading === 'h3',
  },
  'topic-guide': {
    label: 'Subject', choose: 'extremism', attributes: {topic: 'extremism'},
    shows: 'what Prevent is', seen: (look) => look.text.includes('Prevent is the work'),
  },
};

/** The block as the editor should serialize it: the markup wordpress/saved-markup.json records. */
const expectedMarkup = (widget, attributes) => blockMarkup(widget, attributes, saved[widget.name].fallback, saved[widget.name].attributes);

const ITEM = '.block-editor-block-types-list__item';
let server;
let browser;
let page;
let origin;
const errors = [];

/** A new tab on the harness for a site whose page config is `config`: the editor open, its inserter searched for "safeguarding". */
async function openEditor(config) {
  const dir = mkdtempSync(join(PAGES_DIR, 'test-'));
  atEnd(() => rmSync(dir, {recursive: true, force: true}));
  const path = await buildPage(origin, dir, config);
  const tab = await browser.newPage();
  await tab.setViewport({width: 1400, height: 900});
  tab.on('pageerror', (error) => errors.push(error.message));
  tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await tab.goto(`${origin}${path}`, {waitUntil: 'load'});
  await (await tab.waitForSelector('.block-editor-inserter__search input', {timeout: 30_000})).type('safeguarding');
  // The search results, once they have replaced the list of every block (the search waits for typing to pause).
  await tab.waitForFunction((item) => document.querySelector(item) && !document.querySelector('.block-editor-inserter__block-list'), {timeout: 10_000}, ITEM);
  return tab;
}

// The harness served with the staged plugin, and the editor open.
setUp(async () => {
  server = await serve({rootDir: process.cwd()});
  origin = server.origin;
  mkdirSync(PAGES_DIR, {recursive: true});
  browser = await launchChromium();
  atEnd(() => browser.process()?.kill('SIGKILL'));
  page = await openEditor(CONFIG);
});
after(async () => {
  await browser?.close();
  await server?.stop();
  await cleanUp();
});

/** The inserter's item titled `title`. */
async function inserterItem(title, tab = page) {
  for (const item of await tab.$$(ITEM)) if ((await item.evaluate((node) => node.textContent.trim())) === title) return item;
  return undefined;
}

/** Where the blocks named `name` are drawn: in the editor page itself, and in the canvas's iframe. */
const whereIs = (name) =>
  page.evaluate((name) => {
    const selector = `[data-type="${name}"]`;
    const canvas = document.querySelector('iframe[name="editor-canvas"]')?.contentDocument;
    return {page: document.querySelectorAll(selector).length, canvas: canvas?.querySelectorAll(selector).length ?? 0};
  }, name);

/** What a reader sees of the widget of block `name` in the canvas (its text, tips open, first heading), or null before it renders. */
const look = (name, tag, tab = page) =>
  tab.evaluate((name, tag, source) => {
    const canvas = document.querySelector('iframe[name="editor-canvas"]')?.contentDocument;
    const element = canvas?.querySelector(`[data-type="${name}"] ${tag}`);
    const root = element?.shadowRoot;
    if (!root?.childElementCount) return null;
    return {
      text: eval(`(${source})`)(element),
      tips: [...root.querySelectorAll('[part~="tip"]')].map((tip) => tip.open),
      heading: root.querySelector('h1, h2, h3, h4, h5, h6')?.localName,
    };
  }, name, tag, String(deepText));

/** The id of the sidebar's control labelled `label`, once the sidebar shows the block titled `title`. */
async function sidebarControl(title, label) {
  const find = () =>
    page.evaluate((title, label) => {
      const inspector = document.querySelector('.block-editor-block-inspector');
      if (inspector?.querySelector('.block-editor-block-card__name')?.textContent.trim() !== title) return undefined;
      return [...inspector.querySelectorAll('label')].find((node) => node.textContent.trim() === label)?.htmlFor;
    }, title, label);
  await until(`${label} in the sidebar`, find, {timeout: 10_000}).catch(() => {});
  return find();
}

it('the inserter lists every block under "safeguarding"', async () => {
  const listed = await page.$$eval(ITEM, (items) => items.map((item) => item.textContent.trim()));
  assert.deepEqual(widgets.map((widget) => widget.label).filter((title) => !listed.includes(title)), [], `missing among ${listed.join(', ')}`);
});

describe('hovering a block in the inserter previews it', () => {
  for (const widget of widgets) {
    it(`${widget.label}: the preview shows the widget, drawn in the preview's iframe`, async () => {
      const item = await inserterItem(widget.label);
      assert.ok(item, `${widget.label} in the inserter`);
      await item.hover();
      const preview = () =>
        page.evaluate((tag) => {
          const panel = document.querySelector('.block-editor-inserter__preview-container');
          if (!panel) return null;
          const element = panel.querySelector('iframe')?.contentDocument?.querySelector(tag);
          return {
            title: panel.querySelector('.block-editor-block-card__name')?.textContent.trim(),
            missing: panel.querySelector('.block-editor-inserter__preview-content-missing')?.textContent ?? null,
            rendered: Boolean(element?.shadowRoot?.childElementCount),
          };
        }, widget.tag);
      await until('the preview', async () => (await preview())?.rendered, {timeout: 15_000}).catch(() => {});
      assert.deepEqual(await preview(), {title: widget.label, missing: null, rendered: true});
      if (SCREENSHOTS && widget.name === 'report-contact') {
        mkdirSync(SCREENSHOTS, {recursive: true});
        // The inserter and the preview beside it.
        const clip = await page.$eval('.block-editor-inserter__preview-container', (panel) => {
          const box = panel.getBoundingClientRect();
          return {x: 0, y: 0, width: Math.ceil(box.right + 16), height: Math.ceil(box.bottom + 16)};
        });
        await page.screenshot({path: join(SCREENSHOTS, 'wordpress-inserter-preview.png'), clip});
      }
    });
  }
});

for (const widget of widgets) {
  const name = `safeguarding-widgets/${widget.name}`;
  const change = CHANGES[widget.name];
  describe(`${widget.label}, inserted from the inserter`, () => {
    it("is drawn in the canvas's iframe, the widget rendered there", async () => {
      const item = await inserterItem(widget.label);
      assert.ok(item, `${widget.label} in the inserter`);
      await item.click();
      await until('the widget in the canvas', () => look(name, widget.tag), {timeout: 15_000}).catch(() => {});
      assert.deepEqual(await whereIs(name), {page: 0, canvas: 1});
      const seen = await look(name, widget.tag);
      assert.ok(seen, `<${widget.tag}> rendered in the canvas`);
      assert.equal(change.seen(seen), false, `it shows ${change.shows} before the change: ${JSON.stringify(seen)}`);
    });

    it(`"${change.label}" changed in the sidebar: the widget in the canvas shows ${change.shows}`, async () => {
      const id = await sidebarControl(widget.label, change.label);
      assert.ok(id, `a control labelled "${change.label}" in the sidebar for ${widget.label}`);
      const control = `[id="${id}"]`;
      if (change.choose) await page.select(control, change.choose);
      if (change.type) await page.type(control, change.type);
      if (change.toggle) {
        // By the keyboard: the sidebar slides its controls in for about
        // 100 ms when another block is selected, and a click could land
        // where the toggle was a moment before.
        await page.focus(control);
        await page.keyboard.press('Space');
      }
      await until(change.shows, async () => change.seen((await look(name, widget.tag)) ?? {}), {timeout: 10_000}).catch(() => {});
      const seen = await look(name, widget.tag);
      assert.ok(seen && change.seen(seen), `expected ${change.shows}, saw ${JSON.stringify(seen)}`);
      if (SCREENSHOTS && widget.name === 'report-contact') {
        mkdirSync(SCREENSHOTS, {recursive: true});
        // The pointer off the canvas, where it would outline a block.
        await page.mouse.move(1390, 890);
        await page.screenshot({path: join(SCREENSHOTS, 'wordpress-iframed-preview.png')});
      }
    });

    it('serializes to the markup recorded in wordpress/saved-markup.json', async () => {
      const markup = await page.evaluate(
        (name) => window.wp.blocks.serialize(window.wp.data.select('core/block-editor').getBlocks().filter((block) => block.name === name)),
        name
      );
      assert.equal(markup, expectedMarkup(widget, change.attributes));
    });
  });
}

it('the post, serialized, parses back with every block valid', async () => {
  const parsed = await page.evaluate(() => {
    const {parse, serialize} = window.wp.blocks;
    return parse(serialize(window.wp.data.select('core/block-editor').getBlocks())).map((block) => `${block.name}: ${block.isValid ? 'valid' : 'invalid'}`);
  });
  assert.deepEqual(parsed.sort(), widgets.map((widget) => `safeguarding-widgets/${widget.name}: valid`).sort());
});

it('the library is added to the canvas once, with the integrity of lib/safeguarding-widgets.js.sri, and the page config; neither to the editor page', async () => {
  const scripts = await page.evaluate((tags) => {
    const of = (doc) => ({
      library: [...doc.querySelectorAll('script#safeguarding-widgets-js')].map((script) => ({
        src: script.src, type: script.type, integrity: script.integrity, crossorigin: script.getAttribute('crossorigin'),
      })),
      config: [...doc.querySelectorAll('script#safeguard-config')].map((script) => ({type: script.type, json: JSON.parse(script.textContent)})),
    });
    return {
      canvas: of(document.querySelector('iframe[name="editor-canvas"]').contentDocument),
      page: of(document),
      definedInPage: tags.filter((tag) => customElements.get(tag)),
    };
  }, widgets.map((widget) => widget.tag));
  const library = {
    src: `${origin}${PLUGIN_PATH}/lib/safeguarding-widgets.js`,
    type: 'module',
    integrity: readFileSync(join(PLUGIN_DIR, 'lib/safeguarding-widgets.js.sri'), 'utf8').trim(),
    crossorigin: 'anonymous',
  };
  assert.deepEqual(scripts, {
    canvas: {library: [library], config: [{type: 'application/json', json: CONFIG}]},
    page: {library: [], config: []},
    definedInPage: [],
  });
});

it("the site's settings reach the canvas: the contact card shows the site's Crimestoppers number", async () => {
  const seen = await look('safeguarding-widgets/report-contact', 'safeguard-report-contact');
  assert.ok(seen?.text.includes('0800 123 4567') && !seen.text.includes('0800 555 111'), `saw ${seen?.text}`);
});

describe("on a site in Polish: the config names the site's language, which the editor's iframes do not", () => {
  let polish;
  setUp(async () => {
    polish = await openEditor({locale: 'pl-PL'});
  });
  after(() => polish?.close());

  it(`the inserter's preview of the contact card speaks Polish ("${POLISH_HEADING}")`, async () => {
    const item = await inserterItem('Contact card', polish);
    assert.ok(item, 'Contact card in the inserter');
    await item.hover();
    const heading = () =>
      polish.evaluate(() => {
        const frame = document.querySelector('.block-editor-inserter__preview-container iframe');
        return frame?.contentDocument?.querySelector('safeguard-report-contact')?.shadowRoot?.querySelector('h2')?.textContent.trim();
      });
    await until('the Polish heading', async () => (await heading()) === POLISH_HEADING, {timeout: 15_000}).catch(() => {});
    assert.equal(await heading(), POLISH_HEADING);
  });
  it('the contact card in the canvas speaks Polish', async () => {
    await (await inserterItem('Contact card', polish)).click();
    const name = 'safeguarding-widgets/report-contact';
    await until('the Polish card', async () => (await look(name, 'safeguard-report-contact', polish))?.text.includes(POLISH_HEADING), {timeout: 15_000}).catch(() => {});
    const seen = await look(name, 'safeguard-report-contact', polish);
    assert.ok(seen?.text.includes(POLISH_HEADING) && !seen.text.includes('Who to contact'), `saw ${seen?.text}`);
  });
});

it('no error in the page or its iframes', () => assert.deepEqual(errors, []));
