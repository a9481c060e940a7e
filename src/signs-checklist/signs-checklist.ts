import {html, nothing, type PropertyValues} from 'lit';
import {msg, str} from '@lit/localize';
import {SafeguardHeadedElement} from '../internal/headed-element.js';
import {choice, flag, type Resolved} from '../internal/settings.js';
import {heading, subLevel} from '../internal/heading.js';
import {emit} from '../internal/events.js';
import {formatToday, plural} from '../internal/localization.js';
import {CHECKLIST_TOPICS} from '../content/checklists.js';
import type {ChecklistTopic} from '../content/topics.js';
import {SafeguardReportContact} from '../report-contact/report-contact.js';
import {styles} from './signs-checklist.styles.js';

const SETTINGS = {
  topic: choice(Object.keys(CHECKLIST_TOPICS) as ChecklistTopic[], 'child-exploitation'),
  hideContacts: flag(),
  ...SafeguardHeadedElement.settings,
};

/**
 * The warning signs as a checklist. Ticking a sign shows what it may mean,
 * what a parent can do and who to call. Nothing ticked is saved or sent.
 *
 * @tag safeguard-signs-checklist
 * @fires {{checked: number; total: number}} safeguard-checklist-change - A sign was ticked or unticked, the answers were cleared, or the topic changed. Detail: how many are ticked, of how many (numbers only, never which).
 * @csspart base - The card around everything.
 * @csspart heading - The main heading.
 * @csspart intro - The line under the heading.
 * @csspart printed - The date line, shown only in print.
 * @csspart group - A fieldset of signs.
 * @csspart legend - A fieldset's legend.
 * @csspart list - A list of signs.
 * @csspart item - One sign: a list item holding the checkbox and its label.
 * @csspart checkbox - A sign's checkbox.
 * @csspart status - The line that says how many signs are ticked.
 * @csspart result - The panel shown once a sign is ticked.
 * @csspart result-heading - A heading in the result panel.
 * @csspart advice - The list of things a parent can do.
 * @csspart contacts - The nested `<safeguard-report-contact>`.
 * @csspart actions - The row of buttons.
 * @csspart print - The "Print this list" button.
 * @csspart clear - The "Clear my answers" button.
 * @cssprop [--safeguard-accent=#1d70b8] - Checkboxes, the result panel's border, and the nested contact card's links and border.
 * @cssprop [--safeguard-urgent=#b3261e] - The bar beside the most urgent contact, in the nested contact card.
 * @cssprop [--safeguard-surface=transparent] - The card's background (and the nested contact card's).
 * @cssprop [--safeguard-button=#1d70b8] - The print button's background.
 * @cssprop [--safeguard-button-text=#ffffff] - The print button's text.
 * @cssprop [--safeguard-radius=4px] - Corner rounding.
 * @cssprop [--safeguard-space=1rem] - The card's padding (and the nested contact card's).
 * @cssprop [--safeguard-focus=#0b0c0c] - The focus outline.
 * @cssprop [--safeguard-focus-halo=#ffdd00] - The halo around the focus outline.
 */
export class SafeguardSignsChecklist extends SafeguardHeadedElement {
  static override styles = [...SafeguardHeadedElement.styles, styles];

  /** The elements it renders, defined with it. @internal */
  static override dependencies = {'safeguard-report-contact': SafeguardReportContact};

  static override settings = SETTINGS;

  static override properties = {
    // Internal state. `state` already means no attribute; `attribute: false`
    // also keeps it out of custom-elements.json.
    ticked: {state: true, attribute: false},
    cleared: {state: true, attribute: false},
    printedOn: {state: true, attribute: false},
  };

  protected declare resolved: Resolved<typeof SETTINGS>;

  /**
   * Which signs to list: child-exploitation (the campaign's list) or sexual-exploitation.
   * @label Signs to list
   * @help The campaign's fifteen signs, or the signs of child sexual exploitation.
   * @group content
   * @option child-exploitation Child exploitation (the campaign's 15 signs)
   * @option sexual-exploitation Child sexual exploitation
   */
  topic!: ChecklistTopic;

  /**
   * Leave out who to contact in the result. The attribute is on when present, except `hide-contacts="false"` (any case).
   * @label Leave out who to call
   * @help Tick when the page already shows the contacts nearby. Left unticked, the result lists who to call.
   * @group content
   */
  hideContacts!: boolean;

  /** The ticked signs, by their place in the list (0 is the first). Kept in memory only. */
  private ticked = new Set<number>();

  private cleared = false;

  /** Today's date, set as the page is about to print (see `connectedCallback`). */
  private printedOn?: string;

  /**
   * Dates the paper copy: the date is formatted only when the page prints
   * (Ctrl+P or the print button), so it is the day it is printed, and a
   * page that never prints builds no date format (the first `Intl` format a
   * page builds takes tens of milliseconds).
   */
  private readonly datePrint = (): void => {
    this.printedOn = formatToday();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.datePrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.datePrint);
  }

  /** The topic's checklist and contacts. */
  private checklistTopic!: (typeof CHECKLIST_TOPICS)[ChecklistTopic];

  /** How many signs the topic lists. */
  private total!: number;

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const topic = CHECKLIST_TOPICS[this.resolved.topic];
    if (topic !== this.checklistTopic) {
      this.restarted = !!this.checklistTopic;
      this.checklistTopic = topic;
      this.total = topic.checklist.groups().flatMap((group) => group.signs()).length;
      // Another topic lists other signs: start again.
      this.ticked = new Set();
    }
  }

  /** Whether this update shows another topic's signs, after the first render. */
  private restarted = false;

  override updated(): void {
    // Tell the host the count started again.
    if (this.restarted) this.changed();
    this.restarted = false;
  }

  /** Opens the print dialog. A seam so tests need not print. */
  protected openPrintDialog(): void {
    window.print();
  }

  /** One listener for every box (on the card): the list's order gives the sign. */
  private tick(event: Event): void {
    const box = event.target as HTMLInputElement;
    const sign = [...this.renderRoot.querySelectorAll('input')].indexOf(box);
    const ticked = new Set(this.ticked);
    if (box.checked) ticked.add(sign);
    else ticked.delete(sign);
    this.ticked = ticked;
    this.cleared = false;
    this.changed();
  }

  private async clear(): Promise<void> {
    this.ticked = new Set();
    this.cleared = true;
    this.changed();
    await this.updateComplete;
    this.renderRoot.querySelector('input')?.focus();
  }

  private changed(): void {
    emit(this, 'safeguard-checklist-change', {
      checked: this.ticked.size,
      total: this.total,
    });
  }

  /**
   * "2 of 15 signs ticked.", in the grammar of the rendered locale: one
   * message per plural category, chosen by the number ticked.
   */
  private countMessage(count: number): string {
    // Whole numbers under 1,000 are written the same in every locale in the
    // digits 0-9 (those of the phone numbers), with no Intl format.
    const checked = String(count);
    const total = String(this.total);
    return plural(count, {
      zero: () => msg(str`${checked} of ${total} signs ticked.`, {id: 'signs-ticked-zero', desc: 'Status line, read aloud by screen readers: how many signs are ticked. First placeholder: the number ticked, which picks this form; second: how many signs there are (3 to 15). A language that does not use this plural category never shows it: copy your “other” form. Category “zero” (for example Welsh and Arabic 0).'}),
      one: () => msg(str`${checked} of ${total} signs ticked.`, {id: 'signs-ticked-one', desc: 'Status line, read aloud by screen readers: how many signs are ticked. First placeholder: the number ticked, which picks this form; second: how many signs there are (3 to 15). A language that does not use this plural category never shows it: copy your “other” form. Category “one” (English 1; Polish 1; Arabic 1).'}),
      two: () => msg(str`${checked} of ${total} signs ticked.`, {id: 'signs-ticked-two', desc: 'Status line, read aloud by screen readers: how many signs are ticked. First placeholder: the number ticked, which picks this form; second: how many signs there are (3 to 15). A language that does not use this plural category never shows it: copy your “other” form. Category “two” (Welsh and Arabic 2).'}),
      few: () => msg(str`${checked} of ${total} signs ticked.`, {id: 'signs-ticked-few', desc: 'Status line, read aloud by screen readers: how many signs are ticked. First placeholder: the number ticked, which picks this form; second: how many signs there are (3 to 15). A language that does not use this plural category never shows it: copy your “other” form. Category “few” (Polish 2-4; Romanian 0, 2-19; Welsh 3; Arabic 3-10).'}),
      many: () => msg(str`${checked} of ${total} signs ticked.`, {id: 'signs-ticked-many', desc: 'Status line, read aloud by screen readers: how many signs are ticked. First placeholder: the number ticked, which picks this form; second: how many signs there are (3 to 15). A language that does not use this plural category never shows it: copy your “other” form. Category “many” (Polish 5-21; Welsh 6; Arabic 11-99).'}),
      other: () => msg(str`${checked} of ${total} signs ticked.`, {id: 'signs-ticked-other', desc: 'Status line, read aloud by screen readers: how many signs are ticked. First placeholder: the number ticked, which picks this form; second: how many signs there are (3 to 15). A language that does not use this plural category never shows it: copy your “other” form. Category “other”: every other number.'}),
    });
  }

  override render() {
    const topic = this.checklistTopic;
    const level = this.resolved.headingLevel;
    const sub = subLevel(level);
    const count = this.ticked.size;
    // Each sign's place in the list, counted as they render in order.
    let sign = 0;
    return html`<section part="base" class="card" @change=${this.tick}>
      ${heading(level, topic.checklist.heading())}
      <p part="intro" class="intro">
        ${msg('Tick any signs you have noticed. Nothing you tick is saved or sent anywhere.', {
          desc: 'Under the checklist heading. Tells the parent what to do and promises privacy: what they tick stays on their device.',
        })}
      </p>
      <p part="printed" class="printed">
        ${this.printedOn
          ? msg(str`Printed on ${this.printedOn}`, {desc: 'Only on paper, when the checklist is printed. The placeholder is today’s date, already formatted for your language.'})
          : nothing}
      </p>
      ${topic.checklist.groups().map(
        (group) => html`<fieldset part="group">
          <legend part="legend">${group.legend()}</legend>
          <ul part="list">
            ${group.signs().map(
              (text) => html`<li part="item">
                <label>
                  <input part="checkbox" type="checkbox" .checked=${this.ticked.has(sign++)} /><span
                    >${text}</span
                  >
                </label>
              </li>`
            )}
          </ul>
        </fieldset>`
      )}
      <p part="status" class="status" role="status">
        ${this.cleared
          ? msg('Your answers are cleared.', {desc: 'Status line, read aloud by screen readers, after the parent pressed “Clear my answers”.'})
          : nothing}
        ${this.countMessage(count)}
        ${count
          ? msg('See what you can do below.', {desc: 'Status line, after the count, once a sign is ticked: advice appears below the list.'})
          : nothing}
      </p>
      ${count
        ? html`<div part="result" class="result">
            ${heading(sub, msg('What this may mean', {desc: 'Heading in the result shown once a sign is ticked.'}), 'result-heading')}
            <p>
              ${msg('Each of these signs on its own can be part of normal teenage life. But several signs together, or a sudden change, are a reason to act.', {
                desc: 'Result, under “What this may mean”. Calm: one sign alone is not proof; act on several, or on a sudden change.',
              })}
            </p>
            ${heading(sub, msg('What can I do?', {desc: 'Heading in the result over advice for parents; the parent asks.'}), 'result-heading')}
            <ul part="advice">
              ${topic.checklist.advice().map((line) => html`<li>${line}</li>`)}
            </ul>
            ${this.resolved.hideContacts
              ? nothing
              : html`<safeguard-report-contact
                  part="contacts"
                  topic=${topic.contacts}
                  heading-level=${sub}
                ></safeguard-report-contact>`}
            <div part="actions" class="actions">
              <button part="print" type="button" @click=${() => this.openPrintDialog()}>
                ${msg('Print this list', {desc: 'Button: prints the ticked signs with advice and contacts.'})}
              </button>
              <button part="clear" class="clear" type="button" @click=${this.clear}>
                ${msg('Clear my answers', {desc: 'Button: unticks every sign.'})}
              </button>
            </div>
          </div>`
        : nothing}
    </section>`;
  }
}
