// The runnable code blocks of the documentation, read in one place for every test that runs them (test/docs/):
// a block written ```js run=<where>``` or ```ts run=<where>```, where `where` names what it runs against (`es`:
// the real node; the page's test defines the others). Also how they usually run: in this process as ES
// modules importing elastream from src/, with what they print captured.
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

const root = new URL('../..', import.meta.url)
const sourceEntry = pathToFileURL(new URL('src/index.ts', root).pathname).href

export interface DocBlock {
  language: 'js' | 'ts'
  where: string
  code: string
}

/** A page (its path from the repository root) and its runnable blocks in order; with `where`, only those. */
export function readDocBlocks(page: string, where?: string): { markdown: string; blocks: DocBlock[] } {
  const markdown = readFileSync(new URL(page, root), 'utf8')
  const blocks = [...markdown.matchAll(/```(js|ts) run=(\S+)\n([\s\S]*?)```/g)]
    .map((m) => ({ language: m[1] as 'js' | 'ts', where: m[2]!, code: m[3]! }))
    .filter((b) => where === undefined || b.where === where)
  return { markdown, blocks }
}

/** A folder for the examples of one test file: ES modules (a `ts` one is compiled by the test's own loader). */
export function exampleDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'elastream-doc-blocks-'))
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}')
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

/**
 * Writes `block` as example `n` into `dir` with its `from 'elastream'` imports pointed at src/, imports it in
 * this process with `env` set in process.env (put back afterwards), and resolves with the lines it printed with
 * console.log.
 */
export async function runBlock(dir: string, n: number, block: DocBlock, env: Record<string, string>): Promise<string[]> {
  const file = join(dir, `example-${n}.${block.language === 'ts' ? 'ts' : 'mjs'}`)
  writeFileSync(file, block.code.replaceAll(`from 'elastream'`, `from '${sourceEntry}'`))
  const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]))
  const log = console.log
  const lines: string[] = []
  Object.assign(process.env, env)
  console.log = (...args: unknown[]) => {
    lines.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '))
  }
  try {
    await import(pathToFileURL(file).href)
  } finally {
    console.log = log
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key]
      else process.env[key] = value
    }
  }
  return lines
}

export interface DocBlocks {
  markdown: string
  /** The page's `run=es` blocks, in order. */
  blocks: DocBlock[]
  prefix: string
  /** Runs block `i` and resolves with the lines it printed with console.log. */
  run(i: number): Promise<string[]>
  cleanup(): void
}

/**
 * The `run=es` blocks of a page, to run in order against the real node named in `env` (ELASTICSEARCH_URL; given
 * by the caller, so that reading blocks needs no server). `indexNames`: the index names the examples use; each
 * gets the run's prefix (quoted names only) so parallel runs do not meet.
 */
export function docBlocks(page: string, indexNames: readonly string[], env: { ELASTICSEARCH_URL: string }): DocBlocks {
  const { markdown, blocks } = readDocBlocks(page, 'es')
  const prefix = `docs-${randomBytes(3).toString('hex')}-`
  const names = new RegExp(`(['\`])(${indexNames.join('|')})`, 'g')
  const examples = exampleDir()
  return {
    markdown,
    blocks,
    prefix,
    run: (i) => {
      const block = blocks[i]!
      return runBlock(examples.dir, i + 1, { ...block, code: block.code.replace(names, `$1${prefix}$2`) }, env)
    },
    cleanup: examples.remove,
  }
}
