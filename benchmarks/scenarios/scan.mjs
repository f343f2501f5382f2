// Scenario (c): read every document of an index of N documents, 1000 per page.
// elastream: scan() (point in time + search_after by default, --mode scroll for
// the same protocol as the peers); official: helpers.scrollDocuments.
import { clientVersion, loadClient, measure, options } from '../common/harness.mjs'

const PAGE = 1000
// --hwm: elastream's highWaterMark (hits buffered before the next page is
// fetched); default 16, as shipped. Used to test the read-ahead explanation.
const opts = options({ mode: { type: 'string', default: 'pit' }, hwm: { type: 'string' } })
const { mod, client } = await loadClient(opts.client, opts.url)
const variant =
  opts.client === 'elastream' ? `elastream-${opts.mode}${opts.hwm ? `-hwm${opts.hwm}` : ''}` : 'official'
const meta = { scenario: 'scan', client: variant, version: clientVersion(opts.client), n: opts.n }

await measure(meta, async () => {
  let docs = 0
  let bytesSeen = 0
  if (opts.client === 'elastream') {
    const stream = mod.scan(client, {
      index: opts.index,
      size: PAGE,
      ...(opts.mode === 'scroll' ? { scroll: '1m' } : {}),
      ...(opts.hwm ? { highWaterMark: Number(opts.hwm) } : {}),
    })
    for await (const hit of stream) {
      docs++
      // Touch the document so a lazy implementation cannot skip the work.
      if (hit._source.seq === -1) bytesSeen++
    }
  } else {
    for await (const doc of client.helpers.scrollDocuments({ index: opts.index, size: PAGE })) {
      docs++
      if (doc.seq === -1) bytesSeen++
    }
  }
  if (docs !== opts.n) throw new Error(`expected ${opts.n} docs, scanned ${docs}`)
  return { docs, touched: bytesSeen }
})
await client.close()
