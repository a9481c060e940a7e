/**
 * What every `<safeguard-quick-exit>` on a page shares: the "press Shift
 * three times" shortcut, the one exit under way, and keeping focus clear of
 * the buttons. One handler on the document (for `keydown`, `keyup` and
 * `focusin`, in the capture phase) and one `pageshow` handler on the window,
 * however many buttons there are. The first button adds them; the last one
 * to leave the page removes them.
 *
 * Shift (left or right) counts when it is released, and only if no other
 * key went down while it was held: Shift+A never counts, even when Shift is
 * let go before A. Any other key resets the count. The three presses must
 * come within 5 seconds of the first.
 *
 * Once the page is leaving, keys do nothing: Escape cannot take the cover
 * away, Shift counts no more, and a second exit is refused.
 *
 * Each button holds a `ShiftShortcut`, a Lit reactive controller that joins
 * the page's shortcut while the button is connected.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** What the shortcut needs from each exit button. */
export interface ShortcutClient extends ReactiveControllerHost {
  /** Leave the page. */
  exit(trigger: 'button' | 'shift'): void;
  /** Take the overlay away (the page came back from the back/forward cache). */
  reset(): void;
  /** Scroll the page so that the button does not cover `target`, which has just taken focus. */
  uncover(target: Element): void;
}

/** How long the three presses may take, from the first. */
export const SHORTCUT_MS = 5000;

/**
 * The count: no presses; one or two presses; or expired (the presses
 * lapsed, which the lead button announces until the next key or 5 seconds).
 */
export type ShortcutCount = {state: 'idle'} | {state: 'counting'; presses: 1 | 2} | {state: 'expired'};

/** The page's one shortcut, shared by every button on it. */
const page = {
  clients: new Set<ShortcutClient>(),
  count: {state: 'idle'} as ShortcutCount,
  timer: undefined as ReturnType<typeof setTimeout> | undefined,
  /** Another key went down while Shift was held: this Shift is a modifier. */
  chord: false,
  /** The page is leaving: one exit at a time, whichever button or key began it. */
  leaving: false,
  /** The page's own title, hidden while it leaves. */
  title: undefined as string | undefined,
};

/** The button that announces the count and leaves on the third press. */
const lead = (): ShortcutClient | undefined => page.clients.values().next().value;

/** Sets the count, and what happens after 5 seconds if no key comes (nothing, with no `then`). */
function count(next: ShortcutCount, then?: () => void): void {
  page.count = next;
  clearTimeout(page.timer);
  page.timer = then && setTimeout(then, SHORTCUT_MS);
  page.clients.forEach((client) => client.requestUpdate());
}

const idle = () => count({state: 'idle'});
const expire = () => count({state: 'expired'}, idle);

/** Starts leaving the page. False when it is already leaving: the caller does nothing more. */
export function startExit(): boolean {
  if (page.leaving) return false;
  page.leaving = true;
  return true;
}

/** Shows a neutral title in the tab while the page leaves. */
export function hideTitle(neutral: string): void {
  page.title ??= document.title;
  document.title = neutral;
}

/** The exit was cancelled, or the page came back: it is no longer leaving. */
export function stopExit(): void {
  page.leaving = false;
  if (page.title !== undefined) document.title = page.title;
  page.title = undefined;
}

/** Whether the page is leaving. */
export const isLeaving = (): boolean => page.leaving;

function onKey(event: Event): void {
  const {type, key, shiftKey, repeat} = event as KeyboardEvent;
  if (page.leaving) {
    // Escape would close the cover (Chromium allows one cancelled Escape
    // per user activation): no key does anything while the page leaves.
    event.preventDefault();
    return;
  }
  const down = type === 'keydown';
  const {count: now} = page;
  if (key !== 'Shift') {
    if (!down) return;
    page.chord = shiftKey;
    if (now.state === 'counting') expire();
  } else if (down) {
    // A held Shift repeats its keydown: that does not start a new press.
    if (!repeat) page.chord = false;
  } else if (page.chord) {
    page.chord = false;
  } else if (now.state !== 'counting') {
    // The first press starts the 5 seconds.
    count({state: 'counting', presses: 1}, expire);
  } else if (now.presses === 1) {
    page.count = {state: 'counting', presses: 2};
    page.clients.forEach((client) => client.requestUpdate());
  } else {
    idle();
    lead()?.exit('shift');
  }
}

function onShow(): void {
  page.chord = false;
  stopExit();
  page.clients.forEach((client) => client.reset());
  idle();
}

/** The element that took focus, inside shadow roots too. */
function onFocus(event: Event): void {
  const target = event.composedPath()[0];
  if (target instanceof Element) page.clients.forEach((client) => client.uncover(target));
}

function listen(on: boolean): void {
  const method = on ? 'addEventListener' : 'removeEventListener';
  document[method]('keydown', onKey, true);
  document[method]('keyup', onKey, true);
  document[method]('focusin', onFocus, true);
  window[method]('pageshow', onShow);
}

/**
 * A button's part in the page's shortcut: it joins while connected (the
 * first button starts the listeners, the last one to leave stops them and
 * clears the count), and tells the button what to show.
 */
export class ShiftShortcut implements ReactiveController {
  constructor(private readonly host: ShortcutClient) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!page.clients.size) listen(true);
    page.clients.add(this.host);
  }

  hostDisconnected(): void {
    if (!page.clients.delete(this.host) || page.clients.size) return;
    listen(false);
    clearTimeout(page.timer);
    page.count = {state: 'idle'};
    page.chord = false;
    stopExit();
  }

  /** The page's count, which every button shows. */
  get count(): ShortcutCount {
    return page.count;
  }

  /** Whether this button is the one that announces the count (one a page). */
  get announces(): boolean {
    return lead() === this.host;
  }
}
