/**
 * The AWS packages are optional peers: elastream installs and runs without them, and only a client given
 * `auth.aws` loads them. They are required synchronously (the Client constructor is synchronous and both ship
 * CommonJS), once per process. The shapes used are declared here instead of imported, so elastream's published
 * type declarations do not name packages the application may not have.
 */
import { createRequire } from 'node:module'
import { ConfigurationError } from '../../errors.js'

/** The subset of `@smithy/signature-v4`'s request shape the signer reads. */
export interface SmithyRequest {
  method: string
  protocol: string
  hostname: string
  path: string
  query: Record<string, string | string[]>
  headers: Record<string, string>
  body?: string | Uint8Array | undefined
}

/** `@smithy/types` Checksum: what the signer hashes and HMACs with. */
export interface SmithyHash {
  update(data: Uint8Array): void
  digest(): Promise<Uint8Array>
  reset(): void
}

export interface SmithySignatureV4 {
  sign(request: SmithyRequest, options: { signingDate: Date }): Promise<SmithyRequest>
}

export interface SmithySignatureV4Module {
  SignatureV4: new (init: {
    service: string
    region: string
    credentials: () => Promise<AwsCredentialIdentity>
    sha256: new (secret?: string | Uint8Array) => SmithyHash
    uriEscapePath?: boolean
    applyChecksum?: boolean
  }) => SmithySignatureV4
}

/** What AWS credential providers resolve to (`@smithy/types` AwsCredentialIdentity). */
export interface AwsCredentialIdentity {
  accessKeyId: string
  secretAccessKey: string
  sessionToken?: string | undefined
  /** When the credentials stop working; they are renewed before that (see aws-credentials.ts). */
  expiration?: Date | undefined
}

export type AwsCredentialProvider = () => Promise<AwsCredentialIdentity>

interface CredentialProvidersModule {
  fromNodeProviderChain(init?: Record<string, unknown>): AwsCredentialProvider
}

const require = createRequire(import.meta.url)

/** `@smithy/signature-v4`, or a ConfigurationError that says what to install. */
export function loadSignatureV4(): SmithySignatureV4Module {
  return load<SmithySignatureV4Module>(
    '@smithy/signature-v4',
    'auth.aws signs requests with the optional peer "@smithy/signature-v4", which is not installed: npm install @smithy/signature-v4',
  )
}

/** The AWS SDK's default credential chain (environment, shared files, SSO, web identity, ECS, EC2 metadata). */
export function loadDefaultChain(): AwsCredentialProvider {
  const module = load<CredentialProvidersModule>(
    '@aws-sdk/credential-providers',
    'auth.aws without credentials reads them from the AWS SDK default chain of the optional peer "@aws-sdk/credential-providers", which is not installed: npm install @aws-sdk/credential-providers, or pass auth.aws.credentials',
  )
  return module.fromNodeProviderChain()
}

function load<T>(name: string, missing: string): T {
  try {
    return require(name) as T
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code
    if (code === 'MODULE_NOT_FOUND' || code === 'ERR_MODULE_NOT_FOUND') throw new ConfigurationError(missing, { cause })
    throw new ConfigurationError(`auth.aws: loading "${name}" failed: ${(cause as Error).message}`, { cause })
  }
}
