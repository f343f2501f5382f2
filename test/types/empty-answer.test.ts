// Endpoints whose answer has no body (cluster.postVotingConfigExclusions, logstash.putPipeline, ...) resolve to
// '', and their generated response types say so (the official client types them `boolean`, which only HEAD
// endpoints resolve to). A local server answers as Elasticsearch documents these endpoints: 200, empty (changing
// voting exclusions on the shared node would change cluster-wide state).
import t from 'tap'
import { Client, type estypes } from '../../src/index.js'
import { startServer } from '../support/local-servers.js'

t.test('an endpoint answering an empty body resolves to its response type, the empty string', async (t) => {
  const server = await startServer((_req, res) => {
    res.writeHead(200, { 'x-elastic-product': 'Elasticsearch', 'content-type': 'application/json' })
    res.end()
  })
  const client = new Client({ node: server.url })
  t.teardown(async () => {
    await client.close()
    await server.close()
  })
  const answer: unknown = await client.cluster.postVotingConfigExclusions({ node_names: 'node-1' })
  const typed: estypes.ClusterPostVotingConfigExclusionsResponse = ''
  t.equal(answer, typed)
  t.ok(
    server.requests.some((r) => r.method === 'POST' && r.url === '/_cluster/voting_config_exclusions?node_names=node-1'),
    'POST /_cluster/voting_config_exclusions?node_names=node-1',
  )
})
