// The parts of the documentation that are written, not hand-kept:
// - the element reference, docs/reference/<name>.md, one page an element of
//   the element table (src/elements.json), from custom-elements.json (the
//   JSDoc in src/): what each takes as an attribute, in the CMS-safe div
//   form and from the page config, its properties, events, slots, parts
//   and custom properties;
// - in the README and the guides (scripts/snippets.js), each CDN address
//   of the library's files, at this version, and the integrity hash written
//   after it, from the built file's .sri (run after npm run build).
//   node scripts/docs.js          writes them (npm run docs)
//   node scripts/docs.js --check  fails when one is not what it would write
//                                 (npm run check:docs, in CI)
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import process from 'node:process';
import {ELEMENT_TABLE, tagOf} from './elements.js';
import {DOCUMENTS} from './snippets.js';
import {loadModule} from './load-module.js';

const DIR = 'docs/reference';
/** The headings of the groups of settings, as the builder shows them. */
const {GROUPS} = await loadModule('builder/widgets.ts');
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);

/** Text for one table cell: on one line, its pipes escaped. */
const cell = (text = '') => String(text).replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
const code = (text) => (text ? `\`${String(text).replace(/\s+/g, ' ')}\`` : '');

/** A Markdown table, or nothing when there are no rows. */
function table(title, head, rows) {
  if (!rows.length) return [];
  return [
    `## ${title}`,
    '',
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
    '',
  ];
}

/** The values a setting accepts, as a reader writes them. */
function accepts(attribute) {
  const {setting = {}} = attribute;
  if (setting.values) return setting.values.map((value) => code(value)).join(', ');
  return code(attribute.type?.text);
}

/** One element's page. */
function page({name}) {
  const tag = tagOf(name);
  const element = declarations.find((declaration) => declaration.tagName === tag);
  if (!element) throw new Error(`custom-elements.json has no <${tag}>: run npm run analyze`);
  const [summary, ...more] = (element.description ?? '').split('\n\n');
  const fields = (element.members ?? []).filter((member) => member.kind === 'field' && !member.static && !member.privacy);
  const attributes = element.attributes ?? [];
  const defaultOf = (attribute) => fields.find((field) => field.name === attribute.fieldName)?.default;
  return [
    `# \`<${tag}>\``,
    '',
    '<!-- Written by scripts/docs.js from custom-elements.json: do not edit. -->',
    '',
    summary,
    '',
    ...more.flatMap((paragraph) => [paragraph, '']),
    '```html',
    `<${tag}></${tag}>`,
    `<!-- or, where an editor removes unknown tags: -->`,
    `<div data-safeguard="${name}"></div>`,
    '```',
    '',
    ...table(
      'Attributes',
      ['Attribute', 'In the div form', 'Page config', 'Property', 'Accepts', 'Default', 'What it does'],
      attributes.map((attribute) => [
        code(attribute.name),
        code(`data-${attribute.name}`),
        code(attribute.setting?.config),
        code(attribute.fieldName),
        accepts(attribute),
        code(defaultOf(attribute)),
        attribute.description,
      ])
    ),
    ...table(
      'In the builder and the WordPress sidebar',
      ['Setting', 'Attribute', 'Group', 'Help'],
      attributes.map(({name, editor}) => [
        `${editor.label}${Object.keys(editor.options).length ? ` (${Object.values(editor.options).join('; ')})` : ''}`,
        code(name),
        GROUPS[editor.group],
        editor.help,
      ])
    ),
    ...table(
      'Properties without an attribute',
      ['Property', 'Type', 'What it is'],
      fields
        .filter((field) => !attributes.some((attribute) => attribute.fieldName === field.name))
        .map((field) => [code(field.name), code(field.type?.text), field.description])
    ),
    ...table(
      'Methods',
      ['Method', 'What it does'],
      (element.members ?? [])
        .filter((member) => member.kind === 'method' && !member.static && !member.privacy)
        .map((method) => [code(`${method.name}()`), method.description])
    ),
    ...table(
      'Events',
      ['Event', 'Detail', 'When'],
      (element.events ?? []).map((event) => [code(event.name), code(event.type?.text), event.description])
    ),
    ...table('Slots', ['Slot', 'What it takes'], (element.slots ?? []).map((slot) => [code(slot.name || '(default)'), slot.description])),
    ...table('Parts (`::part()`)', ['Part', 'What it is'], (element.cssParts ?? []).map((part) => [code(part.name), part.description])),
    ...table(
      'Custom properties',
      ['Property', 'Default', 'What it sets'],
      (element.cssProperties ?? []).map((property) => [code(property.name), code(property.default), property.description])
    ),
  ]
    .join('\n')
    .replace(/\n+$/, '\n');
}

/**
 * A document with each CDN address of a library file at this version, and
 * the `sha384-…` after it (before the next address) that file's hash.
 */
function withCurrentHashes(text) {
  const {name, version} = JSON.parse(readFileSync('package.json', 'utf8'));
  const address = new RegExp(`(https://cdn\\.jsdelivr\\.net/npm/${name}@)[^/\\s]+(/dist/([\\w/.-]+\\.js))([^]*?)(sha384-[\\w+/=]+|(?=https://cdn))`, 'g');
  return text.replace(address, (match, start, path, file, between, hash) => {
    const sri = `dist/${file}.sri`;
    if (!hash) return `${start}${version}${path}${between}`;
    if (!existsSync(sri)) throw new Error(`${sri} is missing: run npm run build first`);
    return `${start}${version}${path}${between}${readFileSync(sri, 'utf8').trim()}`;
  });
}

const pages = [
  ...ELEMENT_TABLE.map((row) => [`${DIR}/${row.name}.md`, page(row)]),
  ...DOCUMENTS.map((file) => [file, withCurrentHashes(readFileSync(file, 'utf8'))]),
];

if (process.argv.includes('--check')) {
  const stale = pages.filter(([file, text]) => {
    try {
      return readFileSync(file, 'utf8') !== text;
    } catch {
      return true;
    }
  });
  if (stale.length) {
    console.error(`${stale.map(([file]) => file).join(', ')}: not what custom-elements.json and dist/ give: run npm run docs and commit.`);
    process.exit(1);
  }
  console.log(`The element reference (${DIR}/) and the guides' CDN hashes are up to date.`);
} else {
  mkdirSync(DIR, {recursive: true});
  const changed = pages.filter(([file, text]) => !existsSync(file) || readFileSync(file, 'utf8') !== text);
  for (const [file, text] of changed) writeFileSync(file, text);
  console.log(changed.length ? `Wrote ${changed.map(([file]) => file).join(', ')}.` : 'Nothing to write.');
}
