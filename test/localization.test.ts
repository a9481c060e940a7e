// Every element in every locale of the locale table (and the pseudo-locale):
// no English left, the language and direction stated, the facts unchanged,
// grammar by Intl, right to left done properly.
import {expect, fixture, html} from '@open-wc/testing';
import {render as renderTemplate} from 'lit';
import '../src/index.js';
import '../src/generated/translations/all.js';
import {
  LOCALES,
  PSEUDO_LOCALE,
  allowPseudoLocale,
  currentLocale,
  setLocale,
} from '../src/internal/localization.js';
import LOCALE_TABLE from '../src/locales.json';
import {templates as polish} from '../src/generated/locales/pl.js';
import {templates as arabic} from '../src/generated/locales/ar.js';
import {templates as welsh} from '../src/generated/locales/cy.js';
import {templates as romanian} from '../src/generated/locales/ro.js';
import {templates as ukrainian} from '../src/generated/locales/uk.js';
import {campaign} from '../src/content/campaign.js';
import {EXAMPLES, example as exampleWith} from '../examples/index.js';
import {renderAllOf} from './support/render.js';
import {deepAll, renderedTexts, settled, words} from './support/shadow.js';
import * as campaignBanner from '../src/campaign-banner/harness.js';
import * as quickExit from '../src/quick-exit/harness.js';
import * as signsChecklist from '../src/signs-checklist/harness.js';
import {captureWarningsInEachTest} from './support/warnings.js';

allowPseudoLocale(() => import('../src/generated/locales/en-XA.js'));

const TRANSLATED = [...LOCALE_TABLE.slice(1).map((row) => row.code), PSEUDO_LOCALE];
const RIGHT_TO_LEFT = LOCALE_TABLE.filter((row) => row.dir === 'rtl').map((row) => row.code);

/** Names that stay as they are in every language, and loanwords a language uses as English does. */
const NAMES = ['NSPCC', 'GOV.UK', 'Operation Liberal'];
const LOANWORDS: Record<string, string[]> = {ro: ['Sexting']};

/** Text that is a fact, not English to translate: numbers, web addresses, names, symbols. */
const isFact = (text: string) =>
  /^[\d\s+(),.:–×-]*$/.test(text) ||
  /^[\w.-]+\.[a-z]{2,}(\/\S*)?$/i.test(text) ||
  NAMES.includes(text.replace(/:$/, ''));

/** The example rendered, with a sign ticked wherever there is a checklist, so the result shows too. */
const render = (id: string) => renderAllOf(exampleWith(id));
/** Every link: where it goes, and what it shows when that is a fact (a number, an address). */
const links = (el: Element) =>
  deepAll(el, 'a').map((a) => `${a.getAttribute('href')} ${isFact(words(a)) ? words(a) : '…'}`);

/** The outer element of each element rendered, nested ones included. */
const outers = (el: Element) => deepAll(el, '[part~="base"]');

/**
 * What is shown beyond the edge when `el`'s column is 320 px wide, as on a
 * small phone (a closed tip's text is not shown). The quick exit's button is
 * in the top layer, at the screen's edge: there it must fit a 320 px screen.
 */
function overflowingAt320(el: HTMLElement): string[] {
  const column = el.parentElement!;
  column.style.width = '320px';
  const right = column.getBoundingClientRect().right;
  const onTop = deepAll(el, ':popover-open');
  return [
    ...deepAll(el, '*')
      .filter((node) => !onTop.some((top) => top.contains(node)))
      .filter((node) => node.checkVisibility() && node.getBoundingClientRect().right > right + 0.5)
      .map((node) => `<${node.localName} part="${node.getAttribute('part') ?? ''}">`),
    ...onTop.filter((top) => top.getBoundingClientRect().width > 320).map((top) => `<${top.localName}> on top`),
    ...(column.scrollWidth > 320 ? [`scrollWidth ${column.scrollWidth}`] : []),
  ];
}

/** The text a `str` template from a locale module gives for `args`. */
function fill(template: unknown, args: string[]): string {
  if (typeof template === 'string') return template;
  const {strings, values} = template as {strings: string[]; values: number[]};
  return strings.reduce((out, part, i) => out + part + (i < values.length ? args[values[i]] : ''), '');
}

describe('locales', () => {
  const warnings = captureWarningsInEachTest();
  const english: Record<string, {texts: string[]; links: string[]}> = {};

  before(async () => {
    for (const {id: example} of EXAMPLES) {
      const el = await render(example);
      english[example] = {texts: renderedTexts(el), links: links(el)};
    }
  });

  afterEach(async () => {
    await setLocale('en-GB');
  });

  for (const locale of TRANSLATED) {
    describe(locale, () => {
      beforeEach(async () => {
        await setLocale(locale);
      });

      // One page holds every example, as a page can hold every widget, and
      // axe checks it once: an axe run a widget took most of this file's
      // time in WebKit.
      it('every example: no English left, its language stated, the same links, nothing overflowing at 320 px, no axe violation', async () => {
        for (const {id: example} of EXAMPLES) {
          const el = await render(example);
          // The page's own wording (attribute values) stays as the page
          // wrote it; the pseudo-locale formats dates as English does.
          const pageWording = [...exampleWith(example).markup.matchAll(/="([^"]+)"/g)].map((match) => match[1]);
          const englishLeft = renderedTexts(el).filter(
            (text) =>
              english[example].texts.includes(text) &&
              !isFact(text) &&
              !pageWording.includes(text) &&
              !LOANWORDS[locale]?.includes(text) &&
              !(locale === PSEUDO_LOCALE && /\d{4}/.test(text))
          );
          expect(englishLeft, `${example}: English still shown`).to.deep.equal([]);
          for (const outer of outers(el)) {
            expect(outer.getAttribute('lang'), example).to.equal(locale);
            expect(outer.getAttribute('dir'), example).to.equal(RIGHT_TO_LEFT.includes(locale) ? 'rtl' : 'ltr');
          }
          expect(links(el), `${example}: links`).to.deep.equal(english[example].links);
          expect(overflowingAt320(el), `${example}: overflowing at 320 px`).to.deep.equal([]);
        }
        // The test page is not a page: that its content is in no landmark is
        // the page's to fix, not a widget's. Every other rule applies.
        await expect(document.body).to.be.accessible({ignoredRules: ['region']});
      });
    });
  }

  it('ships every locale of the table, and no other', () => {
    expect(LOCALES).to.deep.equal(LOCALE_TABLE.map((row) => row.code));
  });

  it('uses a shipped locale for a regional tag, and English for one it does not ship, saying so once', async () => {
    expect(await setLocale('pl-PL')).to.equal('pl');
    expect(await setLocale('de')).to.equal('en-GB');
    expect(await setLocale('de-AT')).to.equal('en-GB');
    expect(warnings.messages).to.have.length(2);
    expect(warnings.messages[0]).to.contain('locale="de": there is no translation for it; English (en-GB) is used');
  });

  it('states English on English text, even on a right-to-left page in another language', async () => {
    await setLocale('xx');
    const page = await fixture<HTMLElement>(
      html`<div lang="ar" dir="rtl"><safeguard-report-contact></safeguard-report-contact></div>`
    );
    const card = page.firstElementChild!;
    await settled(card);
    const [outer] = outers(card);
    expect(outer.getAttribute('lang')).to.equal('en-GB');
    expect(outer.getAttribute('dir')).to.equal('ltr');
    expect(getComputedStyle(outer).direction).to.equal('ltr');
  });

  it('switches every element on the page at run time', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <safeguard-report-contact></safeguard-report-contact>
      <safeguard-sexting-tips></safeguard-sexting-tips>
      <safeguard-quick-exit position="inline"></safeguard-quick-exit>
    </div>`);
    const elements = [...page.children];
    await Promise.all(elements.map(settled));
    await setLocale('cy');
    await Promise.all(elements.map(settled));
    expect(currentLocale()).to.equal('cy');
    for (const el of elements) {
      for (const outer of outers(el)) expect(outer.getAttribute('lang')).to.equal('cy');
    }
    expect(words(deepAll(elements[0], 'h2')[0])).not.to.equal('Who to contact');
  });

  describe('plural forms, chosen by Intl.PluralRules', () => {
    /** The checklist's status line after ticking the first `count` signs. */
    async function statusAfter(count: number): Promise<string> {
      const el = await fixture<HTMLElement>(html`<safeguard-signs-checklist></safeguard-signs-checklist>`);
      await settled(el);
      await signsChecklist.tick(el, count);
      await settled(el);
      return signsChecklist.status(el);
    }

    const cases: [string, typeof polish, [number, string][]][] = [
      ['pl', polish, [[1, 'one'], [2, 'few'], [5, 'many'], [12, 'many']]],
      ['ar', arabic, [[0, 'zero'], [1, 'one'], [2, 'two'], [3, 'few'], [11, 'many']]],
      ['cy', welsh, [[0, 'zero'], [1, 'one'], [2, 'two'], [3, 'few'], [6, 'many'], [5, 'other']]],
    ];
    for (const [locale, messages, counts] of cases) {
      it(`in ${locale}`, async () => {
        await setLocale(locale);
        for (const [count, category] of counts) {
          expect(new Intl.PluralRules(locale).select(count)).to.equal(category);
          const id = `signs-ticked-${category}` as keyof typeof messages;
          const expected = fill(messages[id], [String(count), '15']);
          expect(await statusAfter(count), `${count} ticked`).to.contain(expected);
        }
      });
    }
  });

  describe('the banner’s figure, chosen by Intl.PluralRules', () => {
    /** The figure's sentence for `children` (written as `count`) in the rendered locale, as text. */
    const sentence = (children: number) => {
      const paragraph = document.createElement('p');
      renderTemplate(campaign.figure({count: String(children), period: 'P'}, children), paragraph);
      return paragraph.textContent!.trim();
    };

    const cases: [string, typeof polish, [number, string][]][] = [
      ['ro', romanian, [[1, 'one'], [2, 'few'], [19, 'few'], [20, 'other'], [3576, 'other']]],
      ['ar', arabic, [[0, 'zero'], [1, 'one'], [2, 'two'], [3, 'few'], [11, 'many'], [100, 'other'], [3576, 'many']]],
      ['uk', ukrainian, [[1, 'one'], [3, 'few'], [5, 'many'], [3576, 'many']]],
    ];
    for (const [locale, messages, figures] of cases) {
      it(`in ${locale}`, async () => {
        await setLocale(locale);
        const shown = new Set<string>();
        for (const [children, category] of figures) {
          expect(new Intl.PluralRules(locale).select(children)).to.equal(category);
          const id = `campaign-figure-${category}` as keyof typeof messages;
          const expected = fill(messages[id], [String(children), 'P']).replace(/<[^>]+>/g, '');
          expect(sentence(children), `${children} children`).to.equal(expected);
          shown.add(sentence(children).replace(String(children), 'N'));
        }
        // The forms differ: a fixed noun after the number would not.
        expect(shown.size, 'different sentences').to.be.greaterThan(1);
      });
    }
  });

  for (const locale of RIGHT_TO_LEFT) {
    describe(`right to left (${locale})`, () => {
      beforeEach(async () => {
        await setLocale(locale);
      });

      it('keeps a phone number’s digits left to right', async () => {
        const el = await render('report-contact/general');
        const link = deepAll(el, 'a[href="tel:0800555111"]')[0];
        const text = [...link.childNodes].find((node) => node instanceof Text && node.data.trim()) as Text;
        const edge = (i: number) => {
          const range = document.createRange();
          range.setStart(text, i);
          range.setEnd(text, i + 1);
          return range.getBoundingClientRect().left;
        };
        expect(text.data).to.equal('0800 555 111');
        expect(edge(0)).to.be.lessThan(edge(11));
        expect(getComputedStyle(deepAll(el, '[part="base"]')[0]).direction).to.equal('rtl');
      });

      it('keeps a web address left to right', async () => {
        const el = await render('report-contact/extremism');
        const web = deepAll(el, 'a[href^="https:"]');
        expect(web.map((link) => words(link))).to.include('act.campaign.gov.uk');
        for (const link of web) expect(getComputedStyle(link).direction, words(link)).to.equal('ltr');
      });

      it('puts the bar beside 999 on the right', async () => {
        const el = await render('report-contact/general');
        const urgent = getComputedStyle(deepAll(el, '[part~="urgent"]')[0]);
        expect(parseFloat(urgent.borderRightWidth)).to.be.greaterThan(4);
        expect(parseFloat(urgent.borderLeftWidth)).to.equal(0);
      });

      it('puts each checkbox to the right of its sign', async () => {
        const el = await render('signs-checklist/child-exploitation');
        const box = signsChecklist.checkboxes(el)[0].getBoundingClientRect();
        const text = signsChecklist.signs(el)[0].getBoundingClientRect();
        expect(box.left).to.be.greaterThan(text.left);
      });

      it('puts the banner’s close button in the top left corner', async () => {
        const el = await render('campaign-banner/dismissible');
        const close = campaignBanner.closeButton(el)!.getBoundingClientRect();
        const banner = el.getBoundingClientRect();
        expect(close.left - banner.left).to.be.lessThan(banner.right - close.right);
      });

      it('isolates the operation name', async () => {
        const el = await render('report-contact/sexual-exploitation');
        const name = deepAll(el, 'bdi')[0];
        expect(words(name)).to.equal('Operation Liberal');
      });
    });
  }

  it('says phone numbers digit by digit with the Arabic comma between groups', async () => {
    await setLocale('ar');
    const el = await render('report-contact/general');
    const label = deepAll(el, 'a[href="tel:0800555111"]')[0].getAttribute('aria-label')!;
    expect(label).to.contain('0 8 0 0، 5 5 5، 1 1 1');
  });

  it('takes a partner’s own words for the quick exit and the banner in any locale', async () => {
    await setLocale('pl');
    const exit = await fixture<HTMLElement>(
      html`<safeguard-quick-exit position="inline" label="Wyjdź teraz"></safeguard-quick-exit>`
    );
    await settled(exit);
    expect(words(quickExit.button(exit))).to.match(/Wyjdź teraz$/);
    const banner = await fixture<HTMLElement>(html`<safeguard-campaign-banner
      heading="Nasz klub" message="Pomożemy." link-text="Zobacz" href="#x"
    ></safeguard-campaign-banner>`);
    await settled(banner);
    expect(words(deepAll(banner, 'h2')[0])).to.equal('Nasz klub');
    expect(words(campaignBanner.message(banner))).to.equal('Pomożemy.');
    expect(words(campaignBanner.link(banner))).to.equal('Zobacz');
  });

});
