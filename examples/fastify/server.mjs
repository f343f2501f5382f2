// A Fastify service around one shared elastream client: a search route, a streamed bulk ingest route, and a
// graceful shutdown on SIGTERM. See examples/README.md.
import { Client } from 'elastream'
import Fastify from 'fastify'
import { ingest } from '../ingest.mjs'
import { errorAnswer, shutDownOnSigterm, shutdownTimeout } from '../service.mjs'

const timeout = shutdownTimeout()
const client = new Client({ node: process.env.ELASTICSEARCH_URL ?? 'http://127.0.0.1:9200' })
const app = Fastify()

// Leave NDJSON bodies unread: the route streams them instead of Fastify buffering them whole.
app.addContentTypeParser('application/x-ndjson', (_request, _payload, done) => done(null))

app.setErrorHandler((err, _request, reply) => {
  const answer = errorAnswer(err)
  reply.code(answer.status).send(answer.body)
})

app.get('/search', async (request) => {
  const { index, q } = request.query
  const res = await client.search({ index, q, size: 10 })
  return { total: res.hits.total.value, hits: res.hits.hits.map((hit) => hit._source) }
})

app.post('/ingest/:index', async (request, reply) => {
  const answer = await ingest(client, request.params.index, request.raw)
  // A 400 or a 503 leaves the rest of the upload unread: the connection closes after the answer.
  if (answer.status !== 200) reply.header('connection', 'close')
  return reply.code(answer.status).send(answer.body)
})

const address = await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT ?? 3000) })
console.log(`listening ${new URL(address).port}`)

shutDownOnSigterm({
  // close(): stop accepting, wait for in-flight requests.
  close: () => app.close(),
  closeAllConnections: () => app.server.closeAllConnections(),
  client,
  timeout,
})
