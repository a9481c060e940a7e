import {loadModule} from './scripts/load-module.js';

/** Only the element classes are API: `src/<element>/<element>.ts`. */
const isElementModule = (path) => /^src\/([\w-]+)\/\1\.ts$/.test(path);

/** The element classes, by name, with their declared settings (src/internal/settings.ts). */
const CLASSES = await loadModule('src/index.ts');
const {attributeOf} = await loadModule('src/internal/settings.ts');

/**
 * What an editor reads about each setting, from the JSDoc tags on its
 * property (by class and property): `@label` (a plain name), `@help` (one
 * sentence, saying what a blank field means), `@group` (`content`, `timing`,
 * `look` or `advanced`) and, for a choice, `@option <value> <plain name>`
 * for each value. The builder, the WordPress sidebar and the element
 * reference read them from custom-elements.json, as `editor`.
 */
const EDITOR_WORDS = new Map();
const GROUPS = ['content', 'timing', 'look', 'advanced'];

/** A setting's type as TypeScript writes it. */
const typeText = ({kind, values}) =>
  kind === 'choice' ? values.map((value) => `'${value}'`).join(' | ') : {boolean: 'boolean', 'heading-level': 'number'}[kind] ?? 'string';

/** A setting's default as source code writes it, or none. */
const defaultText = (value) => (value === undefined ? undefined : typeof value === 'string' ? `'${value}'` : String(value));

/**
 * An element's attributes, one a declared setting, in declaration order: its
 * type, default and description (the field's JSDoc), and `setting`, what the
 * builder, the WordPress blocks and Storybook need to know of it: its
 * kind, values, page-config key, longest text and earliest date (the
 * property of another date).
 */
function attributesOf(declaration) {
  const fields = new Map((declaration.members ?? []).map((member) => [member.name, member]));
  return Object.entries(CLASSES[declaration.name].settings).map(([fieldName, setting]) => {
    const name = attributeOf(fieldName);
    const field = fields.get(fieldName);
    const type = {text: typeText(setting)};
    const defaultValue = defaultText(setting.default);
    Object.assign(field, {type, default: defaultValue, attribute: name, reflects: setting.reflect || undefined});
    const {kind, values, config, maxLength, notBefore} = setting;
    const editor = EDITOR_WORDS.get(`${field.inheritedFrom?.name ?? declaration.name}.${fieldName}`);
    if (!editor?.label || !editor.help || !GROUPS.includes(editor.group)) {
      throw new Error(`${declaration.name}.${fieldName}: its JSDoc needs @label, @help and @group (one of ${GROUPS.join(', ')})`);
    }
    const unnamed = (values ?? []).filter((value) => !editor.options[value]);
    if (unnamed.length) throw new Error(`${declaration.name}.${fieldName}: no @option for ${unnamed.join(', ')}`);
    return {
      name,
      fieldName,
      type,
      default: defaultValue,
      description: field.description,
      setting: {kind, values, config, maxLength, notBefore},
      editor,
    };
  });
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**'],
  litelement: true,
  packagejson: false,
  plugins: [
    {
      name: 'editor-words',
      analyzePhase({ts, node}) {
        if (!ts.isClassDeclaration(node) || !node.name) return;
        for (const member of node.members) {
          if (!ts.isPropertyDeclaration(member)) continue;
          const words = {options: {}};
          for (const tag of ts.getJSDocTags(member)) {
            const text = (ts.getTextOfJSDocComment(tag.comment) ?? '').replace(/\s+/g, ' ').trim();
            const name = tag.tagName.text;
            if (name === 'option') {
              const [value, ...label] = text.split(' ');
              words.options[value] = label.join(' ');
            } else if (['label', 'help', 'group'].includes(name)) words[name] = text;
          }
          if (words.label) EDITOR_WORDS.set(`${node.name.text}.${member.name.getText()}`, words);
        }
      },
    },
    {
      // Everything is analysed, so that the elements inherit what their base
      // classes declare (heading-level); then all but the element classes is dropped.
      name: 'elements-only',
      packageLinkPhase({customElementsManifest}) {
        customElementsManifest.modules = customElementsManifest.modules
          .filter((module) => isElementModule(module.path))
          .map((module) => {
            const declarations = module.declarations
              .filter((declaration) => declaration.customElement)
              .map((declaration) => ({...declaration, attributes: attributesOf(declaration)}));
            const names = declarations.map((declaration) => declaration.name);
            return {
              ...module,
              declarations,
              exports: module.exports.filter((entry) => names.includes(entry.declaration.name)),
            };
          });
      },
    },
    {
      // The analyzer lists modules in the order the file system gives them:
      // sort them by path, so that the file is the same on every machine.
      name: 'stable-order',
      packageLinkPhase({customElementsManifest}) {
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      },
    },
  ],
};
