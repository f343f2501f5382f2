// The memory bound and the 'finish' promise, with a fake transport that answers only when told to.
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { Readable, Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import t from 'tap'
import { BulkStream } from '../../src/helpers/bulk/bulk-stream.js'
import type { TransportRequestParams } from '../../src/transport/types.js'

function fakeClient() {
  const pending: Array<{ items: number; bytes: number; resolve: (body: unknown) => void }> = []
  const transport = {
    request(params: TransportRequestParams) {
      const body = params.bulkBody as Buffer
      const items = body.toString().split('\n').length / 2 - 0.5
      return new Promise((resolve) => pending.push({ items, bytes: body.length, resolve }))
    },
  }
  const answerAll = () => {
    for (const p of pending.splice(0)) {
      p.resolve({ errors: false, items: Array.from({ length: p.items }, () => ({ index: { status: 201 } })) })
    }
  }
  return { client: { transport } as never, pending, answerAll }
}

const tick = (ms = 20) => new Promise((r) => setTimeout(r, ms))

t.test(
  'the writable side stops at (concurrency + 1) x flushBytes and resumes when requests are answered',
  async (t) => {
    const { client, pending, answerAll } = fakeClient()
    const flushBytes = 10_000
    const concurrency = 2
    const stream = new BulkStream(client, {
      index: 'i',
      flushBytes,
      concurrency,
      results: 'none',
      flushInterval: 10_000,
    })
    let pulled = 0
    const doc = { pad: 'x'.repeat(950) } // ~1 KB per item with its action line
    const source = Readable.from(
      (function* () {
        for (; pulled < 500; pulled++) yield doc
      })(),
    )
    const done = pipeline(source, stream)
    await tick(100)
    t.equal(pending.length, concurrency, 'concurrency requests in flight')
    const taken = stream.stats.total
    const itemBytes = 1000
    t.ok(
      taken * itemBytes <= (concurrency + 1) * flushBytes + 2 * itemBytes,
      `the stream took ${taken} items (~${taken} KB) for a bound of ${((concurrency + 1) * flushBytes) / 1000} KB`,
    )
    t.ok(
      pulled - taken <= 16 + 1,
      `the source was read only ${pulled - taken} items ahead (writable highWaterMark 16)`,
    )
    let finished = false
    stream.on('finish', () => {
      finished = true
    })
    for (let i = 0; i < 100 && !finished; i++) {
      answerAll()
      await tick(5)
    }
    await done
    t.equal(stream.stats.total, 500)
    t.equal(stream.stats.successful, 500)
  },
)

t.test("'finish' and the pipeline promise wait for the last answer", async (t) => {
  const { client, pending, answerAll } = fakeClient()
  const stream = new BulkStream(client, { index: 'i' })
  let settled = false
  const done = pipeline(
    Readable.from([{ a: 1 }, { a: 2 }]),
    stream,
    new Writable({ objectMode: true, write: (_r, _e, cb) => cb() }),
  ).then(() => {
    settled = true
  })
  await tick(50)
  t.equal(pending.length, 1, 'the request is out')
  t.notOk(settled, 'not finished while Elasticsearch has not answered')
  answerAll()
  await done
  t.ok(settled)
})

t.test('signal: the load stops with an AbortError and the requests in flight are cancelled', async (t) => {
  const signals: AbortSignal[] = []
  const client = {
    transport: {
      request(_params: unknown, options: { signal: AbortSignal }) {
        signals.push(options.signal)
        return new Promise((_resolve, reject) => {
          options.signal.addEventListener('abort', () => reject(options.signal.reason))
        })
      },
    },
  } as never
  const ac = new AbortController()
  const done = pipeline(
    Readable.from(Array.from({ length: 100 }, (_, i) => ({ i }))),
    new BulkStream(client, { index: 'i', flushDocs: 10, signal: ac.signal }),
    new Writable({ objectMode: true, write: (_r, _e, cb) => cb() }),
  )
  await tick(50)
  t.ok(signals.length > 0, 'requests went out')
  ac.abort()
  await t.rejects(done, { name: 'AbortError' })
  t.ok(
    signals.every((s) => s.aborted),
    'every request in flight saw its signal abort',
  )
})

t.test('unread results hold the writable side (with a warning) instead of piling up', async (t) => {
  const client = {
    transport: {
      async request(params: TransportRequestParams) {
        const n = (params.bulkBody as Buffer).toString().split('\n').length / 2 - 0.5
        return {
          errors: false,
          items: Array.from({ length: n }, () => ({ index: { status: 201, _id: 'x' } })),
        }
      },
    },
  } as never
  const warnings: Error[] = []
  const onWarning = (w: Error) => warnings.push(w)
  process.on('warning', onWarning)
  t.teardown(() => {
    process.off('warning', onWarning)
  })
  const stream = new BulkStream(client, { index: 'i', flushDocs: 10, concurrency: 1 })
  const done = pipeline(Readable.from(Array.from({ length: 200 }, (_, i) => ({ i }))), stream)
  await tick(100)
  t.ok(stream.stats.total < 200, `the load waits (${stream.stats.total} taken)`)
  t.ok(stream.readableLength <= 40, `unread results stay bounded (${stream.readableLength})`)
  t.match(warnings, [{ code: 'ELASTREAM_UNREAD_RESULTS' }])
  stream.resume()
  await done
  t.equal(stream.stats.total, 200, 'reading the results lets it finish')
})

t.test('documents are not held while their batch is in flight; a failure gives back an equal document', async (t) => {
  setFlagsFromString('--expose-gc')
  const gc = runInNewContext('gc') as () => void
  const { client, pending } = fakeClient()
  const stream = new BulkStream(client, { index: 'i', flushDocs: 50, results: 'failed', retries: 0 })
  const refs: WeakRef<object>[] = []
  function* docs() {
    for (let i = 0; i < 100; i++) {
      const doc = { i, when: new Date(0), text: 'é🙂' }
      refs.push(new WeakRef(doc))
      yield doc
    }
  }
  const failed: Array<{ item: unknown }> = []
  const sink = new Writable({
    objectMode: true,
    write: (r, _e, cb) => {
      failed.push(r)
      cb()
    },
  })
  const done = pipeline(Readable.from(docs()), stream, sink)
  await tick(100)
  t.equal(pending.length, 2, 'both batches in flight, unanswered')
  for (let i = 0; i < 5; i++) {
    gc()
    await tick(10)
  }
  t.equal(refs.length, 100)
  t.equal(refs.filter((r) => r.deref() !== undefined).length, 0, 'no document is still referenced')
  for (const p of pending.splice(0)) {
    p.resolve({
      errors: true,
      items: Array.from({ length: p.items }, () => ({ index: { status: 400, error: { type: 'x', reason: 'no' } } })),
    })
  }
  await done
  t.equal(failed.length, 100)
  t.same(failed[7]!.item, { i: 7, when: '1970-01-01T00:00:00.000Z', text: 'é🙂' }, 'the document, as JSON gave it')
})
