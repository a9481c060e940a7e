// The markup the plugin's blocks save, as WordPress serializes a block, for
// the tests that compare an editor's output with it (wordpress.test.js in
// Debian's WordPress, block-editor.test.js in today's block editor).
import {loadModule} from '../../scripts/load-module.js';

const {savedDiv} = await loadModule('wordpress/editor/blocks.js');
const {escapeAttribute} = await loadModule('builder/widgets.ts');

/**
 * The block comment and the div form inside it (savedDiv) of `widget` with
 * `attributes`: `fallback` is the line inside the div and `attributeTypes`
 * the block's attributes, as wordpress/saved-markup.json records a version.
 */
export function blockMarkup(widget, attributes, fallback, attributeTypes) {
  const {data, inside} = savedDiv(widget, attributes, fallback, attributeTypes);
  const props = (object) => Object.entries(object).map(([key, value]) => ` ${key}="${escapeAttribute(value)}"`).join('');
  const comment = Object.keys(attributes).length ? ` ${JSON.stringify(attributes)}` : '';
  const name = `safeguarding-widgets/${widget.name}`;
  return `<!-- wp:${name}${comment} -->\n<div${props(data)}><${inside.tag}${props(inside.props)}>${escapeAttribute(inside.text)}</${inside.tag}></div>\n<!-- /wp:${name} -->`;
}
