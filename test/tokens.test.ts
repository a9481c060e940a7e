// Design tokens, in the manner of Material Web's createTokenTests. For each
// element in custom-elements.json:
// - the `--safeguard-*` tokens its styles read (its own and those of every
//   element it renders) are exactly those it documents with @cssprop, so an
//   undocumented token fails, and so does a documented one nothing reads;
// - each token, set on the host, changes what the element renders (in one of
//   its examples), and set to its documented default changes nothing;
// - each default is the CSS's, read once into a private `--_x` on `:host`.
import {expect, fixtureCleanup} from '@open-wc/testing';
import type {LitElement} from 'lit';
import '../src/index.js';
import manifest from '../custom-elements.json';
import {examplesOf, type ElementName} from '../examples/index.js';
import {render, renderExample} from './support/render.js';
import {composed, deepAll, settled} from './support/shadow.js';
import * as reportContact from '../src/report-contact/harness.js';
import * as signsChecklist from '../src/signs-checklist/harness.js';
import * as topicGuide from '../src/topic-guide/harness.js';

interface Documented {
  name: string;
  default?: string;
}

const ELEMENTS = manifest.modules.flatMap((module) =>
  module.declarations.flatMap((declaration) =>
    'tagName' in declaration && declaration.tagName
      ? [{tag: declaration.tagName, tokens: ('cssProperties' in declaration ? declaration.cssProperties : []) as Documented[]}]
      : []
  )
);

/** A declaration `property: value` in a style sheet's text. */
interface Declaration {
  property: string;
  value: string;
}

/** Every declaration in `cssText` (selectors end in `{`, so they never match). */
function declarations(cssText: string): Declaration[] {
  const text = cssText.replace(/\/\*[\s\S]*?\*\//g, '');
  return [...text.matchAll(/([-\w]+)\s*:\s*([^;{}]+?)\s*(?=[;}])/g)].map(([, property, value]) => ({property, value}));
}

/** Every `var(--name[, fallback])` in a value, the fallback whole (brackets and all). */
function reads(value: string): {name: string; fallback?: string}[] {
  const out = [];
  for (let start = value.indexOf('var('); start !== -1; start = value.indexOf('var(', start + 4)) {
    let end = start + 3;
    for (let depth = 0; end < value.length; end++) {
      if (value[end] === '(') depth++;
      else if (value[end] === ')' && --depth === 0) break;
    }
    const [name, ...fallback] = value.slice(start + 4, end).split(',');
    out.push({name: name.trim(), fallback: fallback.length ? fallback.join(',').trim() : undefined});
  }
  return out;
}

const isToken = (name: string) => name.startsWith('--safeguard-');

/** `--_x: var(--safeguard-x, default)`: a private property reading a token. */
function derivation({property, value}: Declaration): {token: string; fallback?: string} | undefined {
  const [read] = reads(value);
  return property.startsWith('--_') && read && isToken(read.name) && value === `var(${read.name}${read.fallback === undefined ? '' : `, ${read.fallback}`})`
    ? {token: read.name, fallback: read.fallback}
    : undefined;
}

/**
 * The tokens that style sheets read, each with the defaults the CSS gives it:
 * read directly, or through the private property that derives from it. A
 * derivation alone (every element's `:host` derives every token) is no use.
 */
function tokensRead(sheets: string[]): Map<string, Set<string | undefined>> {
  const all = sheets.flatMap(declarations);
  const derived = new Map(all.flatMap((d) => (derivation(d) ? [[d.property, derivation(d)!] as const] : [])));
  const used = new Map<string, Set<string | undefined>>();
  const use = (token: string, fallback?: string) => used.set(token, (used.get(token) ?? new Set()).add(fallback));
  for (const d of all) {
    if (derived.has(d.property)) continue;
    for (const {name, fallback} of reads(d.value)) {
      if (isToken(name)) use(name, fallback);
      const via = derived.get(name);
      if (via) use(via.token, via.fallback);
    }
  }
  return used;
}

/** The text of each style sheet of a Lit element class. */
const sheetsOf = (element: Element): string[] =>
  ((element.constructor as typeof LitElement).elementStyles ?? []).map((style) =>
    style instanceof CSSStyleSheet ? [...style.cssRules].map((rule) => rule.cssText).join('\n') : style.cssText
  );

/**
 * Ticks the first sign of each nested checklist where none is ticked, so
 * the states a reader reaches inside (the result panel, its buttons, its
 * contact card) are rendered too.
 */
async function tickNested(el: Element): Promise<void> {
  for (const checklist of deepAll(el, 'safeguard-signs-checklist')) {
    const boxes = signsChecklist.checkboxes(checklist);
    if (!boxes.some((box) => box.checked)) boxes[0]?.click();
  }
  await settled(el);
}

/** Each example of an element, rendered in its state (nested checklists ticked). */
async function* rendered(tag: string): AsyncGenerator<HTMLElement> {
  for (const shown of examplesOf(tag.replace(/^safeguard-/, '') as ElementName)) {
    const el = await renderExample(shown);
    await tickNested(el);
    yield el;
    fixtureCleanup();
  }
}

/** The element and every element it renders that has a shadow root. */
const hosts = (el: Element): Element[] => [el, ...[...composed(el.shadowRoot!)].filter((node) => node.shadowRoot)];

const FOCUSABLE = 'a[href], button, input, summary, [tabindex]';

/**
 * Every computed style of everything `el` renders (nested elements
 * included; custom properties aside), and of each focusable thing while it
 * has keyboard focus.
 */
function computed(el: HTMLElement): Map<string, string> {
  const out = new Map<string, string>();
  const record = (key: string, node: Element) => {
    const style = getComputedStyle(node);
    for (let i = 0; i < style.length; i++) {
      if (!style[i].startsWith('--')) out.set(`${key} ${style[i]}`, style.getPropertyValue(style[i]));
    }
  };
  const nodes = [el, ...composed(el.shadowRoot!)];
  nodes.forEach((node, i) => record(`${i} <${node.localName}>`, node));
  nodes.forEach((node, i) => {
    if (!(node instanceof HTMLElement) || !node.matches(FOCUSABLE)) return;
    node.focus();
    if (node.matches(':focus-visible')) record(`${i} <${node.localName}> focused`, node);
    node.blur();
  });
  return out;
}

/** What differs between two snapshots, for a readable failure. */
const changes = (before: Map<string, string>, after: Map<string, string>): string[] =>
  [...after].filter(([key, value]) => before.get(key) !== value).map(([key, value]) => `${key}: ${before.get(key)} -> ${value}`);

/** A distinctive value of the token's kind: a colour or a length. */
const distinctive = (fallback: string) => (CSS.supports('color', fallback) ? 'rgb(1, 2, 3)' : '13px');

describe('design tokens', () => {
  it('every element in the manifest is covered, with examples', () => {
    expect(ELEMENTS.map(({tag}) => tag)).to.have.length(6);
    for (const {tag} of ELEMENTS) expect(examplesOf(tag.replace(/^safeguard-/, '') as ElementName), tag).not.to.be.empty;
  });

  it('each token is read once, with its default, into a private --_x', () => {
    const sheets = new Set(ELEMENTS.flatMap(({tag}) => sheetsOf(document.createElement(tag))));
    const readings = [...sheets].flatMap(declarations).filter(({value}) => reads(value).some(({name}) => isToken(name)));
    for (const reading of readings) {
      const derived = derivation(reading);
      expect(derived, `"${reading.property}: ${reading.value}" reads a token outside a --_x derivation`).not.to.equal(undefined);
      expect(derived!.token, `${reading.property} derives from its own token`).to.equal(`--safeguard-${reading.property.slice(3)}`);
      expect(derived!.fallback, `${reading.property} gives the default`).to.be.a('string');
    }
    const tokens = readings.map(({property}) => property);
    expect(tokens, 'tokens read more than once').to.deep.equal([...new Set(tokens)]);
  });

  for (const {tag, tokens} of ELEMENTS) {
    describe(`<${tag}>`, () => {
      it('documents with @cssprop exactly the tokens its styles (and its nested elements’) read', async () => {
        const sheets = new Set<string>();
        for await (const el of rendered(tag)) for (const host of hosts(el)) for (const sheet of sheetsOf(host)) sheets.add(sheet);
        const read = tokensRead([...sheets]);
        expect(tokens.map(({name}) => name).sort(), 'documented tokens').to.deep.equal([...read.keys()].sort());
        for (const token of tokens) {
          expect([...read.get(token.name)!], `${token.name}'s default in the CSS`).to.deep.equal([token.default]);
        }
      });

      for (const token of tokens) {
        it(`${token.name} applies; set to its default (${token.default}) it changes nothing`, async () => {
          const value = distinctive(token.default!);
          for await (const el of rendered(tag)) {
            const before = computed(el);
            el.style.setProperty(token.name, value);
            const changed = changes(before, computed(el));
            if (!changed.length) continue;
            el.style.setProperty(token.name, token.default!);
            expect(changes(before, computed(el)), `${token.name}: ${token.default}`).to.deep.equal([]);
            return;
          }
          expect.fail(`${token.name}: ${value} changes nothing that <${tag}> renders, in any of its examples`);
        });
      }
    });
  }

  it('the designers’ guide’s token table gives every token with the default the elements document', async () => {
    const guide = await (await fetch('/docs/designers.md')).text();
    const table = guide.slice(guide.indexOf('## Tokens and themes'));
    const quoted = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map(([, text]) => text);
    const listed = [...table.matchAll(/^\| (`--safeguard-.*?) \| (.*?) \|/gm)].flatMap(([, names, defaults]) =>
      quoted(names).map((name, i) => `${name}=${quoted(defaults)[i]}`)
    );
    const documented = new Set(ELEMENTS.flatMap(({tokens}) => tokens.map((token) => `${token.name}=${token.default}`)));
    expect(listed.sort()).to.deep.equal([...documented].sort());
  });

  it('a token set on the page reaches nested elements, and one set on a nested element applies there', async () => {
    const el = await render(`<div style="--safeguard-accent: rgb(1, 2, 3)"><safeguard-topic-guide topic="modern-slavery"></safeguard-topic-guide></div>`);
    const card = topicGuide.contactCard(el.firstElementChild!)!;
    const link = () => reportContact.links(card)[0];
    expect(getComputedStyle(link()).color).to.equal('rgb(1, 2, 3)');
    card.style.setProperty('--safeguard-accent', 'rgb(4, 5, 6)');
    expect(getComputedStyle(link()).color).to.equal('rgb(4, 5, 6)');
  });
});
