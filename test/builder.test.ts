// The embed-code builder (builder/): controls from custom-elements.json, a
// live preview, and snippets that paste into a page as the same widget.
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../src/index.js';
import {mountPlacements} from '../src/index.js';
import manifest from '../custom-elements.json';
import {mountBuilder, type Manifest} from '../builder/builder.js';
import {FALLBACKS} from '../builder/widgets.js';
import {DEFAULT_EXIT_HREF} from '../src/quick-exit/exit-href.js';
import {settled} from './support/shadow.js';

const HOSTING = {
  scriptUrl: 'https://partner.example/js/safeguarding-widgets.js',
  integrity: 'sha384-abc',
  placeholders: `safeguard-report-contact:not(:defined) {\n  display: flow-root;\n}\nsafeguard-quick-exit:not(:defined) {\n  min-height: 3.75rem;\n}`,
};

async function builder(): Promise<HTMLElement> {
  const root = await fixture<HTMLElement>(html`<main></main>`);
  mountBuilder(root, manifest as Manifest, HOSTING);
  return root;
}

/** Chooses a widget, or sets a setting, as a person would: the control changes and says so. */
function choose(root: HTMLElement, selector: string, value: string | boolean): void {
  const control = root.querySelector<HTMLInputElement | HTMLSelectElement>(selector)!;
  if (typeof value === 'boolean') (control as HTMLInputElement).checked = value;
  else control.value = value;
  control.dispatchEvent(new Event('input', {bubbles: true}));
  control.dispatchEvent(new Event('change', {bubbles: true}));
}

const snippet = (root: HTMLElement, key: string) => root.querySelector(`#snippet-${key}`)!.textContent!;
const previewed = (root: HTMLElement) => root.querySelector('#preview')!.firstElementChild!;

/** Pastes markup into a fresh container on the page, mounts any div form, and returns the container. */
async function paste(markup: string): Promise<HTMLElement> {
  const page = await fixture<HTMLElement>(html`<div></div>`);
  page.innerHTML = markup;
  mountPlacements(page);
  const element = page.querySelector('[data-safeguard] > *:last-child, safeguard-report-contact, safeguard-campaign-banner');
  if (element) await settled(element);
  return page;
}

const attributesOf = (element: Element) =>
  Object.fromEntries([...element.attributes].map(({name, value}) => [name, value]));

describe('the embed-code builder', () => {
  it('makes a control for every setting from the manifest: enums as selects, booleans as checkboxes, dates as date inputs', async () => {
    const root = await builder();
    choose(root, '#widget', 'campaign-banner');
    const type = (name: string) => {
      const control = root.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
      return control.localName === 'select' ? 'select' : control.type;
    };
    expect(['variant', 'dismissible', 'starts', 'ends', 'heading', 'heading-level'].map(type)).to.deep.equal([
      'select', 'checkbox', 'date', 'date', 'text', 'number',
    ]);
    for (const control of root.querySelectorAll('.settings input, .settings select')) {
      expect(root.querySelector(`label[for="${control.id}"]`), control.id).to.exist;
    }
  });

  it('goes from “the modern-slavery contact card, heading level 3” to every snippet and the live widget', async () => {
    const root = await builder();
    choose(root, '#widget', 'report-contact');
    choose(root, '#setting-topic', 'modern-slavery');
    choose(root, '#setting-heading-level', '3');

    expect(attributesOf(previewed(root))).to.deep.equal({topic: 'modern-slavery', 'heading-level': '3'});
    expect(snippet(root, 'div')).to.equal(
      '<div data-safeguard="report-contact" data-topic="modern-slavery" data-heading-level="3">\n' +
        `  <p>${FALLBACKS['report-contact']}</p>\n</div>`
    );
    expect(snippet(root, 'tag')).to.match(/^<safeguard-report-contact topic="modern-slavery" heading-level="3">/);
    expect(snippet(root, 'drupal')).to.equal('<div data-safeguard data-topic data-heading-level>');
    expect(snippet(root, 'tinymce')).to.equal('div[data-safeguard|data-topic|data-heading-level]');
    expect(snippet(root, 'script')).to.contain('src="https://partner.example/js/safeguarding-widgets.js"')
      .and.contain('integrity="sha384-abc"').and.contain('crossorigin="anonymous"');
    expect(snippet(root, 'placeholders')).to.equal('safeguard-report-contact:not(:defined) {\n  display: flow-root;\n}');
  });

  it('leaves out settings left at their default', async () => {
    const root = await builder();
    choose(root, '#widget', 'report-contact');
    choose(root, '#setting-variant', 'card');
    expect(snippet(root, 'div')).to.match(/^<div data-safeguard="report-contact">/);
  });

  it('gives code that, pasted into a page with the library, is the same widget with the same settings', async () => {
    const root = await builder();
    choose(root, '#widget', 'campaign-banner');
    choose(root, '#setting-variant', 'slim');
    choose(root, '#setting-dismissible', true);
    choose(root, '#setting-link-text', 'Read the signs');
    for (const form of ['div', 'tag']) {
      const page = await paste(snippet(root, form));
      const element = page.querySelector('safeguard-campaign-banner')!;
      expect(attributesOf(element), form).to.deep.equal(attributesOf(previewed(root)));
    }
  });

  it('writes quotes, angle brackets and ampersands so they stay text: nothing else is created', async () => {
    const root = await builder();
    choose(root, '#widget', 'campaign-banner');
    const hostile = `"><img src=x onerror="window.pwned=1">&amp; ' <script>window.pwned=2</script>`;
    choose(root, '#setting-heading', hostile);
    choose(root, '#setting-href', 'javascript:window.pwned=3');
    expect(previewed(root).getAttribute('heading')).to.equal(hostile);
    for (const form of ['div', 'tag']) {
      const page = await paste(snippet(root, form));
      const element = page.querySelector('safeguard-campaign-banner')!;
      expect(element.getAttribute('heading'), form).to.equal(hostile);
      expect(page.querySelectorAll('img, script'), form).to.have.length(0);
      expect([...page.querySelectorAll('*')].map((node) => node.localName), form).to.have.members(
        form === 'div' ? ['div', 'safeguard-campaign-banner', 'p'] : ['safeguard-campaign-banner', 'p']
      );
      expect(element.shadowRoot!.querySelector('[part="link"]'), 'no javascript: link').to.equal(null);
    }
    expect((window as unknown as {pwned?: number}).pwned).to.equal(undefined);
  });

  it('writes the quick exit’s no-JavaScript link to where the button would go, never to a script or a phone', async () => {
    const root = await builder();
    choose(root, '#widget', 'quick-exit');
    const linkIn = (form: string) =>
      new DOMParser().parseFromString(snippet(root, form), 'text/html').querySelector('a')!.getAttribute('href');
    const cases = {
      '': DEFAULT_EXIT_HREF,
      'https://partner.example/weather': 'https://partner.example/weather',
      '/news': '/news',
      'javascript:window.pwned=4': DEFAULT_EXIT_HREF,
      ' JavaScript:window.pwned=5': DEFAULT_EXIT_HREF,
      'tel:999': DEFAULT_EXIT_HREF,
      'http://[bad': DEFAULT_EXIT_HREF,
    };
    for (const [href, expected] of Object.entries(cases)) {
      choose(root, '#setting-href', href);
      for (const form of ['div', 'tag']) expect(linkIn(form), `${form}, href ${href}`).to.equal(expected);
    }
  });

  it('copies with the keyboard and says so in a live region', async () => {
    const root = await builder();
    const button = root.querySelector<HTMLButtonElement>('.snippet button')!;
    button.focus();
    await sendKeys({press: 'Enter'});
    const status = root.querySelector('[role="status"]')!;
    await waitUntil(() => status.textContent !== '', 'nothing was announced', {timeout: 10000});
    expect(status.textContent).to.match(/^(Copied|Could not copy)/);
    expect(status.textContent).to.contain(
      status.textContent!.startsWith('Copied') ? 'For the page: the CMS-safe form' : 'select the code'
    );
  });

  it('passes axe, and nothing overflows at 320 px', async () => {
    // The builder page's own stylesheet, as dist/builder/index.html links it.
    const sheet = document.createElement('link');
    sheet.rel = 'stylesheet';
    sheet.href = new URL('../builder/builder.css', import.meta.url).href;
    const loaded = new Promise((resolve) => sheet.addEventListener('load', resolve, {once: true}));
    document.head.append(sheet);
    await loaded;
    const frame = await fixture<HTMLElement>(html`<div style="width: 320px"></div>`);
    mountBuilder(frame, manifest as Manifest, HOSTING);
    choose(frame, '#widget', 'signs-checklist');
    await settled(previewed(frame));
    await expect(frame).to.be.accessible();
    const right = frame.getBoundingClientRect().right;
    const overflowing = [...frame.querySelectorAll('*')]
      .filter((node) => node.getBoundingClientRect().right > right + 0.5)
      .map((node) => node.localName);
    expect(overflowing).to.deep.equal([]);
    sheet.remove();
  });
});
