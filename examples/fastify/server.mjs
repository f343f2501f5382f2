// A Fastify service around one shared elastream client: a search route, a streamed bulk ingest route, and a
// graceful shutdown on SIGTERM. See examples/README.md.
import { pipeline } from 'node:stream/promises'
import { Writable } from 'node:stream'
import { bulkStream, Client, ndjson } from 'elastream'
import Fastify from 'fastify'

const client = new Client({ node: process.env.ELASTICSEARCH_URL ?? 'http://127.0.0.1:9200' })
const app = Fastify()

// Leave NDJSON bodies unread: the route streams them instead of Fastify buffering them whole.
app.addContentTypeParser('application/x-ndjson', (_request, _payload, done) => done(null))

app.get('/search', async (request) => {
  const { index, q } = request.query
  const res = await client.search({ index, q, size: 10 })
  return { total: res.hits.total.value, hits: res.hits.hits.map((hit) => hit._source) }
})

app.post('/ingest/:index', async (request) => {
  const writer = bulkStream(client, { index: request.params.index, results: 'failed' })
  const failures = []
  // request.raw -> lines -> bulk batches: each stage waits for the next, so the upload waits for the cluster.
  await pipeline(
    request.raw,
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
  return { total, successful, failed, failures }
})

process.once('SIGTERM', async () => {
  // close(): stop accepting, wait for in-flight requests; then the client, whose sockets end the process.
  await app.close()
  await client.close()
})

const address = await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT ?? 3000) })
console.log(`listening ${new URL(address).port}`)
