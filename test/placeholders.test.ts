// The optional placeholder CSS is written from the locale table
// (src/locales.json) by `npm run localize:build` to
// src/generated/placeholders.css (shipped as dist/placeholders.css, used by
// the demo and the builder; test/docs.test.ts checks the guide's copy).
import {expect} from '@open-wc/testing';
import LOCALE_TABLE from '../src/locales.json';
import {setLocale} from '../src/internal/localization.js';

const text = async (path: string) => (await fetch(path)).text();
const PLACEHOLDER_CSS = '/src/generated/placeholders.css';

// The placeholder reserves, before the script runs, what the element's own
// styles then give it: the same min-height for each language and viewport.
// Both must exist (the page's CSS acts before any script; the element's
// acts once defined, with or without the page's snippet), so they are
// compared here: each side's rules in a frame of each width, on stand-ins,
// and with the heights the locale table gives.
describe('the placeholder heights equal the elements’ own and the locale table’s', () => {
  const [SOURCE] = LOCALE_TABLE;
  // Wide, under 40em and under 30em, in px (16px text).
  const WIDTHS = {wide: 1000, medium: 560, narrow: 400};

  /** A frame `width` px wide holding `body`, loaded. */
  async function frame(width: number, body: string): Promise<Document> {
    const iframe = document.createElement('iframe');
    iframe.style.cssText = `width: ${width}px; height: 100px; border: 0`;
    const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, {once: true}));
    iframe.srcdoc = `<!DOCTYPE html><html><head></head><body>${body}</body></html>`;
    document.body.append(iframe);
    await loaded;
    return iframe.contentDocument!;
  }

  /** In `doc`, an element host (a stand-in div) with `styles` in its shadow root around `inner`. */
  function shadowHost(doc: Document, attributes: Record<string, string>, styles: string, inner: string): ShadowRoot {
    const host = doc.createElement('div');
    for (const [name, value] of Object.entries(attributes)) host.setAttribute(name, value);
    doc.body.append(host);
    const root = host.attachShadow({mode: 'open'});
    root.innerHTML = `<style>${styles}</style>${inner}`;
    return root;
  }

  /** The min-height an element gets, in its own frame. */
  const minHeight = (el: Element) => el.ownerDocument.defaultView!.getComputedStyle(el).minHeight;

  /** The CSS of the style sheets an element rendered in the current locale has, in order. */
  async function renderedStylesOf(tag: string): Promise<string> {
    const el = document.createElement(tag) as HTMLElement & {updateComplete: Promise<unknown>};
    document.body.append(el);
    await el.updateComplete;
    const sheets = [...el.shadowRoot!.adoptedStyleSheets];
    el.remove();
    return sheets.map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n')).join('\n');
  }

  const stylesOf = (tag: string) =>
    (customElements.get(tag) as unknown as {elementStyles: {cssText: string}[]}).elementStyles.map((s) => s.cssText).join('\n');

  let placeholders: string;
  before(async () => {
    await import('../src/index.js');
    await import('../src/generated/translations/all.js');
    // Undefined stand-in tags, so that `:not(:defined)` matches them.
    placeholders = (await text(PLACEHOLDER_CSS)).replace(/safeguard-(campaign-banner|quick-exit)/g, 'x-$1');
  });

  afterEach(async () => {
    document.querySelectorAll('iframe').forEach((iframe) => iframe.remove());
    await setLocale(SOURCE.code);
  });

  for (const [size, width] of Object.entries(WIDTHS) as [keyof typeof WIDTHS, number][]) {
    it(`the campaign banner, full and slim, in each language, ${width}px wide`, async () => {
      const doc = await frame(width, `<style>${placeholders}</style>`);
      const found: string[] = [];
      const rendered: string[] = [];
      const table: string[] = [];
      for (const {code: lang, banner} of LOCALE_TABLE) {
        // The styles a banner rendered in this language has, in their order:
        // its own, then what its language's module adds.
        await setLocale(lang);
        const styles = await renderedStylesOf('safeguard-campaign-banner');
        for (const variant of ['full', 'slim']) {
          const placeholder = doc.createElement('x-campaign-banner');
          placeholder.setAttribute('lang', lang);
          placeholder.setAttribute('variant', variant);
          doc.body.append(placeholder);
          const root = shadowHost(doc, {variant}, styles, `<section part="base" lang="${lang}"></section>`);
          const em = variant === 'slim' ? (banner.slim ?? SOURCE.banner.slim!) : banner[size];
          found.push(`${lang} ${variant}: ${minHeight(placeholder)}`);
          rendered.push(`${lang} ${variant}: ${minHeight(root.querySelector('[part=base]')!)}`);
          table.push(`${lang} ${variant}: ${em * 16}px`);
        }
      }
      expect(found, 'the placeholders').to.deep.equal(rendered);
      expect(rendered, 'the element').to.deep.equal(table);
    });
  }

  it('the quick exit (sticky, its default)', async () => {
    const doc = await frame(1000, `<style>${placeholders}</style><x-quick-exit></x-quick-exit>`);
    const root = shadowHost(doc, {}, stylesOf('safeguard-quick-exit'), '<div part="base" class="sticky"></div>');
    expect(minHeight(doc.querySelector('x-quick-exit')!)).to.equal(minHeight(root.querySelector('[part=base]')!));
  });
});
