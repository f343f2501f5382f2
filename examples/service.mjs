// What both example services do the same way around their routes: answer an error without showing the
// server's insides, and shut down on SIGTERM within a bound. See README.md.
import { stopUploads } from './ingest.mjs'

/**
 * The answer to a request that failed: the client's own mistake (a malformed URL, a query or an index
 * Elasticsearch refuses) gets its status and a short reason; anything else is a 500 that says no more.
 * Never a stack trace, a file path or a server address: those go to the log (stderr) only.
 */
export function errorAnswer(err) {
  if (err?.name === 'ResponseError' && (err.statusCode === 400 || err.statusCode === 404)) {
    return { status: err.statusCode, body: { error: err.type ?? 'refused by Elasticsearch', reason: err.reason } }
  }
  const status = Number(err?.statusCode ?? err?.status)
  if (err?.name !== 'ResponseError' && status >= 400 && status < 500) {
    // The framework's own refusals (a bad URL encoding, an unsupported content type): written for clients.
    return { status, body: { error: String(err.message) } }
  }
  console.error(err)
  return { status: 500, body: { error: 'internal error' } }
}

/**
 * How long a shutdown lets requests in flight run: SHUTDOWN_TIMEOUT_MS, default 10 s. Read at start, so a
 * bad value stops the service before it serves anything.
 */
export function shutdownTimeout() {
  const text = process.env.SHUTDOWN_TIMEOUT_MS ?? '10000'
  const ms = Number(text)
  if (text.trim() === '' || !Number.isInteger(ms) || ms < 0) {
    throw new Error(`SHUTDOWN_TIMEOUT_MS must be a whole number of milliseconds, got ${JSON.stringify(text)}`)
  }
  return ms
}

/**
 * On SIGTERM: `close()` stops accepting connections and resolves when the requests in flight are answered;
 * then the client is closed and the process ends by itself. A slow upload must not hold that up forever:
 * after `timeout` ms, uploads still running stop reading, write what they read and answer 503 with their
 * counts. If something is still open `timeout` ms later again (Elasticsearch not answering), the connections
 * are cut and the process exits with code 1.
 */
export function shutDownOnSigterm({ close, closeAllConnections, client, timeout }) {
  process.once('SIGTERM', async () => {
    const soft = setTimeout(() => {
      stopUploads()
      setTimeout(() => {
        console.error(`shutdown: requests still open ${2 * timeout} ms after SIGTERM: connections closed, exiting`)
        closeAllConnections()
        process.exit(1)
      }, timeout).unref()
    }, timeout)
    // Unref'd: the timer alone does not keep the process alive once everything else is closed.
    soft.unref()
    await close()
    clearTimeout(soft)
    await client.close()
  })
}
