// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
/** Query parameters every endpoint accepts. */
export const COMMON_QUERY: readonly string[] = ['error_trace', 'filter_path', 'human', 'pretty']
