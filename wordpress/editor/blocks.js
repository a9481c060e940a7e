// The blocks, as custom-elements.json describes the widgets (through
// builder/widgets.ts, the reading the embed-code builder uses too). Used by
// scripts/build-wordpress.js to write each block's block.json, and bundled
// into the block editor script, so both always agree.
import {fallbackOf} from '../../builder/widgets.js';
import ELEMENT_TABLE from '../../src/elements.json' with {type: 'json'};

/** The block namespace: blocks are `safeguarding-widgets/<widget name>`. */
export const NAMESPACE = 'safeguarding-widgets';

/** Each widget's dashicon for the inserter, by name, from the element table (src/elements.json). */
const ICONS = Object.fromEntries(ELEMENT_TABLE.map((row) => [row.name, row.icon]));

/** The block attribute type for a setting's control. */
const TYPES = {select: 'string', checkbox: 'boolean', number: 'integer', date: 'string', text: 'string'};


/** A widget's block attributes: the element's properties, camelCase, with no defaults. */
export function blockAttributes(widget) {
  return Object.fromEntries(
    widget.settings.map((setting) => [
      setting.property,
      setting.options.length ? {type: TYPES[setting.control], enum: setting.options} : {type: TYPES[setting.control]},
    ])
  );
}

/**
 * The block.json of a widget's block. Attributes have no `default`: an
 * attribute left unset is absent from the saved markup, so the element's own
 * default applies, and a default changed in a later version of the library
 * reaches every post without invalidating its block.
 */
export function blockMetadata(widget, version) {
  const words = widget.name.split('-');
  const topics = widget.settings.find((setting) => setting.name === 'topic')?.options ?? [];
  return {
    // 3: the block is drawn in the editor's iframed canvas (WordPress 6.3
    // and later, when every block on the page is at 3); 6.1 and 6.2 draw it
    // in the page, as they do every block at 2 or more.
    apiVersion: 3,
    name: `${NAMESPACE}/${widget.name}`,
    version,
    title: widget.label,
    category: 'widgets',
    icon: ICONS[widget.name],
    description: widget.summary,
    keywords: ['safeguarding', ...words, ...topics.map((topic) => topic.replace(/-/g, ' '))],
    textdomain: NAMESPACE,
    attributes: blockAttributes(widget),
    // The inserter's preview, on hover: the widget with its defaults.
    example: {attributes: {}},
    // The saved markup is the CMS-safe div form, nothing else: no class or
    // id of WordPress's own, and no HTML editing (it would break validation).
    supports: {html: false, className: false, customClassName: false, reusable: true},
    editorScript: `${NAMESPACE}-editor`,
  };
}

/**
 * What a block saves, as data: the div's attributes (`data-safeguard` and a
 * `data-*` for every setting given a value) and the fallback line inside it.
 * `attributeTypes` maps each property to its block attribute type; a saved
 * version keeps its own (see wordpress/saved-markup.json).
 */
export function savedDiv(widget, attributes, fallback, attributeTypes) {
  const data = {'data-safeguard': widget.name};
  for (const setting of widget.settings) {
    if (!(setting.property in attributeTypes)) continue;
    const value = attributes[setting.property];
    if (value === undefined || value === null || value === '' || value === false) continue;
    data[`data-${setting.name}`] = value === true ? '' : String(value);
  }
  const {tag, href, text} = fallbackOf(widget, attributes, fallback);
  return {data, inside: {tag, props: href ? {href} : {}, text}};
}
