// Translation tooling around @lit/localize-tools: its settings in
// lit-localize.json, the locales from the table, src/locales.json
// (scripts/locales.js).
//
//   node scripts/localize.js build    writes src/generated/: each locale's
//                                     module, the locale codes, the module
//                                     that ships each translation (and all
//                                     of them), which locales are right to
//                                     left,
//                                     the pseudo-locale for tests, the
//                                     banner's figure in each locale, its
//                                     heights and the placeholder CSS, and
//                                     the element names from the element
//                                     table, src/elements.json
//                                     (scripts/elements.js)
//   node scripts/localize.js extract  brings xliff/*.xlf up to date with the
//                                     source; a translation whose English
//                                     changed gets state="needs-translation"
//   node scripts/localize.js check    fails when a string has no translation,
//                                     a translation is stale, an XLIFF file
//                                     is out of date with the source, or the
//                                     table and xliff/ do not match
//
// Adding a locale: its row in src/locales.json, then `extract` writes
// xliff/<code>.xlf for a translator (docs/TRANSLATING.md).
import fs from 'node:fs';
import {resolve} from 'node:path';
import process from 'node:process';
import {DOMParser, XMLSerializer} from '@xmldom/xmldom';
import {RuntimeLitLocalizer} from '@lit/localize-tools/lib/modes/runtime.js';
import {sortProgramMessages} from '@lit/localize-tools/lib/messages.js';
import {bannerHeightsModule, languageStyles, placeholderCss} from './banner-heights.js';
import {ELEMENT_TABLE, elementsModule, examplesModule} from './elements.js';
import {LOCALE_TABLE, SOURCE_LOCALE, TARGET_LOCALES} from './locales.js';

/** Longer, accented, bracketed English: tests and Storybook only, never shipped. */
const PSEUDO_LOCALE = 'en-XA';
const LOCALES_MODULE = 'src/generated/locales.ts';
const TRANSLATIONS_DIR = 'src/generated/translations';
const HEIGHTS_MODULE = 'src/generated/banner-heights.ts';
const PLACEHOLDER_CSS = 'src/generated/placeholders.css';
const ELEMENTS_MODULE = 'src/generated/elements.ts';
const EXAMPLES_MODULE = 'src/generated/examples.js';
const FIGURE_FACTS = 'src/content/campaign-figure.json';
const FIGURE_MODULE = 'src/generated/campaign-figure.ts';
/** A translation made from older English: CI fails until it is redone. */
const STALE = 'needs-translation';
/** Our own draft, shipped, waiting for a qualified translator's review. */
const DRAFT = 'needs-review-translation';

// lit-localize.json holds the tool's settings; the locales come from the
// table, so that a locale is its row and its XLIFF file, nothing more.
const config = {
  ...JSON.parse(fs.readFileSync('lit-localize.json', 'utf8')),
  sourceLocale: SOURCE_LOCALE,
  targetLocales: TARGET_LOCALES,
  baseDir: process.cwd(),
  resolve: (path) => resolve(path),
};
const xliffDir = config.resolve(config.interchange.xliffDir);
const xliffPath = (locale) => `${xliffDir}/${locale}.xlf`;

/** A locale is a row of the table and an XLIFF file: what has one without the other. */
function unmatched() {
  const files = fs.readdirSync(xliffDir).filter((name) => name.endsWith('.xlf')).map((name) => name.slice(0, -'.xlf'.length));
  return [
    ...TARGET_LOCALES.filter((locale) => !files.includes(locale)).map(
      (locale) => `${locale}: src/locales.json has its row, but there is no xliff/${locale}.xlf (run npm run localize:extract).`
    ),
    ...files.filter((locale) => !TARGET_LOCALES.includes(locale)).map(
      (locale) => `${locale}: xliff/${locale}.xlf has no row in src/locales.json (docs/TRANSLATING.md: "Adding a locale").`
    ),
  ];
}

/** Stops with each problem on a line of its own. */
function fail(problems) {
  if (!problems.length) return;
  console.error(problems.join('\n'));
  process.exit(1);
}

const ACCENTED = Object.fromEntries(
  [...'aàbƀcçdđeéfƒgĝhĥiîjĵkķlļmɱnñoöpþqǫrŕsštţuûvṽwŵxẋyýzž'.matchAll(/(\w)(.)/gu)].map(([, a, b]) => [a, b])
);

/**
 * One text run of the pseudo-locale: accented, each vowel doubled (about
 * 40 % longer, as German or Welsh can be), breaking only where English does.
 */
const pseudoText = (text) =>
  text.replace(/[a-z]/gi, (letter) => {
    const lower = letter.toLowerCase();
    const accented = ACCENTED[lower] ?? letter;
    const out = letter === lower ? accented : accented.toUpperCase();
    return 'aeiou'.includes(lower) ? out + out : out;
  });

const pseudoMessages = (messages) =>
  messages.map(({name, contents}) => {
    const parts = contents.map((part) => (typeof part === 'string' ? pseudoText(part) : part));
    return {name, contents: ['[', ...parts, ']']};
  });

/** The localizer, with the pseudo-locale's messages made from the source. */
class Localizer extends RuntimeLitLocalizer {
  readTranslationsSync() {
    const result = super.readTranslationsSync();
    if (this.config.targetLocales.includes(PSEUDO_LOCALE) && !result.translations.has(PSEUDO_LOCALE)) {
      result.translations.set(PSEUDO_LOCALE, pseudoMessages(this.sourceMessages()));
    }
    return result;
  }

  sourceMessages() {
    const {messages, errors} = this.extractSourceMessages();
    if (errors.length) {
      throw new Error(errors.map((error) => error.messageText ?? String(error)).join('\n'));
    }
    return messages;
  }
}

const parse = (file) => new DOMParser().parseFromString(fs.readFileSync(file, 'utf8'), 'text/xml');
const serialize = (node) => (node ? new XMLSerializer().serializeToString(node) : '');
const units = (doc) => {
  const list = doc.getElementsByTagName('trans-unit');
  return Array.from({length: list.length}, (_, i) => list.item(i));
};
const child = (unit, tag) => unit.getElementsByTagName(tag)[0];

/**
 * The banner's figure and the months it covers (src/content/campaign-figure.json),
 * formatted by Node's Intl (full CLDR data) for `locale`: the same text in
 * every browser (Chrome has no month names for Welsh or Nepali), and no
 * browser has to build an Intl format, its costliest first step, to render
 * a banner. Digits 0-9, like the phone numbers, and the Gregorian calendar
 * of the UK's dates (Dari and Pashto default to the Solar Hijri one). As
 * TypeScript source.
 */
function campaignFigure(locale) {
  const {missingChildren, from, to} = JSON.parse(fs.readFileSync(FIGURE_FACTS, 'utf8'));
  const month = ([year, number]) => new Date(Date.UTC(year, number - 1));
  if (locale !== PSEUDO_LOCALE && !Intl.DateTimeFormat.supportedLocalesOf(locale).length) {
    throw new Error(`This Node has no CLDR data for ${locale}: build with a Node that has full ICU (the default since Node 13).`);
  }
  const count = new Intl.NumberFormat(locale, {numberingSystem: 'latn'}).format(missingChildren);
  const period = new Intl.DateTimeFormat(locale, {month: 'long', year: 'numeric', timeZone: 'UTC', numberingSystem: 'latn', calendar: 'gregory'})
    .formatRange(month(from), month(to));
  return `{count: ${JSON.stringify(count)}, period: ${JSON.stringify(period)}}`;
}

/** The id @lit/localize gives a message without one of its own: "s" (or "h", for markup) and 16 hex digits of its hash. */
const HASH_ID = /^[sh][0-9a-f]{16}$/;

/** The fewest characters of the hash ids (at least 4) that still tell every message apart. */
function shortIdLength(ids) {
  const hashes = ids.filter((id) => HASH_ID.test(id));
  for (let length = 4; ; length++) {
    if (new Set(hashes.map((id) => id.slice(0, length))).size === hashes.length) return length;
  }
}

/**
 * A translation module (as @lit/localize writes it) with its hash ids cut to
 * `length` characters: 17 random characters a message are a sixth of a
 * translation file. Its `templates` looks a full id up by its first
 * characters, as @lit/localize's msg() asks (templates[id]).
 */
function withShortIds(module, length) {
  const shortened = module
    .replace(/'([sh][0-9a-f]{16})':/g, (_, id) => `'${id.slice(0, length)}':`)
    .replace('export const templates = {', 'const messages: Record<string, TemplateLike> = {');
  return (
    `${shortened.replace("import {str} from '@lit/localize';", "import {str, type LocaleModule} from '@lit/localize';")}\n` +
    `type TemplateLike = LocaleModule['templates'][string];\n\n` +
    `/** Each message by its id: a hash id (${HASH_ID}) by its first ${length} characters. */\n` +
    `export const templates = new Proxy(messages, {get: (all, id: string) => all[id] ?? all[id.slice(0, ${length})]});\n`
  );
}

async function build() {
  fail(unmatched());
  fs.mkdirSync('src/generated', {recursive: true});
  // The source's figure is in the bundle; each translation's, in its own module (below).
  fs.writeFileSync(
    FIGURE_MODULE,
    `// Written by scripts/localize.js from ${FIGURE_FACTS}: do not edit.\n` +
      `// The banner's figure and its months in the source locale; each translation's module exports its own.\n\n` +
      `export interface CampaignFigure {\n  count: string;\n  period: string;\n}\n\n` +
      `/** How many children: picks the sentence's plural form. */\n` +
      `export const MISSING_CHILDREN = ${JSON.parse(fs.readFileSync(FIGURE_FACTS, 'utf8')).missingChildren};\n\n` +
      `export const SOURCE_FIGURE: CampaignFigure = ${campaignFigure(config.sourceLocale)};\n`
  );
  const rightToLeft = LOCALE_TABLE.filter((row) => row.dir === 'rtl').map((row) => `'${row.code}'`);
  fs.writeFileSync(
    LOCALES_MODULE,
    `// Written by scripts/localize.js from src/locales.json: do not edit.\n` +
      `import type {LocaleModule} from '@lit/localize';\n` +
      `import type {CampaignFigure} from './campaign-figure.js';\n\n` +
      `/** A translation: its messages, the banner's figure formatted for it, and what it adds to every element's styles. */\n` +
      `export type TranslationModule = LocaleModule & {figure: CampaignFigure; styles: string};\n\n` +
      `/** The locales written right to left. */\n` +
      `export const RIGHT_TO_LEFT: readonly string[] = [${rightToLeft.join(', ')}];\n`
  );
  // What ships a translation in a developer's bundle: one module a locale
  // (the package's translations/<code>.js), and one for them all. One plain
  // import() each, so every bundler can follow it, and a page loads only its
  // own language. (The script-tag file loads each by URL instead:
  // src/internal/translation-files.ts.)
  fs.rmSync(TRANSLATIONS_DIR, {recursive: true, force: true});
  fs.mkdirSync(TRANSLATIONS_DIR, {recursive: true});
  const loader = (code) => `'${code}': () => import('../locales/${code}.js')`;
  for (const {code, name} of LOCALE_TABLE.slice(1)) {
    fs.writeFileSync(
      `${TRANSLATIONS_DIR}/${code}.ts`,
      `// Written by scripts/localize.js from src/locales.json: do not edit.\n` +
        `// Ships ${name}: import 'safeguarding-widgets/translations/${code}.js'. A page in ${name} then loads it.\n` +
        `import {addTranslations} from '../../internal/localization.js';\n\n` +
        `addTranslations({${loader(code)}});\n`
    );
  }
  fs.writeFileSync(
    `${TRANSLATIONS_DIR}/all.ts`,
    `// Written by scripts/localize.js from src/locales.json: do not edit.\n` +
      `// Ships every translation; a page loads only its own language's.\n` +
      `import {addTranslations} from '../../internal/localization.js';\n\n` +
      `addTranslations({\n${LOCALE_TABLE.slice(1).map(({code}) => `  ${loader(code)},\n`).join('')}});\n`
  );
  fs.writeFileSync(HEIGHTS_MODULE, bannerHeightsModule(LOCALE_TABLE));
  fs.writeFileSync(PLACEHOLDER_CSS, placeholderCss(ELEMENT_TABLE, LOCALE_TABLE));
  fs.writeFileSync(ELEMENTS_MODULE, elementsModule(ELEMENT_TABLE));
  fs.writeFileSync(EXAMPLES_MODULE, examplesModule(ELEMENT_TABLE));
  const localizer = new Localizer({...config, targetLocales: [...config.targetLocales, PSEUDO_LOCALE]});
  localizer.sourceMessages();
  await localizer.build();
  const length = shortIdLength(localizer.sourceMessages().map(({name}) => name));
  for (const locale of [...config.targetLocales, PSEUDO_LOCALE]) {
    const file = `${config.output.outputDir}/${locale}.ts`;
    const row = LOCALE_TABLE.find(({code}) => code === locale);
    const styles = row ? languageStyles(row, LOCALE_TABLE[0]) : '';
    fs.writeFileSync(
      file,
      `${withShortIds(fs.readFileSync(file, 'utf8'), length)}\n` +
        `export const figure = ${campaignFigure(locale)};\n\n` +
        `/** What this language adds to every element's styles. */\n` +
        `export const styles = ${JSON.stringify(styles)};\n`
    );
  }
  console.log(`Built ${config.targetLocales.join(', ')} and the pseudo-locale ${PSEUDO_LOCALE}.`);
}

async function extract() {
  const before = new Map();
  for (const locale of config.targetLocales) {
    if (!fs.existsSync(xliffPath(locale))) continue;
    for (const unit of units(parse(xliffPath(locale)))) {
      before.set(`${locale} ${unit.getAttribute('id')}`, serialize(child(unit, 'source')));
    }
  }
  const localizer = new Localizer(config);
  localizer.sourceMessages();
  await localizer.writeInterchangeFiles();
  for (const locale of config.targetLocales) {
    const doc = parse(xliffPath(locale));
    let stale = 0;
    for (const unit of units(doc)) {
      const target = child(unit, 'target');
      const was = before.get(`${locale} ${unit.getAttribute('id')}`);
      if (target && was !== undefined && was !== serialize(child(unit, 'source'))) {
        target.setAttribute('state', STALE);
        stale++;
      }
    }
    if (stale) fs.writeFileSync(xliffPath(locale), `${serialize(doc).trimEnd()}\n`);
    console.log(`${locale}: ${stale} translation(s) marked ${STALE} because their English changed.`);
  }
}

/**
 * Facts never change in translation: every figure of two or more digits in
 * the English (999, 55, 2013…) is in the translation, written with 0-9, and
 * the translation has no figure the English lacks. A lone digit ("2 more
 * times") may be written as a word where the grammar needs it.
 */
function changedFigures(locale, id, source, target) {
  const figures = (text) => text.match(/\d+/g) ?? [];
  const inTarget = figures(target);
  const dropped = figures(source).filter((figure) => figure.length > 1 && !inTarget.includes(figure));
  const added = inTarget.filter((figure) => !figures(source).includes(figure));
  return [...dropped.map((f) => `drops ${f}`), ...added.map((f) => `adds ${f}`)].map(
    (change) => `${locale}: ${id} ${change} ("${target.slice(0, 50)}").`
  );
}

function check() {
  const localizer = new Localizer(config);
  const sorted = sortProgramMessages([...localizer.sourceMessages()]);
  const {translations} = localizer.readTranslationsSync();
  const problems = unmatched();
  for (const {code: locale, state} of LOCALE_TABLE.slice(1)) {
    const file = xliffPath(locale);
    if (!fs.existsSync(file)) continue;
    const committed = fs.readFileSync(file, 'utf8');
    const current = localizer.formatter.encodeLocale(
      sorted,
      locale,
      translations.get(locale) ?? [],
      new DOMParser().parseFromString(committed, 'text/xml')
    );
    if (current.trimEnd() !== committed.trimEnd()) {
      problems.push(`${locale}: ${file} is out of date with the source (run npm run localize:extract, then translate what it marks).`);
    }
    let drafts = 0;
    for (const unit of units(new DOMParser().parseFromString(current, 'text/xml'))) {
      const id = unit.getAttribute('id');
      const target = child(unit, 'target');
      const source = child(unit, 'source')?.textContent ?? '';
      if (!target) {
        problems.push(`${locale}: ${id} has no translation ("${source.slice(0, 50)}").`);
        continue;
      }
      problems.push(...changedFigures(locale, id, source, target.textContent ?? ''));
      if (target.getAttribute('state') === STALE) {
        problems.push(`${locale}: ${id} is stale: its English changed to "${source.slice(0, 50)}".`);
      } else if (target.getAttribute('state') === DRAFT) drafts++;
    }
    console.log(`${locale}: ${sorted.length} messages, ${drafts} of them drafts awaiting review.`);
    if (state === 'draft' && !drafts) {
      problems.push(`${locale}: no translation is a draft now: make its state "reviewed" in src/locales.json.`);
    } else if (state === 'reviewed' && drafts) {
      problems.push(`${locale}: src/locales.json says it is reviewed, but ${drafts} translations are drafts (state="${DRAFT}").`);
    }
  }
  fail(problems);
}

const command = process.argv[2];
const commands = {build, extract, check};
if (!commands[command]) {
  console.error(`usage: node scripts/localize.js ${Object.keys(commands).join('|')}`);
  process.exit(2);
}
await commands[command]();
