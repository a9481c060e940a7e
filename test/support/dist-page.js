// Tests for test/dist.test.html: the built bundle on a plain page, as a
// webmaster would use it. Uses chai alone, so no other copy of Lit loads.
import {runTests} from '@web/test-runner-mocha';
import {expect} from '@esm-bundle/chai';
import ELEMENT_TABLE from '../../src/elements.json';
import {hrefs} from '../../src/report-contact/harness.js';

/** Every element's tag, from the element table. */
const TAGS = ELEMENT_TABLE.map(({name}) => `safeguard-${name}`);

/** The library's warnings, collected (see dist.test.html) since before it loaded. */
const ourWarnings = () =>
  window.pageWarnings.messages.filter((message) => message.startsWith('safeguarding-widgets'));

/** test/support/strict-page.html: a strict CSP with Trusted Types enforced. */
async function strictPage() {
  const frame = document.createElement('iframe');
  frame.src = '/test/support/strict-page.html';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  document.body.append(frame);
  await loaded;
  await frame.contentWindow.customElements.whenDefined(TAGS[0]);
  return {frame, violations: frame.contentWindow.cspViolations};
}

runTests(async () => {
  describe('dist/safeguarding-widgets.js on a plain page', () => {
    it('defines every element', async () => {
      for (const tag of TAGS) {
        await customElements.whenDefined(tag);
        expect(customElements.get(tag), tag).to.exist;
      }
    });

    it('renders the tag in place of its fallback', async () => {
      const card = document.querySelector('safeguard-report-contact');
      await card.updateComplete;
      expect(hrefs(card)).to.include('tel:08000121700');
      expect(card.querySelector('a').getClientRects().length).to.equal(0);
    });

    it('loads twice without an error or a warning of its own', () => {
      expect(ourWarnings()).to.deep.equal([]);
    });

    it('works under a strict CSP with Trusted Types enforced', async () => {
      const {frame, violations} = await strictPage();
      const card = frame.contentDocument.querySelector('safeguard-report-contact');
      await card.updateComplete;
      expect(hrefs(card)).to.include('https://act.campaign.gov.uk/');
      expect(violations).to.deep.equal([]);
      frame.remove();
    });

    it('makes no request beyond its own file', () => {
      const requests = performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name))
        .filter((url) => url.pathname.startsWith('/dist/') || url.origin !== location.origin)
        .map((url) => url.origin + url.pathname);
      expect(requests.length).to.be.greaterThan(0);
      for (const request of requests) {
        expect(request).to.equal(`${location.origin}/dist/safeguarding-widgets.js`);
      }
    });

    it('sets no cookie and stores nothing', () => {
      expect(document.cookie).to.equal('');
      expect(localStorage.length).to.equal(0);
      expect(sessionStorage.length).to.equal(0);
    });
  });
});
