// Tests for test/no-javascript.test.html: a partner page, with the script
// tag and the placeholder CSS, in a frame where scripts cannot run (a
// sandbox without allow-scripts). Every element of the element table is on
// it twice: as a tag holding the fallback docs/webmasters.md recommends
// for it ("What to put inside each tag"), and as a CMS div holding its line from the table,
// as the embed-code builder and the WordPress blocks write it. Each must
// show, and the placeholders hide none.
import {runTests} from '@web/test-runner-mocha';
import {expect} from '@esm-bundle/chai';
import ELEMENT_TABLE from '../../src/elements.json';

const TAGS = ELEMENT_TABLE.map(({name}) => `safeguard-${name}`);

/** The webmasters' guide's recommended fallback for each tag, by tag. */
async function recommended() {
  const guide = await (await fetch('/docs/webmasters.md')).text();
  const section = guide.slice(guide.indexOf('## What to put inside each tag'));
  return Object.fromEntries([...section.matchAll(/^\| `(safeguard-[\w-]+)` \|.*`(<[^`]+>)`/gm)].map(([, tag, html]) => [tag, html]));
}

/** A row's line as the builder and the WordPress blocks put it in a div: the quick exit's is a link to where it goes. */
const divFallback = ({name, fallback}) =>
  name === 'quick-exit' ? `<a href="https://www.bbc.co.uk/weather">${fallback}</a>` : `<p>${fallback}</p>`;

const page = (fallbacks) => {
  const tags = TAGS.map((tag) => `<${tag} variant="slim">${fallbacks[tag]}</${tag}>`);
  const divs = ELEMENT_TABLE.map((row) => `<div data-safeguard="${row.name}">${divFallback(row)}</div>`);
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8">
    <link rel="stylesheet" href="/dist/placeholders.css">
    <script type="module" src="/dist/safeguarding-widgets.js"></script></head>
    <body><main>${tags.join('')}<section id="cms">${divs.join('')}</section></main></body></html>`;
};

runTests(async () => {
  describe('with JavaScript off', () => {
    let doc;

    before(async () => {
      const fallbacks = await recommended();
      expect(TAGS.filter((tag) => !fallbacks[tag]), 'elements the guide recommends no fallback for').to.deep.equal([]);
      const frame = document.createElement('iframe');
      // Same origin so the test can read it; no allow-scripts: nothing runs.
      frame.setAttribute('sandbox', 'allow-same-origin');
      frame.style.cssText = 'width: 800px; height: 2000px';
      frame.srcdoc = page(fallbacks);
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
      document.body.append(frame);
      await loaded;
      doc = frame.contentDocument;
      // Let the placeholder stylesheet apply.
      await new Promise((resolve) => setTimeout(resolve, 200));
    });

    it('runs no script: nothing is defined or mounted', () => {
      for (const tag of TAGS) {
        expect(doc.querySelector(`${tag}:not(:defined)`), tag).to.exist;
      }
      expect(doc.querySelectorAll('[data-safeguard-mounted]')).to.have.length(0);
    });

    for (const tag of TAGS) {
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
