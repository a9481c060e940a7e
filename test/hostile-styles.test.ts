// A host page whose stylesheet fights ours: every widget must stay usable,
// readable (axe, colour contrast included) and operable by keyboard.
import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../src/index.js';
import {EXAMPLES, example} from '../examples/index.js';
import {render, renderExample} from './support/render.js';
import {deepAll, settled} from './support/shadow.js';
import * as quickExit from '../src/quick-exit/harness.js';
import * as signsChecklist from '../src/signs-checklist/harness.js';

const HOSTILE = `
  * { all: revert; }
  html { font-size: 40px; }
  :root { direction: rtl; }
  body { text-transform: uppercase; letter-spacing: 0.3em; line-height: 0.8; word-spacing: 1em; }
  button { display: none !important; }
  a { color: white !important; background: white !important; }
  input { opacity: 0 !important; }
`;

describe('on a page with hostile global styles', () => {
  let sheet: HTMLStyleElement;

  before(() => {
    sheet = document.createElement('style');
    sheet.textContent = HOSTILE;
    document.head.append(sheet);
  });

  after(() => sheet.remove());

  for (const shown of EXAMPLES) {
    it(`${shown.id} renders, passes axe and keeps its text readable`, async () => {
      const el = await renderExample(shown);
      if (shown.empty) expect(el.shadowRoot!.children, 'it renders nothing').to.be.empty;
      else expect(el.shadowRoot!.children, 'what it renders').not.to.be.empty;
      for (const button of deepAll(el, 'button')) expect(getComputedStyle(button).display, 'button hidden').not.to.equal('none');
      for (const link of deepAll(el, 'a')) expect(getComputedStyle(link).color).not.to.equal('rgb(255, 255, 255)');
      await expect(el).to.be.accessible();
    });
  }

  it('the checklist still works by keyboard: Tab to a sign, Space ticks it, the result shows', async () => {
    const el = await render(example('signs-checklist/child-exploitation').markup);
    const box = signsChecklist.checkboxes(el)[0];
    box.focus();
    await sendKeys({press: /Firefox/.test(navigator.userAgent) ? ' ' : 'Space'});
    await settled(el);
    expect(box.checked).to.equal(true);
    expect(getComputedStyle(box).opacity).to.equal('1');
    expect(deepAll(el, '[part="result"]')).to.have.length(1);
  });

  it('the quick exit’s button can be reached and pressed by keyboard', async () => {
    const el = await render(example('quick-exit/sticky').markup);
    let left = false;
    el.addEventListener('safeguard-exit', (event) => {
      event.preventDefault();
      left = true;
    });
    const button = quickExit.button(el);
    button.focus();
    expect(el.shadowRoot!.activeElement).to.equal(button);
    await sendKeys({press: 'Enter'});
    expect(left).to.equal(true);
  });
});
