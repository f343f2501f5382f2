/**
 * One Client from the connection flags and the environment. Flags win over the environment,
 * and credentials never reach a message: the node is always shown redacted.
 */
import { readFileSync } from 'node:fs'
import { Client } from '../client.js'
import { ConfigurationError } from '../errors.js'
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
  const url = node ?? (values.node as string | undefined) ?? env.ELASTICSEARCH_URL ?? defaultNode
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new ConfigurationError(
      `--node must be a URL such as http://127.0.0.1:9200, got "${redactUrl(url)}"`,
    )
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new ConfigurationError(`--node must be an http:// or https:// URL, got "${redactUrl(url)}"`)
  }
  const options: Record<string, unknown> = { node: url }
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
  const ca = values.ca as string | undefined
  if (ca !== undefined) {
    try {
      tls.ca = readFileSync(ca)
    } catch (err) {
      throw new ConfigurationError(
        `--ca ${ca}: cannot read it (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
      )
    }
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
