// Run by bulk-cancel.test.ts in a child process: cancels bulk work at the worst moments, then reports whether
// anything surfaced as an uncaught exception, an unhandled rejection or an 'error' the user never asked for.
import { Readable } from 'node:stream'
import { Client } from '../../src/client.js'
import { bulk } from '../../src/helpers/bulk/bulk.js'
import { bulkStream } from '../../src/helpers/bulk/bulk-stream.js'

const node = process.argv[2]!
let problems: string[] = []
process.on('uncaughtException', (err) => problems.push(`uncaughtException: ${err.stack ?? err}`))
process.on('unhandledRejection', (err) => problems.push(`unhandledRejection: ${(err as Error)?.stack ?? err}`))

const docs = (n: number) => Array.from({ length: n }, (_, i) => ({ i }))
const settle = () => new Promise((r) => setTimeout(r, 300))

const scenarios: Record<string, () => Promise<void>> = {
  async 'destroy before start, then close'() {
    const client = new Client({ node })
    const s = bulkStream(client, { index: 'x' })
    s.destroy()
    await client.close()
  },
  async 'close, then destroy'() {
    const client = new Client({ node })
    const s = bulkStream(client, { index: 'x' })
    await client.close()
    s.destroy()
  },
  async 'write, destroy, close'() {
    const client = new Client({ node })
    const s = bulkStream(client, { index: 'x', flushDocs: 1 })
    s.write({ a: 1 })
    s.write({ a: 2 })
    s.destroy()
    await client.close()
  },
  async 'write, close, destroy (requests in flight on a closing client)'() {
    const client = new Client({ node })
    const s = bulkStream(client, { index: 'x', flushDocs: 1 })
    for (const d of docs(10)) s.write(d)
    const closing = client.close()
    s.destroy()
    await closing
  },
  async 'a timer batch pending when destroyed'() {
    const client = new Client({ node })
    const s = bulkStream(client, { index: 'x', flushInterval: 50 })
    s.write({ a: 1 })
    s.destroy()
    await client.close()
  },
  async 'a retry pending when destroyed'() {
    const client = new Client({ node })
    const s = bulkStream(client, { index: 'x', flushDocs: 1, backoff: { initial: 100, max: 100 } })
    s.on('data', () => {})
    s.write({ a: 1 })
    await new Promise((r) => setTimeout(r, 150))
    s.destroy()
    await client.close()
  },
  async 'a signal aborted before start, nobody listening'() {
    const client = new Client({ node })
    const ac = new AbortController()
    bulkStream(client, { index: 'x', signal: ac.signal })
    ac.abort()
    await client.close()
  },
  async 'bulk() with a signal aborted before it started'() {
    const client = new Client({ node })
    const ac = new AbortController()
    ac.abort()
    await bulk(client, docs(10), { index: 'x', signal: ac.signal }).catch((err: Error) => {
      if (err.name !== 'AbortError') problems.push(`bulk rejected with ${err.name}, not AbortError`)
    })
    await client.close()
  },
  async 'bulk() aborted mid-load, then the client closed'() {
    const client = new Client({ node })
    const ac = new AbortController()
    const load = bulk(client, Readable.from(docs(5000)), { index: 'x', flushDocs: 10, signal: ac.signal })
    setTimeout(() => ac.abort(), 20)
    await load.catch((err: Error) => {
      if (err.name !== 'AbortError') problems.push(`bulk rejected with ${err.name}, not AbortError`)
    })
    await client.close()
  },
  async 'bulk() on a client closed meanwhile: rejects or reports, never crashes'() {
    const client = new Client({ node })
    const load = bulk(client, docs(100), { index: 'x', flushDocs: 10, retries: 0 })
    await client.close()
    await load.catch(() => {})
  },
}

// One after the other, each given time for a late error to surface before the next starts.
const report: Record<string, string[]> = {}
for (const [name, run] of Object.entries(scenarios)) {
  problems = []
  try {
    await run()
  } catch (err) {
    problems.push(`threw: ${(err as Error).stack ?? err}`)
  }
  await settle()
  report[name] = problems
}
process.stdout.write(JSON.stringify(report))
