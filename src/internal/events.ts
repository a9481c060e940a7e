/** Flat, serialisable event detail: counts and names, never what was ticked. */
export type SafeguardEventDetail = Record<string, number | string | boolean>;

/**
 * Dispatches a `safeguard-*` CustomEvent that bubbles out of shadow roots.
 * Returns false when a listener cancelled a cancelable event.
 */
export function emit(
  host: Element,
  name: `safeguard-${string}`,
  detail: SafeguardEventDetail = {},
  cancelable = false
): boolean {
  return host.dispatchEvent(
    new CustomEvent(name, {bubbles: true, composed: true, cancelable, detail})
  );
}
