import {LitElement} from 'lit';
import {updateWhenLocaleChanges} from '@lit/localize';
import {base} from '../styles/base.js';
import {VERSION} from './version.js';
import {currentLocale, pageLocaleLoading, textDirection} from './localization.js';

/**
 * What every `safeguard-*` element shares: the version used to spot a
 * second copy of the library, localisation and base styles. Elements that
 * render headings extend `SafeguardHeadedElement`.
 */
export class SafeguardElement extends LitElement {
  /** The library version that defined this element. */
  static readonly version = VERSION;

  static override styles = [base];

  /**
   * The `safeguard-*` elements this one renders inside it, by tag: `define`
   * defines them first, so importing a class has no side effect.
   * @internal
   */
  declare static dependencies?: Record<string, typeof SafeguardElement>;

  constructor() {
    super();
    // Re-render when another locale loads (what `@localized()` does).
    updateWhenLocaleChanges(this);
  }

  /**
   * The first render waits for the page's translation (and starts loading
   * it, if nothing has yet), so an element added to a page in another
   * language after the library loaded, or a class defined by hand, paints
   * no English first.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = this.hasUpdated ? undefined : pageLocaleLoading();
    return loading ? loading.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** The language the element's text is rendered in, for `lang` on its outer element. */
  protected get textLang(): string {
    return currentLocale();
  }

  /** The direction of that language, for `dir` on its outer element. */
  protected get textDir(): 'ltr' | 'rtl' {
    return textDirection();
  }
}
