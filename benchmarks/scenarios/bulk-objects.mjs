// Scenario (a): bulk-load N synthetic log documents handed over as objects.
// Both Node clients get the same object-mode Readable (Readable.from over a
// generator), the same flush size (5 MB, the official helper's default) and
// the same concurrency (5, likewise), so the difference is the client's own
// serialization, batching and response handling. elastream also caps batches
// at 1000 docs by default; that cap is lifted here so bytes decide for both.
import { Readable } from 'node:stream'
import { clientVersion, loadClient, measure, options } from '../common/harness.mjs'
import { logDocs } from '../common/logdoc.mjs'

const FLUSH_BYTES = 5_000_000
const CONCURRENCY = 5
const FLUSH_DOCS = 1_000_000

// --defaults: elastream with its own defaults (1000 docs or 5 MiB per batch,
// 4 in flight), what a user gets without tuning.
// --stringify (with --client input): generate and JSON.stringify every document, nothing else: the floor
// issue 14 measures the object path against (no client can skip serializing an object).
const opts = options({ defaults: { type: 'boolean', default: false }, stringify: { type: 'boolean', default: false } })
const { mod, client } = await loadClient(opts.client, opts.url)
const variant =
  opts.client === 'elastream' && opts.defaults ? 'elastream-defaults' : opts.client === 'input' && opts.stringify ? 'floor' : opts.client
const meta = { scenario: 'bulk-objects', client: variant, version: clientVersion(opts.client), n: opts.n }

await measure(meta, async () => {
  const source = Readable.from(logDocs(opts.n))
  let stats
  if (opts.client === 'input') {
    let docs = 0
    let bytes = 0
    if (opts.stringify) for await (const doc of source) bytes += JSON.stringify(doc).length
    else for await (const doc of source) docs += doc.seq >= 0 ? 1 : 0
    if (opts.stringify) docs = bytes > 0 ? opts.n : 0
    stats = { successful: docs, failed: 0 }
  } else if (opts.client === 'elastream') {
    stats = await mod.bulk(
      client,
      source,
      opts.defaults
        ? { index: opts.index }
        : { index: opts.index, flushBytes: FLUSH_BYTES, flushDocs: FLUSH_DOCS, concurrency: CONCURRENCY },
    )
  } else {
    stats = await client.helpers.bulk({
      datasource: source,
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
