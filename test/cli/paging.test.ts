/**
 * Which servers `dump` pages with scroll rather than a point in time, by version (paging.ts). Elasticsearch
 * 7.10+ without X-Pack is told by its answer, on the real 7.10.2 node in backup-es7.test.ts.
 */
import t from 'tap'
import { pagingOfVersion } from '../../src/cli/dump/paging.js'

t.test('a point in time where the version has one that pages without losing hits', async (t) => {
  for (const server of [
    { name: 'elasticsearch', version: '9.5.3' },
    { name: 'elasticsearch', version: '8.0.0' },
    { name: 'opensearch', version: '3.3.0' },
    { name: 'opensearch', version: '3.8.0' },
    { name: 'opensearch', version: '4.0.0' },
    // No version known (GET / did not say): as before, the server's own answer is the judge.
    { name: 'elasticsearch', version: undefined },
  ] as const) {
    t.same(pagingOfVersion(server), { kind: 'pit' }, `${server.name} ${server.version}`)
  }
  t.same(pagingOfVersion(undefined), { kind: 'pit' })
})

t.test('scroll for the versions without, saying why; Elasticsearch 7.10 to 7.17 is asked', async (t) => {
  t.same(pagingOfVersion({ name: 'elasticsearch', version: '7.9.3' }), {
    kind: 'scroll',
    why: 'Elasticsearch 7.9.3 has no point in time (7.10+ has)',
  })
  t.match(pagingOfVersion({ name: 'elasticsearch', version: '6.8.23' }), { kind: 'scroll' })
  t.same(pagingOfVersion({ name: 'opensearch', version: '2.19.1' }), {
    kind: 'scroll',
    why: 'OpenSearch 2.19.1 cannot page a point in time without losing hits (3.3+ can)',
  })
  t.match(pagingOfVersion({ name: 'opensearch', version: '1.3.20' }), { kind: 'scroll' })
  t.match(pagingOfVersion({ name: 'opensearch', version: '3.2.0' }), { kind: 'scroll' })
  t.equal(pagingOfVersion({ name: 'elasticsearch', version: '7.10.2' }), 'ask')
  t.equal(pagingOfVersion({ name: 'elasticsearch', version: '7.17.29' }), 'ask')
})
