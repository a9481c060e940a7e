import {html, type TemplateResult} from 'lit';
import {getCustomElements, type ArgTypes, type StoryObj} from '@storybook/web-components-vite';
import {example} from '../examples/index.js';
import {widgetsIn, type Manifest, type WidgetSetting} from '../builder/widgets.js';

/** An element's settings, as custom-elements.json lists them (the embed-code builder's reading). */
const settingsOf = (tag: string): WidgetSetting[] =>
  widgetsIn(getCustomElements() as Manifest).find((widget) => widget.tag === tag)?.settings ?? [];

/**
 * Controls for an element's settings, read from custom-elements.json (each
 * element's declared settings), so a new setting gets a control without
 * touching the stories: a choice is a select, a flag a checkbox. A property
 * that has an attribute of another name (`headingLevel`) stays in the docs
 * table but gets no second control.
 */
export function controlsFor(tag: string): ArgTypes {
  const argTypes: ArgTypes = {};
  for (const {name, property, control, options} of settingsOf(tag)) {
    argTypes[name] =
      control === 'select'
        ? {control: 'select', options}
        : control === 'checkbox'
          ? {control: 'boolean'}
          : control === 'number'
            ? {control: {type: 'number', min: 1, max: 6, step: 1}}
            : {control: 'text'};
    if (property !== name) argTypes[property] = {control: false};
  }
  return argTypes;
}

/**
 * `<tag>` with its attributes set from the story's args, as a page would
 * write it: `true` adds a boolean attribute, and `false`, `''` or no value
 * leaves the attribute out, so the element's default shows. Args that are
 * not attributes of the element (in custom-elements.json) are left alone.
 */
export function element(tag: string, args: object): HTMLElement {
  const el = document.createElement(tag);
  const values = args as Record<string, unknown>;
  for (const {name} of settingsOf(tag)) {
    const value = values[name];
    if (value === true) el.setAttribute(name, '');
    else if (typeof value === 'number' || (typeof value === 'string' && value)) el.setAttribute(name, String(value));
  }
  return el;
}

/**
 * What every element's stories share in their default export: the
 * component (its docs page takes the description and the tables from the
 * JSDoc, via custom-elements.json), controls for its attributes, and a
 * render of the element with the args as its attributes.
 */
export const elementStories = (tag: string) => ({
  component: tag,
  argTypes: controlsFor(tag),
  render: (args: object) => element(tag, args),
});

/** Every element takes `heading-level`, to fit the page's outline. */
export interface HeadingArgs {
  'heading-level'?: number;
}

/** A narrow column, as on a 320 px phone screen. */
export const phoneWidth = (story: () => unknown): TemplateResult =>
  html`<div style="max-inline-size: 320px; border: 1px dashed #767676">${story()}</div>`;

/** The story's element, once it has rendered, for play functions (which read it through its harness). */
export function renderedIn<Tag extends keyof HTMLElementTagNameMap>(canvas: HTMLElement, tag: Tag): HTMLElementTagNameMap[Tag] {
  const element = canvas.querySelector(tag);
  if (!element?.shadowRoot) throw new Error(`${tag} has not rendered`);
  return element;
}

/**
 * The story of an example from examples/index.js: its markup's attributes as
 * the args (an attribute the markup leaves out is left out, so the element's
 * default shows), and the state it reaches as the play function. The export
 * is named after the example (`signs-checklist/cleared` → `Cleared`), which
 * `npm run test:storybook` checks for every example.
 */
export function exampleStory<Args>(id: string, story: StoryObj<Args> = {}): StoryObj<Args> {
  const shown = example(id);
  const tag = `safeguard-${shown.element}`;
  const template = document.createElement('template');
  template.innerHTML = shown.markup;
  const written = template.content.firstElementChild!;
  const args: Record<string, unknown> = {};
  for (const {name, control} of settingsOf(tag)) {
    const value = written.getAttribute(name);
    args[name] = control === 'checkbox' ? value !== null : (value ?? '');
  }
  const {act} = shown;
  return {
    name: shown.name,
    args: args as Args,
    ...(act && {play: ({canvasElement}) => act(canvasElement.querySelector<HTMLElement>(tag)!)}),
    ...story,
  };
}
