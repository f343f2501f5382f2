// The span status message: an error's words without what stands between quotes or brackets (where
// Elasticsearch and JSON.parse quote document values), and never longer than 400 characters.
import t from 'tap'
import { statusMessage } from '../../src/observability/status-message.js'

t.test('quoted and bracketed text is left out, the words stay', async (t) => {
  const cases: Array<[string, string]> = [
    [
      "document_parsing_exception: [1:8] failed to parse field [age] of type [long] in document with id 'a@b.c'. Preview of field's value: 'SSN 1'",
      "document_parsing_exception: […] failed to parse field […] of type […] in document with id '…'. Preview of field's value: …",
    ],
    ["Preview of field's value: 'it's O'Brien's' and more", "Preview of field's value: …"],
    ['For input string: "SSN \\"quoted\\" 1"', 'For input string: "…"'],
    [`Unexpected token 'S', "SSN 1" is not valid JSON`, `Unexpected token '…', "…" is not valid JSON`],
    ['failed to parse date field [SSN [1]] with format [x]', 'failed to parse date field […] with format […]'],
    ["it doesn't stop at an apostrophe's", "it doesn't stop at an apostrophe's"],
    ['an open quote runs to the end: "SSN 1', 'an open quote runs to the end: "…"'],
    ['connect ECONNREFUSED 127.0.0.1:9200', 'connect ECONNREFUSED 127.0.0.1:9200'],
  ]
  for (const [message, expected] of cases) t.equal(statusMessage(new Error(message)), expected, message)
  t.equal(statusMessage('a thrown string with a [value]'), 'a thrown string with a […]')
  const long = statusMessage(new Error('word '.repeat(200)))
  t.equal(long.length, 400)
  t.ok(long.endsWith('…'))
})
