/**
 * One Client from the connection flags and the environment. Flags win over the environment,
 * and credentials never reach a message: the node is always shown redacted, a key never at all.
 */
import { readFileSync } from 'node:fs'
import { Client } from '../client.js'
import { ConfigurationError } from '../errors.js'
import { rejectOption } from '../options/checks.js'
import { cloudIdToUrl } from '../options/cloud-id.js'
import { redactUrl } from '../redact.js'
import { durationOption, type ParsedArgs } from './args.js'

export const defaultNode = 'http://127.0.0.1:9200'

/** Hosts of Amazon OpenSearch Service domains and OpenSearch Serverless collections: signed without asking. */
const AWS_HOST = /\.(es|aoss)\.amazonaws\.com$/

export interface Connection {
  client: Client
  /** The node URL without credentials, for messages. */
  node: string
}

/**
 * `prefix` selects a second set of flags (`to-` for `reindex --to`); the destination falls back to the
 * source's credentials, which is what copying inside one cluster or between twin clusters needs.
 */
export function connect(values: ParsedArgs['values'], env: NodeJS.ProcessEnv, node?: string): Connection {
  const where = target(values, env, node)
  let parsed: URL
  if (where.cloudId !== undefined) {
    parsed = new URL(cloudUrl(where.cloudId))
  } else {
    const url = where.url
    try {
      parsed = new URL(url)
    } catch {
      rejectOption('--node', 'must be a URL such as http://127.0.0.1:9200', url)
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
      rejectOption('--node', 'must be an http:// or https:// URL', url)
    }
  }
  const options: Record<string, unknown> =
    where.cloudId === undefined ? { node: where.url } : { cloud: { id: where.cloudId.value } }
  const proxy = proxyOption(values, env)
  if (proxy !== undefined) options.proxy = proxy
  const apiKey = (values['api-key'] as string | undefined) ?? env.ELASTICSEARCH_API_KEY
  const user = values.user as string | undefined
  if (apiKey && user) throw new ConfigurationError('--api-key and --user both given: pick one')
  const aws = awsAuth(values, env, parsed, apiKey !== undefined && apiKey !== '' ? '--api-key' : user !== undefined ? '--user' : undefined)
  if (aws !== undefined) {
    options.auth = aws
  } else if (node !== undefined && parsed.username !== '') {
    // `--to https://user:pass@other:9200`: that cluster's own credentials, not the source's flags.
  } else if (apiKey) {
    options.auth = { apiKey }
  } else if (user !== undefined) {
    const colon = user.indexOf(':')
    const username = colon === -1 ? user : user.slice(0, colon)
    const password = colon === -1 ? env.ELASTICSEARCH_PASSWORD : user.slice(colon + 1)
    if (!username)
      throw new ConfigurationError('--user needs a user name (--user NAME or --user NAME:PASSWORD)')
    if (password === undefined) {
      // Never prompt: a prompt would hang scripts and CI. Say where the password can come from.
      throw new ConfigurationError(
        `--user ${username} has no password: use --user ${username}:PASSWORD or set ELASTICSEARCH_PASSWORD`,
      )
    }
    options.auth = { username, password }
  }
  const tls: Record<string, unknown> = {}
  const ca = fromFlagOrEnv(values, env, 'ca', 'ELASTICSEARCH_CA')
  if (ca !== undefined) {
    try {
      tls.ca = readFileSync(ca.value)
    } catch (err) {
      throw new ConfigurationError(
        `${ca.name} ${ca.value}: cannot read it (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
      )
    }
  }
  const fingerprint = fromFlagOrEnv(values, env, 'ca-fingerprint', 'ELASTICSEARCH_CA_FINGERPRINT')
  if (fingerprint !== undefined) {
    if (!/^[0-9a-f]{64}$/i.test(fingerprint.value.replace(/:/g, ''))) {
      rejectOption(fingerprint.name, 'must be a SHA-256 fingerprint (64 hex digits, colons optional)', fingerprint.value)
    }
    options.caFingerprint = fingerprint.value
  }
  if (values.insecure === true) tls.rejectUnauthorized = false
  if (Object.keys(tls).length > 0) options.tls = tls
  const headers = headersOption(values)
  if (headers !== undefined) options.headers = headers
  const timeout = durationOption(values, 'timeout')
  if (timeout !== undefined) options.requestTimeout = timeout
  return {
    client: new Client(options as ConstructorParameters<typeof Client>[0]),
    node: redactUrl(parsed).replace(/\/$/, ''),
  }
}

/** A flag's value, else the environment variable's, with the name a message should use for it. */
interface Given {
  value: string
  name: string
}

function fromFlagOrEnv(values: ParsedArgs['values'], env: NodeJS.ProcessEnv, flag: string, variable: string): Given | undefined {
  const raw = values[flag]
  if (typeof raw === 'string') return { value: raw, name: `--${flag}` }
  const fromEnv = env[variable]
  return fromEnv === undefined || fromEnv === '' ? undefined : { value: fromEnv, name: variable }
}

/**
 * Where to connect: the `--to` of reindex, else `--node` or `--cloud-id` (not both), else ELASTICSEARCH_URL or
 * ELASTICSEARCH_CLOUD_ID (not both), else the local default. A flag wins over either variable.
 */
function target(
  values: ParsedArgs['values'],
  env: NodeJS.ProcessEnv,
  node: string | undefined,
): { url: string; cloudId?: undefined } | { url?: undefined; cloudId: Given } {
  if (node !== undefined) return { url: node }
  const flagNode = values.node as string | undefined
  const flagCloud = values['cloud-id'] as string | undefined
  if (flagNode !== undefined && flagCloud !== undefined) {
    throw new ConfigurationError('--node and --cloud-id both given: pick one')
  }
  if (flagCloud !== undefined) return { cloudId: { value: flagCloud, name: '--cloud-id' } }
  if (flagNode !== undefined) return { url: flagNode }
  const envNode = env.ELASTICSEARCH_URL || undefined
  const envCloud = env.ELASTICSEARCH_CLOUD_ID || undefined
  if (envNode !== undefined && envCloud !== undefined) {
    throw new ConfigurationError(
      'ELASTICSEARCH_URL and ELASTICSEARCH_CLOUD_ID are both set: unset one, or pass --node or --cloud-id',
    )
  }
  if (envCloud !== undefined) return { cloudId: { value: envCloud, name: 'ELASTICSEARCH_CLOUD_ID' } }
  return { url: envNode ?? defaultNode }
}

/** The https endpoint a Cloud ID names, or its error worded for the flag or variable it came from. */
function cloudUrl(cloudId: Given): string {
  try {
    return cloudIdToUrl({ id: cloudId.value })
  } catch (err) {
    if (!(err instanceof ConfigurationError)) throw err
    throw new ConfigurationError(err.message.replace(/^cloud\.id\b/, cloudId.name))
  }
}

/**
 * `--proxy URL` (or ELASTICSEARCH_PROXY): a forward proxy for every request, `http://[user:pass@]host:port` or an
 * https:// proxy. HTTP_PROXY and HTTPS_PROXY are not read: set machine-wide for other tools, they would silently
 * route a cluster on the local network through a corporate proxy.
 */
function proxyOption(values: ParsedArgs['values'], env: NodeJS.ProcessEnv): string | undefined {
  const proxy = fromFlagOrEnv(values, env, 'proxy', 'ELASTICSEARCH_PROXY')
  if (proxy === undefined) return undefined
  let url: URL | undefined
  try {
    url = new URL(proxy.value)
  } catch {
    url = undefined
  }
  if (url === undefined || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') {
    rejectOption(proxy.name, 'must be an http:// or https:// URL such as http://127.0.0.1:3128', proxy.value)
  }
  return proxy.value
}

/**
 * `--header 'Name: value'`, repeatable. A value may be a credential (`Authorization: Bearer ...`), so a bad
 * flag is described by its name or its shape, never echoed.
 */
export function headersOption(values: ParsedArgs['values']): Record<string, string> | undefined {
  const raw = values.header
  if (raw === undefined) return undefined
  const list = Array.isArray(raw) ? raw : [String(raw)]
  const headers: Record<string, string> = {}
  for (const item of list) {
    const colon = item.indexOf(':')
    const name = colon === -1 ? '' : item.slice(0, colon).trim()
    if (colon === -1) throw new ConfigurationError("--header must be 'NAME: VALUE'; one has no ':'")
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) {
      throw new ConfigurationError(`--header must be 'NAME: VALUE'; ${JSON.stringify(name)} is not a header name`)
    }
    headers[name.toLowerCase()] = item.slice(colon + 1).trim()
  }
  return headers
}

/**
 * `auth.aws` from `--aws-region`/`--aws-service` (or a node on an AWS OpenSearch host, without other
 * credentials): the region falls back to AWS_REGION and AWS_DEFAULT_REGION, the keys come from AWS_ACCESS_KEY_ID,
 * AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN when set, else from the AWS SDK's default chain (profiles, SSO,
 * instance roles). `other` names another way of giving credentials, which cannot be combined with signing.
 */
function awsAuth(
  values: ParsedArgs['values'],
  env: NodeJS.ProcessEnv,
  node: URL,
  other: string | undefined,
): Record<string, unknown> | undefined {
  const region = values['aws-region'] as string | undefined
  const service = values['aws-service'] as string | undefined
  const asked = region !== undefined || service !== undefined
  if (!asked && (other !== undefined || !AWS_HOST.test(node.hostname))) return undefined
  if (asked && other !== undefined) throw new ConfigurationError(`--aws-region/--aws-service and ${other} both given: pick one`)
  const chosen = region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION
  if (chosen === undefined || chosen === '') {
    throw new ConfigurationError('AWS signing needs a region: pass --aws-region REGION or set AWS_REGION')
  }
  const aws: Record<string, unknown> = { region: chosen }
  if (service !== undefined) aws.service = service
  const accessKeyId = env.AWS_ACCESS_KEY_ID
  const secretAccessKey = env.AWS_SECRET_ACCESS_KEY
  if (accessKeyId && secretAccessKey) {
    aws.credentials = { accessKeyId, secretAccessKey, ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}) }
  }
  return { aws }
}
