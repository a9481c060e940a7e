// Tests for test/startup.test.html: importing the built bundle costs a page
// with no widget nothing (no timer, no layout, no Intl formatter, no change
// to the page, no request for its translation); a widget added later loads
// the translation and paints no English first. Uses chai alone, so no other
// copy of Lit loads.
import {runTests} from '@web/test-runner-mocha';
import {expect} from '@esm-bundle/chai';
import * as campaignBanner from '../../src/campaign-banner/harness.js';

const frames = (count) =>
  new Promise((done) => {
    const next = (left) => (left ? requestAnimationFrame(() => next(left - 1)) : done());
    next(count);
  });
const localeRequests = () =>
  performance.getEntriesByType('resource').filter((entry) => /\/locales\//.test(entry.name)).map((entry) => entry.name);

runTests(async () => {
  describe('importing dist/safeguarding-widgets.js on a Welsh page with no widget', () => {
    it('sets no timer, reads no layout, builds no formatter, changes nothing and loads no translation', async () => {
      await customElements.whenDefined('safeguard-report-contact');
      await frames(3);
      expect(window.startup.calls, 'timers, layout reads, observers and Intl formatters from the library').to.deep.equal([]);
      expect(window.startup.mutations, 'changes to the page').to.have.length(0);
      expect(localeRequests(), 'translations requested').to.deep.equal([]);
    });

    it('renders a widget added later in Welsh, with no English painted first', async () => {
      const card = document.createElement('safeguard-report-contact');
      document.body.append(card);
      await Promise.resolve();
      expect(card.shadowRoot?.textContent.trim() ?? '', 'before the translation is in').to.equal('');
      await card.updateComplete;
      expect(localeRequests()).to.have.length(1);
      expect(card.shadowRoot.querySelector('h2').textContent.trim()).to.equal('Pwy i gysylltu â nhw');
      expect(card.shadowRoot.textContent).not.to.contain('Who to contact');
      card.remove();
    });

    it('renders a checklist without building a number or date format (the first one a page builds is slow)', async () => {
      const list = document.createElement('safeguard-signs-checklist');
      document.body.append(list);
      await list.updateComplete;
      expect(list.shadowRoot.querySelector('[role=status]').textContent.trim()).to.match(/^0 .* 15 /);
      expect(window.startup.calls.filter((call) => /Intl\.(Number|DateTime)Format/.test(call))).to.deep.equal([]);
      list.remove();
    });

    it('renders a banner’s figure and months in Welsh without building a number or date format', async () => {
      const banner = document.createElement('safeguard-campaign-banner');
      document.body.append(banner);
      await banner.updateComplete;
      expect(window.startup.calls.filter((call) => /Intl\.(Number|DateTime)Format/.test(call))).to.deep.equal([]);
      const figure = campaignBanner.figure(banner);
      expect(figure.querySelector('strong').textContent).to.equal('3,576');
      expect(figure.textContent).to.match(/\(Gorffennaf 2022\s–\sMehefin 2023\)/);
      banner.remove();
    });
  });
});
