/**
 * The page's one exit under way, whichever button or Shift press began it:
 * a second is refused, and the tab shows a neutral title until the page
 * has gone or comes back.
 */

let leaving = false;
/** The page's own title, hidden while it leaves. */
let title: string | undefined;

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
