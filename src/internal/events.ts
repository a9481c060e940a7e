/**
 * The events the elements fire, with their detail: flat, serialisable, and
 * never personal (counts and names, never which signs were ticked).
 */
export interface SafeguardEventDetails {
  /** The quick exit is about to leave for `href`; cancelable (cancel to stay). */
  'safeguard-exit': {href: string; trigger: 'button' | 'shift'};
  /** A campaign banner was closed. */
  'safeguard-dismiss': {variant: 'full' | 'slim'};
  /** A sign was ticked or unticked, the answers were cleared, or the topic changed. */
  'safeguard-checklist-change': {checked: number; total: number};
}

// On elements, the document and the window alike (HTMLElementEventMap,
// DocumentEventMap and WindowEventMap all extend this map).
declare global {
  interface GlobalEventHandlersEventMap {
    'safeguard-exit': CustomEvent<SafeguardEventDetails['safeguard-exit']>;
    'safeguard-dismiss': CustomEvent<SafeguardEventDetails['safeguard-dismiss']>;
    'safeguard-checklist-change': CustomEvent<SafeguardEventDetails['safeguard-checklist-change']>;
  }
}

/**
 * Dispatches a `safeguard-*` CustomEvent that bubbles out of shadow roots.
 * Returns false when a listener cancelled a cancelable event.
 */
export function emit<Name extends keyof SafeguardEventDetails>(
  host: Element,
  name: Name,
  detail: SafeguardEventDetails[Name],
  cancelable = false
): boolean {
  return host.dispatchEvent(
    new CustomEvent(name, {bubbles: true, composed: true, cancelable, detail})
  );
}
