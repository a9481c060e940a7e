import {VERSION} from './version.js';
import {pageLocaleLoading} from './localization.js';

type Versioned = CustomElementConstructor & {
  version?: string;
  dependencies?: Record<string, Versioned>;
};

let clashReported = false;

/**
 * Defines `tag`, after the elements it renders (its `dependencies`),
 * unless it already exists: at once on an English page or a page without
 * the tag, or once the page's translation has loaded, so that no English
 * is painted first (until then the tag shows its fallback content and any
 * placeholder CSS). A second copy of the script is quiet; a different version holding
 * the tag warns once per copy of the library. Never throws.
 */
export function defineOnce(tag: string, element: Versioned): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const define = (name: string, definition: Versioned) => {
    for (const [dependency, its] of Object.entries(definition.dependencies ?? {})) define(dependency, its);
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
  };
  // On a page in another language, the elements on it (or, while it is
  // still being parsed, those to come) are defined once its translation is
  // in. With none on a parsed page, nothing is loaded: an element added
  // later starts loading the translation when it connects, and renders once
  // it is in (SafeguardElement.scheduleUpdate).
  const onPage =
    typeof document !== 'undefined' &&
    (document.readyState === 'loading' || document.querySelector(`${tag}, [data-safeguard]`));
  const loading = onPage ? pageLocaleLoading() : undefined;
  if (loading) void loading.then(() => define(tag, element));
  else define(tag, element);
}
