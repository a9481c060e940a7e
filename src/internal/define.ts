import {VERSION} from './version.js';

type Versioned = CustomElementConstructor & {version?: string};

let clashReported = false;

/**
 * Defines `tag` unless it already exists. A second copy of the script is
 * quiet; a different version holding the tag warns once per copy of the library. Never throws.
 */
export function defineOnce(tag: string, element: Versioned): void {
  const registry = globalThis.customElements;
  const existing = registry?.get(tag) as Versioned | undefined;
  if (!registry) return;
  if (!existing) {
    try {
      registry.define(tag, element);
    } catch (error) {
      console.warn(`safeguarding-widgets: could not define <${tag}>.`, error);
    }
    return;
  }
  if (existing.version !== VERSION && !clashReported) {
    clashReported = true;
    console.warn(
      `safeguarding-widgets: version ${
        existing.version ?? 'unknown'
      } is already on this page (<${tag}>); this copy (${VERSION}) is not used.`
    );
  }
}
