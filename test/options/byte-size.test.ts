import t from 'tap'
import { parseByteSize, requireByteSize } from '../../src/options/byte-size.js'

t.test('sizes as numbers and as text with binary units', async (t) => {
  const good: Array<[unknown, number]> = [
    [1048576, 1048576],
    [1, 1],
    ['1048576', 1048576],
    ['1mb', 1024 ** 2],
    ['5MB', 5 * 1024 ** 2],
    ['1GB', 1024 ** 3],
    ['512kb', 512 * 1024],
    ['512KB', 512 * 1024],
    ['5m', 5 * 1024 ** 2],
    ['100b', 100],
    [' 2 mb ', 2 * 1024 ** 2],
    ['1.5kb', 1536],
    ['1.5b', 1],
  ]
  for (const [value, bytes] of good) t.equal(parseByteSize(value), bytes, String(value))
})

t.test('bad sizes are refused with the option and the value', async (t) => {
  const bad: Array<[unknown, string]> = [
    ['5 parsecs', '"5 parsecs"'],
    ['0', '"0"'],
    [0, '0'],
    ['0.5b', '"0.5b"'],
    [-1, '-1'],
    ['-1mb', '"-1mb"'],
    [1.5, '1.5'],
    ['mb', '"mb"'],
    ['1tb', '"1tb"'],
    ['', '""'],
    [null, 'null'],
    [{}, 'an object'],
    ['99999999999gb', '"99999999999gb"'],
  ]
  for (const [value, shown] of bad) {
    t.equal(parseByteSize(value), undefined, String(value))
    t.throws(() => requireByteSize('--split-size', value), {
      name: 'ConfigurationError',
      message: `--split-size must be a size such as 5mb, 512kb or 1048576, got ${shown}`,
    })
  }
  t.equal(requireByteSize('flushBytes', '5mb', 100 * 1024 ** 2), 5 * 1024 ** 2)
  t.throws(() => requireByteSize('flushBytes', '1gb', 100 * 1024 ** 2), {
    message: `flushBytes must be a size of at most ${100 * 1024 ** 2} bytes, got "1gb"`,
  })
})
