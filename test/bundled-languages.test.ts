// A developer's bundle ships the languages it names
// (`import 'safeguarding-widgets/translations/<code>.js'`), in whatever
// order it imports them: pages in those languages show them with no English
// painted first; a page in another gets English and one warning. Each page
// is an iframe that imports the sources as a bundle would run them.
import {expect, waitUntil} from '@open-wc/testing';
import {WATCH} from './support/watch-script.js';

const url = (path: string) => new URL(path, import.meta.url).href;

/** English the contact card shows: none of it may be painted on a translated page. */
const ENGLISH = ['Who to contact', 'Police emergency'];

interface Page {
  lang: string;
  heading: string;
  seen: string[];
  warnings: string[];
}

/** A page in `lang` whose module imports `imports` (paths under src/), in that order, and a contact card. */
async function page(lang: string, imports: string[]): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${WATCH}
    <script type="module">${imports.map((path) => `import '${url(`../src/${path}`)}';`).join('\n')}</script></head>
    <body><safeguard-report-contact></safeguard-report-contact></body></html>`;
  document.body.append(frame);
  const win = () => frame.contentWindow as Window & {seen: string[]; warnings: string[]};
  await waitUntil(() => win().document.querySelector('safeguard-report-contact')?.shadowRoot?.querySelector('h2'), 'no card', {
    timeout: 15000,
  });
  const card = win().document.querySelector('safeguard-report-contact') as HTMLElement & {updateComplete: Promise<unknown>};
  await card.updateComplete;
  const base = card.shadowRoot!.querySelector('[part~="base"]')!;
  return {
    lang: base.getAttribute('lang')!,
    heading: card.shadowRoot!.querySelector('h2')!.textContent!.trim(),
    seen: win().seen,
    warnings: win().warnings.filter((warning) => warning.startsWith('safeguarding-widgets')),
  };
}

describe('a bundle that names its languages', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const [order, imports] of [
    ['the translation first', ['generated/translations/pl.ts', 'report-contact/define.ts']],
    ['the element first', ['report-contact/define.ts', 'generated/translations/pl.ts']],
  ] as const) {
    it(`shows Polish on a page in Polish, with no English painted first (${order})`, async () => {
      const shown = await page('pl', [...imports]);
      expect(shown.lang).to.equal('pl');
      expect(shown.heading).to.equal('Z kim się skontaktować');
      expect(shown.seen.length).to.be.greaterThan(0);
      for (const text of shown.seen) for (const english of ENGLISH) expect(text).not.to.contain(english);
      expect(shown.warnings).to.deep.equal([]);
    });
  }

  it('shows English on a page in a language it does not ship, and says so once', async () => {
    const shown = await page('uk', ['report-contact/define.ts', 'generated/translations/pl.ts']);
    expect(shown.lang).to.equal('en-GB');
    expect(shown.heading).to.equal('Who to contact');
    expect(shown.warnings).to.have.length(1);
    expect(shown.warnings[0]).to.contain('locale="uk": there is no translation for it; English (en-GB) is used. Shipped: en-GB, pl.');
  });

  it('shows Dari on a page in Persian (fa), with every language shipped', async () => {
    const shown = await page('fa', ['index.ts', 'generated/translations/all.ts']);
    expect(shown.lang).to.equal('fa-AF');
    expect(shown.heading).not.to.equal('Who to contact');
    expect(shown.warnings).to.deep.equal([]);
  });
});
