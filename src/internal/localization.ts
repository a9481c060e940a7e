import {configureLocalization} from '@lit/localize';
import {sourceLocale, targetLocales} from '../generated/locale-codes.js';
import {configText} from './config.js';
import {warnOnce} from './warn.js';

/** The project's translated locales (lit-localize writes a hole when none). */
const translated = (targetLocales as readonly (string | undefined)[]).filter(
  (locale): locale is string => !!locale
);

/**
 * The best of `available` for a BCP 47 tag such as `cy-GB`: an exact match,
 * else the same language, else the source locale (en-GB).
 */
export function pickLocale(
  wanted: string,
  available: readonly string[] = translated
): string {
  const tag = wanted.trim().toLowerCase();
  const language = tag.split('-')[0];
  return (
    available.find((locale) => locale.toLowerCase() === tag) ??
    available.find((locale) => locale.toLowerCase().split('-')[0] === language) ??
    sourceLocale
  );
}

const {getLocale, setLocale} = configureLocalization({
  sourceLocale,
  targetLocales: translated,
  loadLocale: (locale) => import(`../generated/locales/${locale}.js`),
});

/** The locale the text is shown in now (en-GB until another loads). */
export const currentLocale = (): string => getLocale();

let started = false;

/**
 * Picks the locale once per page, from the page config or `<html lang>`.
 * Every `SafeguardElement` re-renders when it loads (`updateWhenLocaleChanges`).
 */
export function startLocalization(): void {
  if (started) return;
  started = true;
  const locale = pickLocale(configText('locale') ?? document.documentElement.lang);
  if (locale !== sourceLocale) {
    // A translation that fails to load leaves the English text in place.
    setLocale(locale).catch(() =>
      warnOnce(document, 'locale', locale, 'it could not be loaded; English is used.')
    );
  }
}
