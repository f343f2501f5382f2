/**
 * The real servers the shared suites run against: the Elasticsearch cluster and the OpenSearch node that
 * `npm test` starts (or ELASTICSEARCH_URL / OPENSEARCH_URL). A suite written once runs on each through
 * `onEachServer`, with the server's name in every test name.
 */
import { readFileSync } from 'node:fs'
import type { Test } from 'tap'
import { esUrl } from './es-url.js'

export interface RealServer {
  product: 'elasticsearch' | 'opensearch'
  /** The pinned version the repo starts (package.json "elastream"). */
  version: string
  url: string
  label: string
}

const pinned = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  elastream: { elasticsearch: string; opensearch: string }
}).elastream

export const osUrl = process.env.OPENSEARCH_URL ?? 'http://127.0.0.1:9250'

export const elasticsearch: RealServer = {
  product: 'elasticsearch',
  version: pinned.elasticsearch,
  url: esUrl,
  label: `Elasticsearch ${pinned.elasticsearch}`,
}

export const opensearch: RealServer = {
  product: 'opensearch',
  version: pinned.opensearch,
  url: osUrl,
  label: `OpenSearch ${pinned.opensearch}`,
}

export const realServers: readonly RealServer[] = [elasticsearch, opensearch]

/** Runs `fn` as one subtest per real server, named `<name> [<server>]`. */
export function onEachServer(
  t: Test,
  name: string,
  fn: (t: Test, server: RealServer) => Promise<void>,
  servers: readonly RealServer[] = realServers,
): void {
  for (const server of servers) t.test(`${name} [${server.label}]`, (tt) => fn(tt, server))
}
