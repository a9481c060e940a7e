import {SafeguardElement} from './safeguard-element.js';
import {HEADING_LEVEL} from './settings.js';

/** A `safeguard-*` element that renders headings: it takes `heading-level`. */
export class SafeguardHeadedElement extends SafeguardElement {
  static override settings = {headingLevel: HEADING_LEVEL};

  /**
   * Level of the element's main heading (1-6), to fit the host page's outline.
   * @label Heading level
   * @help 2 suits most pages: the widget's heading then sits under the page's title. Use 3 inside a section that has its own heading.
   * @group advanced
   */
  headingLevel!: number;
}
