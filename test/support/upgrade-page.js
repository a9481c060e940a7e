// Tests for test/upgrade.test.html: the widgets already on an English page
// when the built bundle loads. Each tag is defined, and its widgets upgraded
// and rendered, in a task of its own, so that no one task does it all; until
// then a widget keeps its fallback. Uses chai alone, so no other copy of Lit
// loads.
import {runTests} from '@web/test-runner-mocha';
import {expect} from '@esm-bundle/chai';

const ON_THE_PAGE = ['safeguard-report-contact', 'safeguard-quick-exit', 'safeguard-signs-checklist'];

runTests(async () => {
  describe('widgets on the page when the library loads', () => {
    it('defines each tag on the page in a task of its own, in the order of the imports, and upgrades no other', async () => {
      await customElements.whenDefined('safeguard-signs-checklist');
      // The record of the last definition is made as its task ends.
      await new Promise((done) => setTimeout(done));
      expect(window.upgrade.definitions.filter(({name}) => ON_THE_PAGE.includes(name))).to.deep.equal([
        {name: 'safeguard-report-contact', defined: ON_THE_PAGE.slice(0, 1), upgraded: ON_THE_PAGE.slice(0, 1)},
        {name: 'safeguard-quick-exit', defined: ON_THE_PAGE.slice(0, 2), upgraded: ON_THE_PAGE.slice(0, 2)},
        {name: 'safeguard-signs-checklist', defined: ON_THE_PAGE, upgraded: ON_THE_PAGE},
      ]);
    });

    it('renders every widget once its tag is defined', async () => {
      const widgets = ON_THE_PAGE.map((tag) => document.querySelector(tag));
      await Promise.all(widgets.map((widget) => customElements.whenDefined(widget.localName).then(() => widget.updateComplete)));
      expect(widgets.map((widget) => widget.shadowRoot.querySelector('h2, button')?.textContent.replace(/\s+/g, ' ').trim())).to.deep.equal([
        'Who to contact',
        'Emergency Exit this page',
        'Signs of child exploitation',
      ]);
    });
  });
});
