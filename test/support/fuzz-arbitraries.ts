// What the fuzzers feed the byte readers: JSON values (deep nesting, every escape, any UTF-16 including lone
// surrogates, huge numbers, duplicate and `__proto__` keys), written out in many ways (indented, minified, keys
// reordered, whitespace of every kind, escapes where none are needed, bytes that are not UTF-8), near-misses of
// them (one byte changed, dropped or added, truncated, NaN, trailing commas, comments) and random chunk sizes.
// The value is the model and shrinks well; how it is written is a Style, shrunk towards plain minified JSON.
import fc from 'fast-check'

export type Json =
  | { t: 'object'; members: Array<[string, Json]> }
  | { t: 'array'; items: Json[] }
  | { t: 'string'; s: string }
  | { t: 'number'; raw: string }
  | { t: 'literal'; raw: 'true' | 'false' | 'null' }
  /** Bytes inside a string that are not valid UTF-8 (written between quotes as they are). */
  | { t: 'bytes'; b: number[] }

const INVALID_UTF8: number[][] = [[0xff], [0x80], [0xc3], [0xe2, 0x82], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xfe, 0xfe]]

/** Characters that matter to a JSON reader, mixed with any UTF-16 code unit and whole code points. */
const char = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('a', 'Z', '0', ' ', '_', '"', '\\', '/', '{', '}', '[', ']', ',', ':', '\n', '\r', '\t', '\b', '\f', '\u0000', '\u001f', '\u007f', 'é', '日', '\u2028', '\u2029', '\uFEFF', '😀', '\uD800', '\uDFFF', 'u') },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) },
  { weight: 1, arbitrary: fc.integer({ min: 0x10000, max: 0x10ffff }).map((c) => String.fromCodePoint(c)) },
)

export const jsonString = fc.array(char, { maxLength: 12 }).map((cs) => cs.join(''))

/** Numbers as written: small, negative zero, fractions, exponents, and integers far past 2^53. */
export const jsonNumber = fc
  .tuple(
    fc.boolean(),
    fc.oneof(fc.constant('0'), fc.stringMatching(/^[1-9][0-9]{0,3}$/), fc.stringMatching(/^[1-9][0-9]{15,40}$/)),
    fc.option(fc.stringMatching(/^[0-9]{1,20}$/), { nil: undefined }),
    fc.option(fc.tuple(fc.constantFrom('e', 'E'), fc.constantFrom('', '+', '-'), fc.stringMatching(/^[0-9]{1,3}$/)), { nil: undefined }),
  )
  .map(([neg, int, frac, exp]) => `${neg ? '-' : ''}${int}${frac === undefined ? '' : `.${frac}`}${exp === undefined ? '' : exp.join('')}`)

/** Keys that mean something to some reader or to JavaScript, and any others. */
export function keyArb(special: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...special, '__proto__', 'constructor', 'prototype', '', 'a') },
    { weight: 1, arbitrary: jsonString },
  )
}

/** Any JSON value, nested up to `depth` deep (past that, only scalars). */
export function jsonValue(special: readonly string[] = [], depth = 6): fc.Arbitrary<Json> {
  const key = keyArb(special)
  const { value } = fc.letrec<{ value: Json }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', maxDepth: depth, withCrossShrink: true },
      fc.constantFrom<Json>({ t: 'literal', raw: 'true' }, { t: 'literal', raw: 'false' }, { t: 'literal', raw: 'null' }),
      jsonNumber.map((raw): Json => ({ t: 'number', raw })),
      jsonString.map((s): Json => ({ t: 'string', s })),
      fc.constantFrom(...INVALID_UTF8).map((b): Json => ({ t: 'bytes', b })),
      fc.array(fc.tuple(key, tie('value')), { maxLength: 5 }).map((members): Json => ({ t: 'object', members })),
      fc.array(tie('value'), { maxLength: 5 }).map((items): Json => ({ t: 'array', items })),
    ),
  }))
  return value
}

/** A value nested exactly `levels` deep: `[[[...]]]` or `{"a":{"a":...}}`, for depth limits. */
export function deepValue(levels: number, inner: Json, objects: boolean): Json {
  let v = inner
  for (let i = 0; i < levels; i++) v = objects ? { t: 'object', members: [['a', v]] } : { t: 'array', items: [v] }
  return v
}

/** How a value is written out. The zero style is minified JSON with only the escapes JSON requires. */
export interface Style {
  /** Spaces (or a tab, as 0) per level; -1 minified. */
  indent: number
  /** '\n' or '\r\n' after each indented line. */
  eol: string
  /** Whitespace put between every two tokens (JSON's four kinds). */
  gap: string
  /** Members written in reverse order (same meaning unless a key is given twice). */
  reverse: boolean
  /** Every n-th character of a string written as \uXXXX (0: never). */
  uEvery: number
  upperHex: boolean
  /** '/' written as '\/'. */
  slash: boolean
  /** No raw LF anywhere (one NDJSON line): the indentation newlines become spaces. */
  oneLine: boolean
}

export const ZERO_STYLE: Style = { indent: -1, eol: '\n', gap: '', reverse: false, uEvery: 0, upperHex: false, slash: false, oneLine: false }

export const styleArb = fc.record({
  indent: fc.constantFrom(-1, -1, 0, 1, 2, 4),
  eol: fc.constantFrom('\n', '\r\n'),
  gap: fc.constantFrom('', '', ' ', '\t', '\r', '\n', ' \t\r\n', '  '),
  reverse: fc.boolean(),
  uEvery: fc.constantFrom(0, 0, 1, 2, 3),
  upperHex: fc.boolean(),
  slash: fc.boolean(),
  oneLine: fc.constant(false),
})

const SHORT: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t' }

function hex(c: number, upper: boolean): string {
  const h = c.toString(16).padStart(4, '0')
  return `\\u${upper ? h.toUpperCase() : h}`
}

/** The string's JSON text (quotes included) as bytes. Lone surrogates are always escaped (UTF-8 cannot hold them). */
function writeString(s: string, style: Style, out: Buffer[]): void {
  let text = '"'
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    const forceU = style.uEvery > 0 && i % style.uEvery === 0
    const next = s.charCodeAt(i + 1)
    const pair = c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff
    if (pair) {
      text += forceU ? hex(c, style.upperHex) + hex(next, style.upperHex) : s.slice(i, i + 2)
      i++
    } else if (forceU || (c >= 0xd800 && c <= 0xdfff)) {
      text += hex(c, style.upperHex)
    } else if (c < 0x20 || c === 0x22 || c === 0x5c) {
      text += SHORT[s[i]!] ?? hex(c, style.upperHex)
    } else if (c === 0x2f && style.slash) {
      text += '\\/'
    } else {
      text += s[i]!
    }
  }
  out.push(Buffer.from(`${text}"`))
}

/** The value's JSON text as bytes, written in `style`. */
export function write(value: Json, style: Style = ZERO_STYLE): Buffer {
  const out: Buffer[] = []
  writeTo(value, style, 0, out)
  return Buffer.concat(out)
}

function writeTo(v: Json, style: Style, level: number, out: Buffer[]): void {
  const gap = style.oneLine ? style.gap.replace(/\n/g, ' ') : style.gap
  const br = (l: number) => {
    if (style.indent < 0) return gap
    const pad = style.indent === 0 ? '\t'.repeat(l) : ' '.repeat(style.indent * l)
    return `${style.oneLine ? ' ' : style.eol}${pad}`
  }
  switch (v.t) {
    case 'literal':
    case 'number':
      out.push(Buffer.from(v.raw))
      return
    case 'string':
      writeString(v.s, style, out)
      return
    case 'bytes':
      out.push(Buffer.from([0x22, ...v.b, 0x22]))
      return
    case 'array':
    case 'object': {
      const [open, close] = v.t === 'object' ? ['{', '}'] : ['[', ']']
      const entries: Array<[string | undefined, Json]> = v.t === 'object' ? [...v.members] : v.items.map((x) => [undefined, x])
      if (style.reverse) entries.reverse()
      out.push(Buffer.from(open))
      entries.forEach(([k, x], i) => {
        out.push(Buffer.from(`${i > 0 ? ',' : ''}${br(level + 1)}`))
        if (k !== undefined) {
          writeString(k, style, out)
          out.push(Buffer.from(`${gap}:${style.indent >= 0 ? ' ' : gap}`))
        }
        writeTo(x, style, level + 1, out)
      })
      out.push(Buffer.from(`${entries.length > 0 ? br(level) : gap}${close}`))
      return
    }
  }
}

/** A near-miss of some bytes: one byte changed, dropped or added, cut short, or a token JSON refuses put in. */
export type Mutation =
  | { kind: 'none' }
  | { kind: 'replace' | 'insert'; at: number; byte: number }
  | { kind: 'delete' | 'truncate'; at: number }
  | { kind: 'token'; at: number; token: string }

const BYTES = [...'{}[],:"\\ \t\r\n0123456789-+.eEtfnaulsrNI/*\u0000'].map((c) => c.charCodeAt(0)).concat([0x80, 0xff, 0xef, 0xbb, 0xbf])
const TOKENS = ['NaN', 'Infinity', '-Infinity', ',', ',]', ',}', '01', '-', '1.', '.5', '1e', 'tru', 'nul', '/* c */', '//', "'a'", '\uFEFF', '"\\x"', '"\\u12"', '\u0000', '\t', '"', '1,,2', 'undefined']

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 3, arbitrary: fc.constant<Mutation>({ kind: 'none' }) },
  fc.record({ kind: fc.constantFrom('replace' as const, 'insert' as const), at: fc.nat(), byte: fc.constantFrom(...BYTES) }),
  fc.record({ kind: fc.constantFrom('delete' as const, 'truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('token' as const), at: fc.nat(), token: fc.constantFrom(...TOKENS) }),
)

export function mutate(bytes: Buffer, m: Mutation): Buffer {
  if (m.kind === 'none' || bytes.length === 0) return bytes
  const at = m.at % bytes.length
  switch (m.kind) {
    case 'replace': {
      const b = Buffer.from(bytes)
      b[at] = m.byte
      return b
    }
    case 'insert':
      return Buffer.concat([bytes.subarray(0, at), Buffer.from([m.byte]), bytes.subarray(at)])
    case 'delete':
      return Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + 1)])
    case 'truncate':
      return bytes.subarray(0, at)
    case 'token':
      return Buffer.concat([bytes.subarray(0, at), Buffer.from(m.token), bytes.subarray(at)])
  }
}

/** Cut points for feeding bytes in chunks: sizes from 1 byte up, as a stream may deliver them. */
export const chunkSizesArb = fc.array(fc.oneof(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 64 }), fc.integer({ min: 1, max: 70_000 })), { minLength: 1, maxLength: 12 })

/** `bytes` in chunks of the given sizes (cycled), every chunk its own Buffer as a stream hands them over. */
export function chunked(bytes: Buffer, sizes: readonly number[]): Buffer[] {
  const out: Buffer[] = []
  let at = 0
  let k = 0
  while (at < bytes.length) {
    const n = sizes[k++ % sizes.length]!
    out.push(Buffer.from(bytes.subarray(at, at + n)))
    at += n
  }
  return out
}

/** Run settings: a fixed seed and count in `npm test`; `npm run fuzz` sets FUZZ_SECONDS (and FUZZ_SEED to replay). */
export function runSettings(numRuns: number): fc.Parameters<unknown> {
  const seconds = Number(process.env.FUZZ_SECONDS ?? 0)
  const seed = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED)
  if (seconds > 0) {
    return { seed: seed ?? Date.now() ^ (Math.random() * 0x7fffffff), numRuns: Number.MAX_SAFE_INTEGER, interruptAfterTimeLimit: seconds * 1000, markInterruptAsFailure: false }
  }
  return { seed: seed ?? 0x5eed, numRuns }
}

/** One NDJSON line's content: a value on one line (an object mostly), a near-miss of one, or only whitespace. */
export function ndjsonLineArb(special: readonly string[] = []): fc.Arbitrary<Buffer> {
  const oneLine = styleArb.map((s): Style => ({ ...s, oneLine: true }))
  const object = fc.array(fc.tuple(keyArb(special), jsonValue(special, 4)), { maxLength: 5 }).map((members): Json => ({ t: 'object', members }))
  return fc.oneof(
    { weight: 6, arbitrary: fc.tuple(object, oneLine, mutationArb).map(([v, s, m]) => mutate(write(v, s), m)) },
    { weight: 1, arbitrary: fc.tuple(jsonValue(special, 2), oneLine).map(([v, s]) => write(v, s)) },
    { weight: 1, arbitrary: fc.constantFrom('', ' ', '\t', '\r', ' \t\r', '\f', '\u00a0', '\v').map((w) => Buffer.from(w)) },
  )
}

/** An NDJSON file: lines ending in LF, CRLF or CR CR LF, maybe a byte order mark, maybe no final newline. */
export function ndjsonFileArb(special: readonly string[] = []): fc.Arbitrary<Buffer> {
  return fc
    .tuple(fc.array(fc.tuple(ndjsonLineArb(special), fc.constantFrom('\n', '\n', '\r\n', '\r\r\n')), { maxLength: 8 }), fc.boolean(), fc.boolean())
    .map(([lines, bom, finalNewline]) => {
      const parts = lines.flatMap(([line, eol], i) => [line, Buffer.from(i === lines.length - 1 && !finalNewline ? '' : eol)])
      return Buffer.concat([Buffer.from(bom ? '\uFEFF' : ''), ...parts])
    })
}

/** What an NDJSON file's lines are, by JSON: the bytes between LFs, numbered from 1 (a final LF ends the last). */
export function ndjsonSegments(bytes: Buffer): Buffer[] {
  const out: Buffer[] = []
  let from = 0
  for (;;) {
    const nl = bytes.indexOf(0x0a, from)
    if (nl === -1) break
    out.push(bytes.subarray(from, nl))
    from = nl + 1
  }
  if (from < bytes.length) out.push(bytes.subarray(from))
  return out
}
