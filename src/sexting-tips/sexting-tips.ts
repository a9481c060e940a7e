import {html} from 'lit';
import {msg} from '@lit/localize';
import {SafeguardHeadedElement} from '../internal/headed-element.js';
import {booleanAttribute} from '../internal/validate.js';
import {heading, subLevel} from '../internal/heading.js';
import {paragraphs} from '../internal/paragraphs.js';
import {sexting} from '../content/sexting.js';
import {SafeguardReportContact} from '../report-contact/report-contact.js';
import {styles} from './sexting-tips.styles.js';

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

  static override properties = {
    open: {type: Boolean, reflect: true, converter: booleanAttribute},
  };

  /** Opens every tip; removing it closes every tip. A reader can still open or close each one. The attribute is on when present, except `open="false"` (any case). */
  open = false;

  override render() {
    const level = this.level;
    const sub = subLevel(level);
    // `?open` only touches the tips when `open` changes, so a tip the
    // reader opened or closed stays as they left it on other renders.
    return html`<section part="base" lang=${this.textLang} dir=${this.textDir}>
      ${heading(level, sexting.title())} ${paragraphs(sexting.about())}
      ${heading(sub, msg('Tips for parents', {desc: 'Section heading over three tips on preventing sexting.'}))}
      <div part="tips">
        ${sexting.tips().map(
          (tip) => html`<details part="tip" ?open=${this.open}>
            <summary part="summary">${tip.summary()}</summary>
            ${paragraphs(tip.detail())}
          </details>`
        )}
      </div>
      ${heading(sub, msg('If you are not sure what to do', {desc: 'Section heading over who to call about sexting.'}))}
      <p>${sexting.ifUnsure()}</p>
      <safeguard-report-contact
        part="contacts"
        topic=${sexting.contacts}
        heading-level=${subLevel(sub)}
      ></safeguard-report-contact>
    </section>`;
  }
}
