import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import {SafeguardHeadedElement} from '../internal/headed-element.js';
import {configEntry} from '../internal/config.js';
import {PHONE, choice, firstAccepted, link, text, type Resolved} from '../internal/settings.js';
import {warnOnce} from '../internal/warn.js';
import {heading} from '../internal/heading.js';
import {spokenNumber, telHref} from '../internal/phone.js';
import {
  CONTACTS,
  CONTACT_LISTS,
  CONTACT_TOPICS,
  DEFAULT_OPERATION_NAME,
  type Contact,
  type ContactId,
  type ContactTopic,
} from '../content/contacts.js';
import {styles} from './report-contact.styles.js';

const VARIANTS = ['card', 'compact'] as const;

/** A contact's web link, replaced through the page config. */
const LINK = link();

const SETTINGS = {
  topic: choice(CONTACT_TOPICS, 'general'),
  variant: choice(VARIANTS, 'card', true),
  operationName: text({config: 'operationName', maxLength: 60, default: DEFAULT_OPERATION_NAME}),
  ...SafeguardHeadedElement.settings,
};

/** A contact as the card shows it: the page config's number or link, and its note for the topic. */
type ShownContact = Contact & {
  id: ContactId;
  shownNote?: () => string | TemplateResult;
};

/** A label before what it labels ("Textphone:"), punctuation translatable. */
const labelled = (text: string): string =>
  msg(str`${text}:`, {
    desc: 'A label followed by what it labels, such as “Police emergency:” before 999. Change only the punctuation and spacing your language puts after a label.',
  });

/** The card's heading, and the name of the compact list. */
const whoToContact = (): string =>
  msg('Who to contact', {
    desc: 'Heading of the contact card (and the name of the one-line list of numbers).',
  });

const itemPart = (contact: Contact): string => (contact.urgent ? 'item urgent' : 'item');

/**
 * The accessible name keeps the number as shown (so voice control users
 * can say it), then spells it digit by digit for screen readers, then
 * names who answers when that is not already written beside it.
 */
function phoneLink(number: string, name?: string): TemplateResult {
  const spoken = spokenNumber(
    number,
    msg(', ', {
      id: 'digit-group-separator',
      desc: 'Heard, not seen: what a screen reader says between the groups of a phone number read digit by digit (“0 8 0 0, 5 5 5, 1 1 1”). Your language’s list separator, usually a comma and a space (Arabic: “، ”).',
    })
  );
  const label = name
    ? msg(str`Call ${number} (${spoken}), ${name}`, {
        id: 'call-number-named',
        desc: 'Safety-critical. Heard, not seen: a screen reader’s name for a phone link. First placeholder: the number as written; second: the same number digit by digit; third: who answers. Keep all three.',
      })
    : msg(str`Call ${number} (${spoken})`, {
        id: 'call-number',
        desc: 'Safety-critical. Heard, not seen: a screen reader’s name for a phone link. First placeholder: the number as written; second: the same number digit by digit. Keep both.',
      });
  // dir="ltr" isolates the number, so it reads left to right in Arabic too.
  return html`<a part="link" class="phone" href=${telHref(number)} aria-label=${label} dir="ltr"
    >${number}</a
  >`;
}

function webLink(url: string): TemplateResult {
  const where = url.replace(/^https?:\/\//, '').replace(/\/$/, '');
  return html`<a part="link" href=${url} dir="ltr">${where}</a>`;
}

function renderContact(contact: ShownContact): TemplateResult {
  return html`<li part=${itemPart(contact)}>
    <strong part="when">${contact.when()}</strong>
    <span class="route">
      ${labelled(contact.name())}
      ${contact.kind === 'phone' ? phoneLink(contact.phone) : webLink(contact.url)}
    </span>
    ${contact.kind === 'phone' && contact.textphone
      ? html`<span>
          ${msg('Textphone:', {
            id: 'textphone-label',
            desc: 'Safety-critical. Before the text-relay number for people who are deaf or cannot speak (18000 for 999, 18001 101 for 101). Ends like other labels in your language.',
          })}
          ${phoneLink(contact.textphone)}
        </span>`
      : nothing}
    ${contact.shownNote
      ? html`<span part="note">${contact.shownNote()}</span>`
      : nothing}
  </li>`;
}

/**
 * Who to call about a safeguarding concern, most urgent first: 999, then
 * 101, then the anonymous and specialist routes for the topic. Content
 * placed inside the tag is the no-JavaScript fallback.
 *
 * @tag safeguard-report-contact
 * @csspart base - The card or the compact line.
 * @csspart heading - The heading.
 * @csspart list - The list of contacts.
 * @csspart item - One contact.
 * @csspart urgent - The most urgent contact (999).
 * @csspart when - When to use a contact.
 * @csspart link - A phone or web link.
 * @csspart note - A line of advice under a contact.
 * @cssprop [--safeguard-accent=#1d70b8] - Links and the card's border.
 * @cssprop [--safeguard-urgent=#b3261e] - The bar beside the most urgent contact.
 * @cssprop [--safeguard-surface=transparent] - The card's background.
 * @cssprop [--safeguard-radius=4px] - The card's corner radius.
 * @cssprop [--safeguard-space=1rem] - The card's padding.
 * @cssprop [--safeguard-focus=#0b0c0c] - The focus outline.
 * @cssprop [--safeguard-focus-halo=#ffdd00] - The halo around the focus outline.
 */
export class SafeguardReportContact extends SafeguardHeadedElement {
  static override styles = [...SafeguardHeadedElement.styles, styles];

  static override settings = SETTINGS;

  protected declare resolved: Resolved<typeof SETTINGS>;

  /**
   * Whose contacts to list: general, sexual-exploitation, modern-slavery, extremism or sexting.
   * @label Subject
   * @help Chooses which helplines are listed after 999 and 101.
   * @group content
   * @option general Any worry about a child
   * @option sexual-exploitation Child sexual exploitation
   * @option modern-slavery Modern slavery
   * @option extremism Extremism and terrorism
   * @option sexting Sexting
   */
  topic!: ContactTopic;

  /**
   * `card` lists every contact; `compact` is one line of the phone numbers, for sidebars and footers.
   * @label Size
   * @help The card lists every contact with what it is for; the compact line fits a sidebar or footer.
   * @group look
   * @option card Card: every contact
   * @option compact Compact: one line of phone numbers
   */
  variant!: (typeof VARIANTS)[number];

  /**
   * The operation to quote on 101 about child sexual exploitation (at most 60 characters; default "Operation Liberal", or the page config's `operationName`).
   * @label Operation name to quote on 101 (optional)
   * @help What callers quote about child sexual exploitation, up to 60 characters. Leave blank for "Operation Liberal", or the site-wide name.
   * @group advanced
   */
  operationName?: string;

  /** The topic's contacts, most urgent first, as shown. */
  private shown!: ShownContact[];

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const {topic} = this.resolved;
    this.shown = CONTACT_LISTS[topic].map((id) => this.contactFor(id, topic));
  }

  /** The contact `id` as listed under `topic`, with any replacement the page config gives. */
  private contactFor(id: ContactId, topic: ContactTopic): ShownContact {
    const contact: Contact = CONTACTS[id];
    const note = contact.notes?.[topic] ?? contact.notes?.default;
    const shown: ShownContact = {...contact, id, shownNote: note && (() => note(this.resolved.operationName))};
    const group = contact.kind === 'phone' ? 'phoneNumbers' : 'links';
    const name = `${group}.${id}`;
    const replacement = configEntry(group, id);
    if (replacement === undefined) return shown;
    if (contact.fixed) {
      warnOnce(this, name, replacement, `${contact.kind === 'phone' ? contact.phone : contact.url} cannot be replaced.`);
    } else if (shown.kind === 'phone') {
      shown.phone = firstAccepted(PHONE, [[this, name, replacement]], shown.phone);
    } else {
      shown.url = firstAccepted(LINK, [[this, name, replacement]], shown.url);
    }
    return shown;
  }

  override render() {
    if (this.resolved.variant === 'compact') {
      return html`<div part="base" class="compact">
        <ul part="list" aria-label=${whoToContact()}>
          ${this.shown.map((contact) =>
            contact.kind === 'phone'
              ? html`<li part=${itemPart(contact)}>
                  <span part="when">${labelled(contact.when())}</span>
                  ${phoneLink(contact.phone, contact.name())}
                </li>`
              : nothing
          )}
        </ul>
      </div>`;
    }
    return html`<section part="base" class="card">
      ${heading(this.resolved.headingLevel, whoToContact())}
      <ul part="list">
        ${this.shown.map(renderContact)}
      </ul>
    </section>`;
  }
}
