// Reading what an element renders, through nested shadow roots, as a reader
// meets it.
import {updated, words} from '../../src/internal/harness.js';

/** Every element under `root`, through nested shadow roots, in document order. */
export function* composed(root: ParentNode): Generator<Element> {
  for (const el of root.children) {
    yield el;
    if (el.shadowRoot) yield* composed(el.shadowRoot);
    yield* composed(el);
  }
}

/** Everything `el` renders (nested elements included) that matches `selector`. */
export const deepAll = (el: Element, selector: string): Element[] =>
  [...composed(el.shadowRoot!)].filter((node) => node.matches(selector));

/** The headings `el` renders, nested elements included, as [level, text] in reading order. */
export const headings = (el: Element): [number, string][] =>
  deepAll(el, 'h1, h2, h3, h4, h5, h6').map((h) => [Number(h.tagName[1]), h.textContent!.trim()]);

// A node's text as it reads, and waiting for a Lit element to render: the
// same helpers the element harnesses (src/<element>/harness.js) use.
export {updated, words};

/**
 * Every piece of text `el` renders, nested elements included: each text
 * node and each `aria-label`, white space folded.
 */
export function renderedTexts(el: Element): string[] {
  const out: string[] = [];
  const walk = (root: Node) => {
    for (const node of root.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) {
        const text = words(node);
        if (text) out.push(text);
      } else if (node instanceof Element && !/^(STYLE|SCRIPT)$/.test(node.tagName)) {
        const label = node.getAttribute('aria-label');
        if (label) out.push(label);
        if (node.shadowRoot) walk(node.shadowRoot);
        walk(node);
      }
    }
  };
  walk(el.shadowRoot!);
  return out;
}

/** Waits until `el` and every element it renders, however deep, have rendered. */
export async function settled(el: Element): Promise<void> {
  for (let pass = 0; pass < 3; pass++) {
    await updated(el);
    await Promise.all([...composed(el.shadowRoot!)].map(updated));
  }
}
