import t from 'tap'
import { drop, esUrl, seed } from '../support/es-direct.js'
import { fakeElasticsearch, runCli, uniqueName } from '../support/run-cli.js'

const env = { ELASTICSEARCH_URL: esUrl }

t.test('count prints the number alone on stdout', async (t) => {
  const index = uniqueName('count')
  await seed(index, 37)
  t.teardown(() => drop(index))
  const all = await runCli(['count', index], { env })
  t.equal(all.code, 0, all.stderr)
  t.equal(all.stdout, '37\n')
  const even = await runCli(['count', index, '--query', '{"term":{"even":true}}'], { env })
  t.equal(even.stdout, '19\n')
  const missing = await runCli(['count', `${index}-missing`], { env })
  t.equal(missing.code, 5)
  t.match(missing.stderr, /index "\S+-missing" does not exist/)
})

t.test('info against the real node (its GET / may answer 405: falls back to _nodes/_local)', async (t) => {
  const r = await runCli(['info', '--json'], { env })
  t.equal(r.code, 0, r.stderr)
  const info = JSON.parse(r.stdout)
  t.match(info.version, /^\d+\.\d+\.\d+/)
  t.type(info.cluster, 'string')
  t.match(info.status, /^(green|yellow|red)$/)
  t.ok(info.nodes >= 1)
  const text = await runCli(['info'], { env })
  t.match(text.stdout, new RegExp(`^version  ${info.version.replace(/\./g, '\\.')}$`, 'm'))
})

t.test('info uses GET / where it exists, and the fallback where it answers 405', async (t) => {
  for (const rootStatus of [200, 405]) {
    const fake = await fakeElasticsearch((req, res) => {
      res.setHeader('content-type', 'application/json')
      if (req.url === '/') {
        res.statusCode = rootStatus
        res.end(
          rootStatus === 200
            ? JSON.stringify({ name: 'root-node', cluster_name: 'from-root', version: { number: '9.1.0' } })
            : JSON.stringify({
                error: 'Incorrect HTTP method for uri [/] and method [GET], allowed: [HEAD]',
                status: 405,
              }),
        )
      } else if (req.url?.startsWith('/_nodes/_local')) {
        res.end(
          JSON.stringify({
            cluster_name: 'from-nodes',
            nodes: { abc: { name: 'nodes-node', version: '9.2.0' } },
          }),
        )
      } else if (req.url?.startsWith('/_cluster/health')) {
        res.end(JSON.stringify({ cluster_name: 'from-health', status: 'yellow', number_of_nodes: 3 }))
      } else {
        res.statusCode = 404
        res.end('{}')
      }
    })
    t.teardown(() => fake.close())
    const r = await runCli(['info', '--json', '--node', fake.url], { env })
    t.equal(r.code, 0, r.stderr)
    const info = JSON.parse(r.stdout)
    if (rootStatus === 200)
      t.match(info, { cluster: 'from-root', version: '9.1.0', node: 'root-node', source: 'root' })
    else t.match(info, { cluster: 'from-nodes', version: '9.2.0', node: 'nodes-node', source: 'nodes' })
    t.match(info, { status: 'yellow', nodes: 3 })
  }
})
