// Builds the WordPress plugin into dist/wordpress/safeguarding-widgets.zip
// (run after `npm run build`, whose last step it is). The zip holds one
// folder, safeguarding-widgets/:
//   safeguarding-widgets.php, uninstall.php, includes/, readme.txt
//                     from wordpress/plugin/, with the package's version
//   lib/              the built library: the bundle, locales/, each file's
//                     .sri (read by the plugin for `integrity`), placeholders.css
//   blocks/<name>/block.json   one block per widget, from custom-elements.json
//   build/editor.js   the block editor script (wordpress/editor/), bundled
//                     with the manifest's widgets built in
//   build/contacts.json   the contacts whose number or link the settings
//                     page can replace, read from src/content/contacts.ts
//   languages/        the plugin's own strings: safeguarding-widgets.pot,
//                     and for each draft in wordpress/languages/ its .mo
//                     and the editor script's .json
//                     (scripts/wordpress-translations.js)
//   builder.html      the embed-code builder as one file (dist/builder.html,
//                     from scripts/build-builder.js), which the settings page
//                     links to for a Custom HTML block or another site
// Beside the zip, assets/screenshot-<n>.png: the screenshots readme.txt
// describes, for the plugin directory's assets folder (from docs/images/,
// which the WordPress tests write with SCREENSHOTS=docs/images).
// No PHP is needed to build it.
import {cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import process from 'node:process';
import * as esbuild from 'esbuild';
import {zipSync} from 'fflate';
import {loadModule} from './load-module.js';
import {LOCALE_TABLE} from './locales.js';
import {compiled, potOf} from './wordpress-translations.js';

const SLUG = 'safeguarding-widgets';
const OUT = 'dist/wordpress';
const STAGE = join(OUT, SLUG);
const {version} = JSON.parse(readFileSync('package.json', 'utf8'));

const fail = (message) => {
  console.error(`build:wordpress: ${message}`);
  process.exit(1);
};
if (!existsSync('dist/safeguarding-widgets.js.sri')) fail('dist/ has no built library: run `npm run build` first.');
if (!existsSync('dist/builder.html')) fail('dist/ has no builder.html: run `npm run build` (scripts/build-builder.js comes before this).');

const {widgetsIn, FALLBACKS, GROUPS} = await loadModule('builder/widgets.ts');
const {blockMetadata, blockAttributes} = await loadModule('wordpress/editor/blocks.js');
const {CONTACTS} = await loadModule('src/content/contacts.ts');
const {LINK_PROTOCOLS, WEB_PROTOCOLS, PHONE_NUMBER} = await loadModule('src/internal/settings.ts');
const widgets = widgetsIn(JSON.parse(readFileSync('custom-elements.json', 'utf8')));

// What a block saves must not change under posts already written: compare
// with the markup recorded in wordpress/saved-markup.json.
const saved = JSON.parse(readFileSync('wordpress/saved-markup.json', 'utf8'));
for (const widget of widgets) {
  const record = saved[widget.name];
  if (!record) fail(`wordpress/saved-markup.json has no entry for the new widget ${widget.name}: add {"fallback": ${JSON.stringify(FALLBACKS[widget.name] ?? '')}, "attributes": …, "deprecated": []}.`);
  const types = blockAttributes(widget);
  const changed = [
    record.fallback !== (FALLBACKS[widget.name] ?? '') && `its fallback line is now ${JSON.stringify(FALLBACKS[widget.name])}`,
    ...Object.entries(record.attributes).filter(([name, type]) => types[name]?.type !== type).map(([name]) => `its attribute ${name} is gone or has a new type`),
  ].filter(Boolean);
  if (changed.length) {
    fail(`the markup the ${widget.name} block saves would change (${changed.join('; ')}), and posts written with the old one would show "This block contains unexpected or invalid content". In wordpress/saved-markup.json, move the current entry's fallback and attributes into its "deprecated" list (newest first), then record the new ones.`);
  }
}

rmSync(OUT, {recursive: true, force: true});
cpSync('wordpress/plugin', STAGE, {recursive: true});
/** The plugin directory's screenshots, in readme.txt's order, with their captions. */
const SCREENSHOTS = [
  ['wordpress-inserter.png', 'The blocks in the inserter: search for "safeguarding".'],
  ['wordpress-inserter-preview.png', 'Hovering a block in the inserter shows its widget.'],
  ['wordpress-iframed-preview.png', 'The live widget in the editor, and its settings in the sidebar.'],
  ['wordpress-sidebar.png', 'A contact card\'s settings, in plain words, with help under each.'],
];

/**
 * readme.txt's changelog: the "### WordPress plugin" list of each version
 * in CHANGELOG.md, under that version's heading ("Unreleased" is the
 * version this zip is built as, which its Stable tag names).
 */
function changelog() {
  const sections = readFileSync('CHANGELOG.md', 'utf8').split(/^## /m).slice(1);
  const entries = sections.flatMap((section) => {
    const heading = section.split('\n', 1)[0].trim().replace(/^Unreleased$/, version);
    const list = section.match(/^### WordPress plugin\n([\s\S]*?)(?=^##|(?![\s\S]))/m)?.[1].trim();
    return list ? [`= ${heading} =\n\n${list.replace(/\n {2}/g, ' ').replace(/^- /gm, '* ')}`] : [];
  });
  if (!entries.length) fail('CHANGELOG.md has no "### WordPress plugin" list for readme.txt\'s changelog.');
  return entries.join('\n\n');
}

// readme.txt's list of blocks and of languages, from the element and locale tables.
const BLOCKS = widgets.map(({label, useFor}) => `* **${label}**: ${useFor.charAt(0).toUpperCase()}${useFor.slice(1)}`).join('\n');
const LANGUAGES = LOCALE_TABLE.slice(1).map(({name}) => name).join(', ').replace(/, ([^,]*)$/, ' and $1');
for (const file of ['safeguarding-widgets.php', 'readme.txt']) {
  const path = join(STAGE, file);
  const filled = readFileSync(path, 'utf8')
    .replaceAll('@VERSION@', version)
    .replaceAll('@BLOCKS@', BLOCKS)
    .replaceAll('@LANGUAGES@', LANGUAGES)
    .replaceAll('@SCREENSHOTS@', SCREENSHOTS.map(([, caption], i) => `${i + 1}. ${caption}`).join('\n'))
    .replaceAll('@CHANGELOG@', changelog());
  writeFileSync(path, filled);
}
mkdirSync(join(OUT, 'assets'));
SCREENSHOTS.forEach(([file], i) => {
  if (!existsSync(join('docs/images', file))) fail(`docs/images/${file} is missing: run the WordPress tests with SCREENSHOTS=docs/images.`);
  cpSync(join('docs/images', file), join(OUT, 'assets', `screenshot-${i + 1}.png`));
});

// The library, without source maps (they point at sources the zip lacks).
mkdirSync(join(STAGE, 'lib/locales'), {recursive: true});
for (const file of ['safeguarding-widgets.js', 'safeguarding-widgets.js.sri', 'placeholders.css']) {
  cpSync(join('dist', file), join(STAGE, 'lib', file));
}
for (const file of readdirSync('dist/locales').filter((name) => /\.js(\.sri)?$/.test(name))) {
  cpSync(join('dist/locales', file), join(STAGE, 'lib/locales', file));
}

// The embed-code builder, self-contained: it opens from the plugin's folder.
cpSync('dist/builder.html', join(STAGE, 'builder.html'));

const blocks = widgets.map((widget) => blockMetadata(widget, version));
for (const block of blocks) {
  const folder = join(STAGE, 'blocks', block.name.split('/')[1]);
  mkdirSync(folder, {recursive: true});
  writeFileSync(join(folder, 'block.json'), `${JSON.stringify(block, null, 2)}\n`);
}

// The contacts whose number or link the settings page can replace.
const replaceable = Object.entries(CONTACTS)
  .filter(([, contact]) => !contact.fixed)
  .map(([id, contact]) => ({id, name: contact.name(), ...(contact.kind === 'phone' ? {phone: contact.phone} : {url: contact.url})}));

mkdirSync(join(STAGE, 'languages'));
const pot = potOf(blocks, widgets, GROUPS, replaceable);
writeFileSync(join(STAGE, 'languages', `${SLUG}.pot`), pot);
try {
  for (const draft of compiled(pot)) {
    writeFileSync(join(STAGE, 'languages', `${draft.code}.mo`), draft.mo);
    writeFileSync(join(STAGE, 'languages', `${draft.code}.json`), draft.json);
  }
} catch (error) {
  fail(error.message);
}

mkdirSync(join(STAGE, 'build'), {recursive: true});
writeFileSync(join(STAGE, 'build/contacts.json'), `${JSON.stringify(replaceable, null, 2)}\n`);

// The rules the settings page checks with, as the elements declare them
// (src/internal/settings.ts and custom-elements.json), so PHP copies none.
const declaration = (widget, name) => widgets.find((w) => w.name === widget).settings.find((setting) => setting.name === name);
const scheme = (protocol) => protocol.replace(/:$/, '');
const rules = {
  linkSchemes: LINK_PROTOCOLS.map(scheme),
  webSchemes: WEB_PROTOCOLS.map(scheme),
  phoneNumber: `/${PHONE_NUMBER.source}/`,
  operationNameMax: declaration('report-contact', 'operation-name').declared.maxLength,
  exitHref: declaration('quick-exit', 'href').fallback,
};
writeFileSync(join(STAGE, 'build/rules.json'), `${JSON.stringify(rules, null, 2)}\n`);

/**
 * `import {widgets, fallbacks, groups} from 'virtual:widgets'` in the editor
 * script: the widgets as builder/widgets.ts reads them from the manifest
 * (not the whole manifest, with its docs for every part and custom
 * property), and the headings of the groups of settings.
 */
const manifestWidgets = {
  name: 'manifest-widgets',
  setup(build) {
    build.onResolve({filter: /^virtual:widgets$/}, () => ({path: 'widgets', namespace: 'manifest'}));
    build.onLoad({filter: /.*/, namespace: 'manifest'}, () => ({contents: JSON.stringify({widgets, fallbacks: FALLBACKS, groups: GROUPS}), loader: 'json'}));
  },
};

// Readable on purpose (not minified): site owners and reviewers read it.
await esbuild.build({
  entryPoints: ['wordpress/editor/index.js'],
  plugins: [manifestWidgets],
  bundle: true,
  format: 'iife',
  target: 'es2020',
  charset: 'utf8',
  outfile: join(STAGE, 'build/editor.js'),
  banner: {js: `/* Safeguarding widgets ${version}: the block editor script, built from wordpress/editor/ and custom-elements.json. */`},
  logLevel: 'warning',
});

/** Every file under `dir`, by its path in the zip. */
const files = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
// A fixed date, so that the same sources give the same zip.
const mtime = new Date('2024-01-01T00:00:00Z');
const entries = Object.fromEntries(
  files(STAGE).sort().map((path) => [relative(OUT, path).split('\\').join('/'), [readFileSync(path), {mtime}]])
);
const zip = zipSync(entries, {level: 9});
writeFileSync(join(OUT, `${SLUG}.zip`), zip);
console.log(`dist/wordpress/${SLUG}.zip: ${zip.length.toLocaleString('en-GB')} bytes, ${Object.keys(entries).length} files, ${widgets.length} blocks`);
