import type {PropertyDeclaration} from 'lit';
import {configValue, type PageConfig} from './config.js';
import {isDate} from './uk-date.js';
import {warnOnce} from './warn.js';

/**
 * What a setting takes. The embed-code builder's control, the WordPress
 * block attribute's type and the fuzz tests' oracle follow it.
 * - `choice`: one of `values`;
 * - `boolean`: on when present, except "false" (any case);
 * - `heading-level`: a whole number from 1 to 6 (or it as text);
 * - `text`: any text, at most `maxLength` characters;
 * - `link`: an https:, http:, tel: or mailto: address;
 * - `web-page`: an https: or http: address (absolute or relative);
 * - `date`: a real date, `YYYY-MM-DD`, not before the setting `notBefore`;
 * - `phone`: digits and spaces, an optional leading + (a contact's number
 *   in the page config).
 */
export type SettingKind = 'choice' | 'boolean' | 'heading-level' | 'text' | 'link' | 'web-page' | 'date' | 'phone';

/**
 * One setting of an element, declared once: the property is its key in the
 * element's `settings`, the attribute that property in kebab-case, the
 * CMS-safe div form's name `data-` + the attribute. `T` is its value.
 */
export interface Setting<T = unknown> {
  kind: SettingKind;
  /** A choice's values. */
  values?: readonly string[];
  /** The value when none is given, or each one given is refused. */
  default?: T;
  /** The page-config key used when the attribute is absent. */
  config?: keyof PageConfig;
  /** The longest text accepted. */
  maxLength?: number;
  /** A date's earliest value: the date of this other setting (a property name). */
  notBefore?: string;
  /** The property is reflected to its attribute. */
  reflect?: boolean;
  /** Why a value is refused, or undefined when it is accepted. */
  refuse: Refuse;
}

/** A setting as custom-elements.json carries it: its declaration without the check. */
export type Declared = Omit<Setting<unknown>, 'refuse' | 'default' | 'reflect'>;

export type Settings = Record<string, Setting>;

/** Each setting's value as resolved. */
export type Resolved<S extends Settings> = {[K in keyof S]: S[K] extends Setting<infer T> ? T : never};

/** Why a value is refused, or undefined when it is accepted; `resolved` holds the settings resolved before it. */
type Refuse = (value: unknown, resolved?: Record<string, unknown>) => string | undefined;

/** A check of text: `check` is given the value trimmed; anything but text is refused. */
const textual =
  (check: (given: string, resolved: Record<string, unknown>) => string | undefined): Refuse =>
  (value, resolved = {}) =>
    typeof value === 'string' ? check(value.trim(), resolved) : 'expected text';

/** The schemes a link may have (a relative link has the page's). */
export const LINK_PROTOCOLS = ['https:', 'http:', 'tel:', 'mailto:'];

/** Those of them that open a web page: the first two. */
export const WEB_PROTOCOLS = LINK_PROTOCOLS.slice(0, 2);

/** A phone number: digits and spaces, an optional leading +. */
export const PHONE_NUMBER = /^\+?\d[\d ]{1,18}\d$/;

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
const opensWebPage = (url: string): boolean => !!url.trim() && WEB_PROTOCOLS.includes(protocolOf(url));

/** Whether `url` is an https:, http:, tel: or mailto: address (relative ones resolve against the page). */
const isSafeUrl = (url: string): boolean => LINK_PROTOCOLS.includes(protocolOf(url));

export const choice = <T extends string>(values: readonly T[], fallback: T, reflect = false): Setting<T> => ({
  kind: 'choice',
  values,
  default: fallback,
  reflect,
  refuse: (value) => (values.includes(value as T) ? undefined : `expected one of ${values.join(', ')}`),
});

export const flag = (reflect = false): Setting<boolean> => ({kind: 'boolean', default: false, reflect, refuse: () => undefined});

/** A number from 1 to 6, or that number as text (`"3"`, as HTML and Vue's templates write it). */
export const HEADING_LEVEL: Setting<number> = {
  kind: 'heading-level',
  default: 2,
  refuse: (level) =>
    (typeof level == 'number' || typeof level == 'string') && /^[1-6]$/.test(String(level).trim())
      ? undefined
      : 'expected a whole number from 1 to 6',
};

type TextOptions = Pick<Setting, 'config' | 'maxLength'>;

export function text(options?: TextOptions): Setting<string | undefined>;
export function text(options: TextOptions & {default: string}): Setting<string>;
export function text(options: TextOptions & {default?: string} = {}): Setting<string | undefined> {
  const {maxLength = Infinity} = options;
  return {kind: 'text', ...options, refuse: textual((given) => (given.length > maxLength ? `it is longer than ${maxLength} characters` : undefined))};
}

export const link = (config?: keyof PageConfig): Setting<string | undefined> => ({
  kind: 'link',
  config,
  refuse: textual((given) => (isSafeUrl(given) ? undefined : 'expected an https:, http:, tel: or mailto: link')),
});

export const webPage = (config: keyof PageConfig, fallback: string): Setting<string> => ({
  kind: 'web-page',
  config,
  default: fallback,
  refuse: textual((given) => (opensWebPage(given) ? undefined : 'expected an https: or http: link')),
});

export const date = (notBefore?: string): Setting<string | undefined> => ({
  kind: 'date',
  notBefore,
  refuse: textual((given, resolved) => {
    if (!isDate(given)) return 'expected a date as YYYY-MM-DD';
    const earliest = notBefore && (resolved[notBefore] as string | undefined);
    return earliest && given < earliest ? `it is before ${attributeOf(notBefore)} (${earliest})` : undefined;
  }),
});

export const PHONE: Setting<string> = {
  kind: 'phone',
  refuse: textual((given) => (PHONE_NUMBER.test(given) ? undefined : 'expected a phone number')),
};

/** The setting a manifest entry declares (custom-elements.json), with its check: for the builder and the WordPress editor. */
export function declared({kind, values = [], config, maxLength, notBefore}: Declared, fallback?: string): Setting {
  const makers: Record<SettingKind, () => Setting> = {
    choice: () => choice(values, fallback ?? ''),
    boolean: () => flag(),
    'heading-level': () => HEADING_LEVEL,
    text: () => text({config, maxLength}),
    link: () => link(config),
    'web-page': () => webPage(config!, fallback ?? ''),
    date: () => date(notBefore),
    phone: () => PHONE,
  };
  return makers[kind]();
}

/** `linkText` is `link-text`. */
export const attributeOf = (property: string): string => property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/** A boolean attribute is on when present, except that "false" (any case) means off, as Vue, Svelte and CMS editors write it. */
const booleanAttribute = (value: string | null): boolean => value !== null && value.trim().toLowerCase() !== 'false';

/** The Lit property of the setting `property`. */
export const propertyOf = (property: string, {kind, reflect}: Setting): PropertyDeclaration => ({
  attribute: attributeOf(property),
  reflect,
  ...(kind === 'boolean' ? {type: Boolean, converter: {fromAttribute: booleanAttribute}} : {}),
  ...(kind === 'heading-level' ? {type: Number} : {}),
});

/** No value given: null, undefined or blank text. A number or a boolean is a value. */
const isAbsent = (value: unknown): boolean => value == null || (typeof value === 'string' && !value.trim());

/** Where a value comes from: who warns about it, under what name, and the value as given. */
type Source = [subject: Element | Document, name: string, given: unknown];

/**
 * The first value of `sources` that `setting` accepts (text trimmed), else
 * `fallback`. Absent values are passed over quietly; each refused one warns
 * once (by its subject), saying what is used instead. Never throws.
 */
export function firstAccepted<T>(setting: Setting, sources: Source[], fallback: T, resolved: Record<string, unknown> = {}): T {
  const refused: Source[] = [];
  let value: unknown = fallback;
  for (const source of sources) {
    const given = source[2];
    if (isAbsent(given)) continue;
    if (!setting.refuse(given, resolved)) {
      value = setting.kind === 'heading-level' ? Number(given) : typeof given === 'string' && setting.kind !== 'choice' ? given.trim() : given;
      break;
    }
    refused.push(source);
  }
  const outcome = value === undefined || value === false ? 'it is ignored' : `using "${value}"`;
  for (const [subject, name, given] of refused) warnOnce(subject, name, given, `${setting.refuse(given, resolved)}; ${outcome}.`);
  return value as T;
}

/**
 * Resolves `settings` for `host`, in order: each setting's attribute (or,
 * in the div form, its `data-` name, which becomes the attribute), else its
 * page-config key, else its default. A refused value warns once (by `host`
 * for an attribute, by the page for the config) and the next one applies.
 */
export function resolveSettings<S extends Settings>(host: Element, settings: S): Resolved<S> {
  const resolved: Record<string, unknown> = {};
  for (const [property, setting] of Object.entries(settings)) {
    const sources: Source[] = [[host, attributeOf(property), host[property as keyof Element]]];
    if (setting.config) sources.push([document, setting.config, configValue(setting.config)]);
    resolved[property] = firstAccepted(setting, sources, setting.default, resolved);
  }
  return resolved as Resolved<S>;
}
