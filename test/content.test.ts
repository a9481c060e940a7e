import {expect} from '@open-wc/testing';
import {CONTACTS, CONTACT_LISTS, type Contact} from '../src/content/contacts.js';
import {TOPICS} from '../src/content/topics.js';
import {CHECKLIST_TOPICS} from '../src/content/checklists.js';
import {campaign} from '../src/content/campaign.js';
import {PSEUDO_LOCALE, campaignFigure, setLocale} from '../src/internal/localization.js';
import {SOURCE_FIGURE, type CampaignFigure} from '../src/generated/campaign-figure.js';
import {sourceLocale, targetLocales} from '../src/generated/locale-codes.js';
import '../src/generated/translations/all.js';
import type {ChecklistTopic, TopicName} from '../src/content/topics.js';
import type {ContactTopic} from '../src/content/contacts.js';
import type {SafeguardReportContact} from '../src/report-contact/report-contact.js';
import type {SafeguardSignsChecklist} from '../src/signs-checklist/signs-checklist.js';
import type {SafeguardTopicGuide} from '../src/topic-guide/topic-guide.js';

/**
 * Each element's `topic` is written out as literals, so that the manifest
 * (and the builder, typings and WordPress sidebar it feeds) lists them:
 * this fails to compile when one differs from the registry.
 */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const TOPICS_AGREE: [
  Same<SafeguardReportContact['topic'], ContactTopic>,
  Same<SafeguardSignsChecklist['topic'], ChecklistTopic>,
  Same<SafeguardTopicGuide['topic'], TopicName>,
] = [true, true, true];

/**
 * Every phone number and URL the library may show, with where it comes
 * from. Nothing else may appear in the content.
 */
const PHONE_NUMBERS: Record<string, string> = {
  '999': 'the UK emergency number, not in docs/sources/: "immediate danger: 999"',
  '18000': 'the UK text-relay number for 999, not in docs/sources/: "textphone 18000"',
  '101': 'docs/sources/tackling-exploitation.txt: "please call 101 and quote Operation Liberal"',
  '18001 101': 'the UK text-relay number for 101, not in docs/sources/: "textphone 18001 101"',
  '0800 555 111': 'docs/sources/tackling-exploitation.txt: "the anonymous Crimestoppers charity on 0800 555 111"',
  '0800 0121 700': 'docs/sources/tackling-exploitation.txt: "the National Slavery Helpline on 0800 0121 700"',
};
const URLS: Record<string, string> = {
  'https://www.nspcc.org.uk/preventing-abuse/child-abuse-and-neglect/child-sexual-exploitation/':
    'docs/sources/tackling-exploitation.txt: "For further information in relation to CSE please visit: www.nspcc.org.uk/..."',
  'https://www.modernslaverypartnership.org.uk/':
    'docs/sources/tackling-exploitation.txt: "To find out more about Modern Day Slavery visit www.modernslaverypartnership.org.uk/"',
  'https://act.campaign.gov.uk/':
    'docs/sources/tackling-exploitation.txt: "reporting suspicious activity or behaviour please visit: https://act.campaign.gov.uk/"',
  'https://www.gov.uk/report-terrorism':
    'docs/sources/tackling-exploitation.txt: "To report online material promoting terrorism or extremism please visit: www.gov.uk/report-terrorism"',
  'https://www.hampshire.police.uk/internet/advice-and-information/general/prevent':
    'docs/sources/tackling-exploitation.txt: "Prevent locally please visit: www.hampshire.police.uk/internet/advice-and-information/general/prevent"',
};
/** Figures in the prose, with their source. */
const FIGURES: Record<string, string> = {
  '3,576': 'docs/sources/is-your-child-safe-campaign.txt: "3576 children were reported missing"',
  '12': 'docs/sources/is-your-child-safe-campaign.txt: "In the last 12 months (July 2022 – June 2023)"',
  '2022': 'docs/sources/is-your-child-safe-campaign.txt: "July 2022 – June 2023"',
  '2023': 'docs/sources/is-your-child-safe-campaign.txt: "July 2022 – June 2023"',
  '2013': 'docs/sources/tackling-exploitation.txt: "set up by Hampshire Constabulary in 2013"',
  '18': 'the law on indecent images of children (Protection of Children Act 1978): under 18',
  '55': 'the UK Silent Solution on 999, not in docs/sources/: "if you cannot speak, press 55 when prompted"',
  '999': PHONE_NUMBERS['999'],
  '101': PHONE_NUMBERS['101'],
};

/** Fields that hold facts checked above, not prose. */
const FACT_FIELDS = ['kind', 'phone', 'textphone', 'url', 'contacts'];

/** Calls every content function and collects all the text it gives. */
function collectText(value: unknown, out: string[] = [], depth = 0): string[] {
  if (depth > 6) return out;
  if (typeof value === 'string') out.push(value);
  else if (typeof value === 'function' && value.length <= 1) {
    collectText((value as (arg?: string) => unknown)('Operation Liberal'), out, depth + 1);
  } else if (Array.isArray(value)) value.forEach((v) => collectText(v, out, depth + 1));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (!FACT_FIELDS.includes(key)) collectText(v, out, depth + 1);
    }
  }
  return out;
}

const contacts = Object.entries(CONTACTS) as [string, Contact][];

describe('content', () => {
  it('uses only phone numbers from the sources', () => {
    for (const [id, contact] of contacts) {
      if (contact.kind !== 'phone') continue;
      for (const number of [contact.phone, contact.textphone]) {
        if (number) expect(PHONE_NUMBERS, `${id}: ${number}`).to.have.property(number);
      }
    }
  });

  it('uses only URLs from the sources, all https', () => {
    for (const [id, contact] of contacts) {
      if (contact.kind === 'url') expect(URLS, id).to.have.property(contact.url);
    }
  });

  it('invents no figure, number or link anywhere in its prose', () => {
    const text = collectText([TOPICS, CONTACTS, campaign]).join('\n');
    expect(text.length).to.be.greaterThan(2000);
    const figures = text.match(/\d[\d,]*/g) ?? [];
    for (const figure of figures) {
      expect(FIGURES, `"${figure}" in the content`).to.have.property(figure);
    }
    expect(text).not.to.match(/https?:|www\./);
  });

  it('writes the banner’s figure and months in every locale as the source has them: 3576 children, July 2022 to June 2023', async () => {
    const english = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/;
    const figures: [string, CampaignFigure][] = [[sourceLocale, SOURCE_FIGURE]];
    for (const locale of targetLocales.filter((code) => code !== PSEUDO_LOCALE)) {
      expect(await setLocale(locale)).to.equal(locale);
      figures.push([locale, campaignFigure()]);
    }
    await setLocale(sourceLocale);
    expect(figures.map(([locale]) => locale)).to.include.members(['en-GB', 'cy', 'ar', 'ps', 'fa-AF']);
    for (const [locale, {count, period}] of figures) {
      expect(count.replace(/\D/g, ''), `${locale}: the number`).to.equal('3576');
      expect(period.match(/\d{4}/g), `${locale}: the years, in order (Vietnamese numbers its months: tháng 7)`).to.deep.equal(['2022', '2023']);
      // Month names, not numbers, and in the locale's own language (two
      // letters at least: Ethiopic writes a syllable a letter, June is ሰነ).
      expect(period, `${locale}: the months`).to.match(/[\p{L}\p{M}]{2,}.*[\p{L}\p{M}]{2,}/u);
      if (!locale.startsWith('en')) expect(period, `${locale}: no English month`).not.to.match(english);
    }
  });

  it('lists the campaign’s 15 signs and the 7 + 7 signs of sexual exploitation', () => {
    const count = (topic: keyof typeof CHECKLIST_TOPICS) =>
      TOPICS[topic].checklist.groups().map((group) => group.signs().length);
    expect(count('child-exploitation')).to.deep.equal([15]);
    expect(count('sexual-exploitation')).to.deep.equal([7, 7]);
  });

  it('names the same topics in each element as in the registry (checked when compiled)', () => {
    expect(TOPICS_AGREE).to.deep.equal([true, true, true]);
  });

  it('lists every checklist topic of the registry for the checklist, and no other', () => {
    const withChecklist = Object.entries(TOPICS).filter(([, topic]) => 'checklist' in topic);
    expect(Object.keys(CHECKLIST_TOPICS)).to.deep.equal(withChecklist.map(([name]) => name));
  });

  it('gives every topic a contact card, every card 999 first, and lets no partner replace 999', () => {
    for (const topic of Object.values(TOPICS)) expect(CONTACT_LISTS).to.have.property(topic.contacts);
    for (const [topic, list] of Object.entries(CONTACT_LISTS)) {
      const urgent = list.filter((id) => (CONTACTS[id] as Contact).urgent);
      expect(urgent, topic).to.deep.equal(['emergency']);
      expect(list[0], topic).to.equal('emergency');
    }
    const fixed = contacts.filter(([, contact]) => contact.fixed).map(([id]) => id);
    expect(fixed).to.deep.equal(['emergency']);
  });
});
