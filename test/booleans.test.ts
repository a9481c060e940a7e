// On/off attributes: on when present, except that "false" (any case) means
// off, because Vue (:open="false"), Svelte (open={false}) and CMS editors
// (data-open="false") write it.
import {expect, fixture, html} from '@open-wc/testing';
import '../src/index.js';
import {mountPlacements} from '../src/index.js';
import {deepAll, settled} from './support/shadow.js';
import * as signsChecklist from '../src/signs-checklist/harness.js';

const contacts = (el: Element) => deepAll(el, 'safeguard-report-contact').length;

describe('boolean attributes', () => {
  it('hide-contacts: present is on, "false" and "FALSE" are off', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <safeguard-signs-checklist hide-contacts></safeguard-signs-checklist>
      <safeguard-signs-checklist hide-contacts="false"></safeguard-signs-checklist>
      <safeguard-signs-checklist hide-contacts=" FALSE "></safeguard-signs-checklist>
    </div>`);
    const lists = [...page.children];
    for (const list of lists) {
      signsChecklist.checkboxes(list)[0].click();
      await settled(list);
    }
    expect(lists.map(contacts)).to.deep.equal([0, 1, 1]);
  });

  it('open and dismissible: "false" is off', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <safeguard-sexting-tips open="false"></safeguard-sexting-tips>
      <safeguard-sexting-tips open=""></safeguard-sexting-tips>
      <safeguard-campaign-banner dismissible="False"></safeguard-campaign-banner>
      <safeguard-campaign-banner dismissible="yes"></safeguard-campaign-banner>
    </div>`);
    const [closed, opened, fixedBanner, closable] = [...page.children];
    await Promise.all([...page.children].map(settled));
    expect(deepAll(closed, 'details[open]')).to.have.length(0);
    expect(closed.hasAttribute('open')).to.equal(false);
    expect(deepAll(opened, 'details[open]')).to.have.length(3);
    expect(deepAll(fixedBanner, '[part="close"]')).to.have.length(0);
    expect(deepAll(closable, '[part="close"]')).to.have.length(1);
  });

  it('data-hide-contacts="false" in the CMS div form is off too', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <div data-safeguard="signs-checklist" data-hide-contacts="false"><p>Signs</p></div>
    </div>`);
    mountPlacements(page);
    const list = page.querySelector('safeguard-signs-checklist')!;
    await settled(list);
    signsChecklist.checkboxes(list)[0].click();
    await settled(list);
    expect(contacts(list)).to.equal(1);
  });
});
