import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import {SafeguardHeadedElement} from '../internal/headed-element.js';
import {choice, type Resolved} from '../internal/settings.js';
import {heading, subLevel} from '../internal/heading.js';
import {paragraphs} from '../internal/paragraphs.js';
import {hasTips, type Topic} from '../content/types.js';
import {TOPICS, TOPIC_NAMES, type TopicName} from '../content/topics.js';
import {SafeguardReportContact} from '../report-contact/report-contact.js';
import {SafeguardSignsChecklist} from '../signs-checklist/signs-checklist.js';
import {SafeguardSextingTips} from '../sexting-tips/sexting-tips.js';
import {styles} from './topic-guide.styles.js';

const SETTINGS = {topic: choice(TOPIC_NAMES, 'child-exploitation'), ...SafeguardHeadedElement.settings};

/**
 * One safeguarding subject explained for parents: what it is, the signs,
 * who does what locally, and who to contact. It is built from the other
 * elements, not a copy of them:
 *
 * - A topic with a checklist of signs (`child-exploitation`,
 *   `sexual-exploitation`) shows the interactive `<safeguard-signs-checklist>` (with `hide-contacts`, as the
 *   guide ends with the contact card anyway). A plain list would repeat the
 *   same signs, but without the ticking that shows a parent what to do next
 *   (the checklist's result lists "What can I do?", so the guide does not).
 * - A topic with plain signs (`modern-slavery`) lists them; `extremism` has
 *   no list of signs in the sources, so none is shown.
 * - A topic with tips (`sexting`) is `<safeguard-sexting-tips>` at the
 *   guide's own heading level: it already says what the harm is and who to
 *   call, so the guide adds nothing around it.
 * - Every other topic ends with `<safeguard-report-contact>` for the topic.
 *
 * Sections sit one heading level below the guide's heading, and so do the
 * nested checklist and contact card.
 *
 * @tag safeguard-topic-guide
 * @csspart base - The element's outer box.
 * @csspart heading - The main heading and each section's heading.
 * @csspart list - The list of what to call about (modern slavery).
 * @csspart checklist - The nested `<safeguard-signs-checklist>`.
 * @csspart contacts - The nested `<safeguard-report-contact>`.
 * @csspart tips - The nested `<safeguard-sexting-tips>` (sexting only).
 * @cssprop [--safeguard-accent=#1d70b8] - Links, borders, checkboxes and tip summaries in the nested elements.
 * @cssprop [--safeguard-urgent=#b3261e] - The bar beside the most urgent contact, in the nested contact card.
 * @cssprop [--safeguard-surface=transparent] - The nested checklist's and contact card's background.
 * @cssprop [--safeguard-button=#1d70b8] - The nested checklist's print button's background.
 * @cssprop [--safeguard-button-text=#ffffff] - The nested checklist's print button's text.
 * @cssprop [--safeguard-radius=4px] - Corner rounding in the nested elements.
 * @cssprop [--safeguard-space=1rem] - The nested checklist's and contact card's padding.
 * @cssprop [--safeguard-focus=#0b0c0c] - The focus outline.
 * @cssprop [--safeguard-focus-halo=#ffdd00] - The halo around the focus outline.
 */
export class SafeguardTopicGuide extends SafeguardHeadedElement {
  static override styles = [...SafeguardHeadedElement.styles, styles];

  /** The elements it renders, defined with it. @internal */
  static override dependencies = {
    'safeguard-report-contact': SafeguardReportContact,
    'safeguard-signs-checklist': SafeguardSignsChecklist,
    'safeguard-sexting-tips': SafeguardSextingTips,
  };

  static override settings = SETTINGS;

  protected declare resolved: Resolved<typeof SETTINGS>;

  /**
   * The subject: child-exploitation (default), sexual-exploitation, extremism, modern-slavery or sexting.
   * @label Subject
   * @help The subject the guide explains, with its signs and who to call.
   * @group content
   * @option child-exploitation Child exploitation
   * @option sexual-exploitation Child sexual exploitation
   * @option extremism Extremism and terrorism
   * @option modern-slavery Modern slavery
   * @option sexting Sexting
   */
  topic!: TopicName;

  override render() {
    const {topic: name, headingLevel: level} = this.resolved;
    const topic: Topic = TOPICS[name];
    if (hasTips(topic)) {
      return html`<article part="base">
        <safeguard-sexting-tips part="tips" heading-level=${level} .topic=${topic}></safeguard-sexting-tips>
      </article>`;
    }
    const sub = subLevel(level);
    const section = (title: string, body: unknown): TemplateResult =>
      html`<section>${heading(sub, title)}${body}</section>`;
    return html`<article part="base">
      ${heading(level, topic.title())}
      ${section(msg('What it is', {desc: 'Section heading in a topic guide: what the harm is.'}), paragraphs(topic.about()))}
      ${topic.checklist
        ? html`<safeguard-signs-checklist
            part="checklist"
            topic=${name}
            heading-level=${sub}
            hide-contacts
          ></safeguard-signs-checklist>`
        : topic.signs
          ? section(
              msg('What to look out for', {desc: 'Section heading in a topic guide, over the signs to notice.'}),
              topic.signs().map(
                (group) => html`<p>${group.legend()}</p>
                  <ul part="list">
                    ${group.signs().map((sign) => html`<li>${sign}</li>`)}
                  </ul>`
              )
            )
          : nothing}
      ${topic.local ? section(
            msg('What is being done locally', {desc: 'Section heading in a topic guide: what the police, councils and partners in Hampshire and the Isle of Wight do.'}),
            paragraphs(topic.local())
          ) : nothing}
      <safeguard-report-contact
        part="contacts"
        topic=${topic.contacts}
        heading-level=${sub}
      ></safeguard-report-contact>
    </article>`;
  }
}
