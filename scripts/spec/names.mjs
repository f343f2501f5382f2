// How specification names become identifiers: the official client's camelCase method and namespace names.

export const camel = (s) => s.replace(/[_-]([a-z0-9])/g, (_, c) => c.toUpperCase())
export const pascal = (s) => camel(s).replace(/^[a-z]/, (c) => c.toUpperCase())
const bare = (ns) => ns.replace(/^_+/, '')
/** `search_application` -> `searchApplication`; `_internal` -> `internal`. */
export const nsId = (ns) => camel(bare(ns))
export const nsClass = (ns) => `${pascal(bare(ns))}Api`
export const nsFile = (ns) => `${bare(ns).replace(/_/g, '-')}.ts`
/** A single-quoted TypeScript string literal. */
export const q = (s) => `'${String(s).replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`
/** An object key: bare when it is an identifier. */
export const key = (s) => (/^[A-Za-z_$][\w$]*$/.test(s) ? s : q(s))
/** One line of documentation text, safe inside a comment. */
export const oneLine = (s) =>
  String(s ?? '')
    .replace(/\*\//g, '*\\/')
    .replace(/\s+/g, ' ')
    .trim()
/** The first sentence of a description. */
export const firstSentence = (s) => {
  const line = oneLine(s)
  const m = /^(.*?[.!?])(\s|$)/.exec(line)
  return m ? m[1] : line
}

export function doc(lines, indent) {
  const kept = lines.filter((l) => l !== undefined && l !== null && l !== '')
  if (kept.length === 0) return ''
  if (kept.length === 1) return `${indent}/** ${kept[0]} */\n`
  return `${indent}/**\n${kept.map((l) => `${indent} * ${l}`).join('\n')}\n${indent} */\n`
}
