// The element reference, docs/reference/<name>.md, one page an element of
// the element table (src/elements.json), written from custom-elements.json
// (the JSDoc in src/): what each takes as an attribute, in the CMS-safe div
// form and from the page config, its properties, events, slots, parts and
// custom properties.
//   node scripts/reference.js          writes the pages
//   node scripts/reference.js --check  fails when a page is not what the
//                                      manifest gives (in CI)
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import process from 'node:process';
import {ELEMENT_TABLE, tagOf} from './elements.js';

const DIR = 'docs/reference';
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
    '<!-- Written by scripts/reference.js from custom-elements.json: do not edit. -->',
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

const pages = ELEMENT_TABLE.map((row) => [`${DIR}/${row.name}.md`, page(row)]);

if (process.argv.includes('--check')) {
  const stale = pages.filter(([file, text]) => {
    try {
      return readFileSync(file, 'utf8') !== text;
    } catch {
      return true;
    }
  });
  if (stale.length) {
    console.error(`${stale.map(([file]) => file).join(', ')}: not what custom-elements.json gives: run npm run reference and commit.`);
    process.exit(1);
  }
  console.log(`The element reference (${DIR}/) is up to date.`);
} else {
  mkdirSync(DIR, {recursive: true});
  for (const [file, text] of pages) writeFileSync(file, text);
  console.log(`Wrote ${pages.map(([file]) => file).join(', ')}.`);
}
