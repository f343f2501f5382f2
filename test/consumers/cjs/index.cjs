// A CommonJS project: require('elastream') (Node.js >= 22.12 loads an ES module through require()).
const assert = require('node:assert/strict')
const { Client, bulkStream, ConfigurationError } = require('elastream')
const { mockServer, reply } = require('elastream/testing')

const client = new Client({ node: process.env.ELASTICSEARCH_URL ?? 'http://127.0.0.1:9200' })
assert.equal(typeof client.search, 'function')
assert.equal(typeof bulkStream, 'function')
assert.throws(() => new Client({ node: 'http://127.0.0.1:9200', requestTimeout: -1 }), ConfigurationError)
client
  .close()
  .then(async () => {
    const mock = await mockServer()
    const mocked = new Client({ node: mock.url })
    mock.add({ method: 'GET', path: '/_cluster/health' }, reply(200, { status: 'green' }))
    assert.equal((await mocked.cluster.health()).status, 'green')
    await mocked.close()
    await mock.close()
  })
  .then(() => console.log('cjs: require(elastream) and require(elastream/testing) ok'))
