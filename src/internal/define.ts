import {VERSION} from './version.js';
import {afterPageLocale} from './localization.js';

type Versioned = CustomElementConstructor & {
  version?: string;
  dependencies?: Record<string, Versioned>;
};

let clashReported = false;

/** What defining `tag` defines: the elements it renders (theirs first), then itself. */
const definitionsOf = (tag: string, element: Versioned): [string, Versioned][] => [
  ...Object.entries(element.dependencies ?? {}).flatMap(([dependency, its]) => definitionsOf(dependency, its)),
  [tag, element],
];

/** The definitions waiting for a task of their own, in order. */
let queued: Promise<unknown> = Promise.resolve();

/**
 * Runs `work` in a task of its own, after the work queued before it. A tag
 * on the page upgrades and renders all its elements in one task, so each
 * tag takes its own: the browser can answer a tap between them. Meanwhile a
 * tag not yet defined keeps its fallback and placeholder, so nothing shifts.
 */
const inTaskOfItsOwn = (work: () => void): void => {
  queued = queued.then(
    () =>
      new Promise<void>((done) =>
        setTimeout(() => {
          work();
          done();
        })
      )
  );
};

/**
 * Defines `tag`, after the elements it renders (its `dependencies`),
 * unless it already exists: at once on a page without the tag; else in a
 * task of its own, once the page's translation has loaded, so that no
 * English is painted first and no one task upgrades every widget (until
 * then the tag shows its fallback content and any placeholder CSS). A
 * second copy of the script is quiet; a different version holding the tag
 * warns once per copy of the library. Never throws.
 */
export function defineOnce(tag: string, element: Versioned): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const definitions = definitionsOf(tag, element);
  const define = () => {
    for (const [name, definition] of definitions) {
      const existing = registry.get(name) as Versioned | undefined;
      if (!existing) {
        try {
          registry.define(name, definition);
        } catch (error) {
          console.warn(`safeguarding-widgets: could not define <${name}>.`, error);
        }
      } else if (existing.version !== VERSION && !clashReported) {
        clashReported = true;
        console.warn(
          `safeguarding-widgets: version ${
            existing.version ?? 'unknown'
          } is already on this page (<${name}>); this copy (${VERSION}) is not used.`
        );
      }
    }
  };
  // A tag on the page, itself or one it renders (or, while the page is
  // still being parsed, maybe to come), is defined in a task of its own,
  // and on a page in another language once its translation is in. With
  // none on a parsed page, the tag is defined at once and nothing is
  // loaded: an element added later starts loading the translation when it
  // connects, and renders once it is in (SafeguardElement.scheduleUpdate).
  const onPage =
    typeof document !== 'undefined' &&
    (document.readyState === 'loading' ||
      document.querySelector([...definitions.map(([name]) => name), '[data-safeguard]'].join()));
  if (onPage) void afterPageLocale(() => inTaskOfItsOwn(define));
  else define();
}
