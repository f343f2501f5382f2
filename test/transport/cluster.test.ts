// Round robin and failover over a real multi-node cluster: the nodes of ELASTICSEARCH_URLS (comma separated),
// which `npm test` and CI always set to their 3-node cluster. Fewer than 2 is a broken setup, not a reason
// to pass: the file fails loudly instead of skipping.
import t from 'tap'
import { Client } from '../../src/client.js'
import { closedPort } from '../support/local-servers.js'

const urls = (process.env.ELASTICSEARCH_URLS ?? '')
  .split(',')
  .map((url) => url.trim())
  .filter((url) => url !== '')

if (urls.length < 2) {
  throw new Error(
    `test/transport/cluster.test.ts needs ELASTICSEARCH_URLS with 2+ nodes (got ${urls.length}): ` +
      'run it through npm test, or set ELASTICSEARCH_URLS=http://127.0.0.1:9200,http://127.0.0.1:9201,...',
  )
}

const client = new Client({ nodes: urls })
t.teardown(() => client.close())

/** The id of the node that answered, read from `GET /_nodes/_local`. */
async function answeredBy(c: Client): Promise<string> {
  const body = (await c.transport.request({ method: 'GET', path: '/_nodes/_local/http' })) as {
    nodes: Record<string, unknown>
  }
  return Object.keys(body.nodes)[0] as string
}

t.test(`round robin over ${urls.length} real nodes`, async (t) => {
  const seen: string[] = []
  for (let i = 0; i < urls.length * 2; i++) seen.push(await answeredBy(client))
  const first = seen.slice(0, urls.length)
  t.equal(new Set(first).size, urls.length, 'each node answered once per round')
  t.same(seen.slice(urls.length), first, 'the second round repeats the order')
})

t.test('failover: a closed port among the nodes, every request still answered', async (t) => {
  const dead = `http://127.0.0.1:${await closedPort()}`
  const withDead = new Client({
    nodes: [urls[0] as string, dead, ...urls.slice(1)],
    resurrectBackoff: 60_000,
  })
  t.teardown(() => withDead.close())
  const seen = new Set<string>()
  for (let i = 0; i < urls.length * 3; i++) seen.add(await answeredBy(withDead))
  t.equal(seen.size, urls.length, 'every live node served')
  t.equal(
    withDead.transport.pool.connections.find((c) => c.id === `${dead}/`)?.isAlive,
    false,
    'the closed port is dead',
  )
})

t.test('sniffing finds every node of the cluster from one seed', async (t) => {
  const seeded = new Client({ node: urls[0] as string })
  t.teardown(() => seeded.close())
  const found = await seeded.transport.sniff()
  t.same(
    [...found].sort(),
    urls.map((url) => new URL(url).href).sort(),
    'the sniffed publish addresses are the started nodes',
  )
})
