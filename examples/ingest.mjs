// The streamed NDJSON ingest both example services share: the request body goes line by line into
// bulkStream, and every way it can end gets an answer with the counts of what was written. See README.md.
import { finished, Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { bulkStream, isBadLine, ndjson } from 'elastream'

/** The uploads in progress, for stopUploads(). */
const uploads = new Set()

/**
 * Streams the NDJSON `body` (a request, read as it arrives) into `index`. Resolves to `{ status, body }`:
 * - 200 and `{ total, successful, failed, failures }` when every line was read and every document answered;
 * - 400 and the same counts plus `error` at the first line that is not a JSON object: the lines before it
 *   are written and counted, the rest of the upload is not read;
 * - 503 and the counts plus `error` when stopUploads() stopped it (a shutdown): what was read is written.
 * Rejects only when the client went away or Elasticsearch failed; no one is left to answer then, or the
 * caller answers 500 without details.
 */
export async function ingest(client, index, body) {
  const writer = bulkStream(client, { index, results: 'failed' })
  const failures = []
  // A bad line is passed on as a value, in its place, instead of destroying the parser: every line before
  // it has then reached the writer, so the counts are exact.
  const lines = body.pipe(ndjson.parse({ onBadLine: 'result', objectsOnly: true }))
  // pipe() does not pass on the client going away; without this the upload would wait for it forever.
  finished(body, (err) => {
    if (err) lines.destroy(err)
  })
  const upload = { stopped: false, bad: undefined }
  upload.stop = () => {
    upload.stopped = true
    lines.destroy()
  }
  uploads.add(upload)
  async function* documents() {
    try {
      for await (const doc of lines) {
        if (isBadLine(doc)) {
          upload.bad = doc
          return
        }
        yield doc
      }
    } catch (err) {
      if (!upload.stopped) throw err
    }
  }
  try {
    // lines -> bulk batches: each stage waits for the next, so the upload waits for the cluster.
    await pipeline(
      documents,
      writer,
      new Writable({
        objectMode: true,
        write(result, _encoding, callback) {
          if (failures.length < 10) failures.push({ id: result.id, error: result.error })
          callback()
        },
      }),
    )
  } finally {
    uploads.delete(upload)
  }
  const { total, successful, failed } = writer.stats
  const counts = { total, successful, failed, failures }
  if (upload.bad) {
    // The parser's message names the line and what is wrong with it; nothing about the server.
    return { status: 400, body: { ...counts, error: upload.bad.error.message } }
  }
  if (upload.stopped) {
    const error = 'the service is shutting down: the upload was stopped, the counts say what was written'
    return { status: 503, body: { ...counts, error } }
  }
  return { status: 200, body: counts }
}

/** Stops reading every upload in progress: each writes what it read, then answers 503 with its counts. */
export function stopUploads() {
  for (const upload of uploads) upload.stop()
}
