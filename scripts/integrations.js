// Editor and framework support, generated from custom-elements.json (the
// single source: the JSDoc in src/) by the cem-tools integrations:
//   dist/types/jsx-types.d.ts                    every tag, attribute and event, for JSX (React)
//   dist/types/vue-types.d.ts, svelte-types.d.ts the same for Vue and Svelte 5, written below: the
//                                                cem-tools ones name Vue props in kebab-case, which
//                                                vue-tsc's strictTemplates refuses, and type Svelte
//                                                through a JSX namespace Svelte 5 does not have
//   dist/html-custom-data.json, css-custom-data.json   VS Code
//   dist/web-types.json                          JetBrains
// and the entries that apply them: `import 'safeguarding-widgets/react'`
// (or /vue, /svelte) defines every element and types its tags in that
// framework, with no declaration in the app. Run after rollup (npm run build).
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {generateJsxTypes} from 'custom-element-jsx-integration';
import {generateVsCodeCustomElementData} from 'custom-element-vs-code-integration';
import {generateJetBrainsWebTypes} from 'custom-element-jet-brains-integration';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const {name, version} = JSON.parse(readFileSync('package.json', 'utf8'));
mkdirSync('dist/types', {recursive: true});

/** Each element's class, as the generated types import it (relative to dist/types). */
const componentTypePath = (_name, tag) => {
  const folder = tag.replace(/^safeguard-/, '');
  return `./${folder}/${folder}.js`;
};
const common = {outdir: 'dist/types', componentTypePath, hideLogs: true};

generateJsxTypes(manifest, {...common, fileName: 'jsx-types.d.ts'});
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
const imports = elements.map((d) => `import type {${d.name}} from '${componentTypePath(d.name, d.tagName)}';`);
const inner = '        ';
const summary = (d) => d.description?.split('\n\n')[0];

/**
 * A declaration file that adds every element to a framework's interface of
 * tags: each attribute and event under the name the framework's type-check
 * looks for, with the standard HTML attributes (id, class, lang…).
 */
function frameworkTypes({module, interfaceName, importLine, tagType, attributeKey, attributeType, eventKey}) {
  const tags = elements.map((d) => {
    const attributes = (d.attributes ?? []).map(
      (a) => `${inner}${doc(a.description, inner)}${attributeKey(a)}?: ${attributeType(d, a)};`
    );
    const events = (d.events ?? []).map(
      (e) => `${inner}${doc(e.description, inner)}${eventKey(e)}?: (event: CustomEvent<${e.type?.text ?? 'unknown'}>) => void;`
    );
    return `    ${doc(summary(d), '    ')}'${d.tagName}': ${tagType(d, [...attributes, ...events].join('\n'))};`;
  });
  return `// Written by scripts/integrations.js from custom-elements.json.
${importLine}
${imports.join('\n')}

declare module '${module}' {
  interface ${interfaceName} {
${tags.join('\n')}
  }
}
`;
}

// Vue 3: attributes camelCase as its type-check names them (`link-text` is
// `linkText`), events as `on…` handlers (`@safeguard-exit` is `onSafeguardExit`).
writeFileSync(
  'dist/types/vue-types.d.ts',
  frameworkTypes({
    module: 'vue',
    interfaceName: 'GlobalComponents',
    importLine: "import type {DefineComponent, HTMLAttributes} from 'vue';",
    tagType: (d, members) => `DefineComponent<\n      HTMLAttributes & {\n${members}\n      }\n    >`,
    attributeKey: (a) => a.fieldName,
    attributeType: (d, a) => `${d.name}['${a.fieldName}']`,
    eventKey: (e) => camel(`on-${e.name}`),
  })
);

// Svelte 5: attributes as markup writes them (kebab-case), events as
// `on` + the event's name (`onsafeguard-exit`).
writeFileSync(
  'dist/types/svelte-types.d.ts',
  frameworkTypes({
    module: 'svelte/elements',
    interfaceName: 'SvelteHTMLElements',
    importLine: "import type {HTMLAttributes} from 'svelte/elements';",
    tagType: (d, members) => `HTMLAttributes<${d.name}> & {\n${members}\n    }`,
    attributeKey: (a) => `'${a.name}'`,
    attributeType: (d, a) => `${d.name}['${a.fieldName}'] | null`,
    eventKey: (e) => `'on${e.name}'`,
  })
);

/**
 * A framework entry: the module defines every element; its .d.ts applies
 * the generated types (the Vue and Svelte ones augment their framework
 * themselves; the JSX ones are applied to React 19's JSX here).
 */
const FRAMEWORKS = {
  react: `import type {CustomElements} from './jsx-types.js';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
`,
  vue: `import './vue-types.js';\n`,
  svelte: `import './svelte-types.js';\n`,
};
for (const [framework, types] of Object.entries(FRAMEWORKS)) {
  writeFileSync(
    `dist/${framework}.js`,
    `// Defines every element; types/${framework}.d.ts types them in ${framework}.\nexport * from './index.js';\n`
  );
  writeFileSync(`dist/types/${framework}.d.ts`, `// Written by scripts/integrations.js.\nexport * from './index.js';\n${types}`);
}
