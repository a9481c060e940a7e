import {html, nothing} from 'lit';
import {msg} from '@lit/localize';
import {SafeguardElement} from '../internal/safeguard-element.js';
import {choice, resolveSettings, text, webPage, type Resolved} from '../internal/settings.js';
import {emit} from '../internal/events.js';
import {ShiftShortcut, type ShortcutClient} from './shift-shortcut.js';
import {hideTitle, isLeaving, startExit, stopExit} from './leaving.js';
import {styles} from './quick-exit.styles.js';
import {DEFAULT_EXIT_HREF} from './exit-href.js';

export {DEFAULT_EXIT_HREF};

const POSITIONS = ['sticky', 'fixed', 'inline'] as const;

const SETTINGS = {
  href: webPage('exitHref', DEFAULT_EXIT_HREF),
  label: text(),
  position: choice(POSITIONS, 'sticky', true),
};

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
 * While the page leaves, nothing takes the cover away (Escape, Tab, any
 * key), the tab's title becomes a neutral "Loading", and a second click or
 * Shift press starts no second exit.
 *
 * On screen: `sticky` (default) and `fixed` keep the button at the top of
 * the screen, at the end of the line, wherever the tag is placed (inside a
 * CMS div too); `sticky` also keeps a line of space where it is placed, so
 * as the first thing in `<body>` it hides nothing at the top of the page,
 * while `fixed` takes no space. `inline` sits in the text. Sticky and fixed
 * show the button in the browser's top layer, above anything on the page
 * whatever its z-index (cookie banners included), and scroll the page when
 * a focused element would be hidden behind it. On a phone, the button is
 * the way out (there is no Shift key to press): it is at least 44 x 44 CSS px.
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
 * @cssprop [--safeguard-radius=4px] - The button's corner radius.
 * @cssprop [--safeguard-focus=#0b0c0c] - The focus outline.
 * @cssprop [--safeguard-focus-halo=#ffdd00] - The focused button's background and the halo around its outline.
 * @fires {{href: string; trigger: 'button' | 'shift'}} safeguard-exit - Before leaving; cancelable (cancel to stay). Detail: where it goes (`href`) and what started it (`trigger`).
 */
export class SafeguardQuickExit
  extends SafeguardElement
  implements ShortcutClient
{
  static override styles = [...SafeguardElement.styles, styles];

  static override settings = SETTINGS;

  static override properties = {
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

  /**
   * Where to go: a web address, absolute or relative (default BBC Weather, or the page config's `exitHref`).
   * @label Page it goes to (optional)
   * @help A neutral web page that opens when the reader leaves. Leave blank for BBC Weather, or the site-wide exit page.
   * @group content
   */
  href?: string;

  /**
   * A partner's own words for the button instead of "Exit this page", in any locale (screen readers still hear "Emergency" first).
   * @label Words on the button (optional)
   * @help Shown instead of "Exit this page", as you write them, in any language. Leave blank for "Exit this page" in the reader's language.
   * @group content
   */
  label?: string;

  /**
   * `sticky` (the button at the top of the screen, keeping a line where the tag is), `fixed` (the same, taking no space) or `inline` (in the text).
   * @label Where the button sits
   * @help On every page it belongs at the top, first in the page. Use "over the top of the page" when it can only go inside the content.
   * @group look
   * @option sticky At the top of the screen, keeping a line of space
   * @option fixed At the top of the screen, over the top of the page
   * @option inline In the text, where it is placed
   */
  position!: (typeof POSITIONS)[number];

  protected declare resolved: Resolved<typeof SETTINGS>;

  private loading = false;

  /** The page's "press Shift three times" shortcut, which this button joins while connected. */
  private shortcut = new ShiftShortcut(this);

  override updated(): void {
    // Sticky and fixed: the button goes in the top layer, above the page.
    const bar = this.bar;
    if (bar?.popover && bar.isConnected && !bar.matches(':popover-open')) bar.showPopover();
  }

  /** The cover; null until the first render. */
  private get overlay(): HTMLDialogElement | null | undefined {
    return this.renderRoot?.querySelector('dialog');
  }

  /** The line holding the button and its live region. */
  private get bar(): HTMLElement | null | undefined {
    return this.renderRoot?.querySelector<HTMLElement>('.bar');
  }

  /** Covers the page (a modal dialog: the page behind is inert). */
  private cover(): void {
    const overlay = this.overlay;
    if (!overlay || overlay.open) return;
    try {
      overlay.showModal();
    } catch {
      overlay.open = true;
    }
  }

  /**
   * Covers the page, fires `safeguard-exit`, then leaves unless cancelled.
   * Called before the first render, it leaves without the cover. Once the
   * page is leaving, it does nothing.
   */
  exit(trigger: 'button' | 'shift' = 'button'): void {
    if (!startExit()) return;
    this.cover();
    this.loading = true;
    // Before the first render, nothing is resolved yet.
    const href = this.resolved.href ?? resolveSettings(this, SETTINGS).href;
    if (emit(this, 'safeguard-exit', {href, trigger}, true)) {
      hideTitle(
        msg('Loading', {
          id: 'quick-exit-title',
          desc: 'Safety-critical. The browser tab’s title while the page leaves for a neutral site: one neutral word that says nothing about this page.',
        })
      );
      SafeguardQuickExit.navigate(href);
    } else this.reset();
  }

  /** Takes the overlay away: the exit was cancelled, or the page came back. */
  reset(): void {
    stopExit();
    this.overlay?.close();
    this.loading = false;
  }

  /** Whatever closed the cover (a second Escape), it comes back while the page leaves. */
  private keepCovered(): void {
    if (this.loading && isLeaving()) this.cover();
  }

  /**
   * Scrolls the page when `target`, which has just taken focus, is under the button.
   * @internal
   */
  revealFocused(target: Element): void {
    const bar = this.bar;
    if (this.resolved.position === 'inline' || !bar || bar.contains(target) || isLeaving()) return;
    const covers = bar.getBoundingClientRect();
    const box = target.getBoundingClientRect();
    const overlaps =
      box.top < covers.bottom && box.bottom > covers.top && box.left < covers.right && box.right > covers.left;
    if (overlaps) window.scrollBy(0, box.top - covers.bottom - 8);
  }

  private message(): string {
    const count = this.shortcut.count;
    if (!this.shortcut.announces || count === 0) return '';
    if (count === 'expired') {
      return msg('Exit this page expired.', {
        id: 'quick-exit-expired',
        desc: 'Safety-critical. Heard, not seen: the Shift presses were not completed in 5 seconds, so the shortcut to leave the page has reset.',
      });
    }
    if (count === 1) {
      return msg('Shift pressed once. Press Shift 2 more times to exit the page.', {
        id: 'quick-exit-shift-once',
        desc: 'Safety-critical. Heard, not seen: pressing the Shift key three times leaves the page; this is after the first press. Shift is the name of the key: use the name printed on keyboards in your language.',
      });
    }
    return msg('Shift pressed twice. Press Shift 1 more time to exit the page.', {
      id: 'quick-exit-shift-twice',
      desc: 'Safety-critical. Heard, not seen: after the second of three Shift presses; one more leaves the page.',
    });
  }

  override render() {
    const count = this.shortcut.count;
    const presses = count === 'expired' ? 0 : count;
    const {position, label} = this.resolved;
    const popover = position === 'inline' ? nothing : 'manual';
    return html`<div part="base" class=${position}>
        <div class="bar" popover=${popover}>
          <button part="button" type="button" @click=${() => this.exit()}>
            <span class="visually-hidden"
              >${msg('Emergency', {
                id: 'quick-exit-emergency',
                desc: 'Safety-critical. Heard, not seen: said before the button’s label, so a screen reader user knows this is the emergency exit.',
              })}</span
            >
            ${label ||
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
      </div>
      <dialog
        part="overlay"
        aria-labelledby="loading"
        @cancel=${(event: Event) => event.preventDefault()}
        @close=${this.keepCovered}
      >
        <p id="loading" role="alert" class="visually-hidden">${this.loading
          ? msg('Loading.', {
              id: 'quick-exit-loading',
              desc: 'Safety-critical. Heard, not seen: the page is covered while the neutral site loads. One neutral word; it must not say what the page was about.',
            })
          : ''}</p>
      </dialog>`;
  }
}
