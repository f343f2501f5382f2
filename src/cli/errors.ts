/**
 * Turns any error into one line a person can act on, and an exit code a script can branch on.
 * Stack traces are for us, not for users: they appear only with ELASTREAM_DEBUG=1.
 */
import {
  BulkError,
  ConfigurationError,
  ConnectionError,
  DeserializationError,
  NoLivingNodesError,
  ParseError,
  ProductNotSupportedError,
  RequestAbortedError,
  ResponseError,
  ResponseTooLargeError,
  ScanError,
  SerializationError,
  TimeoutError,
} from '../errors.js'

/** Exit codes, documented in docs/cli.md. */
export const ExitCode = {
  ok: 0,
  /** Some documents failed, or an error without a more specific code. */
  failed: 1,
  /** Bad flags or arguments. */
  usage: 2,
  /** Elasticsearch could not be reached or did not answer in time. */
  connection: 3,
  /** 401/403: credentials missing, wrong, or not allowed. */
  auth: 4,
  /** The index (or other resource) does not exist. */
  notFound: 5,
  /** Ctrl-C (128 + SIGINT), after saving the cursor when there is one. */
  interrupted: 130,
} as const

/** Ctrl-C reached a command; the command already saved what it could. */
export class InterruptedError extends Error {
  override name = 'InterruptedError'
  readonly code = 'ELASTREAM_CLI_INTERRUPTED'
}

/** An error the CLI itself raises, with its message already written for people. */
export class CliError extends Error {
  override name = 'CliError'
  readonly code = 'ELASTREAM_CLI'
  readonly exitCode: number
  constructor(message: string, exitCode: number = ExitCode.failed) {
    super(message)
    this.exitCode = exitCode
  }
}

export interface ErrorContext {
  /** The node URL, already free of credentials. */
  node?: string | undefined
  /** The index the command was about, to name it in a 404 message. */
  index?: string | undefined
}

export interface DescribedError {
  message: string
  exitCode: number
}

export function describeError(err: unknown, context: ErrorContext = {}): DescribedError {
  const at = context.node ? ` at ${context.node}` : ''
  if (err instanceof InterruptedError) return { message: err.message, exitCode: ExitCode.interrupted }
  if (err instanceof CliError) return { message: err.message, exitCode: err.exitCode }
  if (err instanceof ConfigurationError) return { message: err.message, exitCode: ExitCode.usage }
  if (err instanceof ResponseError) return describeResponseError(err, context)
  if (err instanceof TimeoutError) {
    return {
      message: `Elasticsearch${at} did not answer in time (${err.message}); raise --timeout or check the node's load`,
      exitCode: ExitCode.connection,
    }
  }
  if (err instanceof ConnectionError || err instanceof NoLivingNodesError) {
    const reason = systemReason(err) ?? err.message
    return {
      message: `cannot reach Elasticsearch${at}: ${reason}. Is it running? Set --node or ELASTICSEARCH_URL`,
      exitCode: ExitCode.connection,
    }
  }
  if (err instanceof ProductNotSupportedError) {
    return { message: `the server${at} was refused: ${err.message}`, exitCode: ExitCode.connection }
  }
  if (err instanceof ParseError) {
    // The parsers name the line (NDJSON) or the array element themselves.
    const where = /\b(line|element) \d+/.test(err.message) ? '' : `line ${err.line}: `
    return { message: `input is not valid JSON: ${where}${err.message}`, exitCode: ExitCode.failed }
  }
  if (err instanceof ScanError)
    return { message: `reading failed: ${err.message}`, exitCode: ExitCode.failed }
  if (err instanceof BulkError) return { message: err.message, exitCode: ExitCode.failed }
  if (err instanceof RequestAbortedError) return { message: 'interrupted', exitCode: ExitCode.interrupted }
  if (
    err instanceof DeserializationError ||
    err instanceof SerializationError ||
    err instanceof ResponseTooLargeError
  ) {
    return { message: err.message, exitCode: ExitCode.failed }
  }
  const system = systemReason(err)
  if (system) {
    const path = (err as { path?: string }).path
    return { message: path ? `${path}: ${system}` : system, exitCode: ExitCode.failed }
  }
  const message = err instanceof Error ? err.message : String(err)
  return {
    message: `unexpected error: ${message} (ELASTREAM_DEBUG=1 shows the stack)`,
    exitCode: ExitCode.failed,
  }
}

function describeResponseError(err: ResponseError, context: ErrorContext): DescribedError {
  const at = context.node ? ` at ${context.node}` : ''
  const reason = err.reason ?? err.type
  // An AWS endpoint's refusal of a signed request: the client's message says why (clock, token, key).
  if (err.statusCode === 403 && err.headers['x-amzn-errortype'] !== undefined) {
    return { message: `${err.message}; check --aws-region, --aws-service and the AWS credentials`, exitCode: ExitCode.auth }
  }
  // A proxy's or load balancer's answer: its own message names what answered (a proxy's 404 for a wrong path
  // prefix is not "not found" in Elasticsearch). Only a 401 keeps the hint about credentials.
  if (err.foreign && err.statusCode !== 401) return { message: err.message, exitCode: ExitCode.failed }
  switch (err.statusCode) {
    case 401:
      return {
        message: `authentication failed${at}: check --user / --api-key (or ELASTICSEARCH_PASSWORD / ELASTICSEARCH_API_KEY)`,
        exitCode: ExitCode.auth,
      }
    case 403:
      // A block (index.blocks.read_only, a full disk's flood stage) is the index's state, not the user's rights.
      if (err.type === 'cluster_block_exception') {
        return { message: `refused${at}: ${reason}`, exitCode: ExitCode.failed }
      }
      return {
        message: `not allowed${at}${reason ? `: ${reason}` : ''}; the user or API key lacks the privilege`,
        exitCode: ExitCode.auth,
      }
    case 404:
      if (err.type === 'index_not_found_exception') {
        const index = indexFromBody(err.body) ?? context.index
        return {
          message: `index ${index ? `"${index}" ` : ''}does not exist${at}`,
          exitCode: ExitCode.notFound,
        }
      }
      return { message: `not found${at}${reason ? `: ${reason}` : ''}`, exitCode: ExitCode.notFound }
    default:
      return {
        message: `Elasticsearch${at} answered ${err.statusCode}${err.type ? ` ${err.type}` : ''}${err.reason ? `: ${err.reason}` : ''}`,
        exitCode: ExitCode.failed,
      }
  }
}

function indexFromBody(body: unknown): string | undefined {
  const index = (body as { error?: { index?: unknown } } | null)?.error?.index
  return typeof index === 'string' ? index : undefined
}

const systemMessages: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host name lookup failed',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ETIMEDOUT: 'connection timed out',
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'is a directory',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed certificate (use --ca FILE, or --insecure for testing)',
  SELF_SIGNED_CERT_IN_CHAIN: 'self-signed certificate in chain (use --ca FILE, or --insecure for testing)',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'certificate not trusted (use --ca FILE)',
  CERT_HAS_EXPIRED: 'certificate expired',
  ERR_TLS_CERT_ALTNAME_INVALID: 'certificate does not match the host name',
}

/** A readable reason from an error's `code`, or its cause chain's (undici wraps system errors). */
function systemReason(err: unknown): string | undefined {
  let current: unknown = err
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const code = (current as { code?: unknown }).code
    if (typeof code === 'string' && code in systemMessages) return systemMessages[code]
    current = (current as { cause?: unknown }).cause
  }
  return undefined
}
