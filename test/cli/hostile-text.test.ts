/* eslint-disable no-control-regex -- control characters are what these tests look for */
// Text a server sends back (an error reason) reaches the user's terminal on one line, with control
// characters escaped: a newline must not split an error into a second line that can say anything, and ESC
// must not reach the terminal as an escape sequence.
import t from 'tap'
import { truncate } from '../../src/cli/args.js'
import { oneLine } from '../../src/cli/one-line.js'
import { esLike, sendJson, startServer } from '../support/local-servers.js'
import { runCli } from '../support/run-cli.js'

const FORGED = 'bad query\nelastream: loaded 1,000,000 documents into logs\u001b[2J\u001b]0;owned\u0007'

t.test('oneLine and truncate escape control characters', async (t) => {
  t.equal(oneLine('a\nb\r\u001b[31mc\u0000\td\u2028'), 'a\\nb\\r\\u001b[31mc\\u0000 d\\u2028')
  t.equal(oneLine('plain text, é 🙂'), 'plain text, é 🙂', 'printable text is unchanged')
  t.equal(truncate('x\ny', 10), 'x\\ny')
  t.notMatch(truncate(FORGED, 160), /[\n\u001b\u0007]/)
})

t.test('a server error reason with a newline and escape sequences prints as one line', async (t) => {
  const base = esLike('hostile')
  const server = await startServer((req, res, body) => {
    if (req.url?.includes('/_count')) {
      return sendJson(res, 400, { error: { type: 'parsing_exception', reason: FORGED }, status: 400 })
    }
    return base(req, res, body)
  })
  t.teardown(() => server.close())
  const result = await runCli(['count', 'logs', '--node', server.url])
  t.equal(result.code, 1, result.stderr)
  const lines = result.stderr.split('\n').filter((l) => l !== '')
  t.equal(lines.length, 1, `one line on stderr: ${JSON.stringify(result.stderr)}`)
  t.match(lines[0], /^elastream: .*bad query\\nelastream: loaded/)
  t.notMatch(result.stderr, /[\u001b\u0007]/, 'no escape character reaches the terminal')
})
