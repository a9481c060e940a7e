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
 */

/** What the shortcut needs from each exit button. */
export interface ShortcutClient {
  /** Re-render the dots and the status text. */
  requestUpdate(): void;
  /** Leave the page. */
  exit(trigger: 'button' | 'shift'): void;
  /** Take the overlay away (the page came back from the back/forward cache). */
  reset(): void;
  /** Scroll the page so that the button does not cover `target`, which has just taken focus. */
  uncover(target: Element): void;
}

/** Timers, replaceable in tests so that no test waits 5 seconds. */
export const clock = {
  ms: 5000,
  set: (fn: () => void, ms: number): unknown => setTimeout(fn, ms),
  clear: (id: unknown): void => clearTimeout(id as number),
};

const clients = new Set<ShortcutClient>();
let timer: unknown;
/** Another key went down while Shift was held: this Shift is a modifier. */
let chord = false;
/** The page is leaving: one exit at a time, whichever button or key began it. */
let leaving = false;
/** The page's own title, hidden while it leaves. */
let title: string | undefined;

/** Shift presses so far (0-2), or -1 just after the count expired. */
export let presses = 0;

/** The button that announces the count and leaves on the third press. */
export const lead = (): ShortcutClient | undefined =>
  clients.values().next().value;

function count(value: number, next?: () => void): void {
  presses = value;
  if (next) {
    clock.clear(timer);
    timer = clock.set(next, clock.ms);
  }
  clients.forEach((client) => client.requestUpdate());
}

const idle = () => count(0);
const expire = () => count(-1, idle);

/** Starts leaving the page. False when it is already leaving: the caller does nothing more. */
export function startExit(): boolean {
  if (leaving) return false;
  leaving = true;
  return true;
}

/** Shows a neutral title in the tab while the page leaves. */
export function hideTitle(neutral: string): void {
  title ??= document.title;
  document.title = neutral;
}

/** The exit was cancelled, or the page came back: it is no longer leaving. */
export function stopExit(): void {
  leaving = false;
  if (title !== undefined) document.title = title;
  title = undefined;
}

/** Whether the page is leaving. */
export const isLeaving = (): boolean => leaving;

function onKey(event: Event): void {
  const {type, key, shiftKey, repeat} = event as KeyboardEvent;
  if (leaving) {
    // Escape would close the cover (Chromium allows one cancelled Escape
    // per user activation): no key does anything while the page leaves.
    event.preventDefault();
    return;
  }
  const down = type === 'keydown';
  if (key !== 'Shift') {
    if (!down) return;
    chord = shiftKey;
    if (presses > 0) expire();
  } else if (down) {
    // A held Shift repeats its keydown: that does not start a new press.
    if (!repeat) chord = false;
  } else if (chord) {
    chord = false;
  } else if (presses < 2) {
    count(Math.max(presses, 0) + 1, presses > 0 ? undefined : expire);
  } else {
    clock.clear(timer);
    idle();
    lead()?.exit('shift');
  }
}

function onShow(): void {
  clock.clear(timer);
  chord = false;
  stopExit();
  clients.forEach((client) => client.reset());
  idle();
}

/** The element that took focus, inside shadow roots too. */
function onFocus(event: Event): void {
  const target = event.composedPath()[0];
  if (target instanceof Element) clients.forEach((client) => client.uncover(target));
}

function listen(on: boolean): void {
  const method = on ? 'addEventListener' : 'removeEventListener';
  document[method]('keydown', onKey, true);
  document[method]('keyup', onKey, true);
  document[method]('focusin', onFocus, true);
  window[method]('pageshow', onShow);
}

/** Adds a button; the first one starts the listeners. */
export function join(client: ShortcutClient): void {
  if (!clients.size) listen(true);
  clients.add(client);
}

/** Removes a button; the last one stops the listeners and clears the count. */
export function leave(client: ShortcutClient): void {
  if (!clients.delete(client) || clients.size) return;
  listen(false);
  clock.clear(timer);
  presses = 0;
  chord = false;
  stopExit();
}
