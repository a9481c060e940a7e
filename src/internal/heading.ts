import {html, type TemplateResult} from 'lit';

/**
 * Renders `content` as an `h1`...`h6` heading. `level` must already be
 * validated (see `headingLevel`).
 */
export function heading(
  level: number,
  content: unknown,
  part = 'heading'
): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 part=${part}>${content}</h1>`;
    case 3:
      return html`<h3 part=${part}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part}>${content}</h5>`;
    case 6:
      return html`<h6 part=${part}>${content}</h6>`;
    default:
      return html`<h2 part=${part}>${content}</h2>`;
  }
}

/** The level below `level`, never deeper than 6. */
export const subLevel = (level: number): number => Math.min(level + 1, 6);
