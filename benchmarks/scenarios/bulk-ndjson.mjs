// Scenario (b): bulk-load an NDJSON file of documents. Each client takes its
// documented streaming route: elastream passes lines through as raw bytes
// (no JSON.parse / JSON.stringify per document); the official client gets the
// file split into strings (split2, as its docs show), which its helper also
// forwards without re-serializing. Same flush size and concurrency as (a).
import { createReadStream } from 'node:fs'
import { createRequire } from 'node:module'
import { clientVersion, loadClient, measure, options } from '../common/harness.mjs'

const FLUSH_BYTES = 5_000_000
const CONCURRENCY = 5
const FLUSH_DOCS = 1_000_000

// --defaults: elastream with its own defaults (1000 docs or 5 MiB per batch,
// 4 in flight), what a user gets without tuning.
const opts = options({ defaults: { type: 'boolean', default: false } })
if (!opts.file) throw new Error('--file is required')
const { mod, client } = await loadClient(opts.client, opts.url)
const variant = opts.client === 'elastream' && opts.defaults ? 'elastream-defaults' : opts.client
const meta = { scenario: 'bulk-ndjson', client: variant, version: clientVersion(opts.client), n: opts.n }

await measure(meta, async () => {
  let stats
  if (opts.client === 'elastream') {
    stats = await mod.bulk(
      client,
      createReadStream(opts.file).pipe(mod.ndjson.parse({ raw: true })),
      opts.defaults
        ? { index: opts.index }
        : { index: opts.index, flushBytes: FLUSH_BYTES, flushDocs: FLUSH_DOCS, concurrency: CONCURRENCY },
    )
  } else {
    const split = createRequire(import.meta.url)('split2')
    stats = await client.helpers.bulk({
      datasource: createReadStream(opts.file).pipe(split()),
      onDocument: () => ({ index: { _index: opts.index } }),
      flushBytes: FLUSH_BYTES,
      concurrency: CONCURRENCY,
    })
  }
  if (stats.successful !== opts.n)
    throw new Error(`expected ${opts.n} successful, got ${JSON.stringify(stats)}`)
  return { docs: stats.successful, failed: stats.failed }
})
await client.close()
