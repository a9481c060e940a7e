// The embed-code builder (builder/), used as a CMS editor uses it: a widget
// chosen by its plain name, settings by their labels, values checked as they
// are typed, the preview in a frame in any language, and code that, pasted
// into a page with the library, is that widget.
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import manifest from '../custom-elements.json';
import {mountBuilder, type Manifest} from '../builder/builder.js';
import {FALLBACKS} from '../builder/widgets.js';
import {DEFAULT_EXIT_HREF} from '../src/quick-exit/exit-href.js';

const LIBRARY = '<script type="module" src="/dist/safeguarding-widgets.js"></script>';
const HOSTING = {
  scriptUrl: 'https://partner.example/js/safeguarding-widgets.js',
  integrity: 'sha384-abc',
  placeholders: `safeguard-report-contact:not(:defined) {\n  display: flow-root;\n}\nsafeguard-quick-exit:not(:defined) {\n  min-height: 3.75rem;\n}`,
  // The hosted builder's preview page, as built (dist/builder/preview.html).
  preview: {page: '/dist/builder/preview.html'},
};

async function builder(width = ''): Promise<HTMLElement> {
  const root = await fixture<HTMLElement>(html`<main style=${width}></main>`);
  mountBuilder(root, manifest as Manifest, HOSTING);
  return root;
}

/** The control a label names, as a person finds it. */
function labelled(root: HTMLElement, text: string): HTMLInputElement | HTMLSelectElement {
  const label = [...root.querySelectorAll('label')].find((node) => node.textContent!.trim() === text);
  if (!label) throw new Error(`no label "${text}"`);
  return root.querySelector<HTMLInputElement | HTMLSelectElement>(`#${label.htmlFor}`)!;
}

/** Sets a control and says so, as typing or choosing does. */
function set(control: HTMLInputElement | HTMLSelectElement, value: string | boolean): void {
  if (typeof value === 'boolean') (control as HTMLInputElement).checked = value;
  else if (control instanceof HTMLSelectElement) control.value = [...control.options].find((option) => option.text.startsWith(value))?.value ?? value;
  else control.value = value;
  control.dispatchEvent(new Event('input', {bubbles: true}));
  control.dispatchEvent(new Event('change', {bubbles: true}));
}

/** Chooses a widget by its plain name. */
const chooseWidget = (root: HTMLElement, name: string) => set(labelled(root, name), true);
/** Fills a field by its label (a date field by its legend, in its three boxes: day, month, year). */
function fill(root: HTMLElement, label: string, value: string | boolean): void {
  const legend = [...root.querySelectorAll('fieldset.date legend')].find((node) => node.textContent === label);
  if (!legend) return set(labelled(root, label), value);
  const [day, month, year] = (value as string).split('/');
  const boxes = legend.parentElement!.querySelectorAll('input');
  [day, month, year].forEach((part, i) => set(boxes[i], part));
}

const snippet = (root: HTMLElement, key: string) => root.querySelector(`#snippet-${key}`)?.textContent ?? '';
const problems = (root: HTMLElement) => [...root.querySelectorAll('.error-summary li')].map((item) => item.textContent);
const fieldError = (root: HTMLElement, label: string) =>
  [...root.querySelectorAll('.field')].find((field) => field.querySelector('label, legend')!.textContent === label)!.querySelector('.error-message')!;

const TAGS = (manifest as Manifest).modules.flatMap((module) => module.declarations.map((declaration) => declaration.tagName!));

/** The widget a frame's page shows, once defined and rendered. */
async function widgetIn(frame: HTMLIFrameElement): Promise<HTMLElement & {updateComplete: Promise<unknown>}> {
  const widget = () => frame.contentDocument?.querySelector<HTMLElement>(TAGS.join(', '));
  await waitUntil(() => widget() && frame.contentWindow!.customElements.get(widget()!.localName), 'no widget defined', {timeout: 10000});
  const element = widget() as HTMLElement & {updateComplete: Promise<unknown>};
  await element.updateComplete;
  return element;
}

/** A page with the library and `markup`, in `locale`, in a frame: its widget, rendered. */
function pageWith(markup: string, locale: string) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px';
  document.body.append(frame);
  frame.srcdoc = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8">${LIBRARY}</head><body>${markup}</body></html>`;
  return widgetIn(frame);
}

/** The preview's widget, once the frame shows what the form says now (its page's revision). */
async function previewed(root: HTMLElement) {
  const frame = root.querySelector<HTMLIFrameElement>('iframe.preview')!;
  // The first preview of a run also loads the library, cold: allow it time.
  await waitUntil(() => frame.contentDocument?.documentElement?.dataset.revision === frame.dataset.revision, 'the preview did not load', {timeout: 10000});
  return widgetIn(frame);
}

const attributesOf = (element: Element) => Object.fromEntries([...element.attributes].map(({name, value}) => [name, value]));
/** The languages a widget's rendered text is marked with. */
const languagesOf = (element: Element) => new Set([...element.shadowRoot!.querySelectorAll('[lang]')].map((node) => node.getAttribute('lang')));

/**
 * One journey a widget, as an editor asks for it: its plain name, what
 * they set (by label), and what the pasted widget then holds.
 */
const JOURNEYS: {want: string; widget: string; settings: [string, string | boolean][]; attributes: Record<string, string>}[] = [
  {
    want: 'the modern-slavery contact card, heading level 3',
    widget: 'Contact card',
    settings: [['Subject', 'Modern slavery'], ['Heading level', '3']],
    attributes: {'data-topic': 'modern-slavery', 'data-heading-level': '3'},
  },
  {
    want: 'a quick exit in the text, with my own words',
    widget: 'Quick exit button',
    settings: [['Words on the button (optional)', 'Wyjdź teraz'], ['Where the button sits', 'In the text']],
    attributes: {'data-label': 'Wyjdź teraz', 'data-position': 'inline'},
  },
  {
    want: 'a slim banner readers can close, for this year and the next four',
    widget: '"Is Your Child Safe?" banner',
    settings: [['Size', 'Slim'], ['Readers can close it', true], ['First day to show it (optional)', '1/1/2026'], ['Last day to show it (optional)', '31/12/2030']],
    attributes: {'data-variant': 'slim', 'data-dismissible': '', 'data-starts': '2026-01-01', 'data-ends': '2030-12-31'},
  },
  {
    want: 'the sexual-exploitation checklist, without the contacts',
    widget: 'Signs checklist',
    settings: [['Signs to list', 'Child sexual exploitation'], ['Leave out who to call', true]],
    attributes: {'data-topic': 'sexual-exploitation', 'data-hide-contacts': ''},
  },
  {
    want: 'the sexting tips, all open, under a level-3 heading',
    widget: 'Sexting tips',
    settings: [['Show every tip open', true], ['Heading level', '3']],
    attributes: {'data-open': '', 'data-heading-level': '3'},
  },
  {
    want: 'the guide to extremism',
    widget: 'Topic guide',
    settings: [['Subject', 'Extremism and terrorism']],
    attributes: {'data-topic': 'extremism'},
  },
];

// The builder page's own stylesheet, as dist/builder/index.html links it.
before(async () => {
  const sheet = document.createElement('link');
  sheet.rel = 'stylesheet';
  sheet.href = new URL('../builder/builder.css', import.meta.url).href;
  const loaded = new Promise((resolve) => sheet.addEventListener('load', resolve, {once: true}));
  document.head.append(sheet);
  await loaded;
});
afterEach(() => document.querySelectorAll('body > iframe').forEach((frame) => frame.remove()));

describe('the embed-code builder, as an editor uses it', () => {
  for (const {want, widget, settings, attributes} of JOURNEYS) {
    it(`goes from “${want}, in Polish” to code that, pasted into a Polish page, is that widget`, async () => {
      const root = await builder();
      chooseWidget(root, widget);
      for (const [label, value] of settings) fill(root, label, value);
      set(labelled(root, 'Language of the page'), 'Polski');
      expect(problems(root)).to.deep.equal([]);

      const preview = await previewed(root);
      expect(languagesOf(preview)).to.include('pl');

      root.querySelector('#snippet-div')!.closest('section')!.querySelector('button')!.click();
      const status = root.querySelector('[role="status"]')!;
      await waitUntil(() => status.textContent, 'copying said nothing', {timeout: 10000});
      expect(status.textContent).to.match(/^(Copied: For the page: the CMS-safe form|Could not copy: select the code)/);
      const pasted = await pageWith(snippet(root, 'div'), 'pl');
      const div = pasted.parentElement!;
      // The library marks a div it has mounted (data-safeguard-mounted).
      const {['data-safeguard']: name, ...given} = attributesOf(div);
      delete given['data-safeguard-mounted'];
      expect(`safeguard-${name}`).to.equal(pasted.localName);
      expect(given).to.deep.equal(attributes);
      expect(attributesOf(pasted)).to.deep.equal(attributesOf(preview));
      expect(languagesOf(pasted)).to.include('pl');
      expect(languagesOf(pasted)).not.to.include('en-GB');
    });
  }
});

describe('the embed-code builder', () => {
  it('offers each widget by its plain name and what it is for', async () => {
    const root = await builder();
    const choices = [...root.querySelectorAll('.widgets .choice')].map((choice) => [choice.querySelector('label')!.textContent, choice.querySelector('.hint')!.textContent!]);
    expect(choices.map(([label]) => label)).to.have.members(JOURNEYS.map(({widget}) => widget));
    for (const [label, hint] of choices) expect(hint, label!).to.match(/^Use it for [a-z]/);
  });

  it('labels every setting in plain words, with its help, grouped, the attribute names only in the code', async () => {
    const root = await builder();
    chooseWidget(root, '"Is Your Child Safe?" banner');
    const legends = [...root.querySelectorAll('.group > legend')].map((legend) => legend.textContent);
    expect(legends).to.deep.equal(['What it says', 'When it shows', 'How it looks', 'Advanced']);
    const form = root.querySelector('.settings')!;
    expect(form.textContent).not.to.match(/heading-level|link-text|data-|`/);
    for (const control of form.querySelectorAll('input, select')) {
      expect(form.querySelector(`label[for="${control.id}"]`), control.id).to.exist;
      const help = control.getAttribute('aria-describedby')!.split(' ').map((id) => form.querySelector(`#${id}`)!.textContent).join(' ');
      expect(help.trim(), control.id).not.to.equal('');
    }
  });

  it('takes dates as UK dates, whatever the browser’s language, and refuses a range that ends before it starts', async () => {
    const root = await builder();
    chooseWidget(root, '"Is Your Child Safe?" banner');
    fill(root, 'First day to show it (optional)', '20/7/2026');
    fill(root, 'Last day to show it (optional)', '6/9/2026');
    expect(snippet(root, 'div')).to.contain('data-starts="2026-07-20" data-ends="2026-09-06"');
    fill(root, 'Last day to show it (optional)', '6/7/2026');
    expect(problems(root)).to.deep.equal(['Last day to show it must be on or after the first day']);
    expect(root.querySelector('#snippet-div'), 'code shown with a problem').to.equal(null);
    expect(root.querySelector('.snippets')!.textContent).to.contain('once the problems above are put right');
    fill(root, 'Last day to show it (optional)', '31/2/2026');
    expect(problems(root)).to.deep.equal(['Last day to show it must be a real date']);
    fill(root, 'Last day to show it (optional)', '6//2026');
    expect(problems(root)).to.deep.equal(['Last day to show it must include a day, month and year']);
  });

  it('explains a refused value next to its field and in the summary, and leaves it out of the code', async () => {
    const root = await builder();
    chooseWidget(root, '"Is Your Child Safe?" banner');
    fill(root, 'Link for "See the signs" (optional)', 'javascript:alert(1)');
    fill(root, 'Heading level', '9');
    expect(problems(root)).to.deep.equal([
      'Link for "See the signs" must be a web address starting with https:// or http://, a page of this site, or a tel: or mailto: link',
      'Heading level must be a whole number from 1 to 6',
    ]);
    expect(fieldError(root, 'Heading level').textContent).to.equal('Error: Heading level must be a whole number from 1 to 6');
    // "Error:" is heard, not seen (GOV.UK's error message): a box of one pixel.
    const heard = fieldError(root, 'Heading level').querySelector('span')!.getBoundingClientRect();
    expect([heard.width, heard.height]).to.deep.equal([1, 1]);
    const preview = await previewed(root);
    expect(preview.hasAttribute('href')).to.equal(false);
    expect(preview.hasAttribute('heading-level')).to.equal(false);
    // The summary's link takes focus to the field.
    root.querySelector<HTMLAnchorElement>('.error-summary a')!.click();
    expect(document.activeElement!.id).to.equal('setting-href');
    fill(root, 'Link for "See the signs" (optional)', '/signs');
    fill(root, 'Heading level', '3');
    expect(problems(root)).to.deep.equal([]);
    expect(snippet(root, 'div')).to.contain('data-href="/signs"');
  });

  it('leaves out settings left at their default', async () => {
    const root = await builder();
    chooseWidget(root, 'Contact card');
    fill(root, 'Size', 'Card');
    expect(snippet(root, 'div')).to.match(/^<div data-safeguard="report-contact">/);
    expect(snippet(root, 'drupal')).to.equal('<div data-safeguard>');
  });

  it('gives every snippet an editor and a webmaster need', async () => {
    const root = await builder();
    chooseWidget(root, 'Contact card');
    fill(root, 'Subject', 'Modern slavery');
    fill(root, 'Heading level', '3');
    expect(snippet(root, 'div')).to.equal(
      '<div data-safeguard="report-contact" data-topic="modern-slavery" data-heading-level="3">\n' + `  <p>${FALLBACKS['report-contact']}</p>\n</div>`
    );
    expect(snippet(root, 'tag')).to.match(/^<safeguard-report-contact topic="modern-slavery" heading-level="3">/);
    expect(snippet(root, 'drupal')).to.equal('<div data-safeguard data-topic data-heading-level>');
    expect(snippet(root, 'tinymce')).to.equal('div[data-safeguard|data-topic|data-heading-level]');
    expect(snippet(root, 'script')).to.contain('src="https://partner.example/js/safeguarding-widgets.js"')
      .and.contain('integrity="sha384-abc"').and.contain('crossorigin="anonymous"');
    expect(snippet(root, 'placeholders')).to.equal('safeguard-report-contact:not(:defined) {\n  display: flow-root;\n}');
  });

  it('writes quotes, angle brackets and ampersands so they stay text: nothing else is created', async () => {
    const root = await builder();
    chooseWidget(root, '"Is Your Child Safe?" banner');
    const hostile = `"><img src=x onerror="window.pwned=1">&amp; ' <script>window.pwned=2</script>`;
    fill(root, 'Your own heading (optional)', hostile);
    for (const form of ['div', 'tag']) {
      const page = await fixture<HTMLElement>(html`<div></div>`);
      page.innerHTML = snippet(root, form);
      expect(page.querySelector('[heading], [data-heading]')!.getAttribute(form === 'div' ? 'data-heading' : 'heading'), form).to.equal(hostile);
      expect(page.querySelectorAll('img, script'), form).to.have.length(0);
    }
    expect((await previewed(root)).getAttribute('heading')).to.equal(hostile);
    expect((window as unknown as {pwned?: number}).pwned).to.equal(undefined);
  });

  it('writes the quick exit’s no-JavaScript link to where the button goes, and refuses a script or a phone', async () => {
    const root = await builder();
    chooseWidget(root, 'Quick exit button');
    const linkIn = (form: string) => new DOMParser().parseFromString(snippet(root, form), 'text/html').querySelector('a')?.getAttribute('href');
    const label = 'Page it goes to (optional)';
    for (const [href, expected] of Object.entries({'': DEFAULT_EXIT_HREF, 'https://partner.example/weather': 'https://partner.example/weather', '/news': '/news'})) {
      fill(root, label, href);
      for (const form of ['div', 'tag']) expect(linkIn(form), `${form}, ${href}`).to.equal(expected);
    }
    for (const href of ['javascript:window.pwned=4', ' JavaScript:window.pwned=5', 'tel:999', 'http://[bad']) {
      fill(root, label, href);
      expect(problems(root), href).to.deep.equal([`Page it goes to must be a web address starting with https:// or http://, or a page of this site`]);
      expect(linkIn('div'), href).to.equal(undefined);
    }
  });

  it('previews the quick exit in place: Exit stays on the page and says so', async () => {
    const root = await builder();
    chooseWidget(root, 'Quick exit button');
    const exit = await previewed(root);
    const frame = root.querySelector<HTMLIFrameElement>('iframe.preview')!;
    exit.shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();
    await waitUntil(() => frame.contentDocument!.getElementById('said')!.textContent, 'nothing said', {timeout: 5000});
    expect(frame.contentDocument!.getElementById('said')!.textContent).to.contain('stays here');
    expect(frame.contentDocument!.querySelector('safeguard-quick-exit')).to.exist;
  });

  it('works with the keyboard alone: arrow keys choose the widget, Tab goes on to its settings', async () => {
    const root = await builder();
    const radios = [...root.querySelectorAll<HTMLInputElement>('input[name="widget"]')];
    radios[0].focus();
    await sendKeys({press: 'ArrowDown'});
    expect(radios[1].checked).to.equal(true);
    const label = root.querySelector(`label[for="${radios[1].id}"]`)!.textContent!;
    expect(root.querySelector('.settings h2')!.textContent).to.equal(`Settings: ${label}`);
    await sendKeys({press: 'Tab'});
    expect(document.activeElement!.closest('.settings'), 'focus in the settings').to.exist;
  });

  it('shows the preview at a phone’s width', async () => {
    const root = await builder();
    fill(root, 'Phone width (320 pixels)', true);
    expect(root.querySelector('iframe.preview')!.getBoundingClientRect().width).to.equal(320);
  });

  it('copies with the keyboard and says so in a live region', async () => {
    const root = await builder();
    const button = root.querySelector<HTMLButtonElement>('.snippet button')!;
    button.focus();
    await sendKeys({press: 'Enter'});
    const status = root.querySelector('[role="status"]')!;
    await waitUntil(() => status.textContent !== '', 'nothing was announced', {timeout: 10000});
    expect(status.textContent).to.match(/^(Copied|Could not copy)/);
    expect(status.textContent).to.contain(status.textContent!.startsWith('Copied') ? 'For the page: the CMS-safe form' : 'select the code');
  });

  it('passes axe with an error shown, and nothing overflows at 320 px', async () => {
    const root = await builder('width: 320px');
    chooseWidget(root, '"Is Your Child Safe?" banner');
    fill(root, 'Heading level', '9');
    await previewed(root);
    await expect(root).to.be.accessible();
    const right = root.getBoundingClientRect().right;
    const overflowing = [...root.querySelectorAll('*')].filter((node) => node.getBoundingClientRect().right > right + 0.5).map((node) => node.localName);
    expect(overflowing).to.deep.equal([]);
  });
});
