// Every example in examples/index.js, in English on a plain page: it renders
// with no warning, passes axe, and shows its element's outer part.
import {expect} from '@open-wc/testing';
import '../src/index.js';
import {EXAMPLES} from '../examples/index.js';
import {renderExample} from './support/render.js';
import {deepAll} from './support/shadow.js';
import {captureWarningsInEachTest} from './support/warnings.js';

describe('examples', () => {
  const warnings = captureWarningsInEachTest();
  afterEach(() => sessionStorage.clear());

  for (const example of EXAMPLES) {
    it(`${example.id}: renders with no warning and no axe violation`, async () => {
      const el = await renderExample(example);
      expect(el.localName).to.equal(`safeguard-${example.element}`);
      // A banner outside its dates renders nothing, by design.
      const expected = example.id === 'campaign-banner/after-dates' ? 0 : 1;
      expect(deepAll(el, '[part~="base"]').length, 'outer parts').to.be.at.least(expected);
      expect(warnings.messages).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  }
});
