import {html, nothing} from 'lit';
import {msg} from '@lit/localize';
import {SafeguardElement} from '../internal/safeguard-element.js';
import {oneOf, safeUrl} from '../internal/validate.js';
import {configText} from '../internal/config.js';
import {warnOnce} from '../internal/warn.js';
import {emit} from '../internal/events.js';
import {join, lead, leave, presses, type ShortcutClient} from './shift-shortcut.js';
import {styles} from './quick-exit.styles.js';

/** Where the button goes unless the page says otherwise (as on GOV.UK). */
export const DEFAULT_EXIT_HREF = 'https://www.bbc.co.uk/weather';

const POSITIONS = ['sticky', 'inline'] as const;

/**
 * A button that leaves the page at once for a neutral site, like GOV.UK's
 * "Exit this page". Pressing Shift three times within 5 seconds does the
 * same. The page is covered at once while the next one loads.
 *
 * It leaves with `location.replace()`, not a normal link: the page is taken
 * out of the tab's Back list, so pressing Back on the neutral site does not
 * show what was being read. GOV.UK uses a normal link, which keeps the page
 * one Back press away.
 *
 * What it does not do: it does not clear the browser's history, and the
 * page stays in the history list. Link to a help page that explains
 * private browsing and how to clear the history.
 *
 * Put a plain link inside the tag as the fallback for when the script does
 * not run: `<a href="https://www.bbc.co.uk/weather">Exit this page</a>`.
 * It is hidden once the element starts.
 *
 * @tag safeguard-quick-exit
 * @csspart base - The wrapper around the button.
 * @csspart button - The "Exit this page" button.
 * @csspart indicator - The three dots that show the Shift presses.
 * @csspart overlay - The plain cover shown while the next page loads.
 * @cssprop [--safeguard-urgent=#b3261e] - The button's background.
 * @cssprop [--safeguard-quick-exit-z-index=1000] - Stacking order of the sticky button.
 * @fires safeguard-exit - Before leaving; cancelable (cancel to stay). Detail: `href`, `trigger` (`button` or `shift`).
 */
export class SafeguardQuickExit
  extends SafeguardElement
  implements ShortcutClient
{
  static override styles = [...SafeguardElement.styles, styles];

  static override properties = {
    href: {},
    label: {},
    position: {reflect: true},
    // Internal state. `state` already means no attribute; `attribute: false`
    // also keeps it out of custom-elements.json.
    loading: {state: true, attribute: false},
  };

  /**
   * Leaves the page for `url`. Replaceable so that tests can stop the
   * page navigating away.
   * @internal
   */
  static navigate = (url: string): void => location.replace(url);

  /** Where to go: a web address, absolute or relative (default BBC Weather, or the page config's `exitHref`). */
  href?: string;

  /** A partner's own words for the button instead of "Exit this page", in any locale (screen readers still hear "Emergency" first). */
  label?: string;

  /** `sticky` stays at the top of the screen, at the end of the line; `inline` sits where it is placed. */
  position: 'sticky' | 'inline' = 'sticky';

  private loading = false;

  override connectedCallback(): void {
    super.connectedCallback();
    join(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    leave(this);
  }

  /** The address to leave for: `href`, else the page config's `exitHref`, else BBC Weather. */
  private get target(): string {
    return (
      this.webUrl('href', this.href) ??
      this.webUrl('exitHref', configText('exitHref')) ??
      DEFAULT_EXIT_HREF
    );
  }

  /** A safe URL that opens a web page (not tel: or mailto:), else undefined after a warning. */
  private webUrl(setting: string, value?: string): string | undefined {
    const url = safeUrl(this, setting, value);
    if (!url || !/^(tel|mailto):/i.test(url)) return url;
    warnOnce(this, setting, value, 'it must open a web page; the default is used.');
    return undefined;
  }

  /** The cover; null until the first render. */
  private get overlay(): HTMLDialogElement | null | undefined {
    return this.renderRoot?.querySelector('dialog');
  }

  /**
   * Covers the page, fires `safeguard-exit`, then leaves unless cancelled.
   * Called before the first render, it leaves without the cover.
   */
  exit(trigger: 'button' | 'shift' = 'button'): void {
    const overlay = this.overlay;
    if (overlay?.open) return;
    try {
      overlay?.showModal();
    } catch {
      overlay!.open = true;
    }
    this.loading = true;
    const href = this.target;
    if (emit(this, 'safeguard-exit', {href, trigger}, true)) {
      SafeguardQuickExit.navigate(href);
    } else this.reset();
  }

  /** Takes the overlay away. */
  reset(): void {
    this.overlay?.close();
    this.loading = false;
  }

  private message(): string {
    if (lead() !== this) return '';
    if (presses < 0) {
      return msg('Exit this page expired.', {
        id: 'quick-exit-expired',
        desc: 'Safety-critical. Heard, not seen: the Shift presses were not completed in 5 seconds, so the shortcut to leave the page has reset.',
      });
    }
    if (presses === 1) {
      return msg('Shift pressed once. Press Shift 2 more times to exit the page.', {
        id: 'quick-exit-shift-once',
        desc: 'Safety-critical. Heard, not seen: pressing the Shift key three times leaves the page; this is after the first press. Shift is the name of the key: use the name printed on keyboards in your language.',
      });
    }
    return presses === 2
      ? msg('Shift pressed twice. Press Shift 1 more time to exit the page.', {
          id: 'quick-exit-shift-twice',
          desc: 'Safety-critical. Heard, not seen: after the second of three Shift presses; one more leaves the page.',
        })
      : '';
  }

  override render() {
    oneOf(this, 'position', this.position, POSITIONS, 'sticky');
    void this.target;
    return html`<div part="base" lang=${this.textLang} dir=${this.textDir}>
        <button part="button" type="button" @click=${() => this.exit()}>
          <span class="visually-hidden"
            >${msg('Emergency', {
              id: 'quick-exit-emergency',
              desc: 'Safety-critical. Heard, not seen: said before the button’s label, so a screen reader user knows this is the emergency exit.',
            })}</span
          >
          ${this.label?.trim() ||
          msg('Exit this page', {
            id: 'quick-exit-label',
            desc: 'Safety-critical. The red button that leaves this page at once for a neutral website (a weather page). Short: two or three words.',
          })}
          ${presses > 0
            ? html`<span part="indicator" aria-hidden="true"
                >${[1, 2, 3].map((n) => html`<span class=${n <= presses ? 'on' : ''}></span>`)}</span
              >`
            : nothing}
        </button>
        <span role="status" class="visually-hidden">${this.message()}</span>
      </div>
      <dialog part="overlay" lang=${this.textLang} dir=${this.textDir} aria-labelledby="loading" @cancel=${(e: Event) => e.preventDefault()}>
        <p id="loading" role="alert">${this.loading
          ? msg('Loading.', {
              id: 'quick-exit-loading',
              desc: 'Safety-critical. Heard, not seen: the page is covered while the neutral site loads. One neutral word; it must not say what the page was about.',
            })
          : ''}</p>
      </dialog>`;
  }
}
