// Endpoints whose answer has no body (logstash.putPipeline, cluster.postVotingConfigExclusions, ...) resolve to
// '', and their generated response types say so (the official client types them `boolean`, which only HEAD
// endpoints resolve to). A local server answers as Elasticsearch documents these endpoints: 201/200, empty.
import t from 'tap'
import { Client, type estypes } from '../../src/index.js'
import { startServer } from '../fixtures/servers.js'

t.test('an endpoint answering an empty body resolves to its response type, the empty string', async (t) => {
  const server = await startServer((_req, res) => {
    res.writeHead(201, { 'x-elastic-product': 'Elasticsearch', 'content-type': 'application/json' })
    res.end()
  })
  const client = new Client({ node: server.url })
  t.teardown(async () => {
    await client.close()
    await server.close()
  })
  const answer: unknown = await client.logstash.putPipeline({
    id: 'p',
    pipeline: {
      description: '',
      last_modified: '2026-01-01T00:00:00.000Z',
      pipeline: 'input {}',
      pipeline_metadata: { type: 'logstash_pipeline', version: '1' },
      pipeline_settings: {},
      username: 'u',
    },
  })
  const typed: estypes.LogstashPutPipelineResponse = ''
  t.equal(answer, typed)
  t.ok(
    server.requests.some((r) => r.method === 'PUT' && r.url === '/_logstash/pipeline/p'),
    'PUT /_logstash/pipeline/p',
  )
})
