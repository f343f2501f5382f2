/**
 * The YAML tests write regular expressions for Java: `match` ones in `Pattern.COMMENTS` mode (whitespace and
 * `#` comments ignored, `\ ` for a literal space), `catch` ones without it, both with Java's anchors.
 * This turns one into an equivalent JavaScript RegExp. Matching is `find()`-like, as in the Java runner:
 * anywhere in the text.
 */
export function javaRegex(source: string, comments: boolean): RegExp {
  let flags = ''
  // Leading inline flags such as (?s) or (?sm): JavaScript (Node 20) has no inline modifiers.
  const inline = /^\(\?([a-z]+)\)/.exec(source)
  if (inline) {
    for (const f of inline[1]!) if ('smi'.includes(f) && !flags.includes(f)) flags += f
    source = source.slice(inline[0].length)
  }
  let out = ''
  let inClass = false
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!
    if (c === '\\') {
      const n = source[++i]
      if (n === undefined) {
        out += '\\\\'
        break
      }
      if (n === 'Q') {
        // \Q...\E quotes everything between, whitespace included.
        const end = source.indexOf('\\E', i + 1)
        const quoted = source.slice(i + 1, end === -1 ? source.length : end)
        out += quoted.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')
        i = end === -1 ? source.length : end + 1
        continue
      }
      if (/\s/.test(n)) out += n === ' ' ? ' ' : n === '\t' ? '\\t' : '\\n'
      else if (!inClass && n === 'A') out += '^'
      else if (!inClass && n === 'Z') out += '(?=\\r?\\n?$)'
      else if (!inClass && n === 'z') out += '$'
      else if (n === 'h') out += inClass ? ' \\t' : '[ \\t]'
      else if (n === '#') out += '#'
      else out += `\\${n}`
      continue
    }
    if (comments && /\s/.test(c)) continue
    if (comments && c === '#') {
      // A comment runs to the end of the line.
      while (i < source.length && source[i] !== '\n') i++
      continue
    }
    if (inClass) {
      if (c === ']') inClass = false
      out += c
      continue
    }
    if (c === '[') {
      inClass = true
      out += c
      // A `]` right after `[` or `[^` is a literal in both dialects; copy it so it does not close the class.
      if (source[i + 1] === '^') out += source[++i]
      if (source[i + 1] === ']') out += `\\${source[++i]}`
      continue
    }
    // Java's `$` (no MULTILINE) also matches before a final line terminator.
    if (c === '$' && !flags.includes('m')) {
      out += '(?=\\r?\\n?$)'
      continue
    }
    out += c
  }
  return new RegExp(out, flags)
}

/** A YAML test value written as `/.../` (after trimming) is a regular expression. */
export function asRegex(expected: unknown, comments = true): RegExp | undefined {
  if (typeof expected !== 'string') return undefined
  const s = expected.trim()
  if (s.length > 2 && s.startsWith('/') && s.endsWith('/')) return javaRegex(s.slice(1, -1), comments)
  return undefined
}
