/**
 * The page's stylesheet made fit for an SVG renderer that knows no custom properties and no media queries (librsvg,
 * which draws the published pictures): the light palette's values put in place of every var(), @-blocks left out.
 */

/** Removes comments and every @-rule with a block (@media, @supports, @container, @property …) or without one. */
function topLevelRules(css: string): string {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  let out = '';
  let i = 0;
  while (i < text.length) {
    const at = text.indexOf('@', i);
    if (at < 0) {
      out += text.slice(i);
      break;
    }
    out += text.slice(i, at);
    const semi = text.indexOf(';', at);
    const open = text.indexOf('{', at);
    if (open < 0 || (semi >= 0 && semi < open)) {
      i = semi < 0 ? text.length : semi + 1;
      continue;
    }
    let depth = 0;
    let j = open;
    for (; j < text.length; j++) {
      if (text[j] === '{') depth++;
      else if (text[j] === '}' && --depth === 0) break;
    }
    i = j + 1;
  }
  return out;
}

/** The custom properties that the top-level `:root` rules set (the light palette), by name. */
export function rootProperties(css: string): Map<string, string> {
  const props = new Map<string, string>();
  for (const m of topLevelRules(css).matchAll(/(^|\})\s*:root\s*\{([^}]*)\}/g)) {
    for (const d of m[2]!.matchAll(/(--[\w-]+)\s*:\s*([^;]+);?/g)) props.set(d[1]!, d[2]!.trim());
  }
  return props;
}

/** Puts the value of each var(--name, fallback) in place, nested ones too; an unknown name takes its fallback. */
export function resolveVars(value: string, props: ReadonlyMap<string, string>, depth = 0): string {
  if (depth > 8) return value;
  let out = '';
  let i = 0;
  for (;;) {
    const start = value.indexOf('var(', i);
    if (start < 0) return out + value.slice(i);
    out += value.slice(i, start);
    let level = 0;
    let end = start + 3;
    for (; end < value.length; end++) {
      if (value[end] === '(') level++;
      else if (value[end] === ')' && --level === 0) break;
    }
    const inner = value.slice(start + 4, end);
    const comma = inner.indexOf(',');
    const name = (comma < 0 ? inner : inner.slice(0, comma)).trim();
    const fallback = comma < 0 ? '' : inner.slice(comma + 1).trim();
    out += resolveVars(props.get(name) ?? fallback, props, depth + 1);
    i = end + 1;
  }
}

/**
 * The rules outside any @-block, with custom properties resolved to the light palette and custom-property
 * declarations (and rules left empty) dropped.
 */
export function flattenCss(css: string): string {
  const props = rootProperties(css);
  const rules: string[] = [];
  for (const m of topLevelRules(css).matchAll(/([^{}]+)\{([^}]*)\}/g)) {
    const selector = m[1]!.trim().replace(/\s+/g, ' ');
    const decls = m[2]!
      .split(';')
      .map((d) => d.trim())
      .filter((d) => d && !d.startsWith('--'))
      .map((d) => resolveVars(d, props))
      .filter((d) => !/:\s*$/.test(d));
    if (decls.length) rules.push(`${selector}{${decls.join(';')}}`);
  }
  return rules.join('\n');
}
