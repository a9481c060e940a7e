// The locale table, src/locales.json, for the Node scripts: every locale the
// library ships, one row each, in the order the menus show them (the source
// first). A row:
//   code        the BCP 47 tag; its translation is xliff/<code>.xlf
//   name        the language's name in English
//   ownName     its name in itself, as the demo's and Storybook's menus show it
//   dir         ltr or rtl
//   state       source (English), draft (ours, awaiting a qualified
//               translator's review) or reviewed
//   banner      the campaign banner's reserved heights, in em: wide
//               (viewport 40em and up), medium (under 40em), narrow (under
//               30em), and slim where it differs from the source's
//   font        for a script that needs its own face and line height (Urdu's
//               Nastaliq): {family, lineHeight}, what the translation's
//               module adds to every element's styles
//   fontconfig  the fontconfig language (`fc-list :lang=…`) of a script the
//               tests need a font for, where a test machine may have none
// The browser side (src/, tests, Storybook) imports the JSON itself.
import {readFileSync} from 'node:fs';

const FILE = new URL('../src/locales.json', import.meta.url);

/**
 * @typedef {{wide: number, medium: number, narrow: number, slim?: number}} Heights
 * @typedef {{code: string, name: string, ownName: string, dir: 'ltr' | 'rtl',
 *   state: 'source' | 'draft' | 'reviewed', banner: Heights, font?: {family: string, lineHeight: number},
 *   fontconfig?: string}} Row
 * @type {Row[]}
 */
export const LOCALE_TABLE = JSON.parse(readFileSync(FILE, 'utf8'));

/** One line for each thing wrong with the rows. */
function problems(rows) {
  const found = [];
  if (rows[0]?.state !== 'source' || rows.filter((row) => row.state === 'source').length !== 1) {
    found.push('the first row, and only it, is the source (state "source")');
  }
  if (typeof rows[0]?.banner?.slim !== 'number') found.push('the source row gives the slim banner’s height (banner.slim)');
  rows.forEach((row, i) => {
    if (!/^[a-z]{2,3}(-[a-z\d]{2,8})*$/i.test(row.code)) found.push(`${row.code}: code is a BCP 47 tag such as pl or pt-BR`);
    if (rows.findIndex((other) => other.code === row.code) !== i) found.push(`${row.code} has two rows`);
    if (!['ltr', 'rtl'].includes(row.dir)) found.push(`${row.code}: dir is ltr or rtl`);
    if (!['source', 'draft', 'reviewed'].includes(row.state)) found.push(`${row.code}: state is source, draft or reviewed`);
    if (row.font && !(typeof row.font.family === 'string' && typeof row.font.lineHeight === 'number')) {
      found.push(`${row.code}: font gives a family (CSS font-family) and a lineHeight (a number)`);
    }
    if (!['wide', 'medium', 'narrow'].every((width) => typeof row.banner?.[width] === 'number')) {
      found.push(`${row.code}: banner gives wide, medium and narrow heights in em`);
    }
  });
  return found;
}

const found = problems(LOCALE_TABLE);
if (found.length) throw new Error(`src/locales.json:\n${found.join('\n')}`);

/** The source locale (English): the messages in the code are written in it. */
export const SOURCE_LOCALE = LOCALE_TABLE[0].code;
/** Every locale shipped, the source first. */
export const LOCALES = LOCALE_TABLE.map((row) => row.code);
/** The translations: one XLIFF file and one built locale file each. */
export const TARGET_LOCALES = LOCALES.slice(1);
/** The fontconfig languages the tests need a font for (scripts/system-deps.js). */
export const FONT_LANGUAGES = LOCALE_TABLE.flatMap((row) => row.fontconfig ?? []);
