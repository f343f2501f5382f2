// The fuzzers' reading of what JSON bytes mean: a strict RFC 8259 parser over the bytes that keeps what
// JSON.parse throws away (every member of an object in order, duplicates included, each key as written, each
// number's digits as written, each value's byte range). It is itself checked against JSON.parse on every case
// (agrees(): the same accept/refuse, the same values), so the fuzzers compare each reader with JSON.parse, and
// this file only adds the detail JSON.parse cannot show.
import { isDeepStrictEqual } from 'node:util'

export type Node =
  | { kind: 'object'; start: number; end: number; members: Member[] }
  | { kind: 'array'; start: number; end: number; items: Node[] }
  | { kind: 'string'; start: number; end: number; value: string; escaped: boolean }
  | { kind: 'number'; start: number; end: number; raw: string }
  | { kind: 'literal'; start: number; end: number; value: true | false | null }

export interface Member {
  key: string
  /** The key was written with a backslash escape. */
  escaped: boolean
  /** The key's bytes, quotes included. */
  keyStart: number
  keyEnd: number
  value: Node
}

export class RefSyntaxError extends Error {}

const NUMBER = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?$/

/** The value filling `bytes` (JSON whitespace around it allowed), or a RefSyntaxError. */
export function parseRef(bytes: Buffer): Node {
  const p = new Parser(bytes)
  p.ws()
  const node = p.value(1)
  p.ws()
  if (p.i !== bytes.length) p.fail('bytes after the value')
  return node
}

/** The deepest nesting of objects and arrays (a scalar is 0, `{}` is 1). */
export function depthOf(node: Node): number {
  if (node.kind === 'object') return 1 + Math.max(0, ...node.members.map((m) => depthOf(m.value)))
  if (node.kind === 'array') return 1 + Math.max(0, ...node.items.map(depthOf))
  return 0
}

/** The value as JSON.parse builds it (last duplicate wins, `__proto__` an own property). */
export function toValue(node: Node): unknown {
  switch (node.kind) {
    case 'object': {
      const out: Record<string, unknown> = {}
      for (const m of node.members) {
        Object.defineProperty(out, m.key, { value: toValue(m.value), enumerable: true, writable: true, configurable: true })
      }
      return out
    }
    case 'array':
      return node.items.map(toValue)
    case 'string':
      return node.value
    case 'number':
      return Number(node.raw)
    case 'literal':
      return node.value
  }
}

/** The last member named `key` (JSON.parse keeps the last), undefined when there is none. */
export function member(node: Node, key: string): Node | undefined {
  if (node.kind !== 'object') return undefined
  let found: Node | undefined
  for (const m of node.members) if (m.key === key) found = m.value
  return found
}

/**
 * Parses `bytes` both ways and checks that this parser and JSON.parse agree; returns the node, or undefined when
 * both refuse. Throws when they disagree (a fault of the fuzzer, reported as such).
 */
export function agreedParse(bytes: Buffer): Node | undefined {
  let byJson: unknown
  let jsonOk = true
  try {
    byJson = JSON.parse(bytes.toString('utf8'))
  } catch {
    jsonOk = false
  }
  let node: Node | undefined
  try {
    node = parseRef(bytes)
  } catch (err) {
    if (!(err instanceof RefSyntaxError)) throw err
  }
  if (jsonOk !== (node !== undefined)) {
    throw new Error(`reference parser and JSON.parse disagree (${jsonOk ? 'JSON.parse accepts' : 'JSON.parse refuses'}): ${JSON.stringify(bytes.toString('latin1'))}`)
  }
  if (node !== undefined && !isDeepStrictEqual(toValue(node), byJson)) {
    throw new Error(`reference parser and JSON.parse read different values: ${JSON.stringify(bytes.toString('latin1'))}`)
  }
  return node
}

class Parser {
  i = 0
  readonly b: Buffer
  constructor(b: Buffer) {
    this.b = b
  }

  fail(what: string): never {
    throw new RefSyntaxError(`${what} at byte ${this.i}`)
  }

  ws(): void {
    const b = this.b
    while (this.i < b.length && (b[this.i] === 0x20 || b[this.i] === 0x09 || b[this.i] === 0x0a || b[this.i] === 0x0d)) this.i++
  }

  value(level: number): Node {
    const c = this.b[this.i]
    const start = this.i
    if (c === 0x7b) return this.object(level)
    if (c === 0x5b) return this.array(level)
    if (c === 0x22) return this.string()
    for (const [word, value] of [['true', true], ['false', false], ['null', null]] as const) {
      if (this.b.toString('latin1', start, start + word.length) === word) {
        this.i += word.length
        return { kind: 'literal', start, end: this.i, value }
      }
    }
    let i = start
    while (i < this.b.length && /[-+.eE0-9]/.test(String.fromCharCode(this.b[i]!))) i++
    const raw = this.b.toString('latin1', start, i)
    if (raw === '' || !NUMBER.test(raw)) this.fail('a value')
    this.i = i
    return { kind: 'number', start, end: i, raw }
  }

  object(level: number): Node {
    const start = this.i++
    const members: Member[] = []
    this.ws()
    if (this.b[this.i] === 0x7d) {
      this.i++
      return { kind: 'object', start, end: this.i, members }
    }
    for (;;) {
      this.ws()
      if (this.b[this.i] !== 0x22) this.fail('a key')
      const key = this.string()
      this.ws()
      if (this.b[this.i] !== 0x3a) this.fail("':'")
      this.i++
      this.ws()
      members.push({ key: key.value, escaped: key.escaped, keyStart: key.start, keyEnd: key.end, value: this.value(level + 1) })
      this.ws()
      const c = this.b[this.i++]
      if (c === 0x7d) return { kind: 'object', start, end: this.i, members }
      if (c !== 0x2c) this.fail("',' or '}'")
    }
  }

  array(level: number): Node {
    const start = this.i++
    const items: Node[] = []
    this.ws()
    if (this.b[this.i] === 0x5d) {
      this.i++
      return { kind: 'array', start, end: this.i, items }
    }
    for (;;) {
      this.ws()
      items.push(this.value(level + 1))
      this.ws()
      const c = this.b[this.i++]
      if (c === 0x5d) return { kind: 'array', start, end: this.i, items }
      if (c !== 0x2c) this.fail("',' or ']'")
    }
  }

  string(): Node & { kind: 'string' } {
    const start = this.i
    let i = start + 1
    let escaped = false
    for (;;) {
      if (i >= this.b.length) this.fail('the end of a string')
      const c = this.b[i]!
      if (c === 0x22) break
      if (c < 0x20) this.fail('a control character in a string')
      if (c === 0x5c) {
        escaped = true
        const e = this.b[i + 1]
        if (e === 0x75) {
          if (!/^[0-9a-fA-F]{4}$/.test(this.b.toString('latin1', i + 2, i + 6))) this.fail('a \\u escape')
          i += 6
          continue
        }
        if (e === undefined || !'"\\/bfnrt'.includes(String.fromCharCode(e))) this.fail('an escape')
        i += 2
        continue
      }
      i++
    }
    this.i = i + 1
    // The escapes are checked above; JSON.parse decodes them (and the bytes, as Buffer#toString does).
    const value = JSON.parse(this.b.toString('utf8', start, this.i)) as string
    return { kind: 'string', start, end: this.i, value, escaped }
  }
}
