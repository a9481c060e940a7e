// The campaign banner's reserved heights, from the locale table
// (scripts/locales.js), written two ways by `node scripts/localize.js build`:
// in the optional placeholder CSS a page adds (shipped as
// dist/placeholders.css), which reserves every element's space as the
// element table says (scripts/elements.js), and as the banner's own heights
// (src/campaign-banner/campaign-banner.styles.ts).
// test/placeholders.test.ts checks that the two give the same heights.
import {tagOf} from './elements.js';

/** The banner's widths, widest first, and the media query of each. */
const WIDTHS = {wide: '', medium: '(max-width: 40em)', narrow: '(max-width: 30em)'};

const rule = (selectors, declarations) =>
  `${selectors.join(',\n')} {\n${declarations.map((declaration) => `  ${declaration};\n`).join('')}}`;
const inMedia = (query, rules) =>
  query ? `@media ${query} {\n${rules.join('\n').replace(/^/gm, '  ')}\n}` : rules.join('\n');

/** One rule a height, lowest first, with the selector of each language that needs it. */
function byHeight(needs, selector) {
  const heights = [...new Set(needs.map(({height}) => height))].sort((a, b) => a - b);
  return heights.map((height) => {
    const codes = needs.filter((need) => need.height === height).map(({code}) => code);
    return rule(codes.sort().map(selector), [`min-height: ${height}em`]);
  });
}

/**
 * For each width, the languages that need a `:lang()` rule there and their
 * height. A language needs one where its height differs from what holds
 * without it: English's, until the language has a rule of its own, which
 * (being more specific) then holds at every narrower width too.
 */
function languageNeeds([source, ...rows]) {
  const needs = Object.fromEntries(Object.keys(WIDTHS).map((width) => [width, []]));
  for (const {code, banner} of rows) {
    let own;
    for (const width of Object.keys(WIDTHS)) {
      if (banner[width] === (own ?? source.banner[width])) continue;
      own = banner[width];
      needs[width].push({code, height: own});
    }
  }
  return needs;
}

/** The banner's placeholder rules (`tag` is its tag): its heights by width, then by language where they differ, then slim. */
function bannerRules(tag, rows) {
  const [source, ...translations] = rows;
  const needs = languageNeeds(rows);
  const languages = Object.entries(WIDTHS)
    .filter(([width]) => needs[width].length)
    .map(([width, query]) => inMedia(query, byHeight(needs[width], (code) => `${tag}:lang(${code}):not(:defined)`)));
  const slim = translations
    .filter(({banner}) => banner.slim !== undefined && banner.slim !== source.banner.slim)
    .map(({code, banner}) => ({code, height: banner.slim}));
  return [
    rule([`${tag}:not(:defined)`], ['display: flow-root', `min-height: ${source.banner.wide}em`]),
    inMedia(WIDTHS.medium, [rule([`${tag}:not(:defined)`], [`min-height: ${source.banner.medium}em`])]),
    inMedia(WIDTHS.narrow, [rule([`${tag}:not(:defined)`], [`min-height: ${source.banner.narrow}em`])]),
    ...(languages.length ? ['/* Longer languages need a taller banner, by the language of the page. */', ...languages] : []),
    rule([`${tag}[variant='slim']:not(:defined)`], [`min-height: ${source.banner.slim}em`]),
    ...byHeight(slim, (code) => `${tag}[variant='slim']:lang(${code}):not(:defined)`),
  ];
}

/**
 * The placeholder CSS: each element's space reserved while the script loads,
 * as its row of the element table says (`elements`), the banner's by
 * language from the locale table (`rows`). Every element keeps its fallback's
 * margins inside it (`display: flow-root`).
 */
export function placeholderCss(elements, rows) {
  const undefinedTag = (name, state = '') => `${tagOf(name)}${state}:not(:defined)`;
  const reserved = elements.filter((element) => element.placeholder);
  return `${[
    `/* The library's optional snippet (docs/webmasters.md: "No layout shift while the
   script loads"): reserves each widget's space without hiding its fallback. Written
   by scripts/localize.js from the element table, src/elements.json, and the
   locale table, src/locales.json. */`,
    rule(elements.filter((element) => !element.placeholder).map(({name}) => undefinedTag(name)), ['display: flow-root']),
    ...reserved.flatMap(({name, placeholder: {minHeight, except}}) =>
      minHeight === 'banner'
        ? bannerRules(tagOf(name), rows)
        : [
            rule([undefinedTag(name)], ['display: flow-root', `min-height: ${minHeight}`]),
            ...(except ? [rule([undefinedTag(name, except)], ['min-height: 0'])] : []),
          ]
    ),
  ].join('\n')}\n`;
}

/** A custom property for each height in `banner` that `unlike` does not have. */
const properties = (banner, unlike = {}) =>
  ['wide', 'medium', 'narrow', 'slim']
    .filter((size) => banner[size] !== undefined && banner[size] !== unlike[size])
    .map((size) => `--_${size}: ${banner[size]}em`);

/**
 * The banner's own heights in the source language, as a TypeScript module:
 * custom properties on its base. Each translation's module brings the
 * heights that differ (`languageStyles`).
 */
export function bannerHeightsModule([source]) {
  return `// Written by scripts/localize.js from src/locales.json: do not edit.
// The campaign banner's reserved heights in the source language (campaign-banner.styles.ts).
import {css} from 'lit';

export const heights = css\`
${rule(["[part='base']"], properties(source.banner)).replace(/^/gm, '  ')}
\`;
`;
}

/**
 * What a translation adds to every element's styles, as CSS text, from its
 * row (`row`) and the source's (`source`): the banner's heights where they
 * differ from the source's, and the face and line height of a script that
 * needs its own (`font`), its list bullets left in a plain one. Its module brings it, so that no other page loads
 * it.
 */
export function languageStyles(row, source) {
  const heights = properties(row.banner, source.banner);
  return [
    ...(heights.length ? [rule(["[part='base']"], heights)] : []),
    ...(row.font
      ? [
          rule([`:lang(${row.code})`], [`font-family: ${row.font.family}`, `line-height: ${row.font.lineHeight}`]),
          // A list's bullet keeps a plain face: Nastaliq's is wider than the indent.
          rule([`:lang(${row.code})::marker`], ['font-family: sans-serif']),
        ]
      : []),
  ]
    .join('')
    .replace(/\n\s*/g, '');
}
