/**
 * Where a signing client's AWS credentials come from, and when they are renewed: static keys are used as
 * given; a provider (the caller's async function, or the AWS SDK's default chain) is asked once, its answer
 * kept until `REFRESH_BEFORE_MS` before its `expiration`, then asked again. Concurrent requests share one
 * call. A refusal that says the token expired forces a renewal (`renew`) so the request can be signed again.
 */
import { CredentialsError } from '../../errors.js'
import { redactCredentialsIn } from '../../redact.js'
import type { AwsCredentialIdentity, AwsCredentialProvider } from './aws-peers.js'

/**
 * Credentials expiring within this many ms are renewed before signing. Five minutes is the window the AWS
 * SDKs use: a request signed just before expiry can still be in a retry loop when the token runs out.
 */
export const REFRESH_BEFORE_MS = 5 * 60_000

export class AwsCredentialSource {
  /** True when the credentials come from a provider, so asking again can give new ones. */
  readonly renewable: boolean
  private current: AwsCredentialIdentity | undefined
  private pending: Promise<AwsCredentialIdentity> | undefined
  private readonly provider: AwsCredentialProvider | undefined
  private readonly now: () => number

  constructor(credentials: AwsCredentialIdentity | AwsCredentialProvider, now: () => number = Date.now) {
    this.now = now
    if (typeof credentials === 'function') {
      this.provider = credentials
      this.renewable = true
    } else {
      this.current = credentials
      this.renewable = false
    }
  }

  /** The credentials to sign with now: the kept ones while fresh, else the provider's next answer. */
  get(): Promise<AwsCredentialIdentity> {
    const current = this.current
    if (current !== undefined && (this.provider === undefined || this.fresh(current))) return Promise.resolve(current)
    return this.ask()
  }

  /**
   * Asks the provider again after a refusal of `used` as expired. Resolves true when it gave different
   * credentials (worth one more try), false for static keys or a provider that answered with the same ones.
   */
  async renew(used: { accessKeyId: string; sessionToken: string | undefined }): Promise<boolean> {
    if (this.provider === undefined) return false
    const kept = this.current
    if (kept !== undefined && (kept.accessKeyId !== used.accessKeyId || kept.sessionToken !== used.sessionToken)) {
      return true // another request renewed them meanwhile
    }
    this.current = undefined
    const next = await this.ask()
    return next.accessKeyId !== used.accessKeyId || next.sessionToken !== used.sessionToken
  }

  /** Every secret value these credentials hold (to scrub from an answer that echoes the signed request). */
  secrets(): string[] {
    const c = this.current
    if (c === undefined) return []
    return [c.secretAccessKey, c.sessionToken].filter((s): s is string => typeof s === 'string' && s.length >= 8)
  }

  private fresh(credentials: AwsCredentialIdentity): boolean {
    const expiration = credentials.expiration
    return expiration === undefined || expiration.getTime() - this.now() > REFRESH_BEFORE_MS
  }

  private ask(): Promise<AwsCredentialIdentity> {
    if (this.pending === undefined) {
      const previous = this.current
      this.pending = this.call()
        .then(
          (credentials) => {
            this.current = credentials
            return credentials
          },
          (error: unknown) => {
            // Renewal failed while the kept credentials still work: sign with them, ask again next time.
            if (previous !== undefined && (previous.expiration === undefined || previous.expiration.getTime() > this.now())) {
              return previous
            }
            throw error
          },
        )
        .finally(() => {
          this.pending = undefined
        })
    }
    return this.pending
  }

  private async call(): Promise<AwsCredentialIdentity> {
    let answer: unknown
    try {
      answer = await (this.provider as AwsCredentialProvider)()
    } catch (cause) {
      const reason = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause)
      throw new CredentialsError(`auth.aws.credentials: the credentials provider failed: ${redactCredentialsIn(reason)}`, { cause })
    }
    return checkCredentials(answer, 'the credentials provider resolved to', CredentialsError)
  }
}

/** Checks a credentials object; never echoes a value, only which field is wrong. */
export function checkCredentials(
  value: unknown,
  what: string,
  ErrorType: new (message: string) => Error,
): AwsCredentialIdentity {
  if (value === null || typeof value !== 'object') {
    throw new ErrorType(`auth.aws.credentials: ${what} ${value === null ? 'null' : typeof value}, not { accessKeyId, secretAccessKey, sessionToken? }`)
  }
  const c = value as Record<string, unknown>
  if (typeof c.accessKeyId !== 'string' || c.accessKeyId === '') {
    throw new ErrorType(`auth.aws.credentials: ${what} an object without a non-empty accessKeyId string`)
  }
  if (typeof c.secretAccessKey !== 'string' || c.secretAccessKey === '') {
    throw new ErrorType(`auth.aws.credentials: ${what} an object without a non-empty secretAccessKey string`)
  }
  if (c.sessionToken !== undefined && typeof c.sessionToken !== 'string') {
    throw new ErrorType(`auth.aws.credentials: ${what} an object whose sessionToken is not a string`)
  }
  if (c.expiration !== undefined && !(c.expiration instanceof Date && !Number.isNaN(c.expiration.getTime()))) {
    throw new ErrorType(`auth.aws.credentials: ${what} an object whose expiration is not a valid Date`)
  }
  return {
    accessKeyId: c.accessKeyId,
    secretAccessKey: c.secretAccessKey,
    sessionToken: c.sessionToken === '' ? undefined : (c.sessionToken as string | undefined),
    expiration: c.expiration as Date | undefined,
  }
}
