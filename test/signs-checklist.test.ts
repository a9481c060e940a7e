import {expect} from '@open-wc/testing';
import {sendKeys, sendMouse} from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/signs-checklist/define.js';
import type {SafeguardSignsChecklist} from '../src/signs-checklist/signs-checklist.js';
import {campaignSigns, whatYouCanDo} from '../src/content/child-exploitation.js';
import {sexualExploitationSigns} from '../src/content/sexual-exploitation.js';
import {checkboxes, clearButton, printButton, result, signs, status} from '../src/signs-checklist/harness.js';
import {links} from '../src/report-contact/harness.js';
import {updated, words} from './support/shadow.js';
import {clickOn, expectEvent, render} from './support/render.js';
import {captureWarningsInEachTest} from './support/warnings.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  [...el.shadowRoot!.querySelectorAll<T>(selector)];
/** Whether the element renders something that matches `selector`. */
const has = (el: Element, selector: string) => !!$(el, selector);
/** Which checkbox has focus, as an index (-1: none). A number fails fast where an element would not. */
const focusedBox = (el: Element) =>
  checkboxes(el).indexOf(el.shadowRoot!.activeElement as HTMLInputElement);

/** The checklist as a page writes it, with `attributes` as written (`topic="…" hide-contacts`). */
const checklist = (attributes = '') =>
  render<SafeguardSignsChecklist>(`<safeguard-signs-checklist ${attributes}></safeguard-signs-checklist>`);

/** Clicks the middle of an element with the real mouse. */
async function click(target: Element) {
  const box = target.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
  });
  await sendMouse({type: 'move', position: [0, 0]});
}

/** Clicks the checkboxes at `indexes`, in turn, as a reader would. */
async function tick(el: SafeguardSignsChecklist, ...indexes: number[]) {
  for (const index of indexes) await clickOn(checkboxes(el)[index], el);
}

describe('<safeguard-signs-checklist>', () => {
  const warnings = captureWarningsInEachTest();

  describe('lists', () => {
    it('shows the campaign\'s 15 signs in one fieldset by default', async () => {
      const el = await checklist();
      const fieldsets = $$(el, 'fieldset');
      expect(fieldsets).to.have.length(1);
      expect(words(fieldsets[0].querySelector('legend'))).to.equal('Signs you may have noticed');
      const labels = $$(el, 'label').map(words);
      expect(labels).to.have.length(15);
      expect(labels).to.deep.equal(campaignSigns.signs());
      expect(labels[0]).to.equal('Regularly going missing/coming home late');
      expect(labels[9]).to.equal('Asking for money or often excessive need for money');
      expect(labels[14]).to.equal(
        'Carrying items linked to criminal activity like weapons, balaclavas, tools, stash bags or small weighing scales'
      );
      expect(checkboxes(el).every((box) => !box.checked)).to.equal(true);
      expect(words($(el, 'h2'))).to.equal('Signs of child exploitation');
      expect(status(el)).to.equal('0 of 15 signs ticked.');
      expect(result(el)).to.equal(null);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('shows the sexual-exploitation signs as two groups of 7', async () => {
      const el = await checklist('topic="sexual-exploitation"');
      const fieldsets = $$(el, 'fieldset');
      expect(fieldsets.map((set) => words(set.querySelector('legend')))).to.deep.equal([
        'Young people who are being sexually exploited may:',
        'Things you may notice in a young person being exploited:',
      ]);
      const groups = fieldsets.map((set) => [...set.querySelectorAll('label')].map(words));
      expect(groups.map((group) => group.length)).to.deep.equal([7, 7]);
      expect(groups).to.deep.equal(sexualExploitationSigns().map((group) => group.signs()));
      expect(groups[0][0]).to.equal(
        'Be involved in abusive relationships, intimidated and fearful of certain people or situations.'
      );
      expect(groups[0][6]).to.equal('Go missing from home, education or care.');
      expect(groups[1]).to.include.members(['Withdrawn', 'Self-harm']);
      expect(words($(el, 'h2'))).to.equal('Signs of child sexual exploitation');
      expect(status(el)).to.equal('0 of 14 signs ticked.');
    });

    it('gives every checkbox its sign as its accessible name, with a large target', async () => {
      const el = await checklist();
      for (const box of checkboxes(el)) {
        expect(box.closest('label')!.textContent!.trim()).to.not.equal('');
        expect(box.getBoundingClientRect().width).to.be.at.least(24);
        expect(box.closest('label')!.getBoundingClientRect().height).to.be.at.least(44);
      }
    });
  });

  describe('ticking', () => {
    it('updates the status and shows the result when a sign is clicked', async () => {
      const el = await checklist();
      await click(signs(el)[2]);
      await el.updateComplete;
      expect(checkboxes(el)[2].checked).to.equal(true);
      expect(status(el)).to.equal('1 of 15 signs ticked. See what you can do below.');
      const shown = result(el)!;
      expect([...shown.querySelectorAll('h3')].map(words)).to.deep.equal([
        'What this may mean',
        'What can I do?',
      ]);
      expect(words(shown)).to.contain('several signs together, or a sudden change, are a reason to act');
      expect([...shown.querySelectorAll('[part=advice] li')].map(words)).to.deep.equal(whatYouCanDo());
      const contact = shown.querySelector('safeguard-report-contact')!;
      expect(contact.getAttribute('topic')).to.equal('general');
      expect(contact.getAttribute('heading-level')).to.equal('3');
      await click(signs(el)[2]);
      await el.updateComplete;
      expect(status(el)).to.equal('0 of 15 signs ticked.');
      expect(result(el)).to.equal(null);
    });

    it('ticks by keyboard: Tab to a box, Space (the space key)', async () => {
      const el = await checklist();
      await sendKeys({press: 'Tab'});
      expect(focusedBox(el)).to.equal(0);
      await sendKeys({press: ' '});
      await sendKeys({press: 'Tab'});
      expect(focusedBox(el)).to.equal(1);
      await sendKeys({press: ' '});
      await el.updateComplete;
      expect(checkboxes(el).map((box) => box.checked).slice(0, 3)).to.deep.equal([true, true, false]);
      expect(status(el)).to.equal('2 of 15 signs ticked. See what you can do below.');
      expect(result(el)).not.to.equal(null);
    });

    it('puts the sexual-exploitation contacts in the result', async () => {
      const el = await checklist('topic="sexual-exploitation"');
      await tick(el, 0, 13);
      expect(status(el)).to.equal('2 of 14 signs ticked. See what you can do below.');
      const contact = $(el, 'safeguard-report-contact')!;
      expect(contact.getAttribute('topic')).to.equal('sexual-exploitation');
      await updated(contact);
      expect(words(contact.shadowRoot)).to.contain('Quote Operation Liberal when you call.');
      const emergency = links(contact)[0];
      expect(emergency.textContent).to.equal('999');
    });

    it('leaves out the contacts with hide-contacts', async () => {
      const el = await checklist('hide-contacts');
      await tick(el, 0);
      expect(result(el)).not.to.equal(null);
      expect(has(el, '[part=advice]')).to.equal(true);
      expect(has(el, 'safeguard-report-contact')).to.equal(false);
    });

    it('follows heading-level, one level deeper in the result', async () => {
      const el = await checklist('heading-level="4"');
      await tick(el, 0);
      expect(words($(el, 'h4'))).to.equal('Signs of child exploitation');
      expect($$(el, 'h5').map(words)).to.deep.equal(['What this may mean', 'What can I do?']);
      const contact = $(el, 'safeguard-report-contact')!;
      await updated(contact);
      expect(words(contact.shadowRoot!.querySelector('h5'))).to.equal('Who to contact');
    });

    it('starts again when the topic changes', async () => {
      const el = await checklist();
      await tick(el, 0, 1);
      const events: unknown[] = [];
      el.addEventListener('safeguard-checklist-change', (e) => events.push((e as CustomEvent).detail));
      el.topic = 'sexual-exploitation';
      await el.updateComplete;
      // The host hears that the count is back to nothing.
      expect(events).to.deep.equal([{checked: 0, total: 14}]);
      expect(checkboxes(el)).to.have.length(14);
      expect(checkboxes(el).some((box) => box.checked)).to.equal(false);
      expect(status(el)).to.equal('0 of 14 signs ticked.');
    });
  });

  describe('privacy', () => {
    it('sends only counts in safeguard-checklist-change, and stores nothing', async () => {
      const stored = [localStorage.length, sessionStorage.length, document.cookie];
      const el = await checklist();
      const events = await expectEvent(
        document,
        'safeguard-checklist-change',
        async () => {
          await tick(el, 5, 7, 5);
        },
        {count: 3}
      );
      expect(events[0].bubbles).to.equal(true);
      expect(events[0].composed).to.equal(true);
      const details = events.map((event) => event.detail);
      expect(details).to.deep.equal([
        {checked: 1, total: 15},
        {checked: 2, total: 15},
        {checked: 1, total: 15},
      ]);
      const sent = JSON.stringify(details);
      for (const sign of campaignSigns.signs()) expect(sent).to.not.contain(sign);
      expect([localStorage.length, sessionStorage.length, document.cookie]).to.deep.equal(stored);
    });
  });

  describe('clearing', () => {
    it('unticks all, hides the result, announces and moves focus to the first box', async () => {
      const el = await checklist();
      await tick(el, 1, 4, 9);
      const clear = clearButton(el)!;
      expect(words(clear)).to.equal('Clear my answers');
      clear.focus();
      const [cleared] = await expectEvent(el, 'safeguard-checklist-change', () => sendKeys({press: 'Enter'}));
      expect(cleared.detail).to.deep.equal({checked: 0, total: 15});
      await el.updateComplete;
      expect(checkboxes(el).some((box) => box.checked)).to.equal(false);
      expect(result(el)).to.equal(null);
      expect(status(el)).to.equal('Your answers are cleared. 0 of 15 signs ticked.');
      expect(focusedBox(el)).to.equal(0);
      await tick(el, 3);
      expect(status(el)).to.equal('1 of 15 signs ticked. See what you can do below.');
    });
  });

  describe('print', () => {
    const printRules = (el: Element) => {
      const sheets = [
        ...el.shadowRoot!.adoptedStyleSheets,
        ...$$<HTMLStyleElement>(el, 'style').map((style) => style.sheet!),
      ];
      return sheets
        .flatMap((sheet) => [...sheet.cssRules])
        .filter((rule): rule is CSSMediaRule =>
          rule instanceof CSSMediaRule && rule.media.mediaText.includes('print'))
        .flatMap((media) => [...media.cssRules])
        .filter((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule);
    };
    const hiddenInPrint = (el: Element, node: Element) =>
      printRules(el).some(
        (rule) => rule.style.display === 'none' && node.matches(rule.selectorText)
      );

    it('has a print stylesheet that leaves only the ticked signs, the date and the contacts', async () => {
      const el = await checklist('topic="sexual-exploitation"');
      await tick(el, 2, 4);
      expect(printRules(el).length).to.be.above(0);
      const buttons = $$(el, 'button');
      expect(buttons.map(words)).to.deep.equal(['Print this list', 'Clear my answers']);
      for (const button of buttons) expect(hiddenInPrint(el, button)).to.equal(true);
      for (const box of checkboxes(el)) expect(hiddenInPrint(el, box)).to.equal(true);
      const items = $$(el, '[part=item]');
      items.forEach((item, index) =>
        expect(hiddenInPrint(el, item), `item ${index}`).to.equal(![2, 4].includes(index))
      );
      const [withTicks, withoutTicks] = $$(el, 'fieldset');
      expect(hiddenInPrint(el, withTicks)).to.equal(false);
      expect(hiddenInPrint(el, withoutTicks)).to.equal(true);
      expect(hiddenInPrint(el, $(el, 'safeguard-report-contact')!)).to.equal(false);
      const advice = $$(el, '[part=advice] li');
      expect(advice).to.have.length(7);
      for (const line of advice) expect(hiddenInPrint(el, line)).to.equal(false);
      expect(hiddenInPrint(el, result(el)!)).to.equal(false);

      window.dispatchEvent(new Event('beforeprint'));
      await el.updateComplete;
      const printed = $(el, '[part=printed]')!;
      expect(getComputedStyle(printed).display).to.equal('none');
      expect(
        printRules(el).some(
          (rule) => rule.style.display === 'block' && printed.matches(rule.selectorText)
        )
      ).to.equal(true);
      const today = new Intl.DateTimeFormat('en-GB', {dateStyle: 'long'}).format(new Date());
      expect(words(printed)).to.equal(`Printed on ${today}`);
      expect(words(printed)).to.match(/^Printed on \d{1,2} [A-Z][a-z]+ \d{4}$/);
    });

    it('dates the paper copy the day it is printed, even on a page left open overnight', async () => {
      const clock = sinon.useFakeTimers({now: new Date('2026-11-27T12:00:00Z'), toFake: ['Date']});
      try {
        const el = await checklist();
        await tick(el, 0);
        clock.setSystemTime(new Date('2026-11-28T09:00:00Z'));
        window.dispatchEvent(new Event('beforeprint'));
        await el.updateComplete;
        expect(words($(el, '[part=printed]'))).to.equal('Printed on 28 November 2026');
      } finally {
        clock.restore();
      }
    });

    it('"Print this list" opens the print dialog through its seam', async () => {
      const el = await checklist();
      await tick(el, 0);
      let prints = 0;
      (el as unknown as {openPrintDialog: () => void}).openPrintDialog = () => prints++;
      printButton(el)!.click();
      expect(prints).to.equal(1);
    });
  });

  describe('accessibility', () => {
    for (const topic of ['child-exploitation', 'sexual-exploitation']) {
      it(`passes axe for ${topic} with nothing ticked`, async () => {
        const el = await checklist(`topic="${topic}"`);
        await expect(el).to.be.accessible();
      });

      it(`passes axe for ${topic} with some signs ticked`, async () => {
        const el = await checklist(`topic="${topic}"`);
        await tick(el, 0, 3, 8);
        const contact = $(el, 'safeguard-report-contact')!;
        await updated(contact);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('bad input', () => {
    it('warns once about an unknown topic and shows the default list', async () => {
      const el = await checklist('topic="grooming"');
      await tick(el, 0);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('<safeguard-signs-checklist>');
      expect(warnings.messages[0]).to.contain('topic="grooming"');
      expect(warnings.messages[0]).to.contain('child-exploitation');
      expect(checkboxes(el)).to.have.length(15);
      expect($(el, 'safeguard-report-contact')!.getAttribute('topic')).to.equal('general');
    });

    it('warns once about a heading-level outside 1-6 and uses 2', async () => {
      const el = await checklist('heading-level="9"');
      await tick(el, 0);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('<safeguard-signs-checklist>');
      expect(warnings.messages[0]).to.contain('heading-level="9"');
      expect(words($(el, 'h2'))).to.equal('Signs of child exploitation');
      expect(result(el)!.querySelectorAll('h3')).to.have.length(2);
    });
  });
});
