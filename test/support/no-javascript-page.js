// Tests for test/no-javascript.test.html: a partner page, with the script
// tag and the placeholder CSS, in a frame where scripts cannot run (a
// sandbox without allow-scripts). Each tag's and each CMS div's fallback
// (README: "Fallback content") must show, and the placeholders hide none.
import {runTests} from '@web/test-runner-mocha';
import {expect} from '@esm-bundle/chai';

const FALLBACKS = {
  'safeguard-quick-exit': '<a href="https://www.bbc.co.uk/weather">Exit this page</a>',
  'safeguard-campaign-banner': '<p>Is Your Child Safe? <a href="#signs">See the signs</a></p>',
  'safeguard-signs-checklist': '<p>Signs include going missing, secrecy, new older friends and unexplained money or gifts.</p>',
  'safeguard-report-contact': '<ul><li>Emergency: <a href="tel:999">999</a></li><li>Police: <a href="tel:101">101</a></li></ul>',
  'safeguard-sexting-tips': '<p>Talk to your child about what they share online, and who with.</p>',
  'safeguard-topic-guide': '<p>If a child is in immediate danger, call 999.</p>',
};

const page = () => {
  const tags = Object.entries(FALLBACKS).map(([tag, inside]) => `<${tag} variant="slim">${inside}</${tag}>`);
  const divs = Object.entries(FALLBACKS).map(
    ([tag, inside]) => `<div data-safeguard="${tag.slice(10)}">${inside}</div>`
  );
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8">
    <link rel="stylesheet" href="/dist/placeholders.css">
    <script type="module" src="/dist/safeguarding-widgets.js"></script></head>
    <body><main>${tags.join('')}<section id="cms">${divs.join('')}</section></main></body></html>`;
};

runTests(async () => {
  describe('with JavaScript off', () => {
    let doc;

    before(async () => {
      const frame = document.createElement('iframe');
      // Same origin so the test can read it; no allow-scripts: nothing runs.
      frame.setAttribute('sandbox', 'allow-same-origin');
      frame.style.cssText = 'width: 800px; height: 2000px';
      frame.srcdoc = page();
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
      document.body.append(frame);
      await loaded;
      doc = frame.contentDocument;
      // Let the placeholder stylesheet apply.
      await new Promise((resolve) => setTimeout(resolve, 200));
    });

    it('runs no script: nothing is defined or mounted', () => {
      for (const tag of Object.keys(FALLBACKS)) {
        expect(doc.querySelector(`${tag}:not(:defined)`), tag).to.exist;
      }
      expect(doc.querySelectorAll('[data-safeguard-mounted]')).to.have.length(0);
    });

    for (const tag of Object.keys(FALLBACKS)) {
      it(`shows the fallback inside <${tag}> and inside its CMS div`, () => {
        for (const holder of [doc.querySelector(tag), doc.querySelector(`[data-safeguard="${tag.slice(10)}"]`)]) {
          const content = holder.firstElementChild;
          const box = content.getBoundingClientRect();
          expect(box.height, `${holder.localName} > ${content.localName}`).to.be.greaterThan(0);
          expect(getComputedStyle(content).visibility).to.equal('visible');
          expect(content.textContent.trim().length).to.be.greaterThan(0);
          for (const link of holder.querySelectorAll('a')) expect(link.getClientRects().length, link.href).to.be.greaterThan(0);
        }
      });
    }

    it('the placeholder CSS only reserves space, and hides nothing', () => {
      const banner = doc.querySelector('safeguard-campaign-banner');
      expect(getComputedStyle(banner).display).to.equal('flow-root');
      expect(getComputedStyle(doc.querySelector('safeguard-quick-exit')).minHeight).to.equal('60px');
    });
  });
});
