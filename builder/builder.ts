/**
 * The embed-code builder: pick a widget and its settings, see it live, copy
 * the code a CMS editor, a Drupal or TinyMCE administrator, or a webmaster
 * needs. Every control comes from custom-elements.json, so a new attribute
 * appears here without a change to this file, with its words. The form is
 * built node by node; the snippets are text whose attribute values are
 * escaped, and the preview's page holds the tag snippet as it is, so what
 * the preview shows is what the code gives.
 */

import {FALLBACKS, GROUPS, escapeAttribute, fallbackOf, widgetsIn, type Manifest, type Widget, type WidgetSetting} from './widgets.js';
import {declared} from '../src/internal/settings.js';
import LOCALE_TABLE from '../src/locales.json';

export type {Manifest};

/** What the page knows about where the library is hosted. */
export interface Hosting {
  /** The absolute URL of safeguarding-widgets.js. */
  scriptUrl: string;
  /** Its SRI hash (from safeguarding-widgets.js.sri). */
  integrity: string;
  /** The placeholder CSS (placeholders.css). */
  placeholders: string;
  /**
   * Where the preview's frame gets its page: the preview page hosted beside
   * the builder (`page`, its URL), or a page written into the frame whose
   * `script` gives the library for a locale, inline with its translation
   * (the one-file builder, opened from disk).
   */
  preview: {page: string} | {script: (locale: string) => string};
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

/** A setting as an error message names it: its label without "(optional)", which belongs to the question, not the error. */
const subjectOf = (setting: WidgetSetting): string => setting.editor.label.replace(/\s*\(optional\)$/, '');

/** A setting's value that the element would refuse, in plain words for an editor. */
function problemWith(setting: WidgetSetting, value: string, resolved: Record<string, unknown>): string | undefined {
  const refusal = declared(setting.declared, setting.fallback).refuse(value, resolved);
  if (!refusal) return undefined;
  const label = subjectOf(setting);
  switch (setting.declared.kind) {
    case 'heading-level':
      return `${label} must be a whole number from 1 to 6`;
    case 'link':
      return `${label} must be a web address starting with https:// or http://, a page of this site, or a tel: or mailto: link`;
    case 'web-page':
      return `${label} must be a web address starting with https:// or http://, or a page of this site`;
    case 'date':
      return /before/.test(refusal) ? `${label} must be on or after the first day` : `${label} must be a real date`;
    case 'text':
      return `${label} must be ${setting.declared.maxLength} characters or fewer`;
    default:
      return `${label}: ${refusal}`;
  }
}

/** A UK date from its three boxes, as the element takes it (`YYYY-MM-DD`), or what is wrong with them. */
function ukDate(day: string, month: string, year: string): {value?: string; problem?: string} {
  if (!day && !month && !year) return {};
  if (!day || !month || !year) return {problem: 'must include a day, month and year'};
  if (![day, month, year].every((part) => /^\d+$/.test(part)) || year.length !== 4) return {problem: 'must be a real date, such as 20 7 2026'};
  return {value: `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`};
}

/** The languages a reader may see, by code, in their own names. */
const LANGUAGES = LOCALE_TABLE.map(({code, name, ownName}) => [code, ownName === name ? name : `${ownName} (${name})`]);

/**
 * Builds the builder into `root`, in the GOV.UK Design System's patterns:
 * the widget chosen by its plain name, its settings grouped and labelled in
 * plain words with their help (declared with each element's settings), each
 * value checked as it is typed by the element's own check and explained
 * next to its field and in an error summary, the preview in a frame as a
 * reader sees it (any language, desktop or phone width), then the code.
 */
export function mountBuilder(root: HTMLElement, manifest: Manifest, hosting: Hosting): void {
  const widgets = widgetsIn(manifest);
  const status = el('p', {role: 'status', class: 'status'});
  const summary = el('div', {class: 'error-summary', tabindex: '-1', hidden: ''});
  const chooser = el('fieldset', {class: 'widgets'}, el('legend', {class: 'legend-large'}, 'Which widget do you want?'));
  const settings = el('div', {class: 'settings'});
  const language = el('select', {id: 'preview-language'}, ...LANGUAGES.map(([code, name]) => el('option', {value: code}, name)));
  const phone = el('input', {type: 'checkbox', id: 'preview-phone'});
  const frame = el('iframe', {class: 'preview', id: 'preview', title: 'Preview of the widget'});
  const output = el('div', {class: 'snippets'});

  for (const [index, widget] of widgets.entries()) {
    const id = `widget-${widget.name}`;
    const radio = el('input', {type: 'radio', name: 'widget', id, value: widget.name, 'aria-describedby': `${id}-hint`});
    if (index === 0) radio.checked = true;
    chooser.append(
      el('div', {class: 'choice'}, radio, el('label', {for: id}, widget.label), el('p', {class: 'hint', id: `${id}-hint`}, `Use it for ${widget.useFor}`))
    );
  }
  const widget = (): Widget => widgets.find((w) => w.name === chooser.querySelector<HTMLInputElement>('input:checked')?.value) ?? widgets[0];

  /** The control's value for a setting, as the element would be given it, or a problem with it. */
  const read = (setting: WidgetSetting): {value?: string; problem?: string} => {
    const id = `setting-${setting.name}`;
    if (setting.control === 'date') {
      const part = (name: string) => settings.querySelector<HTMLInputElement>(`#${id}-${name}`)!.value.trim();
      const date = ukDate(part('day'), part('month'), part('year'));
      return date.problem ? {problem: `${subjectOf(setting)} ${date.problem}`} : date;
    }
    const input = settings.querySelector<HTMLInputElement | HTMLSelectElement>(`#${id}`)!;
    if (input instanceof HTMLInputElement && input.type === 'checkbox') return input.checked ? {value: ''} : {};
    const value = input.value.trim();
    return value && value !== setting.fallback ? {value} : {};
  };

  /** What the form says now: the values a page would write, and what is wrong, by setting. */
  const state = () => {
    const values: Values = [];
    const problems: [WidgetSetting, string][] = [];
    const resolved: Record<string, unknown> = {};
    for (const setting of widget().settings) {
      const {value, problem} = read(setting);
      const refused = problem ?? (value ? problemWith(setting, value, resolved) : undefined);
      if (refused) problems.push([setting, refused]);
      else if (value !== undefined) {
        values.push([setting.name, value]);
        resolved[setting.property] = value;
      }
    }
    return {values, problems};
  };

  const field = (setting: WidgetSetting): HTMLElement => {
    const id = `setting-${setting.name}`;
    const hint = el('p', {class: 'hint', id: `${id}-hint`}, setting.editor.help);
    const error = el('p', {class: 'error-message', id: `${id}-error`, hidden: ''});
    const described = `${id}-hint ${id}-error`;
    if (setting.control === 'date') {
      const box = (name: string, label: string, width: string) =>
        el('div', {class: 'date-item'}, el('label', {for: `${id}-${name}`}, label),
          el('input', {id: `${id}-${name}`, class: `width-${width}`, inputmode: 'numeric', autocomplete: 'off', 'aria-describedby': described}));
      return el('fieldset', {class: 'field date', id, role: 'group', 'aria-describedby': described},
        el('legend', {}, setting.editor.label), hint, error,
        el('div', {class: 'date-input'}, box('day', 'Day', '2'), box('month', 'Month', '2'), box('year', 'Year', '4')));
    }
    const label = el('label', {for: id}, setting.editor.label);
    let input: HTMLInputElement | HTMLSelectElement;
    if (setting.control === 'select') {
      input = el('select', {}, ...setting.options.map((option) => {
        const words = setting.editor.options[option] ?? option;
        return el('option', option === setting.fallback ? {value: option, selected: ''} : {value: option}, option === setting.fallback ? `${words} (default)` : words);
      }));
    } else if (setting.control === 'checkbox') {
      input = el('input', {type: 'checkbox'});
    } else {
      input = el('input', {type: 'text', spellcheck: 'false'});
      if (setting.control === 'number') Object.assign(input, {inputMode: 'numeric', placeholder: setting.fallback ?? '', className: 'width-2'});
    }
    Object.assign(input, {id, name: setting.name});
    input.setAttribute('aria-describedby', described);
    return setting.control === 'checkbox'
      ? el('div', {class: 'field checkbox'}, input, label, hint, error)
      : el('div', {class: 'field'}, label, hint, error, input);
  };

  const showSettings = () => {
    const groups = Object.entries(GROUPS)
      .map(([group, heading]) => {
        const own = widget().settings.filter((setting) => setting.editor.group === group);
        return own.length ? el('fieldset', {class: 'group'}, el('legend', {class: 'legend-medium'}, heading), ...own.map(field)) : undefined;
      })
      .filter((group): group is HTMLFieldSetElement => !!group);
    settings.replaceChildren(el('h2', {}, `Settings: ${widget().label}`), ...groups);
  };

  /** Each problem next to its field, and all of them in the summary, which links to each field. */
  const showProblems = (problems: [WidgetSetting, string][]) => {
    for (const setting of widget().settings) {
      const problem = problems.find(([s]) => s === setting)?.[1];
      const error = settings.querySelector<HTMLElement>(`#setting-${setting.name}-error`)!;
      error.hidden = !problem;
      // "Error:" is heard, not seen: the red text and bar already say it.
      error.replaceChildren(...(problem ? [el('span', {class: 'visually-hidden'}, 'Error:'), ` ${problem}`] : []));
      error.closest('.field')!.classList.toggle('field-error', !!problem);
    }
    summary.hidden = !problems.length;
    summary.replaceChildren(
      el('h2', {}, 'There is a problem'),
      el('ul', {}, ...problems.map(([setting, problem]) => {
        const target = setting.control === 'date' ? `setting-${setting.name}-day` : `setting-${setting.name}`;
        return el('li', {}, el('a', {href: `#${target}`}, problem));
      }))
    );
  };

  /** The page the preview's frame shows: the widget as the code places it, in the chosen language. */
  const previewOf = (values: Values): {src?: string; srcdoc?: string} => {
    const lang = language.value;
    const {dir} = LOCALE_TABLE.find(({code}) => code === lang)!;
    if ('page' in hosting.preview) {
      const described = {lang, dir, tag: widget().tag, attributes: values};
      return {src: `${hosting.preview.page}?revision=${revision + 1}#${encodeURIComponent(JSON.stringify(described))}`};
    }
    return {
      srcdoc: `<!doctype html><html data-revision="${revision + 1}" lang="${escapeAttribute(lang)}" dir="${dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Preview</title>
<style>body { margin: 0; padding: 1rem; font-family: "Liberation Sans", Arial, sans-serif; line-height: 1.5; } #said { font-weight: 700; }</style>
${hosting.preview.script(lang)}</head><body><main>${snippets(widget(), values, hosting).tag}</main></body></html>`,
    };
  };

  let shown = '';
  let revision = 0;
  const update = () => {
    const {values, problems} = state();
    showProblems(problems);
    frame.classList.toggle('phone', phone.checked);
    // Each new page is numbered on the frame and in the page, so that what
    // the frame shows can be told from what it is loading.
    const page = previewOf(values);
    const key = JSON.stringify({...page, src: page.src?.replace(/\?revision=\d+/, ''), srcdoc: page.srcdoc?.replace(/data-revision="\d+"/, '')});
    if (key !== shown) {
      shown = key;
      frame.dataset.revision = String(++revision);
      if (page.src) frame.src = page.src;
      else frame.srcdoc = page.srcdoc!;
    }
    if (problems.length) {
      output.replaceChildren(el('p', {class: 'inset'}, 'The code appears here once the problems above are put right.'));
      return;
    }
    const texts = snippets(widget(), values, hosting);
    output.replaceChildren(
      ...SNIPPETS.map(([key, title, help]) => {
        const code = el('code', {id: `snippet-${key}`}, texts[key]);
        const button = el('button', {type: 'button', class: 'button-secondary', 'aria-describedby': `snippet-${key}-title`}, 'Copy');
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

  // The frame takes its page's height, so the whole widget shows at any width.
  // (Its body's height, which the frame's own height does not change,
  // observed from within the page, whose notifications are its own.)
  // A quick exit in the preview stays on this page: it is cancelled, and says so.
  frame.addEventListener('load', () => {
    const page = frame.contentWindow as (Window & typeof globalThis) | null;
    const body = page?.document.body;
    if (!page || !body) return;
    new page.ResizeObserver(() => (frame.style.height = `${Math.ceil(body.getBoundingClientRect().height) + 4}px`)).observe(body);
    const said = page.document.createElement('p');
    said.id = 'said';
    said.setAttribute('role', 'status');
    body.append(said);
    page.addEventListener('safeguard-exit', (event) => {
      event.preventDefault();
      said.textContent = 'In the preview the quick exit stays here; on your site it leaves for the page it goes to.';
    });
  });

  chooser.addEventListener('change', () => {
    showSettings();
    update();
  });
  for (const control of [settings, language, phone]) {
    control.addEventListener('input', update);
    control.addEventListener('change', update);
  }
  summary.addEventListener('click', (event) => {
    const link = (event.target as Element).closest('a');
    if (!link) return;
    event.preventDefault();
    root.querySelector<HTMLElement>(link.getAttribute('href')!)?.focus();
  });

  root.replaceChildren(
    summary,
    chooser,
    settings,
    el('h2', {}, 'Preview'),
    el('p', {class: 'hint'}, 'As a reader will see it. The widget speaks the language of the page it is on.'),
    el('div', {class: 'preview-options'},
      el('div', {class: 'field'}, el('label', {for: 'preview-language'}, 'Language of the page'), language),
      el('div', {class: 'field checkbox'}, phone, el('label', {for: 'preview-phone'}, 'Phone width (320 pixels)'))),
    frame,
    el('h2', {}, 'Code to copy'),
    output,
    status
  );
  showSettings();
  update();
}
