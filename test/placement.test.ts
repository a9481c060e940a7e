// CMS-safe placement: <div data-safeguard="NAME" data-ATTR="value"> becomes
// <safeguard-NAME ATTR="value"> placed inside the div.
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {
  mountPlacements,
  placementObserverActive,
  startPlacement,
} from '../src/internal/placement.js';
import {ELEMENT_NAMES} from '../src/generated/elements.js';
import {warningsDuring} from './support/warnings.js';
import {EXAMPLES, type Example} from '../examples/index.js';
import {render} from './support/render.js';
import {headings, renderedTexts, settled} from './support/shadow.js';
import * as campaignBanner from '../src/campaign-banner/harness.js';
import * as quickExit from '../src/quick-exit/harness.js';

type Rendered = HTMLElement & {updateComplete: Promise<boolean>};

const FALLBACK = '<a href="https://www.crimestoppers-uk.org/">Call Crimestoppers on 0800 555 111</a>';

/** The example's attributes as a page wrote them. */
function attributesOf({markup}: Example): [string, string][] {
  const template = document.createElement('template');
  template.innerHTML = markup;
  return [...template.content.firstElementChild!.attributes].map(({name, value}) => [name, value]);
}

/** The example in the CMS-safe div form: `data-safeguard` and a `data-` attribute each, with a fallback link. */
function divFor(example: Example): string {
  const attributes = attributesOf(example).map(([name, value]) => ` data-${name}="${value}"`);
  return `<div data-safeguard="${example.element}"${attributes.join('')}>${FALLBACK}</div>`;
}

/** Puts markup on the page and returns its first element, not yet awaited. */
async function place(markup: string): Promise<HTMLElement> {
  const container = await fixture<HTMLElement>(html`<div></div>`);
  container.innerHTML = markup;
  return container.firstElementChild as HTMLElement;
}

async function mounted(div: Element): Promise<Rendered> {
  await waitUntil(() => div.hasAttribute('data-safeguard-mounted'), 'the div was not mounted');
  const element = div.lastElementChild as Rendered;
  await element.updateComplete;
  return element;
}

/**
 * Places markup that must be refused, asks twice for it to be mounted, and
 * returns the div and the warnings logged meanwhile.
 */
async function refuse(markup: string): Promise<{div: HTMLElement; calls: string[]}> {
  let div!: HTMLElement;
  const calls = await warningsDuring(async () => {
    div = await place(markup);
    mountPlacements(div);
    mountPlacements(div);
    await new Promise(requestAnimationFrame);
  });
  return {div, calls};
}

const visible = (node: Element) => node.getClientRects().length > 0;

/** A fresh page (its own module instances) that loads placement like a site would. */
async function page(
  body: string,
  {defined = true, script = ''} = {}
): Promise<{
  window: Window & {
    seam: {active: () => boolean; mount: (root?: ParentNode) => void; define: () => Promise<unknown>};
  };
  document: Document;
}> {
  const url = (path: string) => new URL(path, import.meta.url).href;
  const define = url('../src/report-contact/define.ts');
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="en-GB"><head><title>Page</title>
<script type="module">
import {startPlacement, placementObserverActive, mountPlacements} from '${url('../src/internal/placement.ts')}';
${defined ? `import '${define}';` : ''}
${script}
startPlacement();
window.seam = {
  active: placementObserverActive,
  mount: mountPlacements,
  define: () => import('${define}'),
};
</script></head><body>${body}</body></html>`;
  document.body.append(frame);
  const win = () => frame.contentWindow as unknown as {seam?: unknown; document: Document};
  await waitUntil(
    () => win()?.seam && win().document.readyState === 'complete',
    'the page did not load',
    {timeout: 15000}
  );
  return {window: frame.contentWindow as never, document: frame.contentDocument!};
}

// Every element of the table, defined as src/index.ts defines them, but
// without the placement it starts: these tests start it themselves.
before(() => Promise.all(ELEMENT_NAMES.map((name) => import(`../src/${name}/define.ts`))));
afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

describe('placement on a page as it loads', () => {
  it('starts no observer on a page with no div-form markup', async () => {
    const {window, document} = await page('<main><h1>News</h1><div class="card">Hello</div></main>');
    expect(window.seam.active()).to.equal(false);

    document.body.insertAdjacentHTML('beforeend', '<section><p>More news</p></section>');
    await new Promise(requestAnimationFrame);
    expect(window.seam.active()).to.equal(false);
  });

  it('mounts markup present when the script loads, then watches for more', async () => {
    const {window, document} = await page(
      `<main><div data-safeguard="report-contact" data-topic="modern-slavery">${FALLBACK}</div></main>`,
    );
    const div = document.querySelector('[data-safeguard]')!;
    const element = await mounted(div);
    expect(element.localName).to.equal('safeguard-report-contact');
    expect(element.shadowRoot!.textContent).to.contain('Modern Slavery Helpline');
    expect(window.seam.active()).to.equal(true);

    const container = document.createElement('article');
    container.innerHTML = '<div><aside><div data-safeguard="report-contact" data-variant="compact"></div></aside></div>';
    document.querySelector('main')!.append(container);
    const later = await mounted(container.querySelector('[data-safeguard]')!);
    expect(later.getAttribute('variant')).to.equal('compact');
  });

  it('mounts markup that a script adds after parsing but before load', async () => {
    const {window, document} = await page(
      '<main></main>',
      {
        script: `document.addEventListener('DOMContentLoaded', () => {
  document.querySelector('main').innerHTML = '<p data-safeguard="report-contact" data-topic="extremism"></p>';
});`,
      }
    );
    const element = await mounted(document.querySelector('[data-safeguard]')!);
    expect(element.getAttribute('topic')).to.equal('extremism');
    expect(window.seam.active()).to.equal(true);
  });

  it('keeps the fallback content visible until the element is defined, then inside it', async () => {
    const {window, document} = await page(
      `<div data-safeguard="report-contact">${FALLBACK}</div>`,
      {defined: false}
    );
    const div = document.querySelector('[data-safeguard]')!;
    const link = div.querySelector('a')!;
    expect(div.hasAttribute('data-safeguard-mounted')).to.equal(false);
    expect(link.parentElement, 'the link is still the div’s child').to.equal(div);
    expect(visible(link)).to.equal(true);

    await window.seam.define();
    const element = await mounted(div);
    expect(link.parentElement!.localName).to.equal('safeguard-report-contact');
    expect(visible(link)).to.equal(false);
    expect(element.shadowRoot!.textContent).to.contain('999');
  });

  it('mounts markup added to a page that had none once mountPlacements() is called', async () => {
    const {window, document} = await page('<main></main>');
    const main = document.querySelector('main')!;
    main.innerHTML = '<section data-safeguard="report-contact"></section>';
    await new Promise(requestAnimationFrame);
    expect(window.seam.active()).to.equal(false);
    expect(main.querySelectorAll('safeguard-report-contact').length).to.equal(0);

    window.seam.mount(main);
    expect(main.querySelectorAll('safeguard-report-contact').length).to.equal(1);
    expect(window.seam.active()).to.equal(true);
  });
});

describe('the div form', () => {
  before(async () => {
    startPlacement();
    expect(placementObserverActive()).to.equal(false);
    // This page gets its first markup: from here on the observer mounts the rest.
    const first = await place('<div data-safeguard="report-contact"></div>');
    mountPlacements(first.parentElement!);
    expect(placementObserverActive()).to.equal(true);
  });

  for (const example of EXAMPLES.filter((shown) => !shown.act)) {
    it(`becomes the same as ${example.markup}`, async () => {
      const written = await render(example.markup);
      const expected = renderedTexts(written);
      const headingLevels = headings(written).map(([level]) => level);
      written.remove();
      const div = await place(divFor(example));
      const element = await mounted(div);

      expect(element.localName).to.equal(`safeguard-${example.element}`);
      expect(element.parentElement, 'the element is inside the div').to.equal(div);
      for (const [name, value] of attributesOf(example)) expect(element.getAttribute(name)).to.equal(value);
      await settled(element);
      expect(renderedTexts(element)).to.deep.equal(expected);
      expect(headings(element).map(([level]) => level)).to.deep.equal(headingLevels);
      const link = element.querySelector('a')!;
      expect(link.textContent).to.equal('Call Crimestoppers on 0800 555 111');
      expect(visible(link), 'the fallback is hidden once the element renders').to.equal(false);
      expect(div.children.length).to.equal(1);
      await expect(div).to.be.accessible();
    });
  }

  it('keeps the div with its id, class, lang and title for host CSS, and does not copy them', async () => {
    const div = await place(
      '<aside id="help" class="sidebar-box" lang="en-GB" title="Help" data-safeguard="report-contact" data-variant="compact"></aside>'
    );
    const element = await mounted(div);
    expect(div.id).to.equal('help');
    expect(div.className).to.equal('sidebar-box');
    expect(element.hasAttribute('id')).to.equal(false);
    expect(element.hasAttribute('class')).to.equal(false);
    expect(element.matches(':lang(en-GB)')).to.equal(true);
    expect(document.querySelectorAll('#help').length).to.equal(1);
  });

  it('mounts markup nested deep inside a container added later', async () => {
    const container = await place(
      '<section><div class="row"><div class="column"><div data-safeguard="report-contact" data-topic="sexting"></div></div></div></section>'
    );
    const element = await mounted(container.querySelector('[data-safeguard]')!);
    expect(element.shadowRoot!.textContent).to.contain('You can also go to a police station');
  });

  it('mounts a div that gets moved only once', async () => {
    const div = await place('<div data-safeguard="report-contact"></div>');
    await mounted(div);
    const elsewhere = await place('<div></div>');
    elsewhere.append(div);
    mountPlacements(elsewhere);
    await new Promise(requestAnimationFrame);
    expect(div.querySelectorAll('safeguard-report-contact').length).to.equal(1);
  });

  it('refuses a value exactly as the tag does', async () => {
    const onTag = await warningsDuring(async () => {
      const tag = await fixture<Rendered>(html`<safeguard-report-contact topic="nope"></safeguard-report-contact>`);
      await tag.updateComplete;
    });
    let element: Rendered | undefined;
    const onDiv = await warningsDuring(async () => {
      element = await mounted(await place('<div data-safeguard="report-contact" data-topic="nope"></div>'));
    });
    expect(onDiv).to.deep.equal(onTag);
    expect(onDiv).to.have.length(1);
    expect(onDiv[0]).to.contain('<safeguard-report-contact> ignored topic="nope"');
    expect(element!.shadowRoot!.textContent).to.contain('Crimestoppers');
  });

  it('warns once about an unknown name and leaves the markup alone', async () => {
    const markup = `<div data-safeguard="report-contacts" data-topic="extremism">${FALLBACK}</div>`;
    const {div, calls} = await refuse(markup);
    expect(calls).to.have.length(1);
    expect(calls[0]).to.contain('<div> ignored data-safeguard="report-contacts"');
    expect(calls[0]).to.contain('report-contact');
    expect(div.outerHTML).to.equal(markup);
  });

  it('warns once about a data- attribute it does not know (a theme’s, a plugin’s), ignores it and still mounts', async () => {
    let element: Rendered | undefined;
    let div!: HTMLElement;
    const calls = await warningsDuring(async () => {
      div = await place(
        `<div data-safeguard="report-contact" data-topic="extremism" data-aos="fade-up" data-block-id="7">${FALLBACK}</div>`
      );
      element = await mounted(div);
      mountPlacements(div);
    });
    expect(calls).to.have.length(2);
    expect(calls[0]).to.contain('<div> ignored data-aos="fade-up"').and.contain('it is ignored');
    expect(calls[1]).to.contain('data-block-id="7"');
    expect(element!.localName).to.equal('safeguard-report-contact');
    expect(element!.getAttribute('topic')).to.equal('extremism');
    expect(element!.hasAttribute('aos')).to.equal(false);
    expect(div.getAttribute('data-aos')).to.equal('fade-up');
    expect(element!.shadowRoot!.textContent).to.contain('act.campaign.gov.uk');
  });

  it('mounts again a div saved as mounted whose element an editor dropped', async () => {
    const div = await place(`<div data-safeguard="report-contact" data-topic="sexting" data-safeguard-mounted>${FALLBACK}</div>`);
    mountPlacements(div);
    const element = await mounted(div);
    expect(element.localName).to.equal('safeguard-report-contact');
    expect(element.getAttribute('topic')).to.equal('sexting');
    expect(element.querySelector('a')!.textContent).to.contain('Crimestoppers');
    expect(div.querySelectorAll('safeguard-report-contact')).to.have.length(1);
  });

  it('takes the banner’s and the quick exit’s wording as data- settings, which editors keep (they drop slot=)', async () => {
    const banner = await mounted(
      await place('<div data-safeguard="campaign-banner" data-heading="Our club" data-message="We can help." data-link-text="Read more" data-href="#x"></div>')
    );
    expect(banner.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal('Our club');
    expect(campaignBanner.message(banner)!.textContent!.trim()).to.equal('We can help.');
    expect(campaignBanner.link(banner)!.textContent!.trim()).to.equal('Read more');
    const exit = await mounted(await place('<div data-safeguard="quick-exit" data-position="inline" data-label="Leave now"></div>'));
    expect(quickExit.button(exit).textContent!.replace(/\s+/g, ' ').trim()).to.equal('Emergency Leave now');
  });

  it('leaves markup alone inside an editor (contenteditable)', async () => {
    const editor = await place(
      '<div contenteditable="true"><div data-safeguard="report-contact"><p>Placeholder</p></div></div>'
    );
    mountPlacements(editor);
    await new Promise(requestAnimationFrame);
    expect(editor.querySelectorAll('safeguard-report-contact').length).to.equal(0);
    expect(editor.querySelectorAll('[data-safeguard-mounted]').length).to.equal(0);
  });
});
