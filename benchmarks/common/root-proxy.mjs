// A pass-through proxy in front of a real node that answers `GET /` itself. The integration-test distribution
// of Elasticsearch answers `GET /` with 405, and elasticdump reads the server's version there before anything
// else; every tool of a comparison goes through the same proxy, so none gets a shorter path.
import { createServer, request } from 'node:http'

const INFO = JSON.stringify({
  name: 'bench',
  cluster_name: 'elastream-bench',
  version: { number: '9.5.3', build_flavor: 'default', lucene_version: '10.3.0' },
  tagline: 'You Know, for Search',
})

/** Starts the proxy on a free loopback port; resolves to its URL and a close(). */
export async function startRootProxy(nodeUrl) {
  const node = new URL(nodeUrl)
  const proxy = createServer((req, res) => {
    if (req.method === 'GET' && (req.url === '/' || req.url?.startsWith('/?'))) {
      res.writeHead(200, { 'content-type': 'application/json', 'x-elastic-product': 'Elasticsearch' })
      res.end(INFO)
      return
    }
    const upstream = request(
      // No upstream keep-alive: a pooled socket the node closed meanwhile cut a request in the middle (seen on
      // Node 26), and a fresh loopback connection per request costs every tool the same.
      { host: node.hostname, port: node.port, method: req.method, path: req.url, headers: req.headers, agent: false },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      },
    )
    upstream.on('error', (err) => res.destroy(err))
    req.pipe(upstream)
  })
  await new Promise((resolve) => proxy.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${proxy.address().port}`,
    close: () => new Promise((resolve) => proxy.close(resolve)),
  }
}
