import {expect, fixture, html} from '@open-wc/testing';
import {expectEvent} from './support/render.js';
import sinon from 'sinon';
import {sendKeys, sendMouse} from '@web/test-runner-commands';
import '../src/campaign-banner/define.js';
import {SafeguardCampaignBanner} from '../src/campaign-banner/define.js';
import {clearPageConfig, setPageConfig} from './support/page-config.js';
import {captureWarningsInEachTest} from './support/warnings.js';
import {closeButton, figure, link, message} from '../src/campaign-banner/harness.js';

const KEY = 'sgw-banner-hidden';
let clock: sinon.SinonFakeTimers | undefined;

/** Sets the page's clock (Date and timers, faked) to an ISO instant. */
const at = (iso: string) => {
  if (clock) clock.setSystemTime(new Date(iso));
  else clock = sinon.useFakeTimers({now: new Date(iso), toFake: ['Date', 'setTimeout', 'clearTimeout']});
};

/** Lets `ms` of the faked time pass, running the timers due, then waits for `el` to render. */
const wait = async (el: SafeguardCampaignBanner, ms: number) => {
  clock!.tick(ms);
  await el.updateComplete;
};

const part = <T extends Element = HTMLElement>(el: Element, name: string) =>
  el.shadowRoot!.querySelector<T>(`[part~='${name}']`);

/** What a sighted reader sees: hidden banners take no space and show nothing. */
const isShown = (el: HTMLElement) =>
  el.getBoundingClientRect().height > 0 && !!part(el, 'base');

const banner = (el: Element) =>
  el.querySelector('safeguard-campaign-banner') as SafeguardCampaignBanner;

/** Renders twice, to prove that a bad value warns only once. */
const rerender = async (el: SafeguardCampaignBanner) => {
  el.requestUpdate();
  await el.updateComplete;
};

describe('<safeguard-campaign-banner>', () => {
  const warnings = captureWarningsInEachTest();
  const ourWarnings = () =>
    warnings.messages.filter((w) => w.includes('<safeguard-campaign-banner>'));

  afterEach(() => {
    clock?.restore();
    clock = undefined;
    sessionStorage.removeItem(KEY);
    clearPageConfig();
  });

  describe('content', () => {
    it('shows the campaign, why it matters, the figure with its period, and the partners', async () => {
      const el = await fixture<SafeguardCampaignBanner>(
        html`<safeguard-campaign-banner href="/signs"></safeguard-campaign-banner>`
      );
      const heading = el.shadowRoot!.querySelector('h2')!;
      expect(heading.textContent!.trim()).to.equal('Is Your Child Safe?');
      const text = message(el)!.textContent!.replace(/\s+/g, ' ');
      expect(text).to.contain(
        'Children who go missing often are much more at risk of being exploited.'
      );
      expect(figure(el)!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        '3,576 children were reported missing to Hampshire and Isle of Wight Constabulary in 12 months (July 2022 – June 2023).'
      );
      expect(figure(el)!.querySelector('strong')!.textContent).to.equal('3,576');
      const partners = part(el, 'partners')!.textContent!;
      for (const name of [
        'Office of the Police and Crime Commissioner’s Violence Reduction Unit',
        'Hampshire County Council',
        'Isle of Wight Council',
        'Portsmouth City Council',
        'Southampton City Council',
      ]) {
        expect(partners).to.contain(name);
      }
      const signsLink = link(el)!;
      expect(signsLink.textContent!.trim()).to.equal('See the signs');
      expect(signsLink.getAttribute('href')).to.equal('/signs');
      expect(ourWarnings()).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('follows heading-level', async () => {
      const el = await fixture<SafeguardCampaignBanner>(
        html`<safeguard-campaign-banner heading-level="3"></safeguard-campaign-banner>`
      );
      expect(el.shadowRoot!.querySelector('h3')!.textContent!.trim()).to.equal(
        'Is Your Child Safe?'
      );
      expect(el.shadowRoot!.querySelector('h2')).to.equal(null);
    });

    it('uses link-text instead of "See the signs"', async () => {
      const el = await fixture<SafeguardCampaignBanner>(
        html`<safeguard-campaign-banner href="/signs" link-text="Read the warning signs"></safeguard-campaign-banner>`
      );
      expect(link(el)!.textContent!.trim()).to.equal('Read the warning signs');
    });

    it('renders no link at all when there is no href, no config and no checklist', async () => {
      const el = await fixture<SafeguardCampaignBanner>(
        html`<safeguard-campaign-banner></safeguard-campaign-banner>`
      );
      expect(el.shadowRoot!.querySelector('a')).to.equal(null);
      expect(el.shadowRoot!.textContent).not.to.contain('See the signs');
      expect(ourWarnings()).to.deep.equal([]);
    });

    it('links to the page config campaignHref when it has no href', async () => {
      setPageConfig({campaignHref: 'https://example.org/campaign'});
      const el = await fixture<SafeguardCampaignBanner>(
        html`<safeguard-campaign-banner></safeguard-campaign-banner>`
      );
      expect(link(el)!.getAttribute('href')).to.equal('https://example.org/campaign');
    });

    it('prefers its own href to the page config', async () => {
      setPageConfig({campaignHref: 'https://example.org/campaign'});
      const el = await fixture<SafeguardCampaignBanner>(
        html`<safeguard-campaign-banner href="/mine"></safeguard-campaign-banner>`
      );
      expect(link(el)!.getAttribute('href')).to.equal('/mine');
    });

    it('links to a signs checklist on the page when nothing else is set', async () => {
      const page = await fixture(html`<div>
        <safeguard-campaign-banner></safeguard-campaign-banner>
        <safeguard-signs-checklist id="the-signs"></safeguard-signs-checklist>
      </div>`);
      expect(link(banner(page))!.getAttribute('href')).to.equal('#the-signs');
    });

    it('links to a checklist whose id needs encoding, so the link still finds it', async () => {
      const id = 'signs & "more"/#2';
      const page = await fixture(html`<div>
        <safeguard-campaign-banner></safeguard-campaign-banner>
        <safeguard-signs-checklist id=${id}></safeguard-signs-checklist>
      </div>`);
      const signsLink = link(banner(page))!;
      expect(signsLink.getAttribute('href')).to.equal('#signs%20%26%20%22more%22%2F%232');
      expect(decodeURIComponent(new URL(signsLink.href).hash.slice(1))).to.equal(id);
    });

    it('prefers the page config to a checklist on the page', async () => {
      setPageConfig({campaignHref: '/campaign'});
      const page = await fixture(html`<div>
        <safeguard-campaign-banner></safeguard-campaign-banner>
        <safeguard-signs-checklist id="the-signs"></safeguard-signs-checklist>
      </div>`);
      expect(link(banner(page))!.getAttribute('href')).to.equal('/campaign');
    });
  });

  describe('no-JavaScript fallback', () => {
    it('hides the content placed inside the tag once it runs', async () => {
      const el = await fixture<SafeguardCampaignBanner>(html`<safeguard-campaign-banner>
        <p>Is Your Child Safe? Read about the campaign.</p>
      </safeguard-campaign-banner>`);
      expect(el.querySelector('p')!.getBoundingClientRect().height).to.equal(0);
      expect(el.shadowRoot!.querySelector('h2')!.getBoundingClientRect().height).to.be.above(0);
    });
  });

  describe('variants', () => {
    it('slim is one line: the name, the link and the close button', async () => {
      const el = await fixture<SafeguardCampaignBanner>(
        html`<safeguard-campaign-banner variant="slim" href="/signs" dismissible></safeguard-campaign-banner>`
      );
      expect(part(el, 'heading')!.textContent!.trim()).to.equal('Is Your Child Safe?');
      expect(el.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6')).to.equal(null);
      expect(link(el)!.textContent!.trim()).to.equal('See the signs');
      expect(closeButton(el)).not.to.equal(null);
      expect(figure(el)).to.equal(null);
      expect(part(el, 'partners')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('full is accessible with a close button', async () => {
      const el = await fixture<SafeguardCampaignBanner>(
        html`<safeguard-campaign-banner href="/signs" dismissible></safeguard-campaign-banner>`
      );
      expect(el.variant).to.equal('full');
      await expect(el).to.be.accessible();
    });

    for (const [fontSize, widths] of [
      [16, [320, 960]],
      [20, [400, 960]],
    ] as const) {
      for (const width of widths) {
        it(`slim is exactly 3.5em tall at ${width}px wide with ${fontSize}px text`, async () => {
          const el = await fixture<SafeguardCampaignBanner>(
            html`<safeguard-campaign-banner
              variant="slim"
              href="/signs"
              dismissible
              style="width: ${width}px; font-size: ${fontSize}px"
            ></safeguard-campaign-banner>`
          );
          expect(el.getBoundingClientRect().height).to.equal(3.5 * fontSize);
        });
      }
    }

    for (const [fontSize, width] of [
      [16, 640],
      [16, 1200],
      [20, 800],
    ] as const) {
      it(`full is exactly 21em tall at ${width}px wide with ${fontSize}px text`, async () => {
        const el = await fixture<SafeguardCampaignBanner>(
          html`<safeguard-campaign-banner
            href="/signs"
            dismissible
            style="width: ${width}px; font-size: ${fontSize}px"
          ></safeguard-campaign-banner>`
        );
        expect(el.getBoundingClientRect().height).to.equal(21 * fontSize);
      });
    }

    it('full grows with its text when narrower than 40em', async () => {
      const el = await fixture<SafeguardCampaignBanner>(
        html`<safeguard-campaign-banner
          href="/signs"
          style="width: 320px; font-size: 16px"
        ></safeguard-campaign-banner>`
      );
      const height = el.getBoundingClientRect().height;
      expect(height).to.be.above(21 * 16);
      expect(height).to.be.at.most(38 * 16);
    });
  });

  describe('slots', () => {
    it('a partner’s heading and message replace the defaults', async () => {
      const el = await fixture<SafeguardCampaignBanner>(html`<safeguard-campaign-banner href="/signs">
        <span slot="heading">Keep children safe this summer</span>
        <p slot="message">Our youth club can help you spot the signs.</p>
      </safeguard-campaign-banner>`);
      const heading = el.shadowRoot!.querySelector('h2')!;
      const headingSlot = heading.querySelector('slot')!;
      expect(headingSlot.assignedNodes().map((n) => n.textContent)).to.deep.equal([
        'Keep children safe this summer',
      ]);
      const messageSlot = message(el)!.querySelector('slot')!;
      const [partnerMessage] = messageSlot.assignedElements() as HTMLElement[];
      expect(partnerMessage.textContent).to.equal('Our youth club can help you spot the signs.');
      expect(partnerMessage.getBoundingClientRect().height).to.be.above(0);
      // The default figure is slot fallback, so it is not shown.
      expect(figure(el)!.getBoundingClientRect().height).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('slim shows the partner’s heading', async () => {
      const el = await fixture<SafeguardCampaignBanner>(html`<safeguard-campaign-banner variant="slim">
        <span slot="heading">Keep children safe</span>
      </safeguard-campaign-banner>`);
      const slot = part(el, 'heading')!.querySelector('slot')!;
      expect(slot.assignedNodes()[0].textContent).to.equal('Keep children safe');
    });
  });

  describe('dates (UK time, both days included)', () => {
    const summer = async () =>
      fixture<SafeguardCampaignBanner>(
        html`<safeguard-campaign-banner starts="2026-07-20" ends="2026-08-31"></safeguard-campaign-banner>`
      );

    it('is hidden and takes no space before the first day', async () => {
      at('2026-07-19T22:59:59Z'); // 23:59:59 BST on 19 July
      const el = await summer();
      expect(el.shown).to.equal(false);
      expect(el.matches(':state(shown)')).to.equal(false);
      expect(el.hasAttribute('hidden')).to.equal(false);
      expect(getComputedStyle(el).display).to.equal('none');
      expect(el.getBoundingClientRect().height).to.equal(0);
      expect(el.shadowRoot!.querySelector('section')).to.equal(null);
    });

    it('shows from midnight on the first day', async () => {
      at('2026-07-19T23:00:00Z'); // 00:00 BST on 20 July
      expect(isShown(await summer())).to.equal(true);
    });

    it('shows inside the window', async () => {
      at('2026-08-10T12:00:00Z');
      expect(isShown(await summer())).to.equal(true);
    });

    it('shows until the end of the last day', async () => {
      at('2026-08-31T22:59:59Z'); // 23:59:59 BST on 31 August
      expect(isShown(await summer())).to.equal(true);
    });

    it('is hidden after the last day', async () => {
      at('2026-08-31T23:00:00Z'); // 00:00 BST on 1 September
      const el = await summer();
      expect(isShown(el)).to.equal(false);
      expect(el.shown).to.equal(false);
    });

    it('counts the last day in GMT after the October clock change', async () => {
      at('2026-10-25T23:30:00Z'); // 23:30 GMT on 25 October
      const el = await fixture<SafeguardCampaignBanner>(
        html`<safeguard-campaign-banner ends="2026-10-25"></safeguard-campaign-banner>`
      );
      expect(isShown(el)).to.equal(true);
      at('2026-10-26T00:00:00Z'); // 00:00 GMT on 26 October
      await rerender(el);
      expect(isShown(el)).to.equal(false);
    });

    it('counts the first day in BST before the October clock change', async () => {
      at('2026-10-24T22:30:00Z'); // 23:30 BST on 24 October
      const el = await fixture<SafeguardCampaignBanner>(
        html`<safeguard-campaign-banner starts="2026-10-25"></safeguard-campaign-banner>`
      );
      expect(isShown(el)).to.equal(false);
      at('2026-10-24T23:30:00Z'); // 00:30 BST on 25 October
      await rerender(el);
      expect(isShown(el)).to.equal(true);
    });

    it('appears at UK midnight on the first day while the page stays open', async () => {
      at('2026-07-19T22:59:59.980Z'); // 20ms before midnight BST
      const el = await summer();
      expect(isShown(el)).to.equal(false);
      await wait(el, 19);
      expect(isShown(el), 'a millisecond before midnight').to.equal(false);
      await wait(el, 1);
      expect(isShown(el)).to.equal(true);
    });

    it('goes at UK midnight after the last day while the page stays open', async () => {
      at('2026-08-31T22:59:59.980Z'); // 20ms before midnight BST
      const el = await summer();
      expect(isShown(el)).to.equal(true);
      await wait(el, 20);
      expect(isShown(el)).to.equal(false);
    });

    it('checks again at UK midnight after it was moved in the page', async () => {
      at('2026-07-19T22:59:59.980Z'); // 20ms before midnight BST
      const el = await summer();
      const home = el.parentElement!;
      el.remove();
      document.body.append(el);
      try {
        expect(isShown(el)).to.equal(false);
        await wait(el, 20);
        expect(isShown(el), 'the moved banner did not appear at midnight').to.equal(true);
      } finally {
        home.append(el);
      }
    });

    it('stops its midnight timer when it leaves the page', async () => {
      at('2026-07-19T12:00:00Z');
      const el = await summer();
      expect(clock!.countTimers(), 'the midnight timer').to.equal(1);
      el.remove();
      expect(clock!.countTimers()).to.equal(0);
    });
  });

  describe('dismissing', () => {
    it('has no close button unless dismissible', async () => {
      const el = await fixture<SafeguardCampaignBanner>(
        html`<safeguard-campaign-banner></safeguard-campaign-banner>`
      );
      expect(el.shadowRoot!.querySelector('button')).to.equal(null);
    });

    it('has a named close button at least 44 by 44 pixels', async () => {
      const el = await fixture<SafeguardCampaignBanner>(
        html`<safeguard-campaign-banner dismissible></safeguard-campaign-banner>`
      );
      const button = closeButton(el)!;
      expect(button.localName).to.equal('button');
      expect(button.getAttribute('aria-label')).to.equal('Hide this banner');
      const box = button.getBoundingClientRect();
      expect(box.width).to.be.at.least(44);
      expect(box.height).to.be.at.least(44);
    });

    it('hides on a click, tells the page, and moves focus to the next focusable sibling', async () => {
      const page = await fixture(html`<div>
        <safeguard-campaign-banner dismissible href="/signs"></safeguard-campaign-banner>
        <a href="#after">After the banner</a>
      </div>`);
      const el = banner(page);
      const box = closeButton(el)!.getBoundingClientRect();
      const [{bubbles, composed, detail}] = await expectEvent(page, 'safeguard-dismiss', () =>
        sendMouse({
          type: 'click',
          position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
        })
      );
      expect({bubbles, composed, detail}).to.deep.equal({
        bubbles: true,
        composed: true,
        detail: {variant: 'full'},
      });
      await el.updateComplete;
      expect(isShown(el)).to.equal(false);
      expect(document.activeElement).to.equal(page.querySelector('a'));
    });

    it('hides with the keyboard and moves focus to <main> when the next sibling cannot take focus', async () => {
      const main = await fixture<HTMLElement>(html`<main>
        <safeguard-campaign-banner dismissible variant="slim"></safeguard-campaign-banner>
        <p>Some text</p>
      </main>`);
      const el = banner(main);
      closeButton(el)!.focus();
      const [event] = await expectEvent(el, 'safeguard-dismiss', () => sendKeys({press: 'Enter'}));
      expect(event.detail).to.deep.equal({variant: 'slim'});
      expect(isShown(el)).to.equal(false);
      expect(document.activeElement).to.equal(main);
      expect(main.getAttribute('tabindex')).to.equal('-1');
      main.blur();
      expect(main.hasAttribute('tabindex')).to.equal(false);
    });

    it('gives focus back to the page when there is no <main>', async () => {
      const el = await fixture<SafeguardCampaignBanner>(
        html`<safeguard-campaign-banner dismissible></safeguard-campaign-banner>`
      );
      closeButton(el)!.focus();
      await sendKeys({press: ' '});
      await el.updateComplete;
      expect(isShown(el)).to.equal(false);
      expect(document.activeElement).to.equal(document.body);
    });

    it('hides every dismissible banner on the page at once, and only those', async () => {
      const page = await fixture<HTMLElement>(html`<div>
        <safeguard-campaign-banner dismissible></safeguard-campaign-banner>
        <safeguard-campaign-banner dismissible variant="slim"></safeguard-campaign-banner>
        <safeguard-campaign-banner></safeguard-campaign-banner>
      </div>`);
      const [first, second, fixed] = page.querySelectorAll('safeguard-campaign-banner');
      let events = 0;
      page.addEventListener('safeguard-dismiss', () => events++);

      closeButton(second)!.click();
      await Promise.all([first, second, fixed].map((el) => el.updateComplete));

      expect([first, second, fixed].map((el) => el.shown)).to.deep.equal([false, false, true]);
      expect([first, second, fixed].map(isShown)).to.deep.equal([false, false, true]);
      expect(events).to.equal(1);
    });

    it('never touches the page’s own hidden attribute', async () => {
      const el = await fixture<SafeguardCampaignBanner>(
        html`<safeguard-campaign-banner hidden dismissible></safeguard-campaign-banner>`
      );
      expect(el.shown).to.equal(true);
      expect(el.matches(':state(shown)')).to.equal(true);
      expect(isShown(el)).to.equal(false);

      el.hidden = false;
      await el.updateComplete;
      expect(isShown(el)).to.equal(true);

      closeButton(el)!.click();
      await el.updateComplete;
      expect(el.hasAttribute('hidden')).to.equal(false);
      expect(isShown(el)).to.equal(false);
    });

    it('stays hidden for the rest of the tab, and shows again when the tab’s storage is gone', async () => {
      const first = await fixture<SafeguardCampaignBanner>(
        html`<safeguard-campaign-banner dismissible></safeguard-campaign-banner>`
      );
      closeButton(first)!.click();
      expect(sessionStorage.getItem(KEY)).to.equal('1');

      const later = await fixture<SafeguardCampaignBanner>(
        html`<safeguard-campaign-banner dismissible></safeguard-campaign-banner>`
      );
      expect(isShown(later)).to.equal(false);

      const notDismissible = await fixture<SafeguardCampaignBanner>(
        html`<safeguard-campaign-banner></safeguard-campaign-banner>`
      );
      expect(isShown(notDismissible)).to.equal(true);

      sessionStorage.clear(); // what a new tab starts with
      const newTab = await fixture<SafeguardCampaignBanner>(
        html`<safeguard-campaign-banner dismissible></safeguard-campaign-banner>`
      );
      expect(isShown(newTab)).to.equal(true);
    });

    it('never uses localStorage or cookies', async () => {
      localStorage.clear();
      const cookies = document.cookie;
      const el = await fixture<SafeguardCampaignBanner>(
        html`<safeguard-campaign-banner dismissible></safeguard-campaign-banner>`
      );
      closeButton(el)!.click();
      expect(localStorage.length).to.equal(0);
      expect(document.cookie).to.equal(cookies);
    });

    it('still hides when sessionStorage throws', async () => {
      const own = Object.getOwnPropertyDescriptor(window, 'sessionStorage');
      Object.defineProperty(window, 'sessionStorage', {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
      try {
        const el = await fixture<SafeguardCampaignBanner>(
          html`<safeguard-campaign-banner dismissible></safeguard-campaign-banner>`
        );
        expect(isShown(el)).to.equal(true);
        closeButton(el)!.click();
        await el.updateComplete;
        expect(isShown(el)).to.equal(false);
      } finally {
        if (own) Object.defineProperty(window, 'sessionStorage', own);
        else delete (window as {sessionStorage?: Storage}).sessionStorage;
      }
      expect(sessionStorage.getItem(KEY)).to.equal(null);
    });
  });

  describe('bad input (one warning, then the default)', () => {
    it('an unsafe href warns and renders no link', async () => {
      const el = await fixture<SafeguardCampaignBanner>(
        html`<safeguard-campaign-banner href="javascript:alert(1)"></safeguard-campaign-banner>`
      );
      await rerender(el);
      expect(el.shadowRoot!.querySelector('a')).to.equal(null);
      expect(ourWarnings()).to.have.length(1);
      expect(ourWarnings()[0]).to.contain('href="javascript:alert(1)"');
    });

    it('an unsafe campaignHref in the page config warns once by the page and renders no link', async () => {
      setPageConfig({campaignHref: 'javascript:alert(1)'});
      const el = await fixture<SafeguardCampaignBanner>(
        html`<safeguard-campaign-banner></safeguard-campaign-banner>`
      );
      await rerender(el);
      expect(el.shadowRoot!.querySelector('a')).to.equal(null);
      // The page's setting, so the page warns, once however many banners read it.
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('page config ignored campaignHref="javascript:alert(1)"');
    });

    it('an unknown variant warns and uses full', async () => {
      const el = await fixture<SafeguardCampaignBanner>(
        html`<safeguard-campaign-banner variant="huge"></safeguard-campaign-banner>`
      );
      await rerender(el);
      expect(el.shadowRoot!.querySelector('h2')).not.to.equal(null);
      expect(figure(el)).not.to.equal(null);
      expect(ourWarnings()).to.have.length(1);
      expect(ourWarnings()[0]).to.contain('variant="huge"');
    });

    it('a bad starts date warns and is ignored', async () => {
      at('2026-01-01T12:00:00Z');
      const el = await fixture<SafeguardCampaignBanner>(
        html`<safeguard-campaign-banner starts="2026-02-30" ends="2026-12-31"></safeguard-campaign-banner>`
      );
      await rerender(el);
      expect(isShown(el)).to.equal(true);
      expect(ourWarnings()).to.have.length(1);
      expect(ourWarnings()[0]).to.contain('starts="2026-02-30"');
    });

    it('a bad ends date warns and is ignored', async () => {
      at('2027-06-01T12:00:00Z');
      const el = await fixture<SafeguardCampaignBanner>(
        html`<safeguard-campaign-banner starts="2026-07-20" ends="31/08/2026"></safeguard-campaign-banner>`
      );
      await rerender(el);
      expect(isShown(el)).to.equal(true);
      expect(ourWarnings()).to.have.length(1);
      expect(ourWarnings()[0]).to.contain('ends="31/08/2026"');
    });

    it('an ends date before starts warns and is ignored', async () => {
      at('2026-09-01T12:00:00Z');
      const el = await fixture<SafeguardCampaignBanner>(
        html`<safeguard-campaign-banner starts="2026-08-31" ends="2026-07-20"></safeguard-campaign-banner>`
      );
      await rerender(el);
      expect(isShown(el)).to.equal(true);
      expect(ourWarnings()).to.have.length(1);
      expect(ourWarnings()[0]).to.contain('ends="2026-07-20"');
    });

    it('a bad heading-level warns and uses 2', async () => {
      const el = await fixture<SafeguardCampaignBanner>(
        html`<safeguard-campaign-banner heading-level="9"></safeguard-campaign-banner>`
      );
      await rerender(el);
      expect(el.shadowRoot!.querySelector('h2')).not.to.equal(null);
      expect(ourWarnings()).to.have.length(1);
      expect(ourWarnings()[0]).to.contain('heading-level="9"');
    });
  });
});
