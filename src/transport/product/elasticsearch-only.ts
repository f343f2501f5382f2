/** The API namespaces only Elasticsearch serves, refused on OpenSearch before anything is sent. */

/**
 * Namespaces of the generated API (Elasticsearch's spec) that OpenSearch does not serve at all: every one of
 * their endpoints answers "no handler found" (or is taken for an index name, `GET /_license` ->
 * invalid_index_name_exception) on OpenSearch 3.8, as test/opensearch/elasticsearch-only.test.ts checks on the
 * real server. OpenSearch's own plugins for the same jobs (SQL, ML, security, rollups, ...) live under
 * `/_plugins/...`, never on these paths. Kept to whole namespaces on purpose: an endpoint in a shared namespace
 * (`indices.*`, `cluster.*`, ...) may or may not exist depending on the version, and the server says so itself.
 */
export const ELASTICSEARCH_ONLY_NAMESPACES: ReadonlySet<string> = new Set([
  'async_search',
  'autoscaling',
  'ccr',
  'connector',
  'encryption',
  'enrich',
  'eql',
  'esql',
  'features',
  'fleet',
  'graph',
  'ilm',
  'inference',
  'license',
  'logstash',
  'migration',
  'ml',
  'monitoring',
  'profiling',
  'query_rules',
  'rollup',
  'search_application',
  'searchable_snapshots',
  'security',
  'shutdown',
  'simulate',
  'slm',
  'sql',
  'ssl',
  'streams',
  'synonyms',
  'text_structure',
  'transform',
  'watcher',
  'xpack',
])

/** Whether the endpoint (`esql.query`) belongs to a namespace only Elasticsearch serves. */
export function isElasticsearchOnly(endpoint: string): boolean {
  const dot = endpoint.indexOf('.')
  return dot > 0 && ELASTICSEARCH_ONLY_NAMESPACES.has(endpoint.slice(0, dot))
}
