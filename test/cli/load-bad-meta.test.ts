// elastream load with lines whose metadata the node would refuse (issue 22, item 2): the bad line is reported
// alone, by its number, and the 999 other lines of its batch load; a dump of search hits exported with
// `version: true` and `seq_no_primary_term: true` loads whole.
import t from 'tap'
import { count, drop, es } from '../support/es-direct.js'
import { runCli, uniqueName } from '../support/run-cli.js'
import { esUrl } from '../support/es-url.js'

const env = { ELASTICSEARCH_URL: esUrl }

t.test('a line with metadata the node refuses fails alone; the other 999 lines of its batch load', async (t) => {
  const index = uniqueName('load-bad-meta')
  t.teardown(() => drop(index))
  let input = ''
  for (let i = 1; i <= 1000; i++) {
    input +=
      i === 500
        ? `{"_id":"d${i}","_version":2,"_version_type":"bogus","_source":{"n":${i}}}\n`
        : `{"_id":"d${i}","_source":{"n":${i}}}\n`
  }
  const r = await runCli(['load', '-', '--index', index], { env, stdin: input })
  t.equal(r.code, 1, 'exit 1: a line failed')
  t.match(r.stderr, /loaded 999 documents/)
  t.match(r.stderr, /line 500\b.*"_version_type" must be one of "internal", "external", "external_gte", got "bogus"/)
  t.notMatch(r.stderr.replace(/line 500\b/g, ''), /line \d+/, 'no other line blamed')
  t.equal(await count(index), 999)
})

t.test('a dump of search hits exported with version and seq_no_primary_term loads 10 of 10', async (t) => {
  const source = uniqueName('load-hits-src')
  const index = uniqueName('load-hits')
  t.teardown(async () => {
    await drop(source)
    await drop(index)
  })
  for (let round = 0; round < 2; round++) {
    let body = ''
    for (let i = 0; i < 10; i++) body += `{"index":{"_index":"${source}","_id":"h${i}"}}\n{"n":${i},"round":${round}}\n`
    await es('POST', '/_bulk?refresh=true', body)
  }
  const res = await es('POST', `/${source}/_search`, { size: 10, version: true, seq_no_primary_term: true })
  const lines = res.hits.hits.map((h: unknown) => `${JSON.stringify(h)}\n`).join('')
  t.match(lines, /"_version":2/)
  t.match(lines, /"_seq_no":/)
  const r = await runCli(['load', '-', '--index', index], { env, stdin: lines })
  t.equal(r.code, 0, r.stderr)
  t.match(r.stderr, /loaded 10 documents/)
  t.equal(await count(index), 10)
})
