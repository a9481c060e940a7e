import {LitElement, adoptStyles, type PropertyValues} from 'lit';
import {base} from '../styles/base.js';
import {VERSION} from './version.js';
import {sourceLocale} from '../generated/locale-codes.js';
import {afterPageLocale, connectedElements, currentLocale, localeStyles, textDirection} from './localization.js';
import {propertyOf, resolveSettings, type Settings} from './settings.js';

/**
 * What every `safeguard-*` element shares: the version used to spot a
 * second copy of the library, its settings, localisation and base styles.
 * Elements that render headings extend `SafeguardHeadedElement`.
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

  /**
   * The element's settings, each declared once (src/internal/settings.ts):
   * each becomes a reactive property and its attribute, and is resolved
   * before every render into `resolved`. custom-elements.json, the
   * embed-code builder, the WordPress blocks and the fuzz tests read them.
   * @internal
   */
  static settings: Settings = {};

  /** The settings as resolved before this render: attribute, then page config, then default. */
  protected resolved: Record<string, unknown> = {};

  protected static override finalize(): void {
    // eslint-disable-next-line no-prototype-builtins -- as Lit does: a class always has the method.
    if (this.hasOwnProperty('settings')) {
      // A subclass lists its base's settings again (heading-level): making
      // its property twice is harmless, and cheaper than telling them apart.
      for (const [property, setting] of Object.entries(this.settings)) {
        this.createProperty(property, propertyOf(property, setting));
        // The property reads its default until set, except one the page
        // config can give: that stays unset, so that the config applies.
        if (!setting.config && setting.default !== undefined) {
          this.addInitializer((element) => ((element as unknown as Record<string, unknown>)[property] = setting.default));
        }
      }
    }
    super.finalize();
  }

  // On the page, it re-renders when another locale loads (setLocale).
  override connectedCallback(): void {
    super.connectedCallback();
    connectedElements.add(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connectedElements.delete(this);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.resolved = resolveSettings(this, (this.constructor as typeof SafeguardElement).settings);
  }

  /** The locale whose styles the shadow root has (English's are the element's own). */
  private stylesLocale = sourceLocale;

  /**
   * Renders, then states the language and direction of the text on each of
   * the element's outer elements, and adds what its language adds to the
   * styles (the banner's heights, a script's face), once a language.
   */
  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    for (const outer of this.renderRoot.children) {
      outer.setAttribute('lang', currentLocale());
      outer.setAttribute('dir', textDirection());
    }
    if (this.stylesLocale !== currentLocale()) {
      this.stylesLocale = currentLocale();
      const own = (this.constructor as typeof SafeguardElement).elementStyles;
      const added = localeStyles();
      adoptStyles(this.renderRoot as ShadowRoot, added ? [...own, added] : own);
    }
  }

  /**
   * The first render waits for the page's translation (and starts loading
   * it, if nothing has yet), so an element added to a page in another
   * language after the library loaded, or a class defined by hand, paints
   * no English first.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.hasUpdated ? super.scheduleUpdate() : afterPageLocale(() => super.scheduleUpdate());
  }
}
