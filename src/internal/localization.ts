import {configureLocalization} from '@lit/localize';
import {unsafeCSS, type CSSResult} from 'lit';
import {sourceLocale, targetLocales} from '../generated/locale-codes.js';
import {RIGHT_TO_LEFT, type TranslationModule} from '../generated/locales.js';
import {SOURCE_FIGURE, type CampaignFigure} from '../generated/campaign-figure.js';
import {configValue} from './config.js';
import {firstAccepted, text} from './settings.js';
import {warnOnce} from './warn.js';

/**
 * The page-wide locale. One locale at a time, as @lit/localize works: the
 * page config's `locale`, else `<html lang>`, else English (en-GB, the
 * source). Each translation is a module of its own, which a build ships
 * with `addTranslations`: a developer's bundle for each language it names
 * (`import 'safeguarding-widgets/translations/pl.js'`, written by
 * `scripts/localize.js` from the locale table, src/locales.json), the
 * script-tag file for every one, each a file beside it
 * (./translation-files.ts). No bundle pays for a language it does not use.
 */

type Loader = () => Promise<TranslationModule>;

/** How each shipped translation loads, by locale. */
const loaders: Record<string, Loader> = {};

/** Every locale this build ships: the source and each translation imported. */
export const LOCALES: readonly string[] = [sourceLocale];

/**
 * @internal Ships translations (what `translations/<code>.js` and the
 * script-tag file call). A page in one of these languages loads its module
 * before rendering.
 */
export function addTranslations(more: Record<string, Loader>): void {
  for (const [locale, load] of Object.entries(more)) {
    if (!loaders[locale]) (LOCALES as string[]).push(locale);
    loaders[locale] = load;
  }
}

/** Longer, accented, bracketed English, for tests and Storybook only (never shipped). */
export const PSEUDO_LOCALE = 'en-XA';
let pseudoLoader: Loader | undefined;

/** @internal Lets tests and Storybook load the pseudo-locale. */
export function allowPseudoLocale(load: Loader): void {
  pseudoLoader = load;
}

/** The banner's figure in each locale loaded: each translation's module brings its own. */
const figures: Record<string, CampaignFigure> = {[sourceLocale]: SOURCE_FIGURE};

/** What each locale loaded adds to every element's styles (the banner's heights, a script's face). */
const styles: Record<string, CSSResult> = {};

const {getLocale, setLocale: loadLocale} = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: async (locale) => {
    const load = loaders[locale] ?? (locale === PSEUDO_LOCALE ? pseudoLoader : undefined);
    if (!load) throw new Error(`no module for ${locale}`);
    const module = await load();
    figures[locale] = module.figure;
    styles[locale] = unsafeCSS(module.styles);
    return module;
  },
});

/** The banner's figure, formatted for the rendered locale. */
export const campaignFigure = (): CampaignFigure => figures[getLocale()];

/** What the rendered locale adds to every element's styles, if anything. */
export const localeStyles = (): CSSResult | undefined => styles[getLocale()];

const languageOf = (tag: string): string => tag.toLowerCase().split('-')[0];

/**
 * The best shipped locale for a BCP 47 tag such as `pl-PL`: an exact match,
 * else the same language, else undefined.
 */
export function pickLocale(
  wanted: string,
  available: readonly string[] = pseudoLoader ? [...LOCALES, PSEUDO_LOCALE] : LOCALES
): string | undefined {
  const tag = wanted.trim().toLowerCase();
  return (
    available.find((locale) => locale.toLowerCase() === tag) ??
    available.find((locale) => languageOf(locale) === languageOf(tag))
  );
}

/** The locale the text is rendered in now (en-GB until a translation has loaded). */
export const currentLocale = (): string => getLocale();

/** The direction of the rendered text (always a shipped locale's, or the pseudo-locale's). */
export const textDirection = (): 'ltr' | 'rtl' => (RIGHT_TO_LEFT.includes(getLocale()) ? 'rtl' : 'ltr');

/** The shipped locale for `wanted`, or English with one console warning. */
function supported(wanted: string): string {
  const picked = pickLocale(wanted);
  if (!picked && wanted.trim()) {
    warnOnce(document, 'locale', wanted, `there is no translation for it; English (${sourceLocale}) is used. Shipped: ${LOCALES.join(', ')}.`);
  }
  return picked ?? sourceLocale;
}

/** The elements on the page: each re-renders when another locale loads. */
export const connectedElements = new Set<{requestUpdate(): void}>();

let started = false;
let pageLocale: Promise<string> | undefined;

/**
 * Switches every element on the page to `locale` (a BCP 47 tag: `cy`,
 * `pl-PL`, …) and resolves with the locale used. One that the library does
 * not ship gives English, with one console warning. A translation that
 * cannot load (offline, a refused integrity hash) leaves the text as it
 * was, with a warning. Never rejects.
 */
export async function setLocale(locale: string): Promise<string> {
  started = true;
  const wanted = supported(locale);
  try {
    await loadLocale(wanted);
    connectedElements.forEach((element) => element.requestUpdate());
  } catch {
    warnOnce(document, 'locale', wanted, 'its translation could not be loaded; the text stays as it was.');
  }
  return getLocale();
}

/**
 * Starts loading the page's locale, once. Returns a promise that settles
 * when the translation is in place, or undefined when nothing needs loading
 * (English, a locale already set, or no document: server rendering).
 */
export function pageLocaleLoading(): Promise<string> | undefined {
  if (!started && typeof document !== 'undefined') {
    started = true;
    const wanted = firstAccepted(text(), [[document, 'locale', configValue('locale')]], document.documentElement.lang);
    const load = (): Promise<string> | undefined => {
      const locale = supported(wanted);
      return locale === getLocale() ? undefined : setLocale(locale);
    };
    // A bundle may import an element before the translation it names: when
    // this build does not ship the page's language (yet), the choice waits
    // for the rest of the bundle to run (a microtask).
    pageLocale = !wanted.trim() || pickLocale(wanted) ? load() : Promise.resolve().then(() => load() ?? getLocale());
  }
  return pageLocale;
}

/**
 * Runs `work` once the page's translation is in place, at once when none is
 * loading: the one rule by which no English is painted first. Defining a
 * tag on the page waits by it (its fallback and placeholder stay meanwhile),
 * and so does the first render of an element created later.
 */
export function afterPageLocale<T>(work: () => T): T | Promise<T> {
  const loading = pageLocaleLoading();
  return loading ? loading.then(work) : work();
}

const formatters = new Map<string, unknown>();

/**
 * The `Intl` object named `kind` for the rendered locale, made once a
 * locale (building one costs far more than using it).
 */
function formatter<T>(kind: string, make: (locale: string) => T): T {
  const locale = getLocale();
  const key = `${kind} ${locale}`;
  let made = formatters.get(key) as T | undefined;
  if (!made) formatters.set(key, (made = make(locale)));
  return made;
}

/**
 * Today's date in full ("27 November 2026") in the rendered locale, with
 * the digits 0-9; in numbers alone (27/11/2026, as the UK writes them) where
 * the browser has no calendar data for the locale (Chrome has none for
 * Welsh or Nepali), so that no English month is shown in another language.
 */
export const formatToday = (): string =>
  formatter('day', (locale) =>
    Intl.DateTimeFormat.supportedLocalesOf(locale).length
      ? new Intl.DateTimeFormat(locale, {dateStyle: 'long', numberingSystem: 'latn', calendar: 'gregory'})
      : new Intl.DateTimeFormat('en-GB', {dateStyle: 'short'})
  ).format(new Date());

/** One message for each plural category of the rendered locale (`Intl.PluralRules`). */
export type PluralMessages<T = string> = Record<Intl.LDMLPluralRule, () => T>;

/** The message for `count` in the rendered locale's grammar. */
export const plural = <T>(count: number, messages: PluralMessages<T>): T =>
  messages[formatter('plural', (locale) => new Intl.PluralRules(locale)).select(count)]();
