// Editor and framework support, generated from custom-elements.json (the
// single source: the JSDoc in src/):
//   dist/types/<name>/frameworks.d.ts   each element's tag, attributes, properties and events in
//                                       React 19's JSX, Vue 3's and Svelte 5's templates (below)
//   dist/html-custom-data.json, css-custom-data.json   VS Code (cem-tools)
//   dist/web-types.json                 JetBrains (cem-tools)
// and the framework entries: `import 'safeguarding-widgets/react'` (or /vue,
// /svelte) defines and types every element, with no declaration in the app.
// Run after rollup (npm run build).
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {generateVsCodeCustomElementData} from 'custom-element-vs-code-integration';
import {generateJetBrainsWebTypes} from 'custom-element-jet-brains-integration';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const {name, version} = JSON.parse(readFileSync('package.json', 'utf8'));
mkdirSync('dist/types', {recursive: true});

generateVsCodeCustomElementData(manifest, {
  outdir: 'dist',
  htmlFileName: 'html-custom-data.json',
  cssFileName: 'css-custom-data.json',
  hideLogs: true,
});
generateJetBrainsWebTypes(manifest, {
  outdir: 'dist',
  webTypesFileName: 'web-types.json',
  packageName: name,
  packageVersion: version,
  hideLogs: true,
});

const camel = (name) => name.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());
const doc = (text, indent) =>
  text ? `/** ${text.replace(/\*\//g, '*\\/').replace(/\s+/g, ' ')} */\n${indent}` : '';
const elements = manifest.modules.flatMap((module) => module.declarations.filter((d) => d.customElement));
const inner = '        ';
const summary = (d) => d.description?.split('\n\n')[0];

/**
 * An attribute's type as a framework writes it: the property's type, and
 * for a heading level also that number as text (`heading-level="3"`, as
 * HTML writes it), which the element accepts.
 */
const attributeType = (d, a) => {
  const type = `${d.name}['${a.fieldName}']`;
  return a.setting?.kind === 'heading-level' ? `${type} | \`\${${type}}\`` : type;
};
const eventHandler = (e) => `(event: CustomEvent<${e.type?.text ?? 'unknown'}>) => void`;
const member = (description, key, type) => `${inner}${doc(description, inner)}${key}?: ${type};`;

/**
 * How each framework's type-check names an element's attributes,
 * properties and events, and the interface of tags it reads:
 * - React 19: everything a <div> takes, each attribute as HTML writes it
 *   (kebab-case), each property under its own name (React sets a property
 *   the element has), each event as `on` + its name;
 * - Vue 3: attributes camelCase as its type-check names them (`link-text`
 *   is `linkText`), events as `on…` handlers (`@safeguard-exit` is
 *   `onSafeguardExit`);
 * - Svelte 5: attributes as markup writes them (kebab-case), events as
 *   `on` + the event's name (`onsafeguard-exit`).
 */
const FRAMEWORKS = {
  react: {
    imports: "import type {DetailedHTMLProps, HTMLAttributes as ReactHTMLAttributes} from 'react';",
    open: "declare module 'react' {\n  namespace JSX {\n    interface IntrinsicElements {",
    close: '    }\n  }\n}',
    tag: (d, members) => `DetailedHTMLProps<ReactHTMLAttributes<${d.name}>, ${d.name}> & {\n${members}\n      }`,
    members: (d) => [
      ...(d.attributes ?? []).flatMap((a) => [
        member(a.description, a.name === a.fieldName ? a.fieldName : `'${a.name}'`, attributeType(d, a)),
        ...(a.name === a.fieldName ? [] : [member(a.description, a.fieldName, `${d.name}['${a.fieldName}']`)]),
      ]),
      ...(d.events ?? []).map((e) => member(e.description, `'on${e.name}'`, eventHandler(e))),
    ],
  },
  vue: {
    imports: "import type {DefineComponent, HTMLAttributes as VueHTMLAttributes} from 'vue';",
    open: "declare module 'vue' {\n  interface GlobalComponents {",
    close: '  }\n}',
    tag: (d, members) => `DefineComponent<\n      VueHTMLAttributes & {\n${members}\n      }\n    >`,
    members: (d) => [
      ...(d.attributes ?? []).map((a) => member(a.description, a.fieldName, attributeType(d, a))),
      ...(d.events ?? []).map((e) => member(e.description, camel(`on-${e.name}`), eventHandler(e))),
    ],
  },
  svelte: {
    imports: "import type {HTMLAttributes as SvelteHTMLAttributes} from 'svelte/elements';",
    open: "declare module 'svelte/elements' {\n  interface SvelteHTMLElements {",
    close: '  }\n}',
    tag: (d, members) => `SvelteHTMLAttributes<${d.name}> & {\n${members}\n      }`,
    members: (d) => [
      ...(d.attributes ?? []).map((a) => member(a.description, `'${a.name}'`, `${attributeType(d, a)} | null`)),
      ...(d.events ?? []).map((e) => member(e.description, `'on${e.name}'`, eventHandler(e))),
    ],
  },
};

// Each element's types in every framework, dist/types/<name>/frameworks.d.ts,
// imported by its class module's types (so by its define.js too): importing
// one element types that element, and no other. Each framework's part
// applies when the app has that framework's types; the @ts-ignore lines keep
// an app without them free of errors, even with skipLibCheck off.
const IGNORE = "// @ts-ignore: applies only in an app that has this framework's types";
for (const d of elements) {
  const folder = d.tagName.replace(/^safeguard-/, '');
  const parts = Object.values(FRAMEWORKS).map(
    (framework) => `${IGNORE}\n${framework.open}\n    ${doc(summary(d), '    ')}'${d.tagName}': ${framework.tag(d, framework.members(d).join('\n'))};\n${framework.close}`
  );
  writeFileSync(
    `dist/types/${folder}/frameworks.d.ts`,
    `// Written by scripts/integrations.js from custom-elements.json: <${d.tagName}> in React's JSX,
// Vue's templates and Svelte's markup.
${Object.values(FRAMEWORKS).map(({imports}) => `${IGNORE}\n${imports}`).join('\n')}
import type {${d.name}} from './${folder}.js';

${parts.join('\n\n')}
`
  );
  const classTypes = `dist/types/${folder}/${folder}.d.ts`;
  const types = readFileSync(classTypes, 'utf8');
  if (!types.includes("import './frameworks.js';")) writeFileSync(classTypes, `import './frameworks.js';\n${types}`);
}

// The framework entries, `import 'safeguarding-widgets/react'` (or /vue,
// /svelte): every element, defined and typed, like the main entry.
for (const framework of Object.keys(FRAMEWORKS)) {
  writeFileSync(`dist/${framework}.js`, `// Defines and types every element, for ${framework}.\nexport * from './index.js';\n`);
  writeFileSync(`dist/types/${framework}.d.ts`, `// Written by scripts/integrations.js.\nexport * from './index.js';\n`);
}
