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

t.test("prototypeKeys: 'error' names the option, 'remove' drops the keys, 'keep' keeps own data properties", async (t) => {
  const text = '{"a":1,"__proto__":{"polluted":true},"b":{"constructor":{"prototype":{"x":1}}}}'
  t.throws(() => parseJson(text, 200), {
    name: 'DeserializationError',
    message: /__proto__ or constructor\.prototype key .*prototypeKeys to 'keep' or 'remove'/,
  })
  t.throws(() => parseJson(text, 200, 'error'), DeserializationError)
  const removed = parseJson(text, 200, 'remove') as Record<string, any>
  t.same(Object.keys(removed), ['a', 'b'])
  t.notOk(Object.hasOwn(removed, '__proto__'))
  t.notOk(Object.hasOwn(removed.b, 'constructor'))
  const kept = parseJson(text, 200, 'keep') as Record<string, any>
  t.ok(Object.hasOwn(kept, '__proto__'), 'an own data property')
  t.equal(Object.getPrototypeOf(kept), Object.prototype, 'the prototype is untouched')
  t.equal(({} as Record<string, unknown>).polluted, undefined, 'nothing polluted')
  t.equal(JSON.stringify(kept), text, 'serializes back as it came')
})

t.test('prototypeKeys option is checked: a typo is a ConfigurationError naming it', async (t) => {
  const { prototypeKeysOption } = await import('../../src/transport/serializer.js')
  t.equal(prototypeKeysOption(undefined), 'error', 'the default')
  t.equal(prototypeKeysOption('keep'), 'keep')
  t.throws(() => prototypeKeysOption('ignore'), { name: 'ConfigurationError', message: /prototypeKeys .*"ignore"/ })
})
