// Tests for test/dist-locales.test.html: the built bundle and its locale
// files on pages in other languages, as partners write them, for every
// locale of the locale table. Uses chai alone, so no other copy of Lit loads.
import {runTests} from '@web/test-runner-mocha';
import {expect} from '@esm-bundle/chai';
import LOCALE_TABLE from '../../src/locales.json';
import {WATCH} from './watch-script.js';

const TRANSLATIONS = LOCALE_TABLE.slice(1);

/** English the widgets below would show: none of it may ever be painted on a translated page. */
const ENGLISH = ['Who to contact', 'Exit this page', 'Signs of child exploitation', 'signs ticked'];

/** A partner page in an iframe; resolves once the contact card has rendered. */
async function page({lang, config = '', importMap = ''}) {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
    ${importMap}${WATCH}${config}
    <script type="module" src="/dist/safeguarding-widgets.js"></script></head>
    <body>
      <safeguard-report-contact><a href="tel:101">Call 101</a></safeguard-report-contact>
      <safeguard-quick-exit position="inline"></safeguard-quick-exit>
      <safeguard-signs-checklist></safeguard-signs-checklist>
    </body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow;
  await win.customElements.whenDefined('safeguard-report-contact');
  const card = win.document.querySelector('safeguard-report-contact');
  await card.updateComplete;
  return {
    frame,
    win,
    card,
    lang: () => card.shadowRoot.querySelector('[part~="base"]').getAttribute('lang'),
    dir: () => card.shadowRoot.querySelector('[part~="base"]').getAttribute('dir'),
    heading: () => card.shadowRoot.querySelector('h2').textContent.trim(),
    ourWarnings: () => win.warnings.filter((w) => w.startsWith('safeguarding-widgets')),
  };
}

/** The path of every file the page fetched. */
const fetched = (p) => p.win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);

/** The page shows the locale `code` from its own file, with no English painted first and no warning. */
function expectShownIn(p, {code, dir}) {
  expect(p.lang()).to.equal(code);
  expect(p.dir()).to.equal(dir);
  expect(p.heading()).not.to.equal('Who to contact');
  expect(p.win.seen.length).to.be.greaterThan(0);
  for (const text of p.win.seen) {
    for (const english of ENGLISH) expect(text).not.to.contain(english);
  }
  expect(fetched(p)).to.include(`/dist/locales/${code}.js`);
  expect(p.ourWarnings()).to.deep.equal([]);
}

const sri = async (path) => (await (await fetch(`${path}.sri`)).text()).trim();
const importMap = (path, integrity) =>
  `<script type="importmap">${JSON.stringify({
    imports: {},
    integrity: {[new URL(path, location.href).href]: integrity},
  })}</script>`;

runTests(async () => {
  describe('dist/safeguarding-widgets.js on a page in another language', () => {
    afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

    for (const row of TRANSLATIONS) {
      it(`shows ${row.name} on <html lang="${row.code}">, with no English painted first`, async () => {
        expectShownIn(await page({lang: row.code}), row);
      });
    }

    it('shows Polish on <html lang="pl-PL">: a regional tag uses its language', async () => {
      expectShownIn(await page({lang: 'pl-PL'}), LOCALE_TABLE.find((row) => row.code === 'pl'));
    });

    it('takes the page config’s locale over <html lang>', async () => {
      const p = await page({
        lang: 'pl',
        config: '<script type="application/json" id="safeguard-config">{"locale": "ar"}</script>',
      });
      expect(p.lang()).to.equal('ar');
      expect(p.dir()).to.equal('rtl');
    });

    it('shows English, marked as English, for a language it does not ship, and says so once', async () => {
      const p = await page({lang: 'de'});
      expect(p.lang()).to.equal('en-GB');
      expect(p.heading()).to.equal('Who to contact');
      expect(p.ourWarnings()).to.have.length(1);
      expect(p.ourWarnings()[0]).to.contain('locale="de"');
      expect(fetched(p).filter((path) => path.startsWith('/dist/locales/'))).to.deep.equal([]);
    });

    it('publishes each locale file’s SRI hash beside it', async () => {
      for (const path of ['/dist/safeguarding-widgets.js', ...TRANSLATIONS.map((row) => `/dist/locales/${row.code}.js`)]) {
        const bytes = await (await fetch(path)).arrayBuffer();
        const digest = await crypto.subtle.digest('SHA-384', bytes);
        const hash = `sha384-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`;
        expect(await sri(path), path).to.equal(hash);
      }
    });

    it('loads a locale file pinned by an import map’s integrity', async () => {
      const path = '/dist/locales/cy.js';
      const p = await page({lang: 'cy', importMap: importMap(path, await sri(path))});
      expect(p.lang()).to.equal('cy');
      expect(p.ourWarnings()).to.deep.equal([]);
    });

    it('refuses a locale file whose bytes do not match the pinned integrity, and stays in English', async () => {
      const path = '/dist/locales/cy.js';
      const wrong = 'sha384-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
      const p = await page({lang: 'cy', importMap: importMap(path, wrong)});
      expect(p.lang()).to.equal('en-GB');
      expect(p.heading()).to.equal('Who to contact');
      expect(p.ourWarnings().join('\n')).to.contain('could not be loaded');
    });
  });
});
