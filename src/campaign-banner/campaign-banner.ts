import {html, nothing, type PropertyValues} from 'lit';
import {msg} from '@lit/localize';
import {SafeguardHeadedElement} from '../internal/headed-element.js';
import {choice, date, flag, link, text, type Resolved} from '../internal/settings.js';
import {heading} from '../internal/heading.js';
import {emit} from '../internal/events.js';
import {msUntilUkMidnight, ukToday} from '../internal/uk-date.js';
import {campaign} from '../content/campaign.js';
import {styles} from './campaign-banner.styles.js';

const VARIANTS = ['full', 'slim'] as const;

const SETTINGS = {
  href: link('campaignHref'),
  heading: text(),
  message: text(),
  linkText: text(),
  starts: date(),
  ends: date('starts'),
  dismissible: flag(),
  variant: choice(VARIANTS, 'full', true),
  ...SafeguardHeadedElement.settings,
};

/** sessionStorage key for a dismissal: neutral, so it says nothing about the page. */
const KEY = 'sgw-banner-hidden';

/** The banners on the page: dismissing one hides every dismissible one. */
const banners = new Set<SafeguardCampaignBanner>();

/** Storage can throw (sandboxed iframes, privacy modes): then nothing is remembered. */
const storage = (value?: string): string | null => {
  try {
    if (value) sessionStorage.setItem(KEY, value);
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
};

/**
 * The "Is Your Child Safe?" campaign banner: the campaign, why it matters,
 * the missing-children figure, who runs it and a "See the signs" link.
 * Content placed inside the tag (without a `slot`) is the no-JavaScript fallback.
 *
 * Dates: `starts` and `ends` are UK dates (Europe/London), both days included.
 * Outside them the element renders nothing and takes no space; it checks
 * again at UK midnight while the page stays open. `shown` (read-only) and
 * the custom state `:state(shown)` say whether it shows; the element never
 * touches its `hidden` attribute, which stays the page's to set.
 *
 * Dismissing (with `dismissible`) hides every dismissible banner on the page
 * at once, and any shown later for the rest of this browser tab
 * (sessionStorage `sgw-banner-hidden`; no cookies, no localStorage); banners
 * without `dismissible` stay. Only the banner closed fires
 * `safeguard-dismiss`. Focus then moves to its next sibling if that can
 * take focus, else to the page's `<main>` (given `tabindex="-1"` until it
 * loses focus), else back to the page.
 *
 * No layout shift: reserve the height in the page's CSS before the script
 * loads (docs/webmasters.md has the whole snippet). Heights are in em of the host's
 * font size. Slim is exactly 3.5em from 20em (320px) wide. Full is at least
 * 21em, 25em when the viewport is under 40em and 28em under 30em; its text
 * fits those heights down to 22.5em (360px), so there it is exactly that
 * tall; narrower, or with larger text, it grows with its words. Those are
 * the English heights: each language's are in its row of the locale table
 * (src/locales.json), and the placeholder CSS there reserves them by
 * `:lang()`.
 * ```css
 * safeguard-campaign-banner:not(:defined) { display: flow-root; min-height: 21em; }
 * safeguard-campaign-banner[variant='slim']:not(:defined) { min-height: 3.5em; }
 * ```
 * A banner outside its dates, or dismissed earlier in the tab, still
 * collapses when the script arrives. Slotted wording or a longer translation
 * can make it taller; `::part(base)` takes a different `min-height`.
 *
 * @tag safeguard-campaign-banner
 * @slot heading - Replaces the campaign name with a partner's own wording (text only: it sits inside the heading).
 * @slot message - Replaces the sentence on why and the figure (full variant only).
 * @csspart base - The banner.
 * @csspart heading - The campaign name (a heading in full, bold text in slim).
 * @csspart message - The sentence on why and the figure.
 * @csspart figure - The missing-children figure.
 * @csspart partners - Who runs the campaign.
 * @csspart link - The "See the signs" link.
 * @csspart close - The close button (with `dismissible`).
 * @cssprop [--safeguard-accent=#1d70b8] - The border, the figure and the link.
 * @cssprop [--safeguard-surface=transparent] - The background.
 * @cssprop [--safeguard-radius=4px] - Corner radius of the banner and the close button.
 * @cssprop [--safeguard-focus=#0b0c0c] - The focus outline.
 * @cssprop [--safeguard-focus-halo=#ffdd00] - The halo around the focus outline.
 * @fires {{variant: 'full' | 'slim'}} safeguard-dismiss - The visitor closed the banner. Detail: its `variant`.
 */
export class SafeguardCampaignBanner extends SafeguardHeadedElement {
  static override styles = [...SafeguardHeadedElement.styles, styles];

  static override settings = SETTINGS;

  protected declare resolved: Resolved<typeof SETTINGS>;

  /**
   * The "See the signs" link. Absent: the page config's `campaignHref`, else `#id` of a `<safeguard-signs-checklist id>` on the page, else no link.
   * @label Link for "See the signs" (optional)
   * @help Where the banner sends readers. Leave blank to link to a signs checklist on the same page, or to the site-wide campaign link; with neither, the banner shows no link.
   * @group content
   */
  href?: string;

  /**
   * A partner's own heading instead of the campaign name, in any locale (the `heading` slot does the same with markup).
   * @label Your own heading (optional)
   * @help Shown instead of "Is Your Child Safe?", as you write it, in any language. Leave blank for the campaign's heading.
   * @group content
   */
  heading?: string;

  /**
   * A partner's own message instead of the sentence on why and the figure, as one paragraph (full variant only; the `message` slot takes markup).
   * @label Your own message (optional)
   * @help One paragraph shown instead of the campaign's words and figure (full banner only). Leave blank for the campaign's message.
   * @group content
   */
  message?: string;

  /**
   * Text of the link instead of "See the signs".
   * @label Words of the link (optional)
   * @help Shown instead of "See the signs". Leave blank for "See the signs" in the reader's language.
   * @group content
   */
  linkText?: string;

  /**
   * First day to show, `YYYY-MM-DD` in UK time.
   * @label First day to show it (optional)
   * @help A UK date. Leave blank to show the banner from today.
   * @group timing
   */
  starts?: string;

  /**
   * Last day to show, `YYYY-MM-DD` in UK time, not before `starts`.
   * @label Last day to show it (optional)
   * @help A UK date, not before the first day. Leave blank to show it with no end.
   * @group timing
   */
  ends?: string;

  /**
   * Shows a close button; a dismissal lasts for this browser tab. The attribute is on when present, except `dismissible="false"` (any case).
   * @label Readers can close it
   * @help Adds a close button. A closed banner stays closed until the reader closes the browser tab.
   * @group timing
   */
  dismissible!: boolean;

  /**
   * `full` (default) or `slim`: one line for the top of a page (name, link, close button).
   * @label Size
   * @help The full banner explains the campaign; the slim one is a single line for the top of a page.
   * @group look
   * @option full Full: the campaign, its figure and the link
   * @option slim Slim: one line
   */
  variant!: (typeof VARIANTS)[number];

  private dismissed = false;
  private timer?: ReturnType<typeof setTimeout>;
  private internals = this.attachInternals();
  private showing = false;

  /** Whether the banner shows: inside its dates and not dismissed. Read-only; CSS sees it as `:state(shown)`. */
  get shown(): boolean {
    return this.showing;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    banners.add(this);
    // Moved in the page: check the dates again, and re-arm the midnight timer.
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    banners.delete(this);
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** The "See the signs" address: `href`, else the page config's, else a checklist with an id on the page, else none. */
  private link(): string | undefined {
    const list = document.querySelector('safeguard-signs-checklist[id]');
    return this.resolved.href ?? (list ? `#${encodeURIComponent(list.id)}` : undefined);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Outside its dates, or dismissed: no content and no space. Checked on
    // every update: the day changes, and so does the page (a checklist
    // with an id to link to).
    const {dismissible, starts, ends} = this.resolved;
    const today = ukToday(new Date());
    this.showing =
      !(dismissible && (this.dismissed || storage())) && !(starts && today < starts) && !(ends && today > ends);
    const states = this.internals.states;
    if (this.showing) states?.add('shown');
    else states?.delete('shown');
  }

  override render() {
    if (!this.showing) return nothing;
    const {variant, heading: partnerHeading, message, linkText, headingLevel} = this.resolved;
    const slim = variant === 'slim';
    const name = html`<slot name="heading">${partnerHeading || campaign.name()}</slot>`;
    const href = this.link();
    return html`<section part="base">
      <div class="text">
        ${slim
          ? html`<strong part="heading">${name}</strong>`
          : html`${heading(headingLevel, name)}
              <div part="message">
                <slot name="message">
                  ${message
                    ? html`<p>${message}</p>`
                    : html`<p>${campaign.why()}</p>
                        <p part="figure">${campaign.figure()}</p>`}
                </slot>
              </div>
              <p part="partners">${campaign.partners()}</p>`}
        ${href
          ? html`<a part="link" href=${href}
              >${linkText || campaign.callToAction()}</a
            >`
          : nothing}
      </div>
      ${this.resolved.dismissible
        ? html`<button
            part="close"
            type="button"
            aria-label=${msg('Hide this banner', {desc: 'Heard, not seen: the name of the banner’s close button (shown as ×).'})}
            @click=${this.dismiss}
          >
            ×
          </button>`
        : nothing}
    </section>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!this.timer && (this.resolved.starts || this.resolved.ends)) {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.requestUpdate();
      }, msUntilUkMidnight(new Date()));
    }
  }

  private dismiss(): void {
    storage('1');
    for (const banner of banners) {
      if (banner.resolved.dismissible) {
        banner.dismissed = true;
        banner.requestUpdate();
      }
    }
    const next = this.nextElementSibling as HTMLElement | null;
    const main = document.querySelector('main');
    if (next && next.tabIndex >= 0) {
      next.focus();
    } else if (main) {
      if (!main.hasAttribute('tabindex')) {
        main.tabIndex = -1;
        main.addEventListener('blur', () => main.removeAttribute('tabindex'), {once: true});
      }
      main.focus();
    } else {
      (this.shadowRoot?.activeElement as HTMLElement | null)?.blur();
    }
    emit(this, 'safeguard-dismiss', {variant: this.resolved.variant});
  }
}
