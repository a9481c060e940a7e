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
      const outerParts = deepAll(el, '[part~="base"]');
      if (example.empty) expect(outerParts, 'it renders nothing').to.be.empty;
      else expect(outerParts, 'its outer part').not.to.be.empty;
      expect(warnings.messages).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  }
});
