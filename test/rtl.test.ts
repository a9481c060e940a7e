import {expect, fixture, html} from '@open-wc/testing';
import '../src/index.js';
import {deepAll, updated} from './support/shadow.js';

/** Each element, as a right-to-left page would hold it. */
const ELEMENTS = {
  'signs checklist': html`<safeguard-signs-checklist></safeguard-signs-checklist>`,
  'contact card': html`<safeguard-report-contact></safeguard-report-contact>`,
  'compact contacts': html`<safeguard-report-contact variant="compact"></safeguard-report-contact>`,
  'campaign banner': html`<safeguard-campaign-banner dismissible href="#x"></safeguard-campaign-banner>`,
  'slim banner': html`<safeguard-campaign-banner variant="slim" dismissible href="#x"></safeguard-campaign-banner>`,
  'quick exit': html`<safeguard-quick-exit></safeguard-quick-exit>`,
  'sexting tips': html`<safeguard-sexting-tips open></safeguard-sexting-tips>`,
  'topic guide': html`<safeguard-topic-guide topic="modern-slavery"></safeguard-topic-guide>`,
};

async function inRtlPage(template: unknown): Promise<HTMLElement> {
  const page = await fixture<HTMLElement>(html`<div dir="rtl" lang="ar">${template}</div>`);
  const el = page.firstElementChild as HTMLElement;
  await updated(el);
  return el;
}

describe('right-to-left pages', () => {
  for (const [name, template] of Object.entries(ELEMENTS)) {
    it(`the ${name} passes axe`, async () => {
      const el = await inRtlPage(template);
      await expect(el).to.be.accessible();
    });
  }

  it('puts the bar beside 999 on the right', async () => {
    const el = await inRtlPage(ELEMENTS['contact card']);
    const urgent = getComputedStyle(deepAll(el, '[part~="urgent"]')[0]);
    expect(parseFloat(urgent.borderRightWidth)).to.be.greaterThan(4);
    expect(parseFloat(urgent.borderLeftWidth)).to.equal(0);
  });

  it('puts each checkbox to the right of its sign', async () => {
    const el = await inRtlPage(ELEMENTS['signs checklist']);
    const box = deepAll(el, 'input[type=checkbox]')[0].getBoundingClientRect();
    const text = deepAll(el, 'label span')[0].getBoundingClientRect();
    expect(box.left).to.be.greaterThan(text.left);
  });

  it('puts the banner’s close button in the top left corner', async () => {
    const el = await inRtlPage(ELEMENTS['campaign banner']);
    const close = deepAll(el, '[part="close"]')[0].getBoundingClientRect();
    const banner = el.getBoundingClientRect();
    expect(close.left - banner.left).to.be.lessThan(banner.right - close.right);
  });
});
