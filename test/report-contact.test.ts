import {expect, fixture, html} from '@open-wc/testing';
import {markup, render} from './support/render.js';
import '../src/report-contact/define.js';
import type {SafeguardReportContact} from '../src/report-contact/report-contact.js';
import {clearPageConfig, setPageConfig} from './support/page-config.js';
import {captureWarningsInEachTest} from './support/warnings.js';
import {CONTACTS} from '../src/content/contacts.js';
import {hrefs, links} from '../src/report-contact/harness.js';

type Topic = SafeguardReportContact['topic'];

/** The card as a page writes it, with a topic and an operation name if given. */
const contactCard = (topic?: string, operationName?: string) =>
  render<SafeguardReportContact>(markup('safeguard-report-contact', {topic, 'operation-name': operationName}));

describe('<safeguard-report-contact>', () => {
  const warnings = captureWarningsInEachTest();
  afterEach(clearPageConfig);

  const expected: Record<Topic, string[]> = {
    general: ['tel:999', 'tel:18000', 'tel:101', 'tel:18001101', 'tel:0800555111'],
    'sexual-exploitation': [
      'tel:999', 'tel:18000', 'tel:101', 'tel:18001101', 'tel:0800555111',
      'https://www.nspcc.org.uk/preventing-abuse/child-abuse-and-neglect/child-sexual-exploitation/',
    ],
    'modern-slavery': [
      'tel:999', 'tel:18000', 'tel:101', 'tel:18001101', 'tel:0800555111',
      'tel:08000121700', 'https://www.modernslaverypartnership.org.uk/',
    ],
    extremism: [
      'tel:999', 'tel:18000', 'tel:101', 'tel:18001101',
      'https://act.campaign.gov.uk/', 'https://www.gov.uk/report-terrorism',
      'https://www.hampshire.police.uk/internet/advice-and-information/general/prevent',
    ],
    sexting: ['tel:999', 'tel:18000', 'tel:101', 'tel:18001101'],
  };

  for (const [topic, links] of Object.entries(expected)) {
    it(`lists the ${topic} contacts most urgent first`, async () => {
      const el = await contactCard(topic);
      expect(hrefs(el)).to.deep.equal(links);
      expect(warnings.messages).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  }

  it('leads with 999 for immediate danger, its silent and textphone routes', async () => {
    const el = await contactCard();
    const first = el.shadowRoot!.querySelector('li')!;
    expect(first.getAttribute('part')).to.equal('item urgent');
    expect(first.textContent).to.match(/immediate danger/);
    expect(first.textContent).to.contain('press 55 when prompted');
    expect(first.querySelector('a')!.textContent).to.equal('999');
  });

  it('gives each number an accessible name read digit by digit', async () => {
    const el = await contactCard();
    const names = links(el).map((a) => a.getAttribute('aria-label'));
    // The card writes who answers beside each number, so the name does not repeat it.
    expect(names).to.deep.equal([
      'Call 999 (9 9 9)',
      'Call 18000 (1 8 0 0 0)',
      'Call 101 (1 0 1)',
      'Call 18001 101 (1 8 0 0 1, 1 0 1)',
      'Call 0800 555 111 (0 8 0 0, 5 5 5, 1 1 1)',
    ]);
    expect(el.shadowRoot!.textContent).to.contain('Police emergency:');
  });

  it('names who answers in the compact line, where it is not written', async () => {
    const el = await fixture(
      html`<safeguard-report-contact variant="compact"></safeguard-report-contact>`
    );
    const names = links(el).map((a) => a.getAttribute('aria-label'));
    expect(names[0]).to.equal('Call 999 (9 9 9), Police emergency');
    expect(el.shadowRoot!.querySelector('ul')!.getAttribute('aria-label')).to.equal('Who to contact');
  });

  it('shows web routes as links that say where they go', async () => {
    const el = await contactCard('extremism');
    const web = links(el).filter((a) => a.href.startsWith('https:'));
    expect(web.map((a) => a.textContent)).to.deep.equal([
      'act.campaign.gov.uk',
      'www.gov.uk/report-terrorism',
      'www.hampshire.police.uk/internet/advice-and-information/general/prevent',
    ]);
  });

  it('asks callers about child sexual exploitation to quote Operation Liberal', async () => {
    const el = await contactCard('sexual-exploitation');
    expect(el.shadowRoot!.textContent).to.contain('Quote Operation Liberal when you call.');
  });

  it('quotes the operation named by the attribute', async () => {
    const el = await contactCard('sexual-exploitation', 'Operation Makesafe');
    expect(el.shadowRoot!.textContent).to.contain('Quote Operation Makesafe when you call.');
    expect(el.shadowRoot!.textContent).not.to.contain('Liberal');
  });

  it('takes an operation name of up to 60 characters, and warns once about a longer one', async () => {
    const sixty = `Operation ${'X'.repeat(50)}`;
    const ok = await contactCard('sexual-exploitation', sixty);
    expect(ok.shadowRoot!.textContent).to.contain(`Quote ${sixty} when you call.`);
    expect(warnings.messages).to.deep.equal([]);

    const long = await contactCard('sexual-exploitation', `${sixty}Y`);
    long.requestUpdate();
    await long.updateComplete;
    expect(long.shadowRoot!.textContent).to.contain('Quote Operation Liberal when you call.');
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('operation-name').and.contain('longer than 60 characters');
  });

  it('warns once by the page about a long operation name in the page config, however many cards read it', async () => {
    setPageConfig({operationName: `Operation ${'X'.repeat(51)}`});
    for (const topic of ['general', 'modern-slavery', 'sexual-exploitation', 'sexting']) await contactCard(topic);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('page config ignored operationName').and.contain('using "Operation Liberal"');
  });

  it('suggests a police station for sexting', async () => {
    const el = await contactCard('sexting');
    expect(el.shadowRoot!.textContent).to.contain('go to a police station');
  });

  it('takes another force’s number and operation from the page config', async () => {
    setPageConfig({
      operationName: 'Operation Other',
      phoneNumbers: {'non-emergency': '01234 567 890'},
    });
    const el = await contactCard('sexual-exploitation');
    expect(hrefs(el)).to.include('tel:01234567890');
    expect(hrefs(el)).not.to.include('tel:101');
    expect(el.shadowRoot!.textContent).to.contain('Quote Operation Other when you call.');
    expect(warnings.messages).to.deep.equal([]);
  });

  it('gives a note the operation name however the note is written (a minifier may drop its parameter)', async () => {
    const notes = CONTACTS['non-emergency'].notes!;
    const quote = notes['sexual-exploitation']!;
    // The same note with no declared parameter: its `length` is 0.
    notes['sexual-exploitation'] = (...args: [string]) => quote(...args);
    try {
      const el = await contactCard('sexual-exploitation', 'Operation Attr');
      expect(el.shadowRoot!.textContent).to.contain('Quote Operation Attr when you call.');
    } finally {
      notes['sexual-exploitation'] = quote;
    }
  });

  it('lets the attribute win over the page config', async () => {
    setPageConfig('{"operationName": "Operation Other"}');
    const el = await contactCard('sexual-exploitation', 'Operation Attr');
    expect(el.shadowRoot!.textContent).to.contain('Quote Operation Attr when you call.');
  });

  it('refuses a replacement number that is not a phone number', async () => {
    setPageConfig('{"phoneNumbers": {"crimestoppers": "javascript:alert(1)"}}');
    const el = await contactCard();
    el.requestUpdate();
    await el.updateComplete;
    expect(hrefs(el)).to.include('tel:0800555111');
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('<safeguard-report-contact>');
    expect(warnings.messages[0]).to.contain('phoneNumbers.crimestoppers');
    expect(warnings.messages[0]).to.contain('javascript:alert(1)');
  });

  it('never replaces 999', async () => {
    setPageConfig('{"phoneNumbers": {"emergency": "112"}}');
    const el = await contactCard();
    expect(hrefs(el)[0]).to.equal('tel:999');
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('999 cannot be replaced');
  });

  for (const bad of ['javascript:alert(1)', 'data:text/html,<b>x</b>', ' JaVaScRiPt:void(0)']) {
    it(`refuses a replacement link ${bad.trim()}`, async () => {
      setPageConfig({links: {nspcc: bad}});
      const el = await contactCard('sexual-exploitation');
      expect(hrefs(el).every((href) => /^(tel|https):/.test(href!))).to.be.true;
      expect(hrefs(el)).to.include(
        'https://www.nspcc.org.uk/preventing-abuse/child-abuse-and-neglect/child-sexual-exploitation/'
      );
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('links.nspcc');
    });
  }

  it('accepts a safe replacement link', async () => {
    setPageConfig('{"links": {"prevent": "https://example.police.uk/prevent"}}');
    const el = await contactCard('extremism');
    expect(hrefs(el)).to.include('https://example.police.uk/prevent');
  });

  it('ignores malformed page config with one warning', async () => {
    setPageConfig('{operationName: oops');
    const el = await contactCard('sexual-exploitation');
    expect(el.shadowRoot!.textContent).to.contain('Quote Operation Liberal');
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('safeguard-config');
  });

  for (const [config, setting] of [
    ['{"phoneNumbers": null}', ''],
    ['{"phoneNumbers": "0800 555 111"}', 'phoneNumbers'],
    ['{"links": ["https://a.example/"]}', 'links'],
    ['{"links": {"nspcc": 5}}', 'links.nspcc'],
    ['{"operationName": {"name": "x"}}', 'operationName'],
  ]) {
    it(`survives the page config ${config}`, async () => {
      setPageConfig(config);
      const el = await contactCard('sexual-exploitation');
      expect(hrefs(el)).to.deep.equal(expected['sexual-exploitation']);
      expect(el.shadowRoot!.textContent).to.contain('Quote Operation Liberal');
      expect(warnings.messages).to.have.length(setting ? 1 : 0);
      if (setting) expect(warnings.messages[0]).to.contain(`ignored ${setting}=`);
    });
  }

  it('warns once about an unknown topic and lists the general contacts', async () => {
    const el = await contactCard('burglary');
    el.requestUpdate();
    await el.updateComplete;
    expect(hrefs(el)).to.deep.equal(expected.general);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('<safeguard-report-contact>');
    expect(warnings.messages[0]).to.contain('topic="burglary"');
  });

  it('warns about a bad heading level and uses h2', async () => {
    const el = await fixture<SafeguardReportContact>(
      html`<safeguard-report-contact heading-level="9"></safeguard-report-contact>`
    );
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Who to contact');
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('heading-level="9"');
  });

  it('honours the heading level', async () => {
    const el = await fixture(
      html`<safeguard-report-contact heading-level="4"></safeguard-report-contact>`
    );
    expect(el.shadowRoot!.querySelector('h4')!.textContent).to.equal('Who to contact');
  });

  describe('compact variant', () => {
    for (const topic of ['general', 'modern-slavery', 'extremism']) {
      it(`is one line of the ${topic} phone numbers`, async () => {
        const el = await fixture<SafeguardReportContact>(
          html`<safeguard-report-contact variant="compact" topic=${topic}></safeguard-report-contact>`
        );
        const phones = expected[topic as Topic].filter(
          (href) => href.startsWith('tel:') && !['tel:18000', 'tel:18001101'].includes(href)
        );
        expect(hrefs(el)).to.deep.equal(phones);
        expect(el.shadowRoot!.querySelector('h2')).to.equal(null);
        await expect(el).to.be.accessible();
      });
    }

    it('falls back to the card for an unknown variant', async () => {
      const el = await fixture(
        html`<safeguard-report-contact variant="huge"></safeguard-report-contact>`
      );
      expect(el.shadowRoot!.querySelector('.card')).to.exist;
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('variant="huge"');
    });
  });

  it('hides its no-JavaScript fallback once it renders', async () => {
    const el = await fixture(html`<safeguard-report-contact
      ><a href="tel:101">Call 101</a></safeguard-report-contact
    >`);
    const fallback = el.querySelector('a')!;
    expect(fallback.getClientRects().length).to.equal(0);
    expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
  });
});
