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
 * Vue 3 (GlobalComponents): each attribute as Vue's type-check names it
 * (camelCase: `link-text` is `linkText`), each event as an `on…` handler
 * (`@safeguard-exit` is `onSafeguardExit`), plus the standard HTML
 * attributes (id, class, lang…).
 */
function vueTypes() {
  const components = elements.map((d) => {
    const attributes = (d.attributes ?? []).map(
      (a) => `${inner}${doc(a.description, inner)}${a.fieldName}?: ${d.name}['${a.fieldName}'];`
    );
    const events = (d.events ?? []).map(
      (e) => `${inner}${doc(e.description, inner)}${camel(`on-${e.name}`)}?: (event: CustomEvent<${e.type?.text ?? 'unknown'}>) => void;`
    );
    return `    ${doc(summary(d), '    ')}'${d.tagName}': DefineComponent<
      HTMLAttributes & {
${[...attributes, ...events].join('\n')}
      }
    >;`;
  });
  return `// Written by scripts/integrations.js from custom-elements.json.
import type {DefineComponent, HTMLAttributes} from 'vue';
${imports.join('\n')}

declare module 'vue' {
  interface GlobalComponents {
${components.join('\n')}
  }
}
`;
}
writeFileSync('dist/types/vue-types.d.ts', vueTypes());

/**
 * Svelte 5 (svelte/elements): each attribute as markup writes it
 * (kebab-case), each event as Svelte 5's `on` + its name
 * (`onsafeguard-exit`), plus the standard HTML attributes.
 */
function svelteTypes() {
  const tags = elements.map((d) => {
    const attributes = (d.attributes ?? []).map(
      (a) => `${inner}${doc(a.description, inner)}'${a.name}'?: ${d.name}['${a.fieldName}'] | null;`
    );
    const events = (d.events ?? []).map(
      (e) => `${inner}${doc(e.description, inner)}'on${e.name}'?: (event: CustomEvent<${e.type?.text ?? 'unknown'}>) => void;`
    );
    return `    ${doc(summary(d), '    ')}'${d.tagName}': HTMLAttributes<${d.name}> & {
${[...attributes, ...events].join('\n')}
    };`;
  });
  return `// Written by scripts/integrations.js from custom-elements.json.
import type {HTMLAttributes} from 'svelte/elements';
${imports.join('\n')}

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
${tags.join('\n')}
  }
}
`;
}
writeFileSync('dist/types/svelte-types.d.ts', svelteTypes());

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
