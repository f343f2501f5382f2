// An Express service around one shared elastream client: a search route, a streamed bulk ingest route, and a
// graceful shutdown on SIGTERM. See examples/README.md.
import { once } from 'node:events'
import { Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { bulkStream, Client, ndjson } from 'elastream'
import express from 'express'

const client = new Client({ node: process.env.ELASTICSEARCH_URL ?? 'http://127.0.0.1:9200' })
const app = express()

app.get('/search', async (req, res, next) => {
  try {
    const result = await client.search({ index: req.query.index, q: req.query.q, size: 10 })
    res.json({ total: result.hits.total.value, hits: result.hits.hits.map((hit) => hit._source) })
  } catch (err) {
    next(err)
  }
})

// No body parser on this route: req is the upload stream itself.
app.post('/ingest/:index', async (req, res, next) => {
  try {
    const writer = bulkStream(client, { index: req.params.index, results: 'failed' })
    const failures = []
    // req -> lines -> bulk batches: each stage waits for the next, so the upload waits for the cluster.
    await pipeline(
      req,
      ndjson.parse(),
      writer,
      new Writable({
        objectMode: true,
        write(result, _encoding, callback) {
          if (failures.length < 10) failures.push({ id: result.id, error: result.error })
          callback()
        },
      }),
    )
    const { total, successful, failed } = writer.stats
    res.json({ total, successful, failed, failures })
  } catch (err) {
    next(err)
  }
})

const server = app.listen(Number(process.env.PORT ?? 3000), '127.0.0.1')
await once(server, 'listening')
console.log(`listening ${server.address().port}`)

process.once('SIGTERM', () => {
  // close(): stop accepting and wait for in-flight requests (idle keep-alive sockets are closed at once,
  // Node >= 19); then the client, whose sockets end the process.
  server.close(async () => {
    await client.close()
  })
})
