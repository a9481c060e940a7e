import {html, nothing} from 'lit';
import {msg} from '@lit/localize';
import {SafeguardHeadedElement} from '../internal/headed-element.js';
import {flag, type Resolved} from '../internal/settings.js';
import {heading, subLevel} from '../internal/heading.js';
import {paragraphs} from '../internal/paragraphs.js';
import {sexting} from '../content/sexting.js';
import type {TipsTopic} from '../content/types.js';
import {SafeguardReportContact} from '../report-contact/report-contact.js';
import {styles} from './sexting-tips.styles.js';

const SETTINGS = {open: flag(true), ...SafeguardHeadedElement.settings};

/**
 * Sexting for parents: what it is, why it is risky, three tips, and who to
 * call when unsure. Each tip is a native `<details>`, so it opens and closes
 * with the keyboard and without any script of ours.
 *
 * @tag safeguard-sexting-tips
 * @csspart base - The section around everything.
 * @csspart heading - The main heading and the two section headings.
 * @csspart tips - The box around the tips.
 * @csspart tip - One tip: a `<details>` element.
 * @csspart summary - A tip's `<summary>`, the line that opens it.
 * @csspart contacts - The nested `<safeguard-report-contact topic="sexting">`.
 * @cssprop [--safeguard-accent=#1d70b8] - The colour of each tip's summary, and the nested contact card's links and border.
 * @cssprop [--safeguard-urgent=#b3261e] - The bar beside the most urgent contact, in the nested contact card.
 * @cssprop [--safeguard-surface=transparent] - The nested contact card's background.
 * @cssprop [--safeguard-radius=4px] - The nested contact card's corner radius.
 * @cssprop [--safeguard-space=1rem] - The nested contact card's padding.
 * @cssprop [--safeguard-focus=#0b0c0c] - The focus outline.
 * @cssprop [--safeguard-focus-halo=#ffdd00] - The halo around the focus outline.
 */
export class SafeguardSextingTips extends SafeguardHeadedElement {
  static override styles = [...SafeguardHeadedElement.styles, styles];

  /** The elements it renders, defined with it. @internal */
  static override dependencies = {'safeguard-report-contact': SafeguardReportContact};

  static override settings = SETTINGS;

  static override properties = {topic: {attribute: false}};

  protected declare resolved: Resolved<typeof SETTINGS>;

  /**
   * Opens every tip; removing it closes every tip. A reader can still open or close each one. The attribute is on when present, except `open="false"` (any case).
   * @label Show every tip open
   * @help Readers can still open and close each tip. Leave unticked to show the tips closed.
   * @group look
   */
  open!: boolean;

  /**
   * The topic whose tips it shows: sexting, or the topic of the guide that renders it.
   * @internal
   */
  topic: TipsTopic = sexting;

  override render() {
    const {topic} = this;
    const level = this.resolved.headingLevel;
    const sub = subLevel(level);
    // `?open` only touches the tips when `open` changes, so a tip the
    // reader opened or closed stays as they left it on other renders.
    return html`<section part="base">
      ${heading(level, topic.title())} ${paragraphs(topic.about())}
      ${heading(sub, msg('Tips for parents', {desc: 'Section heading over three tips on preventing sexting.'}))}
      <div part="tips">
        ${topic.tips().map(
          (tip) => html`<details part="tip" ?open=${this.open}>
            <summary part="summary">${tip.summary()}</summary>
            ${paragraphs(tip.detail())}
          </details>`
        )}
      </div>
      ${heading(sub, msg('If you are not sure what to do', {desc: 'Section heading over who to call about sexting.'}))}
      ${topic.ifUnsure ? html`<p>${topic.ifUnsure()}</p>` : nothing}
      <safeguard-report-contact
        part="contacts"
        topic=${topic.contacts}
        heading-level=${subLevel(sub)}
      ></safeguard-report-contact>
    </section>`;
  }
}
