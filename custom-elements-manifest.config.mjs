import {loadModule} from './scripts/load-module.js';

/** Only the element classes are API: `src/<element>/<element>.ts`. */
const isElementModule = (path) => /^src\/([\w-]+)\/\1\.ts$/.test(path);

/** The element classes, by name, with their declared settings (src/internal/settings.ts). */
const CLASSES = await loadModule('src/index.ts');
const {attributeOf} = await loadModule('src/internal/settings.ts');

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
    return {
      name,
      fieldName,
      type,
      default: defaultValue,
      description: field.description,
      setting: {kind, values, config, maxLength, notBefore},
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
