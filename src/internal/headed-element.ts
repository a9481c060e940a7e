import type {PropertyDeclarations, PropertyValues} from 'lit';
import {SafeguardElement} from './safeguard-element.js';
import {headingLevel} from './validate.js';

/** A `safeguard-*` element that renders headings: it takes `heading-level`. */
export class SafeguardHeadedElement extends SafeguardElement {
  static override properties: PropertyDeclarations = {
    headingLevel: {type: Number, attribute: 'heading-level'},
  };

  /** Level of the element's main heading (1-6), to fit the host page's outline. */
  headingLevel = 2;

  /** The validated heading level: a bad value warns once and gives 2. */
  protected level!: number;

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('headingLevel')) this.level = headingLevel(this, this.headingLevel);
  }
}
