/**
 * The `tracing` client option and its environment switches, checked once when the client is built.
 *
 * Precedence: the option given in code wins; without it the environment decides; without both tracing is
 * on (it costs nothing until an OpenTelemetry tracer provider is registered, and nothing at all when
 * `@opentelemetry/api` is not installed). The variable names are the ones Elastic's own clients read, so one
 * switch covers every Elasticsearch client in a service.
 */
import { ConfigurationError } from '../errors.js'
import { unknownOptionMessage } from '../options/closest-name.js'
import { rejectOption } from '../options/checks.js'

/** `OTEL_ELASTICSEARCH_ENABLED=false` turns tracing off for clients that do not set `tracing`. */
export const ENV_ENABLED = 'OTEL_ELASTICSEARCH_ENABLED'
/** `OTEL_ELASTICSEARCH_CAPTURE_SEARCH_QUERY=true` turns `captureQuery` on for clients that do not set it. */
export const ENV_CAPTURE_QUERY = 'OTEL_ELASTICSEARCH_CAPTURE_SEARCH_QUERY'

export interface TracingOptions {
  /**
   * Record the body of search-type requests (`search`, `msearch`, `count`, ...) as `db.query.text`, with every
   * literal value replaced by `?` so no document data or secret reaches the trace. Default `false`: even
   * sanitized, a query's shape can be sensitive, and it makes spans larger.
   */
  captureQuery?: boolean
}

/** What a client runs with; `undefined` from resolveTracing means tracing is off. */
export interface TracingSettings {
  captureQuery: boolean
}

const KNOWN = ['captureQuery']

export function resolveTracing(
  option: unknown,
  env: NodeJS.ProcessEnv = process.env,
): TracingSettings | undefined {
  if (option === false) return undefined
  let captureQuery: boolean | undefined
  if (option !== undefined && option !== true) {
    if (option === null || typeof option !== 'object' || Array.isArray(option)) {
      rejectOption('tracing', 'must be false, true or { captureQuery }', option)
    }
    for (const key of Object.keys(option)) {
      if (!KNOWN.includes(key)) {
        throw new ConfigurationError(unknownOptionMessage('tracing option', key, KNOWN))
      }
    }
    const given = (option as TracingOptions).captureQuery
    if (given !== undefined && typeof given !== 'boolean') {
      rejectOption('tracing.captureQuery', 'must be true or false', given)
    }
    captureQuery = given
  } else if (option === undefined && envFlag(env, ENV_ENABLED) === false) {
    return undefined
  }
  return { captureQuery: captureQuery ?? envFlag(env, ENV_CAPTURE_QUERY) ?? false }
}

/** A boolean environment variable: unset or empty = undefined; anything but true/false is an error. */
function envFlag(env: NodeJS.ProcessEnv, name: string): boolean | undefined {
  const raw = env[name]
  if (raw === undefined || raw.trim() === '') return undefined
  const value = raw.trim().toLowerCase()
  if (value === 'true' || value === '1') return true
  if (value === 'false' || value === '0') return false
  throw new ConfigurationError(`The environment variable ${name} must be true or false, got "${raw}"`)
}
