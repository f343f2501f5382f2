// Runs the ```js run=es``` blocks of a markdown page, in order, as ES modules importing elastream from src/,
// with index names given a unique prefix, and returns what each printed: the mechanism of
// test/docs-streams.test.ts as a function, so every doc page can have its examples executed.
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { esUrl } from './es-url.js'

const root = new URL('../..', import.meta.url)

export interface DocBlocks {
  blocks: string[]
  prefix: string
  /** Runs block `i` and resolves with the lines it printed with console.log. */
  run(i: number): Promise<string[]>
  cleanup(): void
}

/** `indexNames`: the index names the examples use; each gets the run's prefix so parallel runs do not meet. */
export function docBlocks(page: string, indexNames: readonly string[]): DocBlocks {
  const markdown = readFileSync(new URL(page, root), 'utf8')
  const blocks = [...markdown.matchAll(/```js run=es\n([\s\S]*?)```/g)].map((m) => m[1] as string)
  const entry = pathToFileURL(new URL('src/index.ts', root).pathname).href
  const prefix = `docs-${randomBytes(3).toString('hex')}-`
  const dir = mkdtempSync(join(tmpdir(), 'elastream-doc-blocks-'))
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}')
  const names = new RegExp(`(['\`])(${indexNames.join('|')})`, 'g')
  return {
    blocks,
    prefix,
    async run(i) {
      const file = join(dir, `example-${i + 1}.mjs`)
      writeFileSync(file, blocks[i]!.replaceAll(`from 'elastream'`, `from '${entry}'`).replace(names, `$1${prefix}$2`))
      const saved = process.env.ELASTICSEARCH_URL
      const log = console.log
      const lines: string[] = []
      process.env.ELASTICSEARCH_URL = esUrl
      console.log = (...args: unknown[]) => {
        lines.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '))
      }
      try {
        await import(pathToFileURL(file).href)
      } finally {
        console.log = log
        if (saved === undefined) delete process.env.ELASTICSEARCH_URL
        else process.env.ELASTICSEARCH_URL = saved
      }
      return lines
    },
    cleanup() {
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
