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
// --lines: the string-per-line route of session 1 (ndjson.parse({ raw: true }) into bulk()), kept to show
// what the byte-level route (a byte stream straight into bulk(): input 'ndjson') saves.
const opts = options({ defaults: { type: 'boolean', default: false }, lines: { type: 'boolean', default: false } })
if (!opts.file) throw new Error('--file is required')
const { mod, client } = await loadClient(opts.client, opts.url)
const variant =
  opts.client === 'elastream'
    ? `elastream${opts.lines ? '-lines' : ''}${opts.defaults ? '-defaults' : ''}`
    : opts.client
const meta = { scenario: 'bulk-ndjson', client: variant, version: clientVersion(opts.client), n: opts.n }

await measure(meta, async () => {
  let stats
  if (opts.client === 'elastream') {
    stats = await mod.bulk(
      client,
      opts.lines ? createReadStream(opts.file).pipe(mod.ndjson.parse({ raw: true })) : createReadStream(opts.file),
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
