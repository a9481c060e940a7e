import MagicString from 'magic-string';

/**
 * Rollup plugin: drops the `desc` option of every `msg()` call. Descriptions
 * are for translators (lit-localize copies them into the XLIFF files) and
 * would otherwise ship in every bundle. An options object left empty goes too.
 */
export function stripMsgDescriptions() {
  return {
    name: 'strip-msg-descriptions',
    transform(code, id) {
      if (!code.includes('desc')) return null;
      const ast = this.parse(code);
      const out = new MagicString(code);
      visit(ast, (node) => {
        if (node.type !== 'CallExpression' || node.callee.name !== 'msg') return;
        const options = node.arguments[1];
        if (options?.type !== 'ObjectExpression') return;
        const kept = options.properties.filter((property) => property.key?.name !== 'desc');
        if (kept.length === options.properties.length) return;
        if (kept.length) {
          const text = kept.map((property) => code.slice(property.start, property.end));
          out.overwrite(options.start, options.end, `{${text.join(',')}}`);
        } else out.remove(node.arguments[0].end, options.end);
      });
      return out.hasChanged() ? {code: out.toString(), map: out.generateMap({hires: true, source: id})} : null;
    },
  };
}

function visit(node, enter) {
  if (!node || typeof node.type !== 'string') return;
  enter(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) value.forEach((item) => visit(item, enter));
    else if (value && typeof value === 'object') visit(value, enter);
  }
}
