// The block editor script: one block per widget, every control in the
// sidebar generated from custom-elements.json (through builder/widgets.ts),
// the live widget as the preview, in whichever document the block is drawn
// (the editor's iframed canvas, the inserter's preview, or the editor page
// itself), and a save that writes the CMS-safe div form. Plain JavaScript on
// WordPress's `wp.*` globals; bundled (not minified) by scripts/build-wordpress.js into build/editor.js, which
// provides `virtual:widgets`: widgetsIn(custom-elements.json) and the
// fallback lines, from builder/widgets.ts.
import {widgets, fallbacks, groups} from 'virtual:widgets';
import {blockAttributes, blockMetadata, savedDiv} from './blocks.js';
import {declared} from '../../src/internal/settings.js';
import saved from '../saved-markup.json';

const {registerBlockType} = wp.blocks;
const {createElement: el, Fragment, useLayoutEffect, useRef} = wp.element;
const {InspectorControls, useBlockProps} = wp.blockEditor;
const {PanelBody, SelectControl, TextControl, ToggleControl} = wp.components;
const {__, sprintf} = wp.i18n;

/**
 * The library as the plugin serves it, printed before this script by
 * includes/blocks.php: `{src, integrity, config}`.
 */
const library = window.safeguardingWidgetsLibrary;

/** The documents defineWidgetsIn() has seen. */
const ready = new WeakSet();

/**
 * Defines the widgets in `doc`, the document a block is drawn in, once: the
 * page config and the library as a module with its integrity, as on the
 * page. Drawn in an iframe (the canvas from WordPress 6.3, the inserter's
 * preview), the block has a document of its own, where the editor page's
 * definitions do not reach. The quick exit must not leave the editor there
 * either: pressing its preview, or Shift three times while typing, would
 * otherwise take the editor away.
 */
function defineWidgetsIn(doc) {
  if (ready.has(doc)) return;
  ready.add(doc);
  doc.addEventListener('safeguard-exit', (event) => event.preventDefault(), true);
  if (!library || doc.getElementById('safeguarding-widgets-js')) return;
  if (library.config && !doc.getElementById('safeguard-config')) {
    const config = doc.createElement('script');
    config.type = 'application/json';
    config.id = 'safeguard-config';
    config.textContent = JSON.stringify(library.config);
    doc.head.append(config);
  }
  const script = doc.createElement('script');
  script.type = 'module';
  script.id = 'safeguarding-widgets-js';
  script.crossOrigin = 'anonymous';
  if (library.integrity) script.integrity = library.integrity;
  script.src = library.src;
  doc.head.append(script);
}

/** A translation of one of the manifest's words (custom-elements.json), which the .pot lists. */
const translated = (text) => (text ? __(text, 'safeguarding-widgets') : text);

/**
 * The help under a setting's control: why the widget will not use the value
 * given, by the element's own check (its declaration in custom-elements.json),
 * else what the setting does.
 */
function help(setting, value) {
  const refused = value === undefined || value === '' ? undefined : declared(setting.declared, setting.fallback).refuse(value);
  if (!refused) return translated(setting.editor.help);
  /* translators: %s: why the value is refused, in English, such as "it is longer than 60 characters". */
  const refusal = __('The widget will not use this value: %s.', 'safeguarding-widgets');
  return sprintf(refusal, refused);
}

/** The sidebar control for one setting, chosen by its declared kind (custom-elements.json). */
function control(setting, attributes, setAttributes) {
  const value = attributes[setting.property];
  const set = (next) => setAttributes({[setting.property]: next === '' || next === false ? undefined : next});
  const common = {key: setting.name, label: translated(setting.editor.label), help: help(setting, value)};
  switch (setting.control) {
    case 'select': {
      /* translators: %s: the choice the widget makes when none is given, such as "Sexual exploitation". */
      const unset = __('Default (%s)', 'safeguarding-widgets');
      return el(SelectControl, {
        ...common,
        value: value ?? '',
        options: [
          // Unset: the element's default, which may change in a later version.
          {value: '', label: sprintf(unset, translated(setting.editor.options[setting.fallback]) ?? setting.fallback ?? '')},
          ...setting.options.map((option) => ({value: option, label: translated(setting.editor.options[option]) ?? option})),
        ],
        onChange: set,
      });
    }
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
 * The live widget: the element itself, with the block's attributes. A quick
 * exit is shown in the text (position inline), not over the editor's toolbar.
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

for (const widget of widgets) {
  const record = saved[widget.name];
  const attributeTypes = Object.fromEntries(Object.entries(blockAttributes(widget)).map(([name, {type}]) => [name, type]));
  registerBlockType(blockMetadata(widget, ''), {
    edit({attributes, setAttributes}) {
      const wrapper = useRef();
      useLayoutEffect(() => defineWidgetsIn(wrapper.current.ownerDocument), []);
      return el(
        Fragment,
        null,
        el(
          InspectorControls,
          null,
          // One panel a group of settings, as the embed-code builder groups them.
          Object.entries(groups)
            .map(([group, title]) => [translated(title), widget.settings.filter((setting) => setting.editor.group === group)])
            .filter(([, settings]) => settings.length)
            .map(([title, settings]) => el(PanelBody, {key: title, title}, settings.map((setting) => control(setting, attributes, setAttributes))))
        ),
        el('div', useBlockProps({ref: wrapper}), preview(widget, attributes))
      );
    },
    save: saveWith(widget, fallbacks[widget.name] ?? record.fallback, attributeTypes),
    deprecated: deprecationsFor(widget, record),
  });
}
