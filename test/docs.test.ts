// Every HTML and CSS block of the README and the guides (scripts/snippets.js
// lists them), run as what it claims to be:
// - HTML: the page a reader would get with the built library, in a frame:
//   a script tag's CDN or example address is served from dist/ with its
//   integrity as written (so a stale hash fails), and a block without the
//   script tag gets it, as the site's template would add it. Each widget the
//   block names must render, and nothing may warn, fail or throw.
// - CSS: a copy of the placeholder CSS must be the shipped file; any other
//   block may use only custom properties and parts the elements declare.
// The editors' guide's allow-lists and its table of div settings must be
// every setting the elements declare. The package test type-checks the
// JavaScript, TypeScript and framework blocks, and test/node/docs.test.js
// lists the blocks marked partial, with their reasons.
import {expect} from '@open-wc/testing';
import manifest from '../custom-elements.json';
import ELEMENT_TABLE from '../src/elements.json';
import {widgetsIn, type Manifest} from '../builder/widgets.js';
import {DOCUMENTS, snippetsOf, type Snippet} from '../scripts/snippets.js';
import packageJson from '../package.json';

const WIDGETS = widgetsIn(manifest as unknown as Manifest);
const NAMES = ELEMENT_TABLE.map(({name}) => name);
const {version} = packageJson;

/** Each document's blocks, fetched once. */
let loaded: Promise<{file: string; text: string; snippets: Snippet[]}[]> | undefined;
function documents() {
  loaded ??= Promise.all(
    DOCUMENTS.map(async (file) => {
      const response = await fetch(`/${file}`);
      if (!response.ok) throw new Error(`${file}: ${response.status}`);
      const text = await response.text();
      return {file, text, snippets: snippetsOf(text, file)};
    })
  );
  return loaded;
}
async function blocksOf(file: string, language: string): Promise<Snippet[]> {
  const {snippets} = (await documents()).find((document) => document.file === file)!;
  return snippets.filter((snippet) => snippet.language === language && !snippet.partial);
}

/** The addresses a guide writes for the library, served here from dist/. */
const ADDRESSES = [
  new RegExp(`https://cdn\\.jsdelivr\\.net/npm/safeguarding-widgets@${version.replaceAll('.', '\\.')}/dist/`, 'g'),
  new RegExp(`https://unpkg\\.com/safeguarding-widgets@${version.replaceAll('.', '\\.')}/dist/`, 'g'),
  /https:\/\/your-site\.example\/js\//g,
];
const LIBRARY = /<script[^>]*\ssrc="[^"]*\/safeguarding-widgets\.js"/;

/** The page a reader gets from an HTML block: a whole document as written, or the block in a body with the library. */
function pageOf(code: string): string {
  const served = ADDRESSES.reduce((html, address) => html.replace(address, `${location.origin}/dist/`), code);
  const library = LIBRARY.test(served) ? '' : `<script type="module" src="/dist/safeguarding-widgets.js"></script>`;
  if (/^<!doctype html>/i.test(served.trim())) return served.replace(/<head>/i, `<head>${WATCH}`);
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8">${WATCH}</head><body>${served}${library}</body></html>`;
}

/** In the frame's head before anything else: what it warns, logs as an error or throws. */
const WATCH = `<script>
  window.problems = [];
  for (const level of ['warn', 'error']) {
    const log = console[level];
    console[level] = (...args) => { problems.push(level + ': ' + args.join(' ')); log(...args); };
  }
  addEventListener('error', (event) => problems.push('error: ' + (event.message || event.target?.outerHTML)), true);
  addEventListener('unhandledrejection', (event) => problems.push('rejection: ' + event.reason));
</script>`;

type Frame = Window & {problems: string[]};

async function open(code: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.srcdoc = pageOf(code);
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Resolves with whether `tag` is defined in `win` within `ms`. */
const definedWithin = (win: Window, tag: string, ms: number) =>
  Promise.race([win.customElements.whenDefined(tag).then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), ms))]);

/** Checks one HTML block in its frame; throws with what went wrong. */
async function checkHtml({code}: Snippet, frame: HTMLIFrameElement) {
  const win = frame.contentWindow as Frame;
  const doc = frame.contentDocument!;
  const named = NAMES.filter((name) => code.includes(`<safeguard-${name}`) || code.includes(`data-safeguard="${name}"`));
  for (const name of named) {
    const tag = `safeguard-${name}`;
    expect(await definedWithin(win, tag, 5000), `${tag} is not defined (does its integrity still match? npm run docs)`).to.be.true;
    const elements = [...doc.querySelectorAll(tag)] as (HTMLElement & {updateComplete: Promise<unknown>; shown?: boolean})[];
    expect(elements, `no <${tag}> on the page`).to.not.be.empty;
    for (const element of elements) {
      await element.updateComplete;
      // A banner outside its dates renders nothing, as it should.
      if (element.shown === false) continue;
      expect(element.shadowRoot?.textContent?.trim(), `${tag} rendered nothing`).to.not.be.empty;
    }
  }
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(win.problems.join(' | '), 'warnings and errors').to.equal('');
}

/** Runs `check` on each block, and fails once with every block that failed, by its place. */
async function eachBlock(blocks: Snippet[], check: (snippet: Snippet) => Promise<void> | void) {
  const failures = [];
  for (const snippet of blocks) {
    try {
      await check(snippet);
    } catch (error) {
      failures.push(`${snippet.where}: ${(error as Error).message}`);
    }
  }
  expect(failures).to.deep.equal([]);
}

describe('the guides’ HTML blocks, each in a page with the built library, render each widget they name with no warning or error', () => {
  for (const file of DOCUMENTS) {
    it(file, async function () {
      this.timeout(60000);
      await eachBlock(await blocksOf(file, 'html'), async (snippet) => {
        const frame = await open(snippet.code);
        try {
          await checkHtml(snippet, frame);
        } finally {
          frame.remove();
        }
      });
    });
  }
});

describe('the guides’ CSS blocks', () => {
  const declared = new Set(
    (manifest as unknown as {modules: {declarations: {tagName?: string; cssProperties?: {name: string}[]; cssParts?: {name: string}[]}[]}[]}).modules
      .flatMap((module) => module.declarations)
      .flatMap(({tagName, cssProperties = [], cssParts = []}) => [
        ...cssProperties.map(({name}) => name),
        ...cssParts.flatMap(({name}) => [`::part(${name})`, `${tagName}::part(${name})`]),
      ])
  );

  const shipped = async () => (await (await fetch('/dist/placeholders.css')).text()).replace(/^\/\*[\s\S]*?\*\/\s*/, '').trim();

  for (const file of DOCUMENTS) {
    it(`${file}: a copy of the placeholder CSS is the shipped file; any other block parses and uses only declared custom properties and parts`, async () => {
      await eachBlock(await blocksOf(file, 'css'), async ({code}) => {
        if (code.includes(':not(:defined)')) {
          expect(code.trim(), 'not dist/placeholders.css').to.equal(await shipped());
          return;
        }
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(code);
        expect(sheet.cssRules.length, 'rules').to.be.greaterThan(0);
        const used = [...code.matchAll(/--safeguard-[\w-]+|(?:safeguard-[\w-]+)?::part\([\w-]+\)/g)].map(([name]) => name);
        expect(used, 'it uses no custom property or part').to.not.be.empty;
        expect(used.filter((name) => !declared.has(name)), 'not declared').to.deep.equal([]);
      });
    });
  }
});

describe('the editors’ guide gives every setting the elements declare', () => {
  let guide: string;
  before(async () => {
    guide = (await documents()).find(({file}) => file === 'docs/editors.md')!.text;
  });
  const everySetting = ['data-safeguard', ...new Set(WIDGETS.flatMap(({settings}) => settings.map(({name}) => `data-${name}`)))];

  it('in the Drupal allow-list', () => {
    const [line] = guide.match(/^<div data-safeguard [^\n]*>$/m) ?? [''];
    expect(line.slice(5, -1).split(' ').sort()).to.deep.equal([...everySetting].sort());
  });

  it('in the TinyMCE allow-list', () => {
    const [, list] = guide.match(/`div\[(data-safeguard\|[^\]]*)\]`/) ?? [];
    expect(list?.split('|').sort()).to.deep.equal([...everySetting].sort());
  });

  it('in the table of each widget’s div settings', () => {
    const rows = [...guide.matchAll(/^\| `([\w-]+)` \| (`data-.*) \|$/gm)].map(([, name, settings]) => [
      name,
      [...settings.matchAll(/`(data-[\w-]+)`/g)].map(([, setting]) => setting).sort(),
    ]);
    const expected = WIDGETS.map(({name, settings}) => [name, settings.map((setting) => `data-${setting.name}`).sort()]);
    expect(Object.fromEntries(rows)).to.deep.equal(Object.fromEntries(expected));
  });
});
