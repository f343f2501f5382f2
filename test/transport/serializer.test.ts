import t from 'tap'
import { DeserializationError, SerializationError } from '../../src/errors.js'
import { parseJson, serializeJson, serializeNdjson } from '../../src/transport/serializer.js'

t.test('JSON: objects stringified once, strings and Buffers untouched', async (t) => {
  t.equal(serializeJson({ a: 1 }), '{"a":1}')
  const text = '{"already":"json"}'
  t.equal(serializeJson(text), text, 'same string')
  const buffer = Buffer.from('{"b":2}')
  t.equal(serializeJson(buffer), buffer, 'same Buffer instance')
  const u8 = new Uint8Array([0x7b, 0x7d])
  t.equal(String(serializeJson(u8)), '{}', 'a Uint8Array is wrapped without copying')
})

t.test('JSON: circular, BigInt and undefined bodies are SerializationErrors', async (t) => {
  const circular: Record<string, unknown> = {}
  circular.self = circular
  t.throws(() => serializeJson(circular), SerializationError)
  t.throws(() => serializeJson({ n: 1n }), SerializationError)
  t.throws(() => serializeJson(() => 1), SerializationError)
})

t.test('NDJSON: one line per item, newline added only when missing', async (t) => {
  t.equal(serializeNdjson([{ index: {} }, { a: 1 }]), '{"index":{}}\n{"a":1}\n')
  t.equal(serializeNdjson(['{"a":1}', '{"b":2}\n']), '{"a":1}\n{"b":2}\n')
  t.equal(serializeNdjson('{"a":1}'), '{"a":1}\n')
  t.equal(serializeNdjson('{"a":1}\n'), '{"a":1}\n')
  const whole = Buffer.from('{"a":1}\n')
  t.equal(serializeNdjson(whole), whole, 'a complete Buffer is not copied')
  t.equal(String(serializeNdjson(Buffer.from('{"a":1}'))), '{"a":1}\n')
})

t.test('NDJSON: Buffers mixed with objects and strings keep their order', async (t) => {
  const out = serializeNdjson([
    { index: { _id: 1 } },
    Buffer.from('{"x":1}'),
    'raw',
    Buffer.from('{"y":2}\n'),
    { z: 3 },
  ])
  t.ok(Buffer.isBuffer(out))
  t.equal(String(out), '{"index":{"_id":1}}\n{"x":1}\nraw\n{"y":2}\n{"z":3}\n')
})

t.test('NDJSON: a bad line names its position', async (t) => {
  t.throws(() => serializeNdjson([{ ok: 1 }, { n: 2n }]), { name: 'SerializationError', message: /line 2/ })
  t.throws(() => serializeNdjson(42 as never), SerializationError)
})

t.test('parse: JSON, poisoned keys refused, errors carry status and a bounded body', async (t) => {
  t.same(parseJson('{"a":[1,2]}', 200), { a: [1, 2] })
  t.throws(() => parseJson('{"__proto__":{"x":1}}', 200), DeserializationError)
  t.throws(() => parseJson('{"a":{"constructor":{"prototype":{"x":1}}}}', 200), DeserializationError)
  const long = `{${'x'.repeat(5000)}`
  try {
    parseJson(long, 502)
    t.fail('should throw')
  } catch (error) {
    t.type(error, DeserializationError)
    t.equal((error as DeserializationError).statusCode, 502)
    t.ok(((error as DeserializationError).body?.length ?? 0) < 2100, 'body excerpt is bounded')
  }
})
