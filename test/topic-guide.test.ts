import {expect} from '@open-wc/testing';
import '../src/topic-guide/define.js';
import type {SafeguardTopicGuide} from '../src/topic-guide/topic-guide.js';
import {deepAll, headings, settled} from './support/shadow.js';
import {captureWarningsInEachTest} from './support/warnings.js';
import {clickOn, markup, render} from './support/render.js';
import {TOPICS as REGISTRY} from '../src/content/topics.js';
import {checklist, tips} from '../src/topic-guide/harness.js';
import {checkboxes} from '../src/signs-checklist/harness.js';
import {summaries} from '../src/sexting-tips/harness.js';

const hrefs = (el: Element) => deepAll(el, 'a').map((a) => a.getAttribute('href'));
/** The rendered text, through nested shadow roots. */
const deepText = (node: Node): string =>
  node.nodeType === Node.TEXT_NODE
    ? node.textContent!
    : [...((node as Element).shadowRoot ?? node).childNodes].map(deepText).join(' ');
const text = (el: Element) => deepText(el).replace(/\s+/g, ' ');

/** The guide as a page writes it, with a topic and heading level if given. */
const guide = (topic?: string, level?: number) =>
  render<SafeguardTopicGuide>(markup('safeguard-topic-guide', {topic, 'heading-level': level}));

/** Ticks the first sign of the nested checklist, if the topic has one. */
async function tickFirstSign(el: Element) {
  const list = checklist(el);
  if (list) await clickOn(checkboxes(list)[0], el);
}

const TOPICS = ['child-exploitation', 'sexual-exploitation', 'extremism', 'modern-slavery', 'sexting'];

describe('<safeguard-topic-guide>', () => {
  const warnings = captureWarningsInEachTest();

  it('explains child exploitation by default, with the campaign signs as a checklist', async () => {
    const el = await guide();
    expect(headings(el)[0]).to.deep.equal([2, 'Child exploitation']);
    expect(text(el)).to.contain('it is called a hidden harm');
    expect(text(el)).to.contain('Regularly going missing/coming home late');
    expect(text(el)).to.contain('Is Your Child Safe?');
    expect(checklist(el)!.getAttribute('topic')).to.equal('child-exploitation');
    expect(hrefs(el)).to.include.members(['tel:999', 'tel:101', 'tel:0800555111']);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('explains child sexual exploitation: its signs, Operation Liberal and the NSPCC', async () => {
    const el = await guide('sexual-exploitation');
    expect(headings(el)[0]).to.deep.equal([2, 'Child sexual exploitation']);
    expect(checklist(el)!.getAttribute('topic')).to.equal('sexual-exploitation');
    expect(text(el)).to.contain('Spend time at places of concern such as hotels.');
    expect(text(el)).to.contain('Quote Operation Liberal when you call.');
    expect(hrefs(el)).to.include(
      'https://www.nspcc.org.uk/preventing-abuse/child-abuse-and-neglect/child-sexual-exploitation/'
    );
  });

  it('explains extremism: Prevent locally and where to report it online', async () => {
    const el = await guide('extremism');
    expect(headings(el)[0]).to.deep.equal([2, 'Extremism and terrorism']);
    expect(text(el)).to.contain('Prevent is the work to stop people from becoming terrorists');
    expect(hrefs(el)).to.include.members([
      'https://act.campaign.gov.uk/',
      'https://www.gov.uk/report-terrorism',
      'https://www.hampshire.police.uk/internet/advice-and-information/general/prevent',
    ]);
    expect(deepAll(el, 'safeguard-signs-checklist')).to.have.length(0);
  });

  it('explains modern slavery: what to call about, the 2013 partnership and the helpline', async () => {
    const el = await guide('modern-slavery');
    expect(headings(el)[0]).to.deep.equal([2, 'Modern slavery']);
    expect([...el.shadowRoot!.querySelectorAll('[part=list] li')].map((li) => li.textContent!.trim())).to.deep.equal([
      'People who are exploiting, enslaving or threatening others more vulnerable than them.',
      'People you believe have been trafficked, enslaved or exploited or forced to work.',
      'Suspicious activity you believe could be linked to trafficking or slavery.',
    ]);
    expect(text(el)).to.contain('Hampshire Constabulary set it up in 2013.');
    expect(text(el)).to.contain('The Office of the Police and Crime Commissioner funds it.');
    expect(text(el)).to.contain('0800 0121 700');
    expect(hrefs(el)).to.include.members(['tel:08000121700', 'https://www.modernslaverypartnership.org.uk/']);
  });

  it('explains sexting with the sexting tips, and 101 to call', async () => {
    const el = await guide('sexting');
    expect(tips(el)!.getAttribute('heading-level')).to.equal('2');
    expect(headings(el)[0]).to.deep.equal([2, 'Sexting']);
    expect(text(el)).to.contain('a sexual image of anyone under 18');
    expect(summaries(tips(el)!)).to.have.length(3);
    expect(hrefs(el)).to.include.members(['tel:999', 'tel:101']);
  });

  it('shows the tips of its own topic, not always sexting’s', async () => {
    // Another topic with tips, in sexting's place for this test.
    const sexting = REGISTRY.sexting;
    REGISTRY.sexting = {
      ...sexting,
      title: () => 'Another topic with tips',
      tips: () => [{summary: () => 'Another tip', detail: () => ['Its detail.']}],
    };
    try {
      const el = await guide('sexting');
      expect(headings(el)[0]).to.deep.equal([2, 'Another topic with tips']);
      expect(summaries(tips(el)!).map((summary) => summary.textContent!.trim())).to.deep.equal(['Another tip']);
    } finally {
      REGISTRY.sexting = sexting;
    }
  });

  for (const topic of TOPICS) {
    it(`shows one contact card for ${topic}, also once a sign is ticked`, async () => {
      const el = await guide(topic);
      for (const list of deepAll(el, 'safeguard-signs-checklist')) {
        expect(list.hasAttribute('hide-contacts')).to.equal(true);
        await tickFirstSign(el);
        expect(text(el)).to.contain('What can I do?');
      }
      expect(deepAll(el, 'safeguard-report-contact')).to.have.length(1);
      expect(deepAll(el, 'a[href="tel:999"]')).to.have.length(1);
    });
  }

  // Vue's templates set a property when the element has one: heading-level="3"
  // becomes headingLevel = '3', text, as HTML writes it.
  it('takes the heading level as text through its property, as Vue sets it, and nests under it', async () => {
    const el = await guide('modern-slavery');
    el.headingLevel = '3' as unknown as number;
    await settled(el);
    expect(headings(el).slice(0, 2).map(([n]) => n)).to.deep.equal([3, 4]);
    expect(el.shadowRoot!.querySelector('safeguard-report-contact')!.getAttribute('heading-level')).to.equal('4');
    expect(warnings.messages).to.deep.equal([]);
    el.headingLevel = '3.5' as unknown as number;
    await settled(el);
    expect(headings(el)[0][0]).to.equal(2);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('heading-level="3.5"');
  });

  for (const level of [1, 2, 4, 6]) {
    it(`nests every topic's headings under heading-level ${level}`, async () => {
      const sub = Math.min(level + 1, 6);
      for (const topic of TOPICS) {
        const el = await guide(topic, level);
        await tickFirstSign(el);
        const levels = headings(el).map(([n]) => n);
        expect(levels[0], topic).to.equal(level);
        // Sections and nested elements one level down, and nothing skips a level.
        expect(levels.slice(1).every((n) => n >= sub && n <= Math.min(level + 2, 6)), `${topic}: ${levels}`).to.equal(true);
        levels.slice(1).forEach((n, i) => expect(n, `${topic}: ${levels}`).to.be.at.most(levels[i] + 1));
        const own = [...el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6')].slice(1);
        own.forEach((h) => expect(Number(h.tagName[1]), `${topic}: ${h.textContent}`).to.equal(sub));
        // The nested card and checklist sit with the sections; the sexting
        // tips are the whole guide, so they take the guide's own level.
        for (const nested of el.shadowRoot!.querySelectorAll('safeguard-report-contact, safeguard-signs-checklist')) {
          expect(nested.getAttribute('heading-level'), `${topic}: ${nested.localName}`).to.equal(String(sub));
        }
        for (const nested of el.shadowRoot!.querySelectorAll('safeguard-sexting-tips')) {
          expect(nested.getAttribute('heading-level'), topic).to.equal(String(level));
        }
      }
    });
  }

  it('nests headings in the order a reader meets them', async () => {
    const el = await guide('modern-slavery', 3);
    expect(headings(el)).to.deep.equal([
      [3, 'Modern slavery'],
      [4, 'What it is'],
      [4, 'What to look out for'],
      [4, 'What is being done locally'],
      [4, 'Who to contact'],
    ]);
    const ce = await guide('child-exploitation', 2);
    await tickFirstSign(ce);
    expect(headings(ce)).to.deep.equal([
      [2, 'Child exploitation'],
      [3, 'What it is'],
      [3, 'Signs of child exploitation'],
      [4, 'What this may mean'],
      [4, 'What can I do?'],
      [3, 'What is being done locally'],
      [3, 'Who to contact'],
    ]);
  });

  it('warns once about an unknown topic and shows child exploitation', async () => {
    const el = await guide('grooming');
    el.requestUpdate();
    await settled(el);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('<safeguard-topic-guide>').and.contain('topic').and.contain('"grooming"');
    expect(headings(el)[0]).to.deep.equal([2, 'Child exploitation']);
    expect(checklist(el)!.getAttribute('topic')).to.equal('child-exploitation');
  });

  it('follows a change of topic', async () => {
    const el = await guide('extremism');
    el.topic = 'sexting';
    await settled(el);
    expect(headings(el)[0]).to.deep.equal([2, 'Sexting']);
    expect(deepAll(el, 'safeguard-sexting-tips')).to.have.length(1);
  });

  for (const topic of TOPICS) {
    it(`is accessible: ${topic}`, async () => {
      const el = await guide(topic);
      await expect(el).to.be.accessible();
    });
  }
});
