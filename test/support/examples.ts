// Every element in each variant and topic, as a page writes it: one list
// for the tests that must cover them all (right to left, locales).
import {html, type TemplateResult} from 'lit';

export const EXAMPLES: Record<string, TemplateResult> = {
  'checklist, child exploitation': html`<safeguard-signs-checklist></safeguard-signs-checklist>`,
  'checklist, sexual exploitation': html`<safeguard-signs-checklist topic="sexual-exploitation"></safeguard-signs-checklist>`,
  'contact card, general': html`<safeguard-report-contact></safeguard-report-contact>`,
  'contact card, sexual exploitation': html`<safeguard-report-contact topic="sexual-exploitation"></safeguard-report-contact>`,
  'contact card, modern slavery': html`<safeguard-report-contact topic="modern-slavery"></safeguard-report-contact>`,
  'contact card, extremism': html`<safeguard-report-contact topic="extremism"></safeguard-report-contact>`,
  'contact card, sexting': html`<safeguard-report-contact topic="sexting"></safeguard-report-contact>`,
  'compact contacts': html`<safeguard-report-contact variant="compact"></safeguard-report-contact>`,
  'campaign banner': html`<safeguard-campaign-banner dismissible href="#x"></safeguard-campaign-banner>`,
  'slim banner': html`<safeguard-campaign-banner variant="slim" dismissible href="#x"></safeguard-campaign-banner>`,
  'quick exit': html`<safeguard-quick-exit></safeguard-quick-exit>`,
  'sexting tips': html`<safeguard-sexting-tips open></safeguard-sexting-tips>`,
  'topic guide, child exploitation': html`<safeguard-topic-guide></safeguard-topic-guide>`,
  'topic guide, sexual exploitation': html`<safeguard-topic-guide topic="sexual-exploitation"></safeguard-topic-guide>`,
  'topic guide, extremism': html`<safeguard-topic-guide topic="extremism"></safeguard-topic-guide>`,
  'topic guide, modern slavery': html`<safeguard-topic-guide topic="modern-slavery"></safeguard-topic-guide>`,
  'topic guide, sexting': html`<safeguard-topic-guide topic="sexting"></safeguard-topic-guide>`,
};
