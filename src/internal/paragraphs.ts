import {html, type TemplateResult} from 'lit';

/** One `<p>` a string, as text (never as HTML). */
export const paragraphs = (lines: string[]): TemplateResult[] =>
  lines.map((line) => html`<p>${line}</p>`);
