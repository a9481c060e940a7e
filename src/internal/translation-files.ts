import {targetLocales} from '../generated/locale-codes.js';
import type {TranslationModule} from '../generated/locales.js';
import {PSEUDO_LOCALE, addTranslations} from './localization.js';

/**
 * The script-tag file's translations: each is a file beside it
 * (locales/<code>.js, which imports nothing), loaded by its URL on a page in
 * its language. By URL, not by a path a bundler follows, so that the file
 * does not grow with each language it offers.
 */
const beside = (code: string) => (): Promise<TranslationModule> => import(new URL(`./locales/${code}.js`, import.meta.url).href);

addTranslations(
  Object.fromEntries(targetLocales.filter((code) => code !== PSEUDO_LOCALE).map((code) => [code, beside(code)]))
);
