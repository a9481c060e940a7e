// The WordPress plugin's own strings (its settings page, its blocks' names
// and sidebar) in the languages the widgets speak.
//
// - potOf(blocks, widgets, groups, contacts): the template,
//   safeguarding-widgets.pot, from the plugin's PHP (wp-pot), the editor
//   script's __() calls (gettext-extractor), the words the blocks take from
//   custom-elements.json (block titles, descriptions and keywords, with the
//   contexts WordPress translates block.json with; sidebar labels, help,
//   choices and group headings) and the names of the contacts the settings
//   page lists (build/contacts.json).
// - compiled(pot): for each draft in wordpress/languages/<code>.po (named by
//   the locale table's code, as the library's locale files are), the .mo
//   PHP reads and the editor script's JSON (Jed, as wp_set_script_translations
//   loads it); it fails when a draft lacks a string of the template.
//
//   node scripts/wordpress-translations.js update
// writes the template's new strings (from the last `npm run build:wordpress`,
// which writes the template before it checks the drafts) into every draft,
// untranslated, and drops the ones no longer used, for a translator.
import {existsSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {Buffer} from 'node:buffer';
import process from 'node:process';
import {GettextExtractor, JsExtractors} from 'gettext-extractor';
import {po, mo} from 'gettext-parser';
import {WP_Pot} from 'wp-pot';

const DOMAIN = 'safeguarding-widgets';
const DRAFTS = 'wordpress/languages';
/** Where the manifest's words come from, as the template's references say. */
const MANIFEST = 'custom-elements.json';

/** A .po or .pot, parsed: ours are all UTF-8, whatever gettext-parser's guess from the header. */
export const parsePo = (text) => po.parse(Buffer.from(text), {defaultCharset: 'utf-8'});

/** Every message of a parsed .po/.pot, with its context ('' for none), but the header. */
const messagesOf = (catalog) =>
  Object.entries(catalog.translations).flatMap(([context, messages]) =>
    Object.values(messages).filter((message) => message.msgid !== '').map((message) => ({...message, msgctxt: context})));

/** Where the build writes the template. */
export const TEMPLATE = 'dist/wordpress/safeguarding-widgets/languages/safeguarding-widgets.pot';

/**
 * The template, as the text of safeguarding-widgets.pot: `blocks` are the
 * blocks' block.json, `widgets` and `groups` what builder/widgets.ts reads
 * from the manifest, `contacts` build/contacts.json's entries.
 */
export function potOf(blocks, widgets, groups, contacts) {
  const extractor = new GettextExtractor();

  const php = new WP_Pot({php: {textdomain: DOMAIN, metadataFile: 'wordpress/plugin/safeguarding-widgets.php'}, pot: {defaultHeaders: false}, pathsRelativeTo: '.'})
    .parse('wordpress/plugin/**/*.php')
    .generatePot();
  for (const message of messagesOf(parsePo(php))) {
    extractor.addMessage({
      text: message.msgid,
      ...(message.msgctxt && {context: message.msgctxt}),
      references: (message.comments?.reference ?? '').split(/[\s,]+/).filter(Boolean),
      comments: message.comments?.extracted ? [message.comments.extracted] : [],
    });
  }

  const translators = {comments: {otherLineLeading: true, sameLineLeading: true, regex: /^(translators:[^]*)$/}};
  extractor
    .createJsParser([
      JsExtractors.callExpression('__', {arguments: {text: 0}, ...translators}),
      JsExtractors.callExpression('_x', {arguments: {text: 0, context: 1}, ...translators}),
    ])
    .parseFilesGlob('wordpress/editor/*.js');

  const add = (text, context) => text && extractor.addMessage({text, ...(context && {context}), references: [MANIFEST], comments: []});
  for (const block of blocks) {
    add(block.title, 'block title');
    add(block.description, 'block description');
    block.keywords.forEach((keyword) => add(keyword, 'block keyword'));
  }
  for (const widget of widgets) {
    for (const setting of widget.settings) {
      add(setting.editor.label);
      add(setting.editor.help);
      Object.values(setting.editor.options).forEach((option) => add(option));
    }
  }
  Object.values(groups).forEach((title) => add(title));
  for (const {name} of contacts) extractor.addMessage({text: name, references: ['build/contacts.json'], comments: ['A contact as the widgets name it: translate it as the XLIFF does.']});

  // Written with gettext-parser, as the drafts are; references name files,
  // not lines, so that an edit elsewhere in a file leaves the drafts alone.
  const translations = {'': {'': {msgid: '', msgstr: ['']}}};
  for (const message of extractor.getMessages()) {
    const context = message.context ?? '';
    translations[context] ??= {};
    translations[context][message.text] = {
      ...(context && {msgctxt: context}),
      msgid: message.text,
      msgstr: [''],
      comments: {
        reference: [...new Set(message.references.map((reference) => reference.replace(/:\d+$/, '')))].join('\n'),
        ...(message.comments.length && {extracted: message.comments.join('\n')}),
      },
    };
  }
  return po.compile({charset: 'utf-8', headers: {'Project-Id-Version': 'Safeguarding widgets', 'Content-Type': 'text/plain; charset=UTF-8'}, translations}, {foldLength: 0, sort: true}).toString();
}

/** `context\u0004text`, the key Jed and gettext give a message with a context. */
const keyOf = ({msgctxt, msgid}) => (msgctxt ? `${msgctxt}\u0004${msgid}` : msgid);

/**
 * Each draft, checked against the template, as the files the plugin ships:
 * `{code, mo, json}`. Throws, naming them, when a draft lacks a string or
 * holds one the template no longer has.
 */
export function compiled(pot) {
  const wanted = messagesOf(parsePo(pot));
  const wantedKeys = new Set(wanted.map(keyOf));
  const usedByEditor = new Set(wanted.filter((message) => /(^|\s)(wordpress\/editor\/|custom-elements\.json)/.test(message.comments?.reference ?? '')).map(keyOf));
  return readdirSync(DRAFTS)
    .filter((name) => name.endsWith('.po'))
    .sort()
    .map((name) => {
      const code = name.replace(/\.po$/, '');
      const draft = parsePo(readFileSync(`${DRAFTS}/${name}`));
      const have = new Map(messagesOf(draft).map((message) => [keyOf(message), message]));
      const missing = wanted.filter((message) => !have.get(keyOf(message))?.msgstr.some(Boolean)).map(keyOf);
      const extra = [...have.keys()].filter((key) => !wantedKeys.has(key));
      if (missing.length || extra.length) {
        throw new Error(`${DRAFTS}/${name} is not up to date with the plugin's strings (run \`node scripts/wordpress-translations.js update\`, then translate):` +
          missing.map((key) => `\n  untranslated: ${JSON.stringify(key)}`).join('') +
          extra.map((key) => `\n  no longer used: ${JSON.stringify(key)}`).join(''));
      }
      const messages = Object.fromEntries([...have].filter(([key]) => usedByEditor.has(key)).map(([key, message]) => [key, message.msgstr]));
      const json = {
        domain: 'messages',
        locale_data: {messages: {'': {domain: 'messages', lang: draft.headers.Language, 'plural-forms': draft.headers['Plural-Forms']}, ...messages}},
      };
      // WordPress prints it inside a <script>: no "</script>" or "<!--" can end it.
      return {code, mo: mo.compile(draft), json: `${JSON.stringify(json).replace(/</g, '\\u003c')}\n`};
    });
}

/** Brings every draft in line with the template: new strings untranslated, unused ones dropped. */
function update(pot) {
  const template = parsePo(pot);
  for (const name of readdirSync(DRAFTS).filter((file) => file.endsWith('.po'))) {
    const path = `${DRAFTS}/${name}`;
    const draft = parsePo(readFileSync(path));
    const translations = {};
    for (const message of messagesOf(template)) {
      const old = draft.translations[message.msgctxt]?.[message.msgid];
      translations[message.msgctxt] ??= {};
      translations[message.msgctxt][message.msgid] = {...message, msgstr: old?.msgstr ?? ['']};
    }
    translations[''][''] = draft.translations[''][''];
    writeFileSync(path, po.compile({...draft, translations}, {foldLength: 0}));
    console.log(`${path}: up to date with the template`);
  }
}

if (import.meta.url === `file://${process.argv[1]}` && process.argv[2] === 'update') {
  if (!existsSync(TEMPLATE)) {
    console.error(`${TEMPLATE} is missing: run \`npm run build:wordpress\` first.`);
    process.exit(1);
  }
  update(readFileSync(TEMPLATE, 'utf8'));
}
