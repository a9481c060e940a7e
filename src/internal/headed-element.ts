import {SafeguardElement} from './safeguard-element.js';
import {HEADING_LEVEL} from './settings.js';

/** A `safeguard-*` element that renders headings: it takes `heading-level`. */
export class SafeguardHeadedElement extends SafeguardElement {
  static override settings = {headingLevel: HEADING_LEVEL};

  /** Level of the element's main heading (1-6), to fit the host page's outline. */
  headingLevel!: number;
}
