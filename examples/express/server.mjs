// An Express service around one shared elastream client: a search route, a streamed bulk ingest route, and a
// graceful shutdown on SIGTERM. See examples/README.md.
import { once } from 'node:events'
import { Client } from 'elastream'
import express from 'express'
import { ingest } from '../ingest.mjs'
import { errorAnswer, shutDownOnSigterm, shutdownTimeout } from '../service.mjs'

const timeout = shutdownTimeout()
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
    const answer = await ingest(client, req.params.index, req)
    // A 400 or a 503 leaves the rest of the upload unread: the connection closes after the answer.
    if (answer.status !== 200) res.set('connection', 'close')
    res.status(answer.status).json(answer.body)
  } catch (err) {
    next(err)
  }
})

// Last: replaces Express's default error page, which shows the stack trace and file paths.
app.use((err, req, res, _next) => {
  if (res.headersSent || req.socket.destroyed) return // the client went away: no one to answer
  const answer = errorAnswer(err)
  res.status(answer.status).json(answer.body)
})

const server = app.listen(Number(process.env.PORT ?? 3000), '127.0.0.1')
await once(server, 'listening')
console.log(`listening ${server.address().port}`)

shutDownOnSigterm({
  // close(): stop accepting and wait for in-flight requests (idle keep-alive sockets are closed at once,
  // Node >= 19).
  close: () => new Promise((resolve) => server.close(() => resolve())),
  closeAllConnections: () => server.closeAllConnections(),
  client,
  timeout,
})
