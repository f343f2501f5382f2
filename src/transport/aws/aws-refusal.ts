/**
 * The error of a signed request that AWS refused (403): its message gets AWS's own words and what they mean
 * (clock skew, an expired token), and the body loses any secret AWS echoed back. AWS quotes the canonical
 * request it expected in a signature mismatch, and that holds the session token when it was signed.
 */
import { ResponseError } from '../../errors.js'
import type { RawResponse } from '../response-collector.js'
import { type AwsSigner, scrub, scrubValue } from './aws-signer.js'

export function explainAwsRefusal(error: unknown, signer: AwsSigner, raw: RawResponse, sent: Record<string, string>): void {
  if (!(error instanceof ResponseError)) return
  const { detail, secrets } = signer.explain(raw, sent)
  const target = error as { message: string; body: unknown; reason: string | undefined }
  // An Elasticsearch-style body (a security plugin's refusal) already has its type and reason in the message.
  if (error.type === undefined) target.message += detail
  target.message = scrub(target.message, secrets)
  if (target.reason !== undefined) target.reason = scrub(target.reason, secrets)
  target.body = scrubValue(target.body, secrets)
}
