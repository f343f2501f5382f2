// The micro-benchmarks' positional arguments: an empty one is the default, a value that cannot be meant is
// refused by name. Run: node --test benchmarks/test/
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { count, text, url } from '../micro/positional.mjs'

const here = dirname(fileURLToPath(import.meta.url))

test('an empty argument is the default, as a missing one is', () => {
  assert.equal(url(['', '5000'], 0, 'url'), undefined)
  assert.equal(url([], 0, 'url'), undefined)
  assert.equal(count(['', ''], 1, 'requests', 20000), 20000)
  assert.equal(count(['', '5000'], 1, 'requests', 20000), 5000)
  assert.equal(text(['', '', '', ''], 3, '/idx/_search'), '/idx/_search')
})

test('a URL is kept as given', () => {
  assert.equal(url(['http://127.0.0.1:9200'], 0, 'url'), 'http://127.0.0.1:9200')
  assert.equal(url(['https://es.example:9243/prefix'], 0, 'url'), 'https://es.example:9243/prefix')
})

test('what cannot be meant is refused with the name and the value', () => {
  assert.throws(() => url(['127.0.0.1:9200'], 0, 'url'), /url must be an http or https URL, got "127.0.0.1:9200"/)
  assert.throws(() => url(['not a url'], 0, 'url'), /url must be an http or https URL, got "not a url"/)
  assert.throws(() => count(['', 'abc'], 1, 'requests', 1), /requests must be a whole number >= 1, got "abc"/)
  assert.throws(() => count(['', '0'], 1, 'requests', 1), /requests must be a whole number >= 1, got "0"/)
  assert.throws(() => count(['', '2.5'], 1, 'requests', 1), /got "2.5"/)
  assert.throws(() => count(['', '-3'], 1, 'requests', 1), /got "-3"/)
})

test('transport-overhead.mjs refuses a bad argument before it starts its server', () => {
  // The check runs before the official client is loaded, so this needs neither lib/ nor benchmarks/node_modules.
  const r = spawnSync(process.execPath, [join(here, '..', 'micro', 'transport-overhead.mjs'), '', '0'], {
    encoding: 'utf8',
    timeout: 30_000,
  })
  assert.notEqual(r.status, 0)
  assert.match(r.stderr, /requests must be a whole number >= 1, got "0"/)
})
