/**
 * The widgets and their settings as custom-elements.json describes them:
 * one reading of the manifest, shared by the embed-code builder (in the
 * browser) and the WordPress plugin's build (scripts/build-wordpress.js,
 * which bundles this module for Node), so a new attribute reaches both.
 */
import {declared, type Declared, type SettingKind} from '../src/internal/settings.js';
import ELEMENT_TABLE from '../src/elements.json';

/** The parts of custom-elements.json read here. */
export interface Manifest {
  modules: {
    declarations: {
      tagName?: string;
      customElement?: boolean;
      description?: string;
      attributes?: {
        name: string;
        fieldName?: string;
        default?: string;
        description?: string;
        /** The declaration, as JSON: `kind` is a SettingKind, `config` a PageConfig key. */
        setting: {kind: string; values?: string[]; config?: string; maxLength?: number; notBefore?: string};
        /** What an editor reads: the JSDoc's @label, @help, @group and @option (custom-elements-manifest.config.mjs). */
        editor: {label: string; help: string; group: string; options: Record<string, string | undefined>};
      }[];
    }[];
  }[];
}

/** A setting in plain words, for the people who place widgets. */
export interface EditorWords {
  label: string;
  /** One sentence: what it does, and what a blank field means. */
  help: string;
  group: Group;
  /** A choice's values in plain words, by value. */
  options: Record<string, string>;
}

/** The groups of settings, in the order an editor meets them, with their headings. */
export const GROUPS = {content: 'What it says', timing: 'When it shows', look: 'How it looks', advanced: 'Advanced'} as const;
export type Group = keyof typeof GROUPS;

export type Control = 'select' | 'checkbox' | 'number' | 'date' | 'text';

export interface WidgetSetting {
  /** The attribute (kebab-case), as HTML and the div form's `data-*` write it. */
  name: string;
  /** The property (camelCase), as frameworks and WordPress block attributes name it. */
  property: string;
  control: Control;
  options: readonly string[];
  fallback?: string;
  description: string;
  /** The element's declaration (src/internal/settings.ts): `declared()` gives its check. */
  declared: Declared;
  /** Its label, help, group and options in plain words. */
  editor: EditorWords;
}

export interface Widget {
  name: string;
  tag: string;
  summary: string;
  /** Its plain name, and what it is for (the element table's `label` and `useFor`). */
  label: string;
  useFor: string;
  settings: WidgetSetting[];
}

/** A value as markup writes it (attribute or text): quotes, ampersands and angle brackets escaped. */
export const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Each widget's short line to put inside the div, by name, from the element
 * table (src/elements.json): what a reader sees before the script runs, or
 * if it never does, and what stops editors removing an empty div.
 */
export const FALLBACKS: Record<string, string> = Object.fromEntries(ELEMENT_TABLE.map((row) => [row.name, row.fallback]));

/** The control for each kind of setting. */
const CONTROLS: Record<SettingKind, Control> = {
  choice: 'select',
  boolean: 'checkbox',
  'heading-level': 'number',
  date: 'date',
  text: 'text',
  link: 'text',
  'web-page': 'text',
  phone: 'text',
};

/** A tag's plain name and use, from the element table. */
function rowOf(tag: string): {label: string; useFor: string} {
  const {label, useFor} = ELEMENT_TABLE.find((row) => `safeguard-${row.name}` === tag)!;
  return {label, useFor};
}

/** The widgets and their settings, as custom-elements.json describes them. */
export function widgetsIn(manifest: Manifest): Widget[] {
  return manifest.modules
    .flatMap((module) => module.declarations)
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .map((declaration) => ({
      tag: declaration.tagName!,
      name: declaration.tagName!.replace(/^safeguard-/, ''),
      summary: (declaration.description ?? '').split(/\.\s/)[0].replace(/\s+/g, ' ').replace(/\.?$/, '.'),
      ...rowOf(declaration.tagName!),
      settings: (declaration.attributes ?? []).map((attribute) => ({
        name: attribute.name,
        property: attribute.fieldName ?? attribute.name,
        control: CONTROLS[attribute.setting.kind as SettingKind],
        options: attribute.setting.values ?? [],
        fallback: attribute.default?.replace(/^'|'$/g, ''),
        description: (attribute.description ?? '').replace(/\s+/g, ' '),
        declared: attribute.setting as Declared,
        editor: attribute.editor as EditorWords,
      })),
    }));
}

/** What a widget's div holds for a reader without JavaScript. */
export interface Fallback {
  tag: 'a' | 'p';
  href?: string;
  text: string;
}

/**
 * A widget's fallback with `values` (its settings by attribute): a
 * paragraph of `text`, or for the quick exit a link to where the button
 * would go (its `href` when the element takes it, else its default).
 */
export function fallbackOf(widget: Widget, values: Record<string, unknown>, text: string): Fallback {
  const href = widget.settings.find((setting) => setting.name === 'href' && setting.declared.kind === 'web-page');
  if (!href) return {tag: 'p', text};
  const given = values.href;
  const accepted = given && !declared(href.declared, href.fallback).refuse(given);
  return {tag: 'a', href: accepted ? String(given).trim() : href.fallback, text};
}
