/**
 * Endpoints that Elasticsearch serves with POST (a query body) but that change nothing: repeating one after a
 * lost answer is as safe as repeating a GET, so the transport retries them like a GET (see
 * `TransportRequestParams.idempotent`). Without this list every search sent with a body would lose its
 * retries, since POST is not idempotent in general.
 *
 * Deliberately absent, although they only read: `scroll` and `sql.query` (a repeated request after a lost
 * answer moves the server-side cursor on, so a page would be skipped), and the async submits
 * (`async_search.submit`, `esql.async_query`, `eql.search`), which start a task per call.
 */
export const READ_ONLY_ENDPOINTS: ReadonlySet<string> = new Set([
  'count',
  'explain',
  'field_caps',
  'fleet.msearch',
  'fleet.search',
  'graph.explore',
  'indices.analyze',
  'indices.validate_query',
  'knn_search',
  'mget',
  'msearch',
  'msearch_template',
  'mtermvectors',
  // Opens a new point in time per call; a repeat costs one more context that expires on its own keep_alive.
  'open_point_in_time',
  'rank_eval',
  'render_search_template',
  'rollup.rollup_search',
  'search',
  'search_application.search',
  'search_mvt',
  'search_shards',
  'search_template',
  'security.has_privileges',
  'security.query_api_keys',
  'security.query_role',
  'security.query_user',
  'terms_enum',
  'termvectors',
  'esql.query',
])
