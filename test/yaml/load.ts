/**
 * Reads a directory of YAML REST tests into test cases: every `.yml`/`.yaml` file under it, at any depth
 * (Elasticsearch's jar has `namespace/file.yml`; Elastic's client tests also have files at the top and
 * deeper folders), each document of a file being `setup`, `teardown`, a top-level `requires`, or tests.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import YAML from 'yaml'

export type Step = Record<string, any>

export interface TestCase {
  /** `path/file.yml/test name` (the path relative to the tests directory): the id skip lists and results use. */
  id: string
  /** The file's first folder, or its name without `.yml` for a file at the top: what results are counted by. */
  namespace: string
  /** The file's path relative to the tests directory, `/`-separated. */
  file: string
  name: string
  /**
   * A file-level `requires` document of Elastic's client tests (`{ serverless: bool, stack: bool }`): which
   * flavours of Elasticsearch the file's tests are written for.
   */
  requires: Record<string, unknown> | undefined
  setup: Step[]
  teardown: Step[]
  steps: Step[]
}

/** Every `.yml`/`.yaml` file under `dir`, as `/`-separated relative paths, sorted. */
function yamlFiles(dir: string, prefix = ''): string[] {
  const out: string[] = []
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix === '' ? entry.name : `${prefix}/${entry.name}`
    if (entry.isDirectory()) out.push(...yamlFiles(dir, rel))
    else if (entry.name.endsWith('.yml') || entry.name.endsWith('.yaml')) out.push(rel)
  }
  return out.sort()
}

/** Loads every test under `testDir`, in a stable order; files that do not parse are listed in `errors`. */
export function loadTests(testDir: string): { tests: TestCase[]; errors: string[] } {
  const tests: TestCase[] = []
  const errors: string[] = []
  for (const file of yamlFiles(testDir)) {
    const slash = file.indexOf('/')
    const namespace = slash === -1 ? file.replace(/\.ya?ml$/, '') : file.slice(0, slash)
    const text = readFileSync(join(testDir, file), 'utf8')
    let setup: Step[] = []
    let teardown: Step[] = []
    let requires: Record<string, unknown> | undefined
    const bodies: Array<[string, Step[]]> = []
    try {
      let docs = YAML.parseAllDocuments(text, { uniqueKeys: false })
      if (docs.some((d) => d.errors.length > 0)) {
        docs = YAML.parseAllDocuments(reindentContinuations(text), { uniqueKeys: false })
      }
      for (const doc of docs) {
        if (doc.errors.length > 0) throw doc.errors[0]
        const value = doc.toJS({ maxAliasCount: -1 }) as Record<string, unknown> | null
        if (!value) continue
        for (const [key, content] of Object.entries(value)) {
          if (key === 'requires' && !Array.isArray(content)) {
            if (content === null || typeof content !== 'object') throw new Error(`requires must be a map`)
            requires = content as Record<string, unknown>
          } else if (!Array.isArray(content) && content !== null) {
            throw new Error(`${key} must be a list of steps`)
          } else if (key === 'setup') setup = (content as Step[] | null) ?? []
          else if (key === 'teardown') teardown = (content as Step[] | null) ?? []
          else bodies.push([key, (content as Step[] | null) ?? []])
        }
      }
    } catch (err) {
      errors.push(`${file}: ${(err as Error).message}`)
      continue
    }
    for (const [name, steps] of bodies) {
      tests.push({ id: `${file}/${name}`, namespace, file, name, requires, setup, teardown, steps })
    }
  }
  return { tests, errors }
}

/**
 * A few files continue a double-quoted string or a flow collection (`{ ... }`, `[ ... ]`) on a line indented
 * no deeper than the line that opened it (than its key, past the `- ` of a sequence item). SnakeYAML, which the Java runner uses, accepts that; the YAML spec
 * and the `yaml` package do not. This indents such continuation lines two spaces past the opening line. It is
 * only applied to files that fail to parse as they are.
 */
export function reindentContinuations(text: string): string {
  let depth = 0
  let inDouble = false
  let openerIndent = 0
  const out: string[] = []
  for (const raw of text.split('\n')) {
    const indent = raw.length - raw.trimStart().length
    let line = raw
    if ((depth > 0 || inDouble) && raw.trim() !== '' && indent <= openerIndent) {
      line = ' '.repeat(openerIndent + 2) + raw.trimStart()
    }
    // The opener's own column: past any `- ` of sequence items (`  - match: {` opens at column 4).
    if (depth === 0 && !inDouble) openerIndent = /^\s*(?:-\s+)*/.exec(raw)![0].length
    let inSingle = false
    for (let i = 0; i < raw.length; i++) {
      const c = raw[i]
      if (inDouble) {
        if (c === '\\') i++
        else if (c === '"') inDouble = false
      } else if (inSingle) {
        if (c === "'") inSingle = false
      } else if (c === '"') inDouble = true
      else if (c === "'" && (i === 0 || /[\s[{,:]/.test(raw[i - 1]!))) inSingle = true
      else if (c === '#' && (i === 0 || /\s/.test(raw[i - 1]!))) break
      else if (c === '{' || c === '[') depth++
      else if ((c === '}' || c === ']') && depth > 0) depth--
    }
    out.push(line)
  }
  return out.join('\n')
}
