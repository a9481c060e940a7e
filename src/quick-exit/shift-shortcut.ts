/**
 * What every `<safeguard-quick-exit>` on a page shares: the "press Shift
 * three times" shortcut, and keeping focus clear of the buttons. One handler on the document (for `keydown`, `keyup` and
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
import {isLeaving, stopExit} from './leaving.js';

/** What the shortcut needs from each exit button. */
export interface ShortcutClient extends ReactiveControllerHost {
  /** Leave the page. */
  exit(trigger: 'button' | 'shift'): void;
  /** Take the overlay away (the page came back from the back/forward cache). */
  reset(): void;
  /** Scroll the page so that the button does not cover `target`, which has just taken focus. */
  revealFocused(target: Element): void;
}

/** How long the three presses may take, from the first. */
export const SHORTCUT_MS = 5000;

/**
 * The count: Shift presses so far (0-2), or `expired` when the presses
 * ended before the third (5 seconds passed, or another key was pressed),
 * which the lead button announces until the next press or for 5 seconds.
 */
export type ShortcutCount = 0 | 1 | 2 | 'expired';

/** What every button on the page shares. */
const clients = new Set<ShortcutClient>();
let count: ShortcutCount = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
/** Another key went down while Shift was held: this Shift is a modifier. */
let chord = false;

/** The button that announces the count and leaves on the third press. */
const lead = (): ShortcutClient | undefined => clients.values().next().value;

/** Sets the count; `then` runs in 5 seconds (replacing any timer), `'keep'` leaves the running timer alone. */
function setCount(next: ShortcutCount, then?: (() => void) | 'keep'): void {
  count = next;
  if (then !== 'keep') {
    clearTimeout(timer);
    timer = then && setTimeout(then, SHORTCUT_MS);
  }
  clients.forEach((client) => client.requestUpdate());
}

const idle = () => setCount(0);
const expire = () => setCount('expired', idle);

function onKey(event: Event): void {
  const {type, key, shiftKey, repeat} = event as KeyboardEvent;
  if (isLeaving()) {
    // Escape would close the cover (Chromium allows one cancelled Escape
    // per user activation): no key does anything while the page leaves.
    event.preventDefault();
    return;
  }
  const down = type === 'keydown';
  if (key !== 'Shift') {
    if (!down) return;
    chord = shiftKey;
    if (typeof count === 'number' && count > 0) expire();
  } else if (down) {
    // A held Shift repeats its keydown: that does not start a new press.
    if (!repeat) chord = false;
  } else if (chord) {
    chord = false;
  } else if (count === 2) {
    idle();
    lead()?.exit('shift');
  } else if (count === 1) {
    setCount(2, 'keep');
  } else {
    // The first press starts the 5 seconds.
    setCount(1, expire);
  }
}

function onShow(): void {
  chord = false;
  stopExit();
  clients.forEach((client) => client.reset());
  idle();
}

/** The element that took focus, inside shadow roots too. */
function onFocus(event: Event): void {
  const target = event.composedPath()[0];
  if (target instanceof Element) clients.forEach((client) => client.revealFocused(target));
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
    if (!clients.size) listen(true);
    clients.add(this.host);
  }

  hostDisconnected(): void {
    if (!clients.delete(this.host) || clients.size) return;
    listen(false);
    clearTimeout(timer);
    count = 0;
    chord = false;
    stopExit();
  }

  /** The page's count, which every button shows. */
  get count(): ShortcutCount {
    return count;
  }

  /** Whether this button is the one that announces the count (one a page). */
  get announces(): boolean {
    return lead() === this.host;
  }
}
