/**
 * The widgets and their settings as custom-elements.json describes them:
 * one reading of the manifest, shared by the embed-code builder (in the
 * browser) and the WordPress plugin's build (scripts/build-wordpress.js,
 * which bundles this module for Node), so a new attribute reaches both.
 */

/** The parts of custom-elements.json read here. */
export interface Manifest {
  modules: {
    declarations: {
      tagName?: string;
      customElement?: boolean;
      description?: string;
      attributes?: {name: string; fieldName?: string; type?: {text: string}; default?: string; description?: string}[];
    }[];
  }[];
}

export type Control = 'select' | 'checkbox' | 'number' | 'date' | 'text';

export interface Setting {
  /** The attribute (kebab-case), as HTML and the div form's `data-*` write it. */
  name: string;
  /** The property (camelCase), as frameworks and WordPress block attributes name it. */
  property: string;
  control: Control;
  options: string[];
  fallback?: string;
  description: string;
}

export interface Widget {
  name: string;
  tag: string;
  summary: string;
  settings: Setting[];
}

/**
 * A short line to put inside the div: what a reader sees before the script
 * runs, or if it never does, and what stops editors removing an empty div.
 */
/** A value as markup writes it (attribute or text): quotes, ampersands and angle brackets escaped. */
export const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const FALLBACKS: Record<string, string> = {
  'report-contact': 'If a child is in immediate danger, call 999. If it is not an emergency, call 101.',
  'signs-checklist': 'Signs of exploitation include going missing, secrecy, new older friends and unexplained money or gifts.',
  'campaign-banner': 'Is Your Child Safe? Learn the signs of child exploitation.',
  'sexting-tips': 'Talk to your child about what they share online, and who with.',
  'topic-guide': 'If a child is in immediate danger, call 999.',
  'quick-exit': 'Exit this page',
};

/** The values of a type such as `'card' | 'compact'`, or none for any other type. */
export const enumValues = (type: string): string[] => {
  const parts = type.split('|').map((part) => part.trim()).filter(Boolean);
  return parts.length > 1 && parts.every((part) => /^'[^']*'$/.test(part))
    ? parts.map((part) => part.slice(1, -1))
    : [];
};

const controlFor = (type: string, description: string): Control => {
  if (enumValues(type).length) return 'select';
  if (type === 'boolean') return 'checkbox';
  if (type === 'number') return 'number';
  return /YYYY-MM-DD/.test(description) ? 'date' : 'text';
};

/** The widgets and their settings, as custom-elements.json describes them. */
export function widgetsIn(manifest: Manifest): Widget[] {
  return manifest.modules
    .flatMap((module) => module.declarations)
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .map((declaration) => ({
      tag: declaration.tagName!,
      name: declaration.tagName!.replace(/^safeguard-/, ''),
      summary: (declaration.description ?? '').split(/\.\s/)[0].replace(/\s+/g, ' ').replace(/\.?$/, '.'),
      settings: (declaration.attributes ?? []).map((attribute) => {
        const type = (attribute.type?.text ?? 'string').replace(/\s+/g, ' ').replace(/^\| /, '').replace(/ \| undefined$/, '');
        const description = (attribute.description ?? '').replace(/\s+/g, ' ');
        return {
          name: attribute.name,
          property: attribute.fieldName ?? attribute.name.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase()),
          control: controlFor(type, description),
          options: enumValues(type),
          fallback: attribute.default?.replace(/^'|'$/g, ''),
          description,
        };
      }),
    }));
}

