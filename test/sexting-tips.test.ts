import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../src/sexting-tips/define.js';
import type {SafeguardSextingTips} from '../src/sexting-tips/sexting-tips.js';
import {openStates, summaries, tips, toggleTip} from '../src/sexting-tips/harness.js';
import {hrefs} from '../src/report-contact/harness.js';
import {headings} from './support/shadow.js';
import {captureWarningsInEachTest} from './support/warnings.js';
import {render} from './support/render.js';

/** The tips as a page writes them, with `attributes` as written (`open heading-level="3"`). */
const sextingTips = (attributes = '') =>
  render<SafeguardSextingTips>(`<safeguard-sexting-tips ${attributes}></safeguard-sexting-tips>`);

describe('<safeguard-sexting-tips>', () => {
  const warnings = captureWarningsInEachTest();

  it('says what sexting is, why it is risky and what the law says', async () => {
    const el = await sextingTips();
    const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Sexting means using a phone or computer to make and send sexual photos');
    expect(text).to.contain('Sexting is risky');
    expect(text).to.contain('Children often do not know the law');
    expect(text).to.contain('In the UK it is against the law to make or share a sexual image of anyone under 18.');
    expect(text).to.contain('That includes a child taking an image of themselves.');
    expect(warnings.messages).to.deep.equal([]);
  });

  it('gives three tips for parents as native details, closed at first', async () => {
    const el = await sextingTips();
    expect(summaries(el).map((summary) => summary.textContent!.trim())).to.deep.equal([
      'Ask what they share',
      'Learn the apps they use',
      'Talk about sexting',
    ]);
    expect(openStates(el)).to.deep.equal([false, false, false]);
    expect(tips(el)[1].textContent).to.contain('a message never really disappears if someone takes a screenshot');
  });

  it('says what to do when unsure, with the sexting contacts: 999, 101 or a police station', async () => {
    const el = await sextingTips();
    expect(el.shadowRoot!.textContent).to.contain('Contact the police. A call handler can help you.');
    const card = el.shadowRoot!.querySelector('safeguard-report-contact')!;
    expect(card.getAttribute('topic')).to.equal('sexting');
    expect(hrefs(card)).to.include.members(['tel:999', 'tel:101']);
    expect(card.shadowRoot!.textContent).to.contain('go to a police station');
  });

  it('opens every tip while `open` is set, and closes them all when it is removed', async () => {
    const el = await sextingTips('open');
    expect(el.open).to.equal(true);
    expect(openStates(el)).to.deep.equal([true, true, true]);
    el.removeAttribute('open');
    await el.updateComplete;
    expect(openStates(el)).to.deep.equal([false, false, false]);
    el.open = true;
    await el.updateComplete;
    expect(el.hasAttribute('open')).to.equal(true);
    expect(openStates(el)).to.deep.equal([true, true, true]);
  });

  it('keeps a tip the reader opened or closed as they left it', async () => {
    const el = await sextingTips('open');
    toggleTip(el, 1);
    expect(openStates(el)).to.deep.equal([true, false, true]);
    el.headingLevel = 3; // any other change re-renders
    await el.updateComplete;
    expect(openStates(el)).to.deep.equal([true, false, true]);
    el.open = false;
    await el.updateComplete;
    toggleTip(el, 0);
    expect(openStates(el)).to.deep.equal([true, false, false]);
    el.open = true;
    await el.updateComplete;
    expect(openStates(el)).to.deep.equal([true, true, true]);
  });

  it('opens and closes a tip from the keyboard: Tab to it, then Enter or Space', async () => {
    const el = await sextingTips();
    const [first, second] = summaries(el);
    await sendKeys({press: 'Tab'});
    expect(el.shadowRoot!.activeElement).to.equal(first);
    await sendKeys({press: 'Enter'});
    expect(openStates(el)).to.deep.equal([true, false, false]);
    await sendKeys({press: ' '});
    expect(openStates(el)).to.deep.equal([false, false, false]);
    await sendKeys({press: 'Tab'});
    expect(el.shadowRoot!.activeElement).to.equal(second);
    await sendKeys({press: ' '});
    expect(openStates(el)).to.deep.equal([false, true, false]);
  });

  for (const [level, expected] of [
    [1, [1, 2, 2, 3]],
    [2, [2, 3, 3, 4]],
    [4, [4, 5, 5, 6]],
    [6, [6, 6, 6, 6]],
  ] as const) {
    it(`nests its headings under heading-level ${level}`, async () => {
      const el = await sextingTips(`heading-level=${level}`);
      expect(headings(el)).to.deep.equal([
        [expected[0], 'Sexting'],
        [expected[1], 'Tips for parents'],
        [expected[2], 'If you are not sure what to do'],
        [expected[3], 'Who to contact'],
      ]);
    });
  }

  it('warns once about a bad heading-level and uses 2', async () => {
    const el = await sextingTips('heading-level=9');
    el.requestUpdate();
    await el.updateComplete;
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('<safeguard-sexting-tips>').and.contain('heading-level').and.contain('"9"');
    expect(headings(el)[0]).to.deep.equal([2, 'Sexting']);
  });

  it('is accessible closed and open', async () => {
    const el = await sextingTips();
    await expect(el).to.be.accessible();
    el.open = true;
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
