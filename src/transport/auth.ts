/**
 * The three ways Elasticsearch authenticates a request, turned into one `authorization` header value. The
 * fourth kind, `{ aws }`, signs each request instead (aws/aws-auth.ts).
 */
import { ConfigurationError } from '../errors.js'
import type { AwsAuth } from './aws/aws-auth.js'

export interface BasicAuth {
  username: string
  password: string
}
export interface ApiKeyAuth {
  /** The encoded key (as returned in `encoded` by the create API key API), or its `id` and `api_key`. */
  apiKey: string | { id: string; api_key: string }
}
export interface BearerAuth {
  /** An OAuth2 / service account token. */
  bearer: string
}
export type AuthOptions = BasicAuth | ApiKeyAuth | BearerAuth | AwsAuth

/** Builds the `authorization` header; `option` names the option in the error message. */
export function authorizationHeader(auth: unknown, option = 'auth'): string {
  if (auth === null || typeof auth !== 'object') {
    throw new ConfigurationError(
      `${option} must be { username, password }, { apiKey } or { bearer }, got ${kind(auth)}`,
    )
  }
  const keys = Object.keys(auth)
  const a = auth as Record<string, unknown>
  if ('apiKey' in a) {
    onlyKeys(keys, ['apiKey'], option)
    const key = a.apiKey
    if (typeof key === 'string' && key.length > 0) return `ApiKey ${key}`
    if (key !== null && typeof key === 'object') {
      const { id, api_key } = key as Record<string, unknown>
      if (typeof id === 'string' && typeof api_key === 'string') {
        return `ApiKey ${Buffer.from(`${id}:${api_key}`).toString('base64')}`
      }
    }
    throw new ConfigurationError(
      `${option}.apiKey must be a non-empty string or { id, api_key }, got ${kind(key)}`,
    )
  }
  if ('bearer' in a) {
    onlyKeys(keys, ['bearer'], option)
    if (typeof a.bearer === 'string' && a.bearer.length > 0) return `Bearer ${a.bearer}`
    throw new ConfigurationError(`${option}.bearer must be a non-empty string, got ${kind(a.bearer)}`)
  }
  if ('username' in a || 'password' in a) {
    onlyKeys(keys, ['username', 'password'], option)
    if (typeof a.username !== 'string' || a.username.length === 0) {
      throw new ConfigurationError(`${option}.username must be a non-empty string, got ${kind(a.username)}`)
    }
    // The password is never echoed back, not even its type, in case a secret was passed in the wrong field.
    if (typeof a.password !== 'string') throw new ConfigurationError(`${option}.password must be a string`)
    return basic(a.username, a.password)
  }
  throw new ConfigurationError(
    `${option} must have username/password, apiKey or bearer; got keys [${keys.join(', ')}]`,
  )
}

export function basic(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`
}

function onlyKeys(keys: string[], allowed: string[], option: string): void {
  for (const key of keys) {
    if (!allowed.includes(key)) {
      throw new ConfigurationError(
        `${option} cannot combine ${allowed.join('/')} with "${key}": pick one kind of auth`,
      )
    }
  }
}

function kind(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return typeof value
}
