import t from 'tap'
import { parseSniffedNodes, publishAddressToUrl } from '../../src/transport/sniffer.js'

t.test('publish_address forms', async (t) => {
  t.equal(publishAddressToUrl('127.0.0.1:9200', 'http:'), 'http://127.0.0.1:9200/')
  t.equal(
    publishAddressToUrl('es-1.example/10.0.0.5:9243', 'https:'),
    'https://es-1.example:9243/',
    'hostname preferred',
  )
  t.equal(publishAddressToUrl('[::1]:9200', 'http:'), 'http://[::1]:9200/')
  t.equal(publishAddressToUrl('/10.0.0.5:9200', 'http:'), 'http://10.0.0.5:9200/')
  t.equal(publishAddressToUrl('nonsense', 'http:'), undefined)
  t.equal(publishAddressToUrl('host:notaport', 'http:'), undefined)
})

t.test('nodes: dedicated masters and nodes without http are skipped, duplicates merged', async (t) => {
  const urls = parseSniffedNodes(
    {
      nodes: {
        a: { roles: ['data', 'master'], http: { publish_address: '127.0.0.1:9200' } },
        b: { roles: ['master'], http: { publish_address: '127.0.0.1:9201' } },
        c: { roles: ['ingest'], http: { publish_address: '127.0.0.1:9200' } },
        d: { roles: ['data'] },
      },
    },
    'http:',
  )
  t.same(urls, ['http://127.0.0.1:9200/'])
  t.same(parseSniffedNodes(null, 'http:'), [])
  t.same(parseSniffedNodes({ nodes: 'x' }, 'http:'), [])
})
