import {warnOnce} from './warn.js';

const SAFE_PROTOCOLS = ['https:', 'http:', 'tel:', 'mailto:'];

/** The scheme `url` has on this page (relative URLs resolve against it), or '' when it does not parse. */
function protocolOf(url: string): string {
  try {
    return new URL(url, document.baseURI).protocol;
  } catch {
    return '';
  }
}

/**
 * Whether `url` opens a web page: https: or http:, absolute or relative to
 * the page. An empty address is no address (not this page again).
 */
export const opensWebPage = (url: string): boolean => !!url.trim() && /^https?:$/.test(protocolOf(url));

/**
 * Returns `value` when it is one of `allowed`; otherwise warns once and
 * returns `fallback`. An absent value quietly gives the fallback.
 */
export function oneOf<T extends string>(
  host: Element,
  setting: string,
  value: string | null | undefined,
  allowed: readonly T[],
  fallback: T
): T {
  if (value == null || value === '') return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  warnOnce(
    host,
    setting,
    value,
    `expected one of ${allowed.join(', ')}; using "${fallback}".`
  );
  return fallback;
}

/**
 * Returns the URL when its scheme is https:, http:, tel: or mailto:
 * (relative URLs resolve against the page), else warns once and returns
 * undefined so that no link is rendered.
 */
export function safeUrl(
  host: Element,
  setting: string,
  value: unknown
): string | undefined {
  if (value == null || value === '') return undefined;
  const url = typeof value === 'string' ? value.trim() : '';
  // An unparsable URL has no scheme, and is refused like an unsafe one.
  if (url && SAFE_PROTOCOLS.includes(protocolOf(url))) return url;
  warnOnce(
    host,
    setting,
    value,
    'only https:, http:, tel: and mailto: links are allowed, so it is not used.'
  );
  return undefined;
}

/**
 * Returns a heading level from 1 to 6; anything else warns once and gives 2.
 */
export function headingLevel(host: Element, value: number): number {
  if (Number.isInteger(value) && value >= 1 && value <= 6) return value;
  warnOnce(host, 'heading-level', value, 'expected a whole number from 1 to 6; using 2.');
  return 2;
}

/**
 * Returns a phone number (digits and spaces, an optional leading +),
 * else warns once and returns undefined so the default number stays.
 */
export function phoneNumber(
  host: Element | Document,
  setting: string,
  value: unknown
): string | undefined {
  if (typeof value === 'string' && /^\+?\d[\d ]{1,18}\d$/.test(value.trim())) {
    return value.trim();
  }
  warnOnce(host, setting, value, 'expected a phone number (digits, spaces, an optional leading +); using the default.');
  return undefined;
}

/**
 * A boolean attribute: on when present, except that the value "false" (any
 * case) means off, as Vue, Svelte and CMS editors write it.
 */
export const booleanAttribute = {
  // Reflecting back is Lit's own: present for true, absent for false.
  fromAttribute: (value: string | null): boolean =>
    value !== null && value.trim().toLowerCase() !== 'false',
};
