/**
 * `auth: { aws: { region, service, credentials } }`: checks the option once, at construction, and builds the
 * signer. Loading the optional AWS packages happens here too, so a missing one is a ConfigurationError from
 * `new Client()`, not a failure on the first request.
 */
import { ConfigurationError } from '../../errors.js'
import { unknownOptionMessage } from '../../options/closest-name.js'
import { AwsCredentialSource, checkCredentials } from './aws-credentials.js'
import { type AwsCredentialIdentity, type AwsCredentialProvider, loadDefaultChain, loadSignatureV4 } from './aws-peers.js'
import { AwsSigner } from './aws-signer.js'

export interface AwsCredentials {
  accessKeyId: string
  secretAccessKey: string
  /** For temporary credentials (STS, SSO, an instance role). */
  sessionToken?: string
  /** When temporary credentials stop working; a provider is asked again 5 minutes before. */
  expiration?: Date
}

export interface AwsAuthOptions {
  /** The AWS region of the domain or collection, e.g. `us-east-1`. Required. */
  region: string
  /**
   * The signing name: `'es'` for Amazon OpenSearch Service (OpenSearch and Elasticsearch domains), `'aoss'` for
   * OpenSearch Serverless. Default: `'aoss'` when every node's host ends in `.aoss.amazonaws.com`, else `'es'`.
   */
  service?: 'es' | 'aoss'
  /**
   * Static keys, or an async function resolving to credentials (asked again before their `expiration`, and when
   * AWS answers that the token expired). Default: the AWS SDK's default chain from the optional peer
   * `@aws-sdk/credential-providers` (environment variables, shared config and credentials files, SSO, web
   * identity, ECS and EC2 instance roles).
   */
  credentials?: AwsCredentials | (() => Promise<AwsCredentials>)
}

export interface AwsAuth {
  /** Sign every request with AWS Signature Version 4 (see docs/connecting.md#aws). */
  aws: AwsAuthOptions
}

const AWS_OPTION_NAMES = ['region', 'service', 'credentials'] as const
const SERVICES = ['es', 'aoss']
const REGION = /^[a-z]{2,5}(-[a-z0-9]+)+-\d+$/

/** True for `{ aws: ... }` (with or without other keys: the check below refuses a mix). */
export function isAwsAuth(auth: unknown): auth is AwsAuth {
  return auth !== null && typeof auth === 'object' && 'aws' in auth
}

/** The signer for `auth` (`option` names it in messages); `hosts` are the nodes' host names. */
export function createAwsSigner(auth: AwsAuth, hosts: readonly string[], option = 'auth'): AwsSigner {
  for (const key of Object.keys(auth)) {
    if (key !== 'aws') throw new ConfigurationError(`${option} cannot combine aws with "${key}": pick one kind of auth`)
  }
  const aws = auth.aws as unknown
  const where = `${option}.aws`
  if (aws === null || typeof aws !== 'object' || Array.isArray(aws)) {
    throw new ConfigurationError(`${where} must be an object { region, service?, credentials? }, got ${kindOf(aws)}`)
  }
  for (const key of Object.keys(aws)) {
    if (!(AWS_OPTION_NAMES as readonly string[]).includes(key)) throw new ConfigurationError(unknownOptionMessage(`${where} option`, key, AWS_OPTION_NAMES))
  }
  const { region, service, credentials } = aws as Record<string, unknown>
  if (typeof region !== 'string' || !REGION.test(region)) {
    throw new ConfigurationError(
      `${where}.region must be an AWS region such as "us-east-1", got ${typeof region === 'string' ? JSON.stringify(region.slice(0, 40)) : kindOf(region)}`,
    )
  }
  if (service !== undefined && !SERVICES.includes(service as string)) {
    throw new ConfigurationError(
      `${where}.service must be "es" (Amazon OpenSearch Service) or "aoss" (OpenSearch Serverless), got ${typeof service === 'string' ? JSON.stringify(service.slice(0, 40)) : kindOf(service)}`,
    )
  }
  let source: AwsCredentialIdentity | AwsCredentialProvider
  if (credentials === undefined) {
    source = loadDefaultChain()
  } else if (typeof credentials === 'function') {
    source = credentials as AwsCredentialProvider
  } else {
    source = checkCredentials(credentials, 'got', ConfigurationError)
  }
  const signatureV4 = loadSignatureV4()
  const serverless = hosts.length > 0 && hosts.every((host) => host.endsWith('.aoss.amazonaws.com'))
  return new AwsSigner({
    region,
    service: (service as string | undefined) ?? (serverless ? 'aoss' : 'es'),
    credentials: new AwsCredentialSource(source),
    signatureV4,
  })
}

function kindOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return typeof value
}
