import {LitElement} from 'lit';
import {property} from 'lit/decorators.js';
import {localized} from '@lit/localize';
import {base} from '../styles/base.js';
import {VERSION} from './version.js';
import {headingLevel} from './validate.js';
import {startLocalization} from './localization.js';

/**
 * What every `safeguard-*` element shares: the version used to spot a
 * second copy of the library, localisation, base styles and `heading-level`.
 */
@localized()
export class SafeguardElement extends LitElement {
  /** The library version that defined this element. */
  static readonly version = VERSION;

  static override styles = [base];

  /** Level of the element's main heading (1-6), to fit the host page's outline. */
  @property({type: Number, attribute: 'heading-level'}) headingLevel = 2;

  override connectedCallback(): void {
    startLocalization();
    super.connectedCallback();
  }

  /** The validated heading level: a bad value warns once and gives 2. */
  protected get level(): number {
    return headingLevel(this, this.headingLevel);
  }
}
