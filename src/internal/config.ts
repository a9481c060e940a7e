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
export function pageConfig(): PageConfig {
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

/** A string setting from the config, or undefined when absent or not text. */
export function configText(
  key: keyof PageConfig
): string | undefined {
  const value = pageConfig()[key];
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}
