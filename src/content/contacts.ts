import {html, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';

/**
 * Who to contact, from docs/sources/tackling-exploitation.txt and the UK's
 * national emergency and text-relay numbers (999, 18000, 101, 18001 101,
 * and "press 55" on a silent 999 call). Facts are exact; the
 * allow-list in test/content.test.ts says where each comes from.
 */
export type ContactId =
  | 'emergency'
  | 'non-emergency'
  | 'crimestoppers'
  | 'modern-slavery-helpline'
  | 'modern-slavery-partnership'
  | 'report-suspicious-activity'
  | 'report-terrorism-online'
  | 'prevent'
  | 'nspcc';

/** Advice under a contact, given the operation to quote on 101 (most notes do not quote it). */
export type Note = (operation: string) => string | TemplateResult;

interface ContactFacts {
  /** When to use it: shown first, as the line's label. */
  when: () => string;
  /** Who answers. */
  name: () => string;
  /** The most urgent route: first in every list, marked out. */
  urgent?: true;
  /**
   * A partner in another area may not replace it. Any other number or link
   * can be replaced through the page config (`phoneNumbers.<id>`, `links.<id>`).
   */
  fixed?: true;
  /** One line of advice, per contact card topic (`default` for the rest). */
  notes?: Partial<Record<ContactTopic | 'default', Note>>;
}

/** A phone line, rendered as a `tel:` link. */
export interface PhoneContact extends ContactFacts {
  kind: 'phone';
  phone: string;
  /** A text-relay number for people who are deaf or cannot speak. */
  textphone?: string;
}

/** A web route, rendered as an ordinary link that shows where it goes. */
export interface WebContact extends ContactFacts {
  kind: 'url';
  url: string;
}

export type Contact = PhoneContact | WebContact;

/** The operation to quote on 101 about child sexual exploitation. */
export const DEFAULT_OPERATION_NAME = 'Operation Liberal';

export const CONTACTS = {
  emergency: {
    when: () => msg('If a child is in immediate danger', {id: 'emergency-when', desc: 'Safety-critical. Label over the 999 line of a contact card: when to call 999. Keep it short and urgent.'}),
    name: () => msg('Police emergency', {id: 'emergency-name', desc: 'Safety-critical. Who answers 999: the police emergency service.'}),
    kind: 'phone',
    phone: '999',
    textphone: '18000',
    urgent: true,
    fixed: true,
    notes: {default: () => msg('If you cannot speak, press 55 when prompted.', {id: 'emergency-press-55', desc: 'Safety-critical. Under 999: a caller who cannot speak presses 5 then 5 on the phone keypad when the operator asks. Keep the number 55 exactly.'})},
  },
  'non-emergency': {
    when: () => msg('If it is not an emergency', {id: 'non-emergency-when', desc: 'Safety-critical. Label over the 101 line: when to call 101 instead of 999.'}),
    name: () => msg('Police non-emergency', {id: 'non-emergency-name', desc: 'Safety-critical. Who answers 101: the police non-emergency line.'}),
    kind: 'phone',
    phone: '101',
    textphone: '18001 101',
    notes: {
      'sexual-exploitation': (operation) =>
        msg(html`Quote <bdi>${operation}</bdi> when you call.`, {
          id: 'non-emergency-quote-operation',
          desc: 'Safety-critical. Under 101: tell the call handler the name of the police operation on child sexual exploitation. The placeholder is that name (for example “Operation Liberal”): keep it as it is, inside <bdi>, so it reads left to right.',
        }),
      // From docs/sources/tackling-exploitation.txt, on sexting.
      sexting: () =>
        msg('You can also go to a police station and ask for help.', {
          desc: 'Under 101 on the sexting card: another way to get help, in person.',
        }),
    },
  },
  crimestoppers: {
    when: () => msg('To stay anonymous', {desc: 'Label over the Crimestoppers line: use it to report without giving your name.'}),
    name: () => msg('Crimestoppers, an independent charity', {desc: 'Who answers. Crimestoppers is a name: keep it in Latin letters.'}),
    kind: 'phone',
    phone: '0800 555 111',
    notes: {default: () => msg('You do not have to give your name.', {desc: 'Note under the Crimestoppers number. Addresses the reader (a parent) directly.'})},
  },
  'modern-slavery-helpline': {
    when: () => msg('To talk about slavery in confidence', {desc: 'Label over the Modern Slavery Helpline number.'}),
    name: () => msg('Modern Slavery Helpline', {desc: 'Name of a UK service. Translate the meaning; readers will hear the English name when they call.'}),
    kind: 'phone',
    phone: '0800 0121 700',
  },
  'modern-slavery-partnership': {
    when: () => msg('To find out more about modern slavery', {desc: 'Label over a web link to the local modern slavery partnership.'}),
    name: () =>
      msg('Modern Slavery Partnership for Hampshire and the Isle of Wight', {desc: 'Name of a local partnership of agencies. Hampshire and the Isle of Wight are place names: keep them in Latin letters.'}),
    kind: 'url',
    url: 'https://www.modernslaverypartnership.org.uk/',
  },
  'report-suspicious-activity': {
    when: () => msg('To report something suspicious', {desc: 'Label over a web link for reporting suspicious activity linked to terrorism.'}),
    name: () => msg('Report it online to counter-terrorism police', {desc: 'Who receives the report: the counter-terrorism police, online.'}),
    kind: 'url',
    url: 'https://act.campaign.gov.uk/',
  },
  'report-terrorism-online': {
    when: () => msg('To report terrorist or extremist material online', {desc: 'Label over the GOV.UK link for reporting terrorist content seen on the internet.'}),
    name: () => msg('Report it on GOV.UK', {desc: 'GOV.UK is the name of the UK government website: keep it as it is.'}),
    kind: 'url',
    url: 'https://www.gov.uk/report-terrorism',
  },
  prevent: {
    when: () => msg('To find out about Prevent where you live', {desc: 'Label over a link. Prevent is the name of the UK programme that stops people being drawn into terrorism: keep the name.'}),
    name: () => msg('Hampshire Constabulary', {desc: 'Name of the police force for Hampshire. Keep Hampshire in Latin letters.'}),
    kind: 'url',
    url: 'https://www.hampshire.police.uk/internet/advice-and-information/general/prevent',
  },
  nspcc: {
    when: () => msg('To learn more about child sexual exploitation', {desc: 'Label over a link to the NSPCC, a children’s charity.'}),
    name: () => msg('NSPCC', {desc: 'Name of a UK children’s charity. Keep the letters NSPCC; you may add a short explanation.'}),
    kind: 'url',
    url: 'https://www.nspcc.org.uk/preventing-abuse/child-abuse-and-neglect/child-sexual-exploitation/',
  },
} satisfies Record<ContactId, Contact>;

/** Each contact card topic's contacts, most urgent first. */
export const CONTACT_LISTS = {
  general: ['emergency', 'non-emergency', 'crimestoppers'],
  'sexual-exploitation': ['emergency', 'non-emergency', 'crimestoppers', 'nspcc'],
  'modern-slavery': [
    'emergency',
    'non-emergency',
    'crimestoppers',
    'modern-slavery-helpline',
    'modern-slavery-partnership',
  ],
  extremism: [
    'emergency',
    'non-emergency',
    'report-suspicious-activity',
    'report-terrorism-online',
    'prevent',
  ],
  sexting: ['emergency', 'non-emergency'],
} satisfies Record<string, readonly ContactId[]>;

/** The contact card's topics. */
export type ContactTopic = keyof typeof CONTACT_LISTS;
export const CONTACT_TOPICS = Object.keys(CONTACT_LISTS) as ContactTopic[];

