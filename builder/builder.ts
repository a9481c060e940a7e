/**
 * The embed-code builder: pick a widget and its settings, see it live, copy
 * the code a CMS editor, a Drupal or TinyMCE administrator, or a webmaster
 * needs. Every control comes from custom-elements.json, so a new attribute
 * appears here without a change to this file. Nothing is written as HTML:
 * the form, the preview and the snippets are built node by node, and the
 * snippets are text whose attribute values are escaped.
 */

import {FALLBACKS, escapeAttribute, fallbackOf, widgetsIn, type Manifest, type Widget} from './widgets.js';

export type {Manifest};

/** What the page knows about where the library is hosted. */
export interface Hosting {
  /** The absolute URL of safeguarding-widgets.js. */
  scriptUrl: string;
  /** Its SRI hash (from safeguarding-widgets.js.sri). */
  integrity: string;
  /** The placeholder CSS (placeholders.css). */
  placeholders: string;
}

const attributeText = (name: string, value: string) =>
  value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`;

/** A stylesheet's top-level rules and at-rules, each whole, without comments. */
function topLevelBlocks(css: string): string[] {
  const blocks: string[] = [];
  let depth = 0;
  let start = 0;
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) {
      blocks.push(text.slice(start, i + 1).trim());
      start = i + 1;
    }
  }
  return blocks;
}

/** The settings a page would write: those given a value other than the default. */
export type Values = [name: string, value: string][];

/** Every snippet for `widget` with `values`, by name. */
export function snippets(widget: Widget, values: Values, hosting: Hosting): Record<string, string> {
  const fallback = fallbackOf(widget, Object.fromEntries(values), FALLBACKS[widget.name] ?? '');
  const inside = fallback.href
    ? `<a href="${escapeAttribute(fallback.href)}">${fallback.text}</a>`
    : `<p>${fallback.text}</p>`;
  const data = values.map(([name, value]) => attributeText(`data-${name}`, value)).join('');
  const tag = values.map(([name, value]) => attributeText(name, value)).join('');
  const names = ['data-safeguard', ...values.map(([name]) => `data-${name}`)];
  const rules = topLevelBlocks(hosting.placeholders)
    .filter((block) => block.includes(widget.tag))
    .join('\n');
  return {
    div: `<div data-safeguard="${widget.name}"${data}>\n  ${inside}\n</div>`,
    tag: `<${widget.tag}${tag}>\n  ${inside}\n</${widget.tag}>`,
    drupal: `<div ${names.join(' ')}>`,
    tinymce: `div[${names.join('|')}]`,
    script: `<script type="module"\n  src="${escapeAttribute(hosting.scriptUrl)}"\n  integrity="${escapeAttribute(hosting.integrity)}"\n  crossorigin="anonymous"></script>`,
    placeholders: rules,
  };
}

/** The snippets as the page lists them: a heading and who it is for. */
const SNIPPETS: [key: string, title: string, help: string][] = [
  ['div', 'For the page: the CMS-safe form', 'Paste it into an HTML, Code or Source view (in WordPress: a Custom HTML block, never a Paragraph). It survives editors that remove unknown tags.'],
  ['tag', 'For the page: the tag form', 'Where the editor keeps custom tags (an Administrator’s HTML, a template).'],
  ['drupal', 'Drupal (CKEditor 5): allowed HTML', 'Add this to Configuration › Text formats and editors › your format › Source editing › Manually editable HTML tags, or CKEditor drops these settings.'],
  ['tinymce', 'TinyMCE: extended_valid_elements', 'Add this to the editor’s extended_valid_elements setting.'],
  ['script', 'For the webmaster, once: the script tag', 'In the site template’s <head>, never in a page’s content.'],
  ['placeholders', 'For the webmaster: placeholder CSS (optional)', 'In the site’s stylesheet: it reserves the widget’s space while the script loads.'],
];

/** An element with text and attributes, never markup. */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** Copies text, with the older route where the Clipboard API is refused. */
async function copy(text: string, source: HTMLElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const range = document.createRange();
    range.selectNodeContents(source);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    return document.execCommand('copy');
  }
}

/** Builds the builder into `root`. */
export function mountBuilder(root: HTMLElement, manifest: Manifest, hosting: Hosting): void {
  const widgets = widgetsIn(manifest);
  const status = el('p', {role: 'status', class: 'status'});
  const choice = el('select', {id: 'widget', 'aria-describedby': 'widget-hint'}, ...widgets.map((w) => el('option', {value: w.name}, w.name)));
  const about = el('span', {class: 'hint', id: 'widget-hint'});
  const settings = el('fieldset', {class: 'settings'});
  const preview = el('div', {class: 'preview', id: 'preview'});
  const output = el('div', {class: 'snippets'});

  const widget = () => widgets.find((w) => w.name === choice.value) ?? widgets[0];

  /** What the form says now, settings left at their default omitted. */
  const values = (): Values =>
    widget().settings.flatMap((setting): Values => {
      const input = settings.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${setting.name}"]`);
      if (!input) return [];
      if (input instanceof HTMLInputElement && input.type === 'checkbox') return input.checked ? [[setting.name, '']] : [];
      const value = input.value.trim();
      return value && value !== setting.fallback ? [[setting.name, value]] : [];
    });

  const showSettings = () => {
    about.textContent = widget().summary;
    settings.replaceChildren(el('legend', {}, `Settings of <${widget().tag}>`));
    for (const setting of widget().settings) {
      const id = `setting-${setting.name}`;
      const hint = el('span', {class: 'hint', id: `${id}-hint`}, setting.description);
      const label = el('label', {for: id}, setting.name);
      let input: HTMLInputElement | HTMLSelectElement;
      if (setting.control === 'select') {
        input = el(
          'select',
          {},
          ...setting.options.map((option) =>
            el('option', option === setting.fallback ? {value: option, selected: ''} : {value: option}, option === setting.fallback ? `${option} (default)` : option)
          )
        );
      } else {
        const type = {checkbox: 'checkbox', number: 'number', date: 'date', text: 'text'}[setting.control];
        input = el('input', {type});
        if (setting.control === 'number') Object.assign(input, {min: '1', max: '6', placeholder: setting.fallback ?? ''});
      }
      Object.assign(input, {id, name: setting.name});
      input.setAttribute('aria-describedby', hint.id);
      settings.append(
        setting.control === 'checkbox'
          ? el('div', {class: 'field checkbox'}, input, label, hint)
          : el('div', {class: 'field'}, label, hint, input)
      );
    }
  };

  const update = () => {
    const current = values();
    const element = document.createElement(widget().tag);
    for (const [name, value] of current) element.setAttribute(name, value);
    // Placed inline in the preview, so that a quick exit stays in its box.
    if (widget().name === 'quick-exit' && !current.some(([name]) => name === 'position')) element.setAttribute('position', 'inline');
    preview.replaceChildren(element);
    const texts = snippets(widget(), current, hosting);
    output.replaceChildren(
      ...SNIPPETS.map(([key, title, help]) => {
        const code = el('code', {id: `snippet-${key}`}, texts[key]);
        const button = el('button', {type: 'button', 'aria-describedby': `snippet-${key}-title`}, 'Copy');
        button.addEventListener('click', async () => {
          const copied = await copy(texts[key], code);
          status.textContent = '';
          // A fresh text node each time, so that "Copied" is announced again.
          requestAnimationFrame(() => (status.textContent = copied ? `Copied: ${title}` : 'Could not copy: select the code and copy it.'));
        });
        return el('section', {class: 'snippet', 'aria-labelledby': `snippet-${key}-title`},
          el('h3', {id: `snippet-${key}-title`}, title),
          el('p', {class: 'hint'}, help),
          el('pre', {tabindex: '0'}, code),
          button
        );
      })
    );
  };

  choice.addEventListener('change', () => {
    showSettings();
    update();
  });
  settings.addEventListener('input', update);
  settings.addEventListener('change', update);

  root.replaceChildren(
    el('div', {class: 'field'}, el('label', {for: 'widget'}, 'Widget'), about, choice),
    settings,
    el('h2', {}, 'Preview'),
    preview,
    el('h2', {}, 'Code to copy'),
    output,
    status
  );
  showSettings();
  update();
}
