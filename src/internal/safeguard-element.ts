import {LitElement, type PropertyDeclarations} from 'lit';
import {updateWhenLocaleChanges} from '@lit/localize';
import {base} from '../styles/base.js';
import {VERSION} from './version.js';
import {headingLevel} from './validate.js';
import {currentLocale, pageLocaleLoading, textDirection} from './localization.js';

/**
 * What every `safeguard-*` element shares: the version used to spot a
 * second copy of the library, localisation, base styles and `heading-level`.
 */
export class SafeguardElement extends LitElement {
  /** The library version that defined this element. */
  static readonly version = VERSION;

  static override styles = [base];

  static override properties: PropertyDeclarations = {
    headingLevel: {type: Number, attribute: 'heading-level'},
  };

  /** Level of the element's main heading (1-6), to fit the host page's outline. */
  headingLevel = 2;

  constructor() {
    super();
    // Re-render when another locale loads (what `@localized()` does).
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    // Already started by `defineOnce`; here too for a class defined by hand.
    void pageLocaleLoading();
    super.connectedCallback();
  }

  /** The language the element's text is rendered in, for `lang` on its outer element. */
  protected get textLang(): string {
    return currentLocale();
  }

  /** The direction of that language, for `dir` on its outer element. */
  protected get textDir(): 'ltr' | 'rtl' {
    return textDirection();
  }

  /** The validated heading level: a bad value warns once and gives 2. */
  protected get level(): number {
    return headingLevel(this, this.headingLevel);
  }
}
