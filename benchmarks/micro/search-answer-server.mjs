// The answering server of the transport micro-benchmarks: every request, whatever its path and body, gets the
// same small search answer with the headers Elasticsearch sends, so that what differs between runs is the
// client's own work. It runs in a child process of its own, so that answering takes no CPU from the client
// being measured, and it is stopped on every way out of the benchmark (its end, an error, Ctrl-C).
import { spawn } from 'node:child_process'

const SERVER = `
const http = require('node:http')
const body = JSON.stringify({ took: 1, timed_out: false, hits: { total: { value: 1 }, hits: [{ _id: '1', _source: { a: 1, b: 'hello' } }] } })
http.createServer((req, res) => {
  req.resume()
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/json', 'x-elastic-product': 'Elasticsearch', 'content-length': Buffer.byteLength(body) })
    res.end(body)
  })
}).listen(0, '127.0.0.1', function () { console.log(this.address().port) })`

/** Starts the server on a free loopback port: its `url`, and `stop()`. */
export async function startSearchAnswerServer() {
  const child = spawn(process.execPath, ['-e', SERVER], { stdio: ['ignore', 'pipe', 'inherit'] })
  const stop = () => child.kill()
  process.on('exit', stop)
  process.once('SIGINT', () => process.exit(130))
  const port = await new Promise((resolve, reject) => {
    child.stdout.once('data', (d) => resolve(String(d).trim()))
    child.once('exit', (code) => reject(new Error(`the answering server exited (${code}) before it listened`)))
  })
  return { url: `http://127.0.0.1:${port}`, stop }
}
