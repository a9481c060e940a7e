// Tests for test/privacy.test.html: the built bundle on one page with every
// element, used as a parent would (ticks, print, dismiss, every tip opened,
// a cancelled exit). Nothing may leave the page or stay behind it. Uses chai
// alone, so no other copy of Lit loads.
import {runTests} from '@web/test-runner-mocha';
import {expect} from '@esm-bundle/chai';
import ELEMENT_TABLE from '../../src/elements.json';
import * as campaignBanner from '../../src/campaign-banner/harness.js';
import * as quickExit from '../../src/quick-exit/harness.js';
import * as sextingTips from '../../src/sexting-tips/harness.js';
import * as signsChecklist from '../../src/signs-checklist/harness.js';

const TAGS = ELEMENT_TABLE.map(({name}) => `safeguard-${name}`);
const $ = (selector) => document.querySelector(selector);

// The page holds the elements used here; every other element of the table
// joins them, as it is, so that a new element is on this page too.
for (const tag of TAGS.filter((tag) => !$(tag))) $('main').append(document.createElement(tag));

/** Every safeguard-* event the page hears, with its detail. */
const heard = [];
for (const name of ['safeguard-checklist-change', 'safeguard-dismiss', 'safeguard-exit']) {
  document.addEventListener(name, (event) => heard.push({name, detail: event.detail}));
}

runTests(async () => {
  await Promise.all(TAGS.map((tag) => customElements.whenDefined(tag)));
  await Promise.all(TAGS.map((tag) => $(tag).updateComplete));

  describe('privacy, end to end (the built bundle, every element used)', () => {
    let signTexts;

    before(async () => {
      const checklist = $('safeguard-signs-checklist');
      signTexts = signsChecklist.checkboxes(checklist).map((box) => box.closest('label').textContent.trim());
      await signsChecklist.tick(checklist, 3);
      checklist.openPrintDialog = () => {}; // the print dialog itself, stubbed
      signsChecklist.printButton(checklist).click();

      const tips = $('safeguard-sexting-tips');
      for (const summary of sextingTips.summaries(tips)) summary.click();

      const exit = $('safeguard-quick-exit');
      exit.addEventListener('safeguard-exit', (event) => event.preventDefault(), {once: true});
      quickExit.button(exit).click();

      campaignBanner.closeButton($('safeguard-campaign-banner')).click();
      await new Promise((resolve) => setTimeout(resolve, 200));
    });

    it('used every element: ticks, tips, exit and dismissal were heard', () => {
      expect(heard.map((event) => event.name)).to.include.members([
        'safeguard-checklist-change',
        'safeguard-exit',
        'safeguard-dismiss',
      ]);
      expect(sextingTips.openStates($('safeguard-sexting-tips'))).to.deep.equal([true, true, true]);
    });

    it('made no request but the library’s own files', () => {
      const requests = performance.getEntriesByType('resource').map((entry) => new URL(entry.name));
      const others = requests.filter((url) => url.origin !== location.origin);
      expect(others.map(String)).to.deep.equal([]);
      const ours = requests.filter((url) => url.pathname.startsWith('/dist/')).map((url) => url.pathname);
      expect(ours).to.deep.equal(['/dist/safeguarding-widgets.js']);
    });

    it('set no cookie and stored nothing but the banner’s dismissal, for this tab only', async () => {
      expect(document.cookie).to.equal('');
      expect(localStorage.length).to.equal(0);
      expect(Object.keys(sessionStorage)).to.deep.equal(['sgw-banner-hidden']);
      if (indexedDB.databases) expect(await indexedDB.databases()).to.deep.equal([]);
    });

    it('told the page counts, never which signs were ticked', () => {
      for (const {name, detail} of heard) {
        const text = JSON.stringify(detail);
        for (const sign of signTexts) expect(text, name).not.to.contain(sign);
      }
      const changes = heard.filter((event) => event.name === 'safeguard-checklist-change');
      expect(changes.map((event) => event.detail)).to.deep.equal([
        {checked: 1, total: 15},
        {checked: 2, total: 15},
        {checked: 3, total: 15},
      ]);
    });
  });
});
