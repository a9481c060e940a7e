import {msg, str} from '@lit/localize';

/**
 * Who to contact, from tackling-exploitation.txt and the UK's national
 * emergency and text-relay numbers (DESIGN.md). Facts are exact; the
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

export interface Contact {
  id: ContactId;
  /** When to use it: shown first, as the line's label. */
  when: () => string;
  /** Who answers. */
  name: () => string;
  /** A phone number, rendered as a `tel:` link. */
  phone?: string;
  /** A text-relay number for people who are deaf or cannot speak. */
  textphone?: string;
  /** A web route, rendered as an ordinary link that shows where it goes. */
  url?: string;
  /** One line of advice. */
  note?: () => string;
}

export const CONTACTS: Record<ContactId, Contact> = {
  emergency: {
    id: 'emergency',
    when: () => msg('If a child is in immediate danger'),
    name: () => msg('Police emergency'),
    phone: '999',
    textphone: '18000',
    note: () => msg('If you cannot speak, press 55 when prompted.'),
  },
  'non-emergency': {
    id: 'non-emergency',
    when: () => msg('If it is not an emergency'),
    name: () => msg('Police non-emergency'),
    phone: '101',
    textphone: '18001 101',
  },
  crimestoppers: {
    id: 'crimestoppers',
    when: () => msg('To stay anonymous'),
    name: () => msg('Crimestoppers, an independent charity'),
    phone: '0800 555 111',
    note: () => msg('You do not have to give your name.'),
  },
  'modern-slavery-helpline': {
    id: 'modern-slavery-helpline',
    when: () => msg('To talk about slavery in confidence'),
    name: () => msg('Modern Slavery Helpline'),
    phone: '0800 0121 700',
  },
  'modern-slavery-partnership': {
    id: 'modern-slavery-partnership',
    when: () => msg('To find out more about modern slavery'),
    name: () =>
      msg('Modern Slavery Partnership for Hampshire and the Isle of Wight'),
    url: 'https://www.modernslaverypartnership.org.uk/',
  },
  'report-suspicious-activity': {
    id: 'report-suspicious-activity',
    when: () => msg('To report something suspicious'),
    name: () => msg('Report it online to counter-terrorism police'),
    url: 'https://act.campaign.gov.uk/',
  },
  'report-terrorism-online': {
    id: 'report-terrorism-online',
    when: () => msg('To report terrorist or extremist material online'),
    name: () => msg('Report it on GOV.UK'),
    url: 'https://www.gov.uk/report-terrorism',
  },
  prevent: {
    id: 'prevent',
    when: () => msg('To find out about Prevent where you live'),
    name: () => msg('Hampshire Constabulary'),
    url: 'https://www.hampshire.police.uk/internet/advice-and-information/general/prevent',
  },
  nspcc: {
    id: 'nspcc',
    when: () => msg('To learn more about child sexual exploitation'),
    name: () => msg('NSPCC'),
    url: 'https://www.nspcc.org.uk/preventing-abuse/child-abuse-and-neglect/child-sexual-exploitation/',
  },
};

export const CONTACT_TOPICS = [
  'general',
  'sexual-exploitation',
  'modern-slavery',
  'extremism',
  'sexting',
] as const;
export type ContactTopic = (typeof CONTACT_TOPICS)[number];

/** Each topic's contacts, most urgent first. */
export const CONTACTS_BY_TOPIC: Record<ContactTopic, readonly ContactId[]> = {
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
};

/** The operation to quote on 101 about child sexual exploitation. */
export const DEFAULT_OPERATION_NAME = 'Operation Liberal';

/** 101 advice for child sexual exploitation. */
export const quoteOperation = (operation: string): string =>
  msg(str`Quote ${operation} when you call.`);

/** 101 advice for sexting (tackling-exploitation.txt). */
export const visitStation = (): string =>
  msg('You can also go to a police station and ask for help.');
