import {warnOnce} from './warn.js';

/**
 * Page-wide settings, read from
 * `<script type="application/json" id="safeguard-config">`.
 * Attributes on an element win over these.
 */
export interface PageConfig {
  /** A locale to use instead of `<html lang>`. */
  locale?: string;
  /** The operation to quote on 101 about child sexual exploitation. */
  operationName?: string;
  /** Replacement phone numbers, by contact id (for another force). */
  phoneNumbers?: Record<string, string>;
  /** Replacement web links, by contact id. */
  links?: Record<string, string>;
  /** The campaign banner's call-to-action link. */
  campaignHref?: string;
  /** Where the quick exit goes. */
  exitHref?: string;
}

let lastText: string | undefined;
let lastConfig: PageConfig = {};

/**
 * The page's config. Malformed JSON, or JSON that is not an object, warns
 * once and is ignored. Re-read only when the script's text changes.
 */
function pageConfig(): PageConfig {
  const text =
    document.getElementById('safeguard-config')?.textContent?.trim() ?? '';
  if (text === lastText) return lastConfig;
  lastText = text;
  lastConfig = {};
  if (!text) return lastConfig;
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      lastConfig = parsed as PageConfig;
    } else {
      throw new TypeError('not an object');
    }
  } catch {
    warnOnce(
      document,
      '<script id="safeguard-config">',
      text.slice(0, 60),
      'it is not a JSON object; the defaults are used.'
    );
  }
  return lastConfig;
}

/**
 * One entry of a keyed setting (`phoneNumbers`, `links`), or undefined when
 * absent. A group that is not a JSON object warns once and is ignored.
 */
export function configEntry(
  group: 'phoneNumbers' | 'links',
  key: string
): unknown {
  const entries: unknown = pageConfig()[group];
  if (entries == null) return undefined;
  if (typeof entries !== 'object' || Array.isArray(entries)) {
    warnOnce(document, group, JSON.stringify(entries), 'it is not a JSON object; the defaults are used.');
    return undefined;
  }
  return Object.prototype.hasOwnProperty.call(entries, key)
    ? (entries as Record<string, unknown>)[key]
    : undefined;
}

/** A setting from the config as written, or undefined when absent. */
export const configValue = (key: keyof PageConfig): unknown => pageConfig()[key];
