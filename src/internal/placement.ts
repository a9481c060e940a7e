import {ELEMENT_NAMES} from '../generated/elements.js';
import {warnOnce} from './warn.js';

/**
 * CMS-safe placement. Editors whose CMS strips unknown tags write
 * `<div data-safeguard="report-contact" data-topic="modern-slavery">`
 * instead of `<safeguard-report-contact topic="modern-slavery">`.
 *
 * - The element is placed INSIDE the div. The div keeps its id, class,
 *   style, lang, dir and title, so host CSS, anchors and CMS re-editing keep
 *   working, and lang/dir/title still apply to the element by inheritance.
 *   None of them is copied (a copied id would be a duplicate id).
 * - Each `data-X` other than `data-safeguard` becomes the attribute `X`, if
 *   the element declares it (its `observedAttributes`). Any other `data-`
 *   attribute (themes and plugins add their own: `data-aos`, `data-track`)
 *   warns once and is ignored. An unknown name warns once and leaves the div
 *   exactly as it was.
 * - The div's children move into the element as its no-JavaScript fallback.
 * - A div marked mounted whose element has gone (an editor saved the
 *   converted markup, then dropped the element) is mounted again.
 * - Nothing is converted inside an editable region (a CMS editor's canvas).
 * - The page is scanned when it is parsed and again at `load`. The one
 *   MutationObserver starts only once `[data-safeguard]` markup is found, so
 *   a page with none has no observer. Markup added later to such a page is
 *   mounted by calling `mountPlacements()`.
 */

/**
 * The names `data-safeguard` takes: every element's, from the element table
 * (src/elements.json) through src/generated/elements.ts, which holds the
 * names alone so that the rest of the table stays out of the bundle.
 */
const NAMES: readonly string[] = ELEMENT_NAMES;
const MOUNTED = 'data-safeguard-mounted';
const SELECTOR = '[data-safeguard]';

let observer: MutationObserver | undefined;
let started = false;

/** Whether the page-wide observer is running (a test seam). */
export function placementObserverActive(): boolean {
  return !!observer;
}

/**
 * Mounts the div-form markup in `root` (and `root` itself). When any is
 * found, starts the one observer that mounts markup added later.
 */
export function mountPlacements(root: ParentNode = document): void {
  const found = [...root.querySelectorAll(SELECTOR)];
  if ((root as Element).matches?.(SELECTOR)) found.unshift(root as Element);
  if (!found.length) return;
  found.forEach(place);
  if (observer) return;
  observer = new MutationObserver((records) => {
    for (const {addedNodes} of records) {
      for (const node of addedNodes) {
        if (node.nodeType === 1) mountPlacements(node as Element);
      }
    }
  });
  observer.observe(document, {childList: true, subtree: true});
}

/**
 * Scans the page once it is parsed, and once more at `load` for markup
 * that scripts added meanwhile. Call once, from the entry; no side effects at import.
 */
export function startPlacement(): void {
  // No page (server rendering): Lit's Node build has a `customElements`
  // of its own, but there is no document to scan.
  if (started || typeof document === 'undefined') return;
  started = true;
  const scan = () => {
    if (!observer) mountPlacements();
  };
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', scan, {once: true});
  } else scan();
  if (document.readyState !== 'complete') {
    addEventListener('load', scan, {once: true});
  }
}

function place(div: Element): void {
  const value = div.getAttribute('data-safeguard')!;
  const name = value.trim().toLowerCase();
  const tag = `safeguard-${name}`;
  const alive = [...div.children].some((child) => child.localName === tag);
  if ((div.hasAttribute(MOUNTED) && alive) || (div as HTMLElement).isContentEditable) {
    return;
  }
  if (!NAMES.includes(name)) {
    warnOnce(div, 'data-safeguard', value, `expected one of ${NAMES.join(', ')}; the markup is left as it is.`);
    return;
  }
  const defined = customElements.get(tag) as
    | (CustomElementConstructor & {observedAttributes?: string[]})
    | undefined;
  if (!defined) {
    void customElements.whenDefined(tag).then(() => place(div));
    return;
  }
  const allowed = defined.observedAttributes ?? [];
  const element = document.createElement(tag);
  for (const {name: attribute, value} of div.attributes) {
    if (!attribute.startsWith('data-') || attribute === 'data-safeguard' || attribute === MOUNTED) {
      continue;
    }
    const setting = attribute.slice(5);
    if (allowed.includes(setting)) element.setAttribute(setting, value);
    else {
      warnOnce(div, attribute, value, `<${tag}> takes only ${allowed.map((a) => `data-${a}`).join(', ')}; it is ignored.`);
    }
  }
  element.append(...div.childNodes);
  div.setAttribute(MOUNTED, '');
  div.append(element);
}
