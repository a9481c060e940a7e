// Rendering markup as a page writes it, and driving it as a reader does.
import {expect, fixture} from '@open-wc/testing';
import type {Example} from '../../examples/index.js';
import {escapeAttribute} from '../../builder/widgets.js';
import {deepAll, settled} from './shadow.js';

/**
 * Parses `markup` into the test's container, as a page's HTML is parsed
 * (the attributes are there when the element upgrades: no default render
 * first), and waits until it (or the elements in it) and every element
 * they render have rendered.
 */
export async function render<T extends HTMLElement = HTMLElement>(markup: string): Promise<T> {
  const el = await fixture<T>(markup);
  const hosts = el.shadowRoot ? [el] : [...el.querySelectorAll('*')].filter((node) => node.shadowRoot);
  await Promise.all(hosts.map(settled));
  return el;
}

/**
 * `<tag name="value" flag>` as a page writes it, each value escaped;
 * `undefined` leaves the attribute out, `true` writes it bare.
 */
export function markup(tag: string, attributes: Record<string, string | number | true | undefined> = {}): string {
  const written = Object.entries(attributes)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) =>
      value === true ? ` ${name}` : ` ${name}="${escapeAttribute(String(value))}"`
    );
  return `<${tag}${written.join('')}></${tag}>`;
}

/** An example rendered from its markup, in the state its `act` reaches. */
export async function renderExample<T extends HTMLElement = HTMLElement>(example: Example): Promise<T> {
  const el = await render<T>(example.markup);
  if (example.act) {
    await example.act(el);
    await settled(el);
  }
  return el;
}

/**
 * An example with everything a reader can see: its state, or for a
 * checklist left unticked, one sign ticked so that the result shows too.
 */
export async function renderAllOf<T extends HTMLElement = HTMLElement>(example: Example): Promise<T> {
  const el = await renderExample<T>(example);
  if (!example.act) {
    const box = deepAll(el, 'input[type=checkbox]')[0] as HTMLInputElement | undefined;
    box?.click();
    await settled(el);
  }
  return el;
}

/** Clicks `el` as a reader would, then waits for `host` to render again. */
export async function clickOn(el: Element | null | undefined, host?: Element): Promise<void> {
  if (!(el instanceof HTMLElement)) throw new Error('clickOn: nothing to click');
  el.click();
  if (host) await settled(host);
}

/**
 * Runs `action` (awaited) and collects the `name` events `target` fires during it
 * (the listener is removed afterwards, whatever happens). Asserts how many
 * fired (`count`, default 1) and returns them for the details.
 */
export async function expectEvent<T extends Event = CustomEvent>(
  target: EventTarget,
  name: string,
  action: () => unknown,
  {count = 1}: {count?: number} = {}
): Promise<T[]> {
  const events: T[] = [];
  const listener = (event: Event) => events.push(event as T);
  target.addEventListener(name, listener);
  try {
    await action();
  } finally {
    target.removeEventListener(name, listener);
  }
  expect(events, `${name} events`).to.have.length(count);
  return events;
}
