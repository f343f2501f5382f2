// Bundled with esbuild into one file, then run from a folder with no node_modules: the bundle must carry
// everything elastream needs (undici's parts are imported by path, which esbuild follows).
import { Client } from 'elastream'

const client = new Client({ node: process.env.ELASTICSEARCH_URL ?? 'http://127.0.0.1:9200' })
const index = `elastream-bundle-${process.pid}`
await client.index({ index, id: '1', document: { ok: true }, refresh: true })
const res = await client.search({ index })
await client.indices.delete({ index })
await client.close()
if (res.hits.hits.length !== 1) throw new Error(`bundle: wanted 1 hit, got ${res.hits.hits.length}`)
console.log('esbuild bundle: search ok')
