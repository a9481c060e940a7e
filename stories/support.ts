import {html, type TemplateResult} from 'lit';
import {getCustomElements, type ArgTypes} from '@storybook/web-components-vite';

interface ManifestAttribute {
  name: string;
  fieldName?: string;
  type?: {text?: string};
}
interface ManifestDeclaration {
  tagName?: string;
  attributes?: ManifestAttribute[];
}
interface Manifest {
  modules?: {declarations?: ManifestDeclaration[]}[];
}

/**
 * Controls for an element's attributes, read from custom-elements.json (the
 * JSDoc), so a new attribute gets a control without touching the stories.
 * Union types such as `'card' | 'compact'` become a select; pass `choices`
 * for attributes typed by a named type (`topic`). A property that has an
 * attribute of another name (`headingLevel`) stays in the docs table but
 * gets no second control.
 */
export function controlsFor(
  tag: string,
  choices: Record<string, readonly string[]> = {}
): ArgTypes {
  const manifest = getCustomElements() as Manifest | undefined;
  const element = manifest?.modules
    ?.flatMap((module) => module.declarations ?? [])
    .find((declaration) => declaration.tagName === tag);
  const argTypes: ArgTypes = {};
  for (const {name, fieldName, type} of element?.attributes ?? []) {
    const text = type?.text ?? 'string';
    const literals = [...text.matchAll(/'([^']+)'/g)].map((match) => match[1]);
    const options = choices[name] ?? (literals.length ? literals : undefined);
    argTypes[name] = options
      ? {control: 'select', options}
      : /\bboolean\b/.test(text)
        ? {control: 'boolean'}
        : /\bnumber\b/.test(text)
          ? {control: {type: 'number', min: 1, max: 6, step: 1}}
          : {control: 'text'};
    if (fieldName && fieldName !== name) argTypes[fieldName] = {control: false};
  }
  return argTypes;
}

/** A narrow column, as on a 320 px phone screen. */
export const phoneWidth = (story: () => unknown): TemplateResult =>
  html`<div style="max-inline-size: 320px; border: 1px dashed #767676">${story()}</div>`;

/** The element inside a shadow root, for play functions. */
export function shadowOf(canvas: HTMLElement, tag: string): ShadowRoot {
  const element = canvas.querySelector(tag);
  if (!element?.shadowRoot) throw new Error(`${tag} has not rendered`);
  return element.shadowRoot;
}
