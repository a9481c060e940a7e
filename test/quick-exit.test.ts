import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys, sendMouse} from '@web/test-runner-commands';
import {SafeguardQuickExit} from '../src/quick-exit/define.js';
import '../src/index.js';
import ELEMENT_TABLE from '../src/elements.json';
import {DEFAULT_EXIT_HREF} from '../src/quick-exit/quick-exit.js';
import sinon from 'sinon';
import {SHORTCUT_MS} from '../src/quick-exit/shift-shortcut.js';
import {stopExit} from '../src/quick-exit/leaving.js';
import {button, dots, overlay, status} from '../src/quick-exit/harness.js';
import {clearPageConfig, setPageConfig} from './support/page-config.js';
import {headings, words} from './support/shadow.js';
import {expectEvent, markup, render} from './support/render.js';
import {captureWarningsInEachTest} from './support/warnings.js';

const ONCE = 'Shift pressed once. Press Shift 2 more times to exit the page.';
const TWICE = 'Shift pressed twice. Press Shift 1 more time to exit the page.';
const EXPIRED = 'Exit this page expired.';

const realNavigate = SafeguardQuickExit.navigate;
let navigated: string[];
/** Faked timers, for the tests that let time pass. */
let clock: sinon.SinonFakeTimers | undefined;

const shadow = (el: SafeguardQuickExit) => el.shadowRoot!;

async function shift(el: SafeguardQuickExit, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) await sendKeys({press: 'Shift'});
  await el.updateComplete;
}

/** WebKitGTK, driven through WebDriver rather than puppeteer. */
const WEBKIT = !/Chrome|Firefox/.test(navigator.userAgent);

let webDriver = false;
/**
 * Shift+key. WebDriver (WebKit) cannot hold a key down, so there the keys go
 * as one WebDriver sequence: Shift and the key go down, then Shift comes up
 * before the key.
 */
async function shiftWith(el: SafeguardQuickExit, key: string, letGoShiftFirst = false) {
  if (!webDriver) {
    try {
      await sendKeys({down: 'Shift'});
    } catch {
      webDriver = true;
    }
  }
  if (webDriver) {
    await sendKeys({type: `\uE008${key}`});
    return el.updateComplete;
  }
  await sendKeys({down: key});
  if (letGoShiftFirst) {
    await sendKeys({up: 'Shift'});
    // Firefox only releases the key under the name Shift gave it ("A").
    await sendKeys({up: key.toUpperCase()});
  } else {
    await sendKeys({up: key});
    await sendKeys({up: 'Shift'});
  }
  return el.updateComplete;
}

/** Two buttons on one page: a sticky one, then an inline one. */
async function twoButtons() {
  const wrapper = await fixture<HTMLElement>(html`<div>
    <safeguard-quick-exit></safeguard-quick-exit>
    <safeguard-quick-exit position="inline"></safeguard-quick-exit>
  </div>`);
  const [first, second] = wrapper.querySelectorAll('safeguard-quick-exit');
  return {wrapper, first, second};
}

async function expectLeftFor(el: SafeguardQuickExit, href: string) {
  expect(overlay(el).open).to.equal(true);
  await el.updateComplete;
  expect(words(overlay(el))).to.equal('Loading.');
  expect(navigated).to.deep.equal([href]);
}

describe('<safeguard-quick-exit>', () => {
  const warnings = captureWarningsInEachTest();

  beforeEach(() => {
    navigated = [];
    SafeguardQuickExit.navigate = (url) => void navigated.push(url);
  });

  afterEach(() => {
    SafeguardQuickExit.navigate = realNavigate;
    clock?.restore();
    clock = undefined;
    clearPageConfig();
    // Each test's page "left" without going anywhere: it is back.
    stopExit();
  });

  it('shows a button called "Emergency Exit this page" and hides the fallback link', async () => {
    const el = await fixture<SafeguardQuickExit>(html`<safeguard-quick-exit>
      <a href="https://www.bbc.co.uk/weather">Exit this page</a>
    </safeguard-quick-exit>`);
    const hidden = shadow(el).querySelector('.visually-hidden')!;

    expect(words(button(el))).to.equal('Emergency Exit this page');
    expect(hidden.textContent).to.equal('Emergency');
    expect(hidden.getBoundingClientRect().width).to.be.at.most(1);
    expect(button(el).getBoundingClientRect().height).to.be.at.least(44);
    expect(button(el).getBoundingClientRect().width).to.be.at.least(44);
    expect(el.querySelector('a')!.getClientRects().length).to.equal(0);
    expect(overlay(el).open).to.equal(false);
    expect(dots(el)).to.deep.equal([]);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('takes no heading-level: it has no heading; every element takes one exactly when it renders a heading', async () => {
    expect(SafeguardQuickExit.observedAttributes).to.have.members(['href', 'label', 'position']);
    for (const {name} of ELEMENT_TABLE) {
      const tag = `safeguard-${name}`;
      const el = await render(markup(tag, tag === 'safeguard-quick-exit' ? {position: 'inline'} : {}));
      const takesLevel = (customElements.get(tag) as unknown as {observedAttributes: string[]}).observedAttributes.includes('heading-level');
      expect(takesLevel, `${tag} takes heading-level`).to.equal(headings(el).length > 0);
      el.remove();
    }
  });

  it('leaves even when asked to before it has rendered', () => {
    const el = document.createElement('safeguard-quick-exit') as SafeguardQuickExit;
    expect(() => el.exit()).not.to.throw();
    expect(navigated).to.deep.equal([DEFAULT_EXIT_HREF]);
  });

  it('covers the page, fires safeguard-exit, then leaves for BBC Weather when clicked', async () => {
    const el = await fixture<SafeguardQuickExit>(html`<safeguard-quick-exit></safeguard-quick-exit>`);
    const box = button(el).getBoundingClientRect();
    let coveredFirst = false;
    el.addEventListener('safeguard-exit', () => {
      coveredFirst = overlay(el).open && navigated.length === 0;
    });
    const [event] = await expectEvent(el, 'safeguard-exit', () =>
      sendMouse({
        type: 'click',
        position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
      })
    );

    expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
    expect(event.detail).to.deep.equal({href: DEFAULT_EXIT_HREF, trigger: 'button'});
    expect(coveredFirst).to.equal(true);
    await expectLeftFor(el, 'https://www.bbc.co.uk/weather');
    const cover = overlay(el).getBoundingClientRect();
    expect(overlay(el).matches(':modal')).to.equal(true);
    expect([cover.x, cover.y, cover.width, cover.height]).to.deep.equal([
      0,
      0,
      document.documentElement.clientWidth,
      document.documentElement.clientHeight,
    ]);
    expect(overlay(el).querySelector('[role="alert"]')!.textContent).to.equal('Loading.');
    // Blank to the eye (the alert is for screen readers), with a neutral title.
    expect(overlay(el).querySelector('[role="alert"]')!.getBoundingClientRect().width).to.be.at.most(1);
    expect(document.title).to.equal('Loading');
  });

  for (const [name, key] of [['Enter', 'Enter'], ['Space', ' ']]) {
    it(`leaves when the button is reached with Tab and ${name} is pressed`, async () => {
      const el = await fixture<SafeguardQuickExit>(html`<safeguard-quick-exit
        href="https://example.org/"
      ></safeguard-quick-exit>`);

      await sendKeys({press: 'Tab'});
      expect(shadow(el).activeElement).to.equal(button(el));
      await sendKeys({press: key});

      await expectLeftFor(el, 'https://example.org/');
    });
  }

  it('leaves for the page config exitHref when there is no href', async () => {
    setPageConfig({exitHref: 'https://example.com/news'});
    const el = await fixture<SafeguardQuickExit>(html`<safeguard-quick-exit></safeguard-quick-exit>`);

    button(el).click();

    await expectLeftFor(el, 'https://example.com/news');
  });

  it('counts Shift presses aloud and with dots, and leaves on the third', async () => {
    const el = await fixture<SafeguardQuickExit>(html`<safeguard-quick-exit></safeguard-quick-exit>`);
    const [event] = await expectEvent(el, 'safeguard-exit', async () => {
      await shift(el);
      expect(status(el)).to.equal(ONCE);
      expect(dots(el)).to.deep.equal(['on', 'off', 'off']);
      await shift(el);
      expect(status(el)).to.equal(TWICE);
      expect(dots(el)).to.deep.equal(['on', 'on', 'off']);
      await shift(el);
    });

    expect(event.detail.trigger).to.equal('shift');
    await expectLeftFor(el, DEFAULT_EXIT_HREF);
    expect(status(el)).to.equal('');
    expect(dots(el)).to.deep.equal([]);
  });

  it('does not count Shift used with another key (Shift+A)', async () => {
    const el = await fixture<SafeguardQuickExit>(html`<safeguard-quick-exit></safeguard-quick-exit>`);

    for (let i = 0; i < 3; i++) await shiftWith(el, 'a');
    expect(status(el)).to.equal('');
    expect(dots(el)).to.deep.equal([]);

    await shift(el);
    expect(status(el)).to.equal(ONCE);
    expect(navigated).to.deep.equal([]);
  });

  it('does not count Shift let go before the other key (Shift+A rolled over)', async () => {
    const el = await fixture<SafeguardQuickExit>(html`<safeguard-quick-exit></safeguard-quick-exit>`);

    for (let i = 0; i < 3; i++) await shiftWith(el, 'a', true);

    expect(status(el)).to.equal('');
    expect(navigated).to.deep.equal([]);
  });

  it('does not count a Shift held down after another key (key repeat)', async () => {
    const el = await fixture<SafeguardQuickExit>(html`<safeguard-quick-exit></safeguard-quick-exit>`);
    const key = (type: string, key: string, init: KeyboardEventInit = {}) =>
      document.dispatchEvent(new KeyboardEvent(type, {key, bubbles: true, ...init}));

    key('keydown', 'Shift', {shiftKey: true});
    key('keydown', 'B', {shiftKey: true});
    key('keyup', 'B', {shiftKey: true});
    key('keydown', 'Shift', {shiftKey: true, repeat: true});
    key('keyup', 'Shift');
    await el.updateComplete;

    expect(status(el)).to.equal('');
  });

  it('starts again when Shift+A comes after two Shift presses', async () => {
    const el = await fixture<SafeguardQuickExit>(html`<safeguard-quick-exit></safeguard-quick-exit>`);

    await shift(el, 2);
    await shiftWith(el, 'a');
    expect(status(el)).to.equal(EXPIRED);
    expect(dots(el)).to.deep.equal([]);
    await shift(el);

    expect(status(el)).to.equal(ONCE);
    expect(overlay(el).open).to.equal(false);
    expect(navigated).to.deep.equal([]);
  });

  it('starts again when any other key is pressed', async () => {
    const el = await fixture<SafeguardQuickExit>(html`<safeguard-quick-exit></safeguard-quick-exit>`);

    await shift(el, 2);
    await sendKeys({press: 'x'});
    await el.updateComplete;
    expect(status(el)).to.equal(EXPIRED);
    await shift(el, 2);

    expect(status(el)).to.equal(TWICE);
    expect(navigated).to.deep.equal([]);
  });

  it('expires 5 seconds after the first Shift press', async () => {
    const el = await fixture<SafeguardQuickExit>(html`<safeguard-quick-exit></safeguard-quick-exit>`);

    clock = sinon.useFakeTimers({toFake: ['setTimeout', 'clearTimeout']});
    expect(SHORTCUT_MS).to.equal(5000);
    await shift(el);
    clock.tick(4000);
    await shift(el);
    // 5 seconds from the first press, not the second.
    clock.tick(999);
    await el.updateComplete;
    expect(status(el)).to.equal(TWICE);
    clock.tick(1);
    await el.updateComplete;
    expect(status(el)).to.equal(EXPIRED);
    expect(dots(el)).to.deep.equal([]);
    clock.tick(SHORTCUT_MS);
    await el.updateComplete;
    expect(status(el)).to.equal('');

    await shift(el, 2);
    expect(status(el)).to.equal(TWICE);
    expect(navigated).to.deep.equal([]);
  });

  it('stays on the page and removes the cover when safeguard-exit is cancelled', async () => {
    const el = await fixture<SafeguardQuickExit>(html`<safeguard-quick-exit></safeguard-quick-exit>`);
    el.addEventListener('safeguard-exit', (event) => event.preventDefault());

    button(el).click();
    await el.updateComplete;

    expect(overlay(el).open).to.equal(false);
    expect(words(overlay(el))).to.equal('');
    expect(navigated).to.deep.equal([]);
    const again = oneEvent(el, 'safeguard-exit');
    button(el).click();
    expect((await again).defaultPrevented).to.equal(true);
  });

  it('removes the cover and the count when the page comes back from the Back button', async () => {
    const el = await fixture<SafeguardQuickExit>(html`<safeguard-quick-exit></safeguard-quick-exit>`);
    const title = document.title;
    clock = sinon.useFakeTimers({toFake: ['setTimeout', 'clearTimeout']});
    await shift(el);
    button(el).click();
    expect(overlay(el).open).to.equal(true);
    expect(status(el)).to.equal(ONCE);
    expect(document.title).to.equal('Loading');

    window.dispatchEvent(new PageTransitionEvent('pageshow', {persisted: true}));
    await el.updateComplete;

    expect(overlay(el).open).to.equal(false);
    expect(words(overlay(el))).to.equal('');
    expect(status(el)).to.equal('');
    expect(dots(el)).to.deep.equal([]);
    // The 5 seconds stopped too: nothing is announced when they would end.
    clock.tick(SHORTCUT_MS);
    await el.updateComplete;
    expect(status(el)).to.equal('');
    expect(document.title).to.equal(title);
    button(el).click();
    expect(navigated).to.have.length(2);
  });

  it('shares one shortcut between buttons: a press counts once, the first button announces it, one exit', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <safeguard-quick-exit></safeguard-quick-exit>
      <safeguard-quick-exit position="inline"></safeguard-quick-exit>
      <safeguard-quick-exit position="inline"></safeguard-quick-exit>
    </div>`);
    const all = [...wrapper.querySelectorAll('safeguard-quick-exit')];

    await shift(all[2]);
    await Promise.all(all.map((el) => el.updateComplete));
    expect(all.map(status)).to.deep.equal([ONCE, '', '']);
    expect(all.map((el) => dots(el).join())).to.deep.equal(Array(3).fill('on,off,off'));
    await shift(all[0], 2);
    expect(navigated).to.deep.equal([DEFAULT_EXIT_HREF]);
    expect(overlay(all[0]).open).to.equal(true);
    expect(overlay(all[1]).open).to.equal(false);
  });

  it('forgets the count when the last button leaves the page', async () => {
    const {first, second} = await twoButtons();
    await shift(first);
    expect(status(first)).to.equal(ONCE);
    first.remove();
    second.remove();
    const again = await fixture<SafeguardQuickExit>(html`<safeguard-quick-exit></safeguard-quick-exit>`);
    expect(status(again)).to.equal('');
    await shift(again);
    expect(status(again)).to.equal(ONCE);
  });

  it('hands the announcement to the next button when the first leaves the page', async () => {
    const {first, second} = await twoButtons();
    first.remove();
    await shift(second);
    expect(status(second)).to.equal(ONCE);
  });

  // 'te\tl:999': browsers drop a tab inside a URL, so this is tel:999 too.
  for (const href of ['javascript:alert(1)', 'data:text/html,hello', 'tel:999', 'te\tl:999']) {
    it(`warns once about href=${JSON.stringify(href)} and leaves for BBC Weather`, async () => {
      const el = await fixture<SafeguardQuickExit>(html`<safeguard-quick-exit
        href=${href}
      ></safeguard-quick-exit>`);
      el.position = 'inline';
      await el.updateComplete;

      button(el).click();

      await expectLeftFor(el, DEFAULT_EXIT_HREF);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('<safeguard-quick-exit>').and.contain(`href=${JSON.stringify(href)}`);
    });
  }

  it('warns once about an unsafe exitHref in the page config and uses BBC Weather', async () => {
    setPageConfig({exitHref: 'javascript:void 0'});
    const el = await fixture<SafeguardQuickExit>(html`<safeguard-quick-exit></safeguard-quick-exit>`);

    button(el).click();

    await expectLeftFor(el, DEFAULT_EXIT_HREF);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('exitHref="javascript:void 0"');
  });

  it('keeps its line and shows the button at the top of the screen, at the end, in the top layer, by default', async () => {
    const el = await fixture<SafeguardQuickExit>(html`<safeguard-quick-exit></safeguard-quick-exit>`);
    const bar = shadow(el).querySelector('.bar')!;

    expect(el.getAttribute('position')).to.equal('sticky');
    expect(bar.matches(':popover-open')).to.equal(true);
    expect(el.getBoundingClientRect().height).to.equal(60);
    const line = el.getBoundingClientRect();
    const box = button(el).getBoundingClientRect();
    expect(Math.round(box.right)).to.equal(document.documentElement.clientWidth);
    expect(box.top).to.be.within(line.top, line.bottom);
    await expect(el).to.be.accessible();
  });

  it('sits where it is placed with position="inline"', async () => {
    const el = await fixture<SafeguardQuickExit>(html`<safeguard-quick-exit
      position="inline"
    ></safeguard-quick-exit>`);

    expect(shadow(el).querySelector('.bar')!.hasAttribute('popover')).to.equal(false);
    expect(Math.round(button(el).getBoundingClientRect().left)).to.equal(
      Math.round(el.parentElement!.getBoundingClientRect().left)
    );
    await expect(el).to.be.accessible();
  });

  it('warns once about an unknown position and stays sticky', async () => {
    const el = await fixture<SafeguardQuickExit>(html`<safeguard-quick-exit
      position="bottom"
    ></safeguard-quick-exit>`);
    el.href = 'https://example.org/';
    await el.updateComplete;

    expect(shadow(el).querySelector('.bar')!.matches(':popover-open')).to.equal(true);
    expect(el.getBoundingClientRect().height).to.equal(60);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('position="bottom"').and.contain('"sticky"');
  });

  it('keeps keyboard focus off the page behind the cover', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <safeguard-quick-exit></safeguard-quick-exit>
      <button type="button">Behind</button>
    </div>`);
    const el = wrapper.querySelector('safeguard-quick-exit')!;
    const behind = wrapper.querySelector('button')!;

    button(el).click();
    behind.focus();

    expect(document.activeElement).not.to.equal(behind);
    expect(overlay(el).contains(shadow(el).activeElement) || shadow(el).activeElement === overlay(el)).to.equal(true);
  });

  it('is accessible while the cover is shown', async () => {
    const el = await fixture<SafeguardQuickExit>(html`<safeguard-quick-exit></safeguard-quick-exit>`);
    button(el).click();
    await el.updateComplete;

    await expect(el).to.be.accessible();
  });

  describe('while the page is leaving', () => {
    it('keeps the cover up whatever keys are pressed during a slow navigation (Escape, Tab, Shift)', async () => {
      // The browser abandons a navigation to a 204 answer and keeps this
      // page: the element still believes it is leaving, as on a slow network.
      // Firefox's driver (WebDriver BiDi) drops the session on that
      // navigation, so there the page only believes it navigated.
      if (!/Firefox/.test(navigator.userAgent)) SafeguardQuickExit.navigate = realNavigate;
      const el = await fixture<SafeguardQuickExit>(html`<safeguard-quick-exit href="/no-content"></safeguard-quick-exit>`);
      const box = button(el).getBoundingClientRect();
      await sendMouse({type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)]});
      expect(overlay(el).matches(':modal')).to.equal(true);
      let closed = 0;
      overlay(el).addEventListener('close', () => closed++);

      for (const key of ['Escape', 'Escape', 'Escape', 'Tab', 'Escape', 'Shift', 'Shift', 'Shift', 'Escape']) {
        await sendKeys({press: key});
      }
      await el.updateComplete;

      // Not even for a moment: a cover that closes and comes back flashes the page.
      expect(closed, 'times the cover closed').to.equal(0);
      expect(overlay(el).open).to.equal(true);
      expect(overlay(el).matches(':modal')).to.equal(true);
      expect(document.title).to.equal('Loading');
    });

    it('keeps the cover up after close requests that are not keys (a back gesture): refused, or covered again', async () => {
      // Android's back gesture closes a modal dialog with no key: a cancel
      // event the page may refuse (requestClose() makes one where the
      // engine has it), and, once refusals run out, a close anyway.
      if (!/Firefox/.test(navigator.userAgent)) SafeguardQuickExit.navigate = realNavigate;
      const el = await fixture<SafeguardQuickExit>(html`<safeguard-quick-exit href="/no-content"></safeguard-quick-exit>`);
      const box = button(el).getBoundingClientRect();
      await sendMouse({type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)]});
      const dialog = overlay(el) as HTMLDialogElement & {requestClose?: () => void};
      const refused: boolean[] = [];
      dialog.addEventListener('cancel', (event) => refused.push(event.defaultPrevented));

      for (let request = 1; request <= 3; request++) {
        if (dialog.requestClose) dialog.requestClose();
        else dialog.dispatchEvent(new Event('cancel', {cancelable: true}));
        expect(dialog.open, `open after close request ${request}`).to.equal(true);
        dialog.close();
        await waitUntil(() => dialog.open, `the cover came back after the close that followed request ${request}`);
        expect(dialog.matches(':modal'), `modal after close ${request}`).to.equal(true);
      }
      expect(refused, 'each cancel refused').to.deep.equal([true, true, true]);
      expect(document.title).to.equal('Loading');
    });

    it('leaves once for two clicks', async () => {
      const el = await fixture<SafeguardQuickExit>(html`<safeguard-quick-exit></safeguard-quick-exit>`);
      let events = 0;
      el.addEventListener('safeguard-exit', () => events++);

      button(el).click();
      button(el).click();

      expect(events).to.equal(1);
      expect(navigated).to.deep.equal([DEFAULT_EXIT_HREF]);
    });

    it('leaves once for a click and then Shift three times, across buttons', async () => {
      const {wrapper, first, second} = await twoButtons();
      let events = 0;
      wrapper.addEventListener('safeguard-exit', () => events++);

      button(second).click();
      await shift(first, 3);

      expect(events).to.equal(1);
      expect(navigated).to.have.length(1);
      expect(overlay(first).open).to.equal(false);
    });
  });

  it('counts the left and the right Shift alike', async () => {
    const el = await fixture<SafeguardQuickExit>(html`<safeguard-quick-exit></safeguard-quick-exit>`);

    // WebDriver (WebKit) names the right Shift by its key code.
    const rightShift = () => (WEBKIT ? sendKeys({type: '\uE050'}) : sendKeys({press: 'ShiftRight'}));
    await sendKeys({press: 'Shift'});
    await rightShift();
    await el.updateComplete;
    expect(status(el)).to.equal(TWICE);
    await rightShift();

    expect(navigated).to.deep.equal([DEFAULT_EXIT_HREF]);
  });

  it('warns about a bad href as soon as it renders, before anyone presses it', async () => {
    await fixture<SafeguardQuickExit>(html`<safeguard-quick-exit href="javascript:alert(1)"></safeguard-quick-exit>`);

    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('href="javascript:alert(1)"');
  });

  it('stays above a cookie banner fixed over the top of the page at the highest z-index', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <safeguard-quick-exit></safeguard-quick-exit>
      <div style="position: fixed; inset: 0 0 auto 0; height: 120px; z-index: 2147483647; background: #eee">
        We use cookies. <button type="button">Accept</button>
      </div>
    </div>`);
    const el = wrapper.querySelector('safeguard-quick-exit')!;
    const box = button(el).getBoundingClientRect();

    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    expect(document.elementFromPoint(x, y)).to.equal(el);
    expect(shadow(el).elementFromPoint(x, y)).to.equal(button(el));
  });

  describe('placed inside the content, as a CMS div places it', () => {
    afterEach(() => window.scrollTo(0, 0));

    for (const position of ['sticky', 'fixed']) {
      it(`${position}: stays on screen at the top when the page scrolls past it`, async () => {
        const page = await fixture<HTMLElement>(html`<div>
          <div style="height: 1500px">Above</div>
          <div data-safeguard-mounted><safeguard-quick-exit position=${position}></safeguard-quick-exit></div>
          <div style="height: 3000px">Below</div>
        </div>`);
        const el = page.querySelector('safeguard-quick-exit')!;
        await el.updateComplete;
        expect(el.getBoundingClientRect().height).to.equal(position === 'fixed' ? 0 : 60);

        window.scrollTo(0, 2500);
        await new Promise(requestAnimationFrame);

        const box = button(el).getBoundingClientRect();
        expect(el.getBoundingClientRect().bottom).to.be.lessThan(0);
        expect(box.top).to.be.within(0, 16);
        expect(Math.round(box.right)).to.equal(document.documentElement.clientWidth);
      });
    }
  });

  describe('never hides the focused element (WCAG 2.2 Focus Not Obscured)', () => {
    /** Shift+Tab: WebDriver (WebKit) holds Shift only within one typed sequence. */
    async function shiftTab() {
      if (WEBKIT) return sendKeys({type: '\uE008\uE004'});
      await sendKeys({down: 'Shift'});
      await sendKeys({press: 'Tab'});
      await sendKeys({up: 'Shift'});
    }

    for (const width of [320, 1280]) {
      it(`at ${width} px: Shift+Tab up a long page, the button covers no focused link`, async () => {
        const frame = document.createElement('iframe');
        frame.style.cssText = `width: ${width}px; height: 480px; border: 0`;
        frame.srcdoc = `<!doctype html><html lang="en-GB"><body style="margin: 0; font: 16px sans-serif">
          <safeguard-quick-exit></safeguard-quick-exit>
          ${Array.from({length: 30}, (_, i) => `<p><a href="#${i}" style="display: block">Link ${i}</a></p>`).join('')}
          <script type="module" src="/src/quick-exit/define.ts"></script></body></html>`;
        const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
        document.body.append(frame);
        try {
          await loaded;
          const doc = frame.contentDocument!;
          await frame.contentWindow!.customElements.whenDefined('safeguard-quick-exit');
          const el = doc.querySelector('safeguard-quick-exit') as SafeguardQuickExit;
          await el.updateComplete;
          const links = [...doc.querySelectorAll('a')];
          frame.contentWindow!.focus();
          links[links.length - 1].focus();
          const covered: string[] = [];
          for (let i = 0; i < links.length - 1; i++) {
            await shiftTab();
            const focused = doc.activeElement!;
            const box = focused.getBoundingClientRect();
            const exit = button(el).getBoundingClientRect();
            const overlap =
              box.top < exit.bottom && box.bottom > exit.top && box.left < exit.right && box.right > exit.left;
            if (overlap) covered.push(`${focused.textContent} (${Math.round(box.top)}-${Math.round(box.bottom)} under ${Math.round(exit.bottom)})`);
          }
          expect(doc.activeElement).to.equal(links[0]);
          expect(covered).to.deep.equal([]);
        } finally {
          frame.remove();
        }
      });
    }
  });
});
