// The block editor script: one block per widget, every control in the
// sidebar generated from custom-elements.json (through builder/widgets.ts),
// the live widget as the preview, and a save that writes the CMS-safe div
// form. Plain JavaScript on WordPress's `wp.*` globals; bundled (not
// minified) by scripts/build-wordpress.js into build/editor.js, which
// provides `virtual:widgets`: widgetsIn(custom-elements.json) and the
// fallback lines, from builder/widgets.ts.
import {widgets, fallbacks, groups} from 'virtual:widgets';
import {blockAttributes, blockMetadata, savedDiv} from './blocks.js';
import {declared} from '../../src/internal/settings.js';
import saved from '../saved-markup.json';

const {registerBlockType} = wp.blocks;
const {createElement: el, Fragment} = wp.element;
const {InspectorControls, useBlockProps} = wp.blockEditor;
const {PanelBody, SelectControl, TextControl, ToggleControl} = wp.components;
const {__, sprintf} = wp.i18n;

/**
 * The help under a setting's control: why the widget will not use the value
 * given, by the element's own check (its declaration in custom-elements.json),
 * else what the setting does.
 */
function help(setting, value) {
  const refused = value === undefined || value === '' ? undefined : declared(setting.declared, setting.fallback).refuse(value);
  /* translators: %s: why the value is refused, in English, such as "it is longer than 60 characters". */
  return refused ? sprintf(__('The widget will not use this value: %s.', 'safeguarding-widgets'), refused) : setting.editor.help;
}

/** The sidebar control for one setting, chosen by its declared kind (custom-elements.json). */
function control(setting, attributes, setAttributes) {
  const value = attributes[setting.property];
  const set = (next) => setAttributes({[setting.property]: next === '' || next === false ? undefined : next});
  const common = {key: setting.name, label: setting.editor.label, help: help(setting, value)};
  switch (setting.control) {
    case 'select':
      return el(SelectControl, {
        ...common,
        value: value ?? '',
        options: [
          // Unset: the element's default, which may change in a later version.
          {value: '', label: sprintf(__('Default (%s)', 'safeguarding-widgets'), setting.editor.options[setting.fallback] ?? setting.fallback ?? '')},
          ...setting.options.map((option) => ({value: option, label: setting.editor.options[option] ?? option})),
        ],
        onChange: set,
      });
    case 'checkbox':
      return el(ToggleControl, {...common, checked: !!value, onChange: set});
    case 'number':
      return el(TextControl, {
        ...common,
        type: 'number',
        min: 1,
        max: 6,
        placeholder: setting.fallback ?? '',
        value: value ?? '',
        onChange: (next) => set(next === '' ? '' : Number.parseInt(next, 10)),
      });
    default:
      // Dates get the browser's date input.
      return el(TextControl, {...common, type: setting.control === 'date' ? 'date' : 'text', value: value ?? '', onChange: set});
  }
}

/**
 * The live widget: the element itself, with the block's attributes. The
 * library is loaded in the editor as on the page. A quick exit is shown in
 * the text (position inline), not over the editor's toolbar.
 */
function preview(widget, attributes) {
  const props = {};
  for (const setting of widget.settings) {
    const value = attributes[setting.property];
    if (value === undefined || value === '' || value === false) continue;
    props[setting.name] = value === true ? '' : String(value);
  }
  if (widget.name === 'quick-exit') props.position = 'inline';
  return el(widget.tag, props);
}

/** What the block saves: the div form with its fallback line (see blocks.js). */
const saveWith = (widget, fallback, attributeTypes) =>
  function save({attributes}) {
    const {data, inside} = savedDiv(widget, attributes, fallback, attributeTypes);
    return el('div', data, el(inside.tag, inside.props, inside.text));
  };

/**
 * Earlier saved markups of the block, newest first, from
 * wordpress/saved-markup.json: a post saved by an earlier version still
 * validates, and is saved in the new markup the next time it is edited.
 */
const deprecationsFor = (widget, record) =>
  record.deprecated.map((old) => ({
    attributes: Object.fromEntries(Object.entries(old.attributes).map(([name, type]) => [name, {type}])),
    save: saveWith(widget, old.fallback, old.attributes),
    migrate: (attributes) => {
      const current = blockAttributes(widget);
      return Object.fromEntries(Object.entries(attributes).filter(([name]) => name in current));
    },
  }));

// The quick exit must not leave the editor: pressing its preview, or
// Shift three times while typing, would otherwise take the editor away.
document.addEventListener('safeguard-exit', (event) => event.preventDefault(), true);

for (const widget of widgets) {
  const record = saved[widget.name];
  const attributeTypes = Object.fromEntries(Object.entries(blockAttributes(widget)).map(([name, {type}]) => [name, type]));
  registerBlockType(blockMetadata(widget, ''), {
    edit({attributes, setAttributes}) {
      return el(
        Fragment,
        null,
        el(
          InspectorControls,
          null,
          // One panel a group of settings, as the embed-code builder groups them.
          Object.entries(groups)
            .map(([group, title]) => [title, widget.settings.filter((setting) => setting.editor.group === group)])
            .filter(([, settings]) => settings.length)
            .map(([title, settings]) => el(PanelBody, {key: title, title}, settings.map((setting) => control(setting, attributes, setAttributes))))
        ),
        el('div', useBlockProps(), preview(widget, attributes))
      );
    },
    save: saveWith(widget, fallbacks[widget.name] ?? record.fallback, attributeTypes),
    deprecated: deprecationsFor(widget, record),
  });
}
