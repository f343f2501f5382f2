/**
 * Flag parsing for every command, on `node:util` parseArgs.
 * parseArgs already knows strings and booleans; what it lacks for a friendly CLI is
 * "did you mean", numbers, durations and sizes checked with the flag's name, and the environment fallbacks.
 * The checks and the wording are the library's own (src/options/): a flag's message reads like an option's,
 * `--batch must be an integer >= 1, got "0"`, the value printed without credentials.
 */
import { parseArgs } from 'node:util'
import { ConfigurationError } from '../errors.js'
import { parseByteSize } from '../options/byte-size.js'
import { integerProblem, rejectOption } from '../options/checks.js'
import { closestName } from '../options/closest-name.js'
import { checkTimeValue, parseDuration } from '../options/duration.js'
import { describeValue } from '../options/describe-value.js'
import { oneLine } from './one-line.js'

export interface OptionSpec {
  type: 'string' | 'boolean'
  short?: string
  /** The flag may be given more than once (`--header a --header b`): its value is then a list. */
  multiple?: boolean
  /** Shown in `--help` after the flag, e.g. `URL`. */
  value?: string
  description: string
}

export type OptionSpecs = Record<string, OptionSpec>

/** Flags every command that talks to Elasticsearch accepts. */
/** How the commands that write documents (load, reindex) send them: requests in flight and their size. */
export const bulkSendOptions: OptionSpecs = {
  concurrency: {
    type: 'string',
    value: 'N|auto',
    description: 'bulk requests in flight, or auto to follow what the cluster takes (default 4)',
  },
  'flush-bytes': {
    type: 'string',
    value: 'SIZE',
    description: 'bulk request size, e.g. 5mb (default 5mb)',
  },
}

export const connectionOptions: OptionSpecs = {
  node: {
    type: 'string',
    value: 'URL',
    description: 'Elasticsearch URL (env ELASTICSEARCH_URL, default http://127.0.0.1:9200)',
  },
  'cloud-id': {
    type: 'string',
    value: 'ID',
    description: 'Elastic Cloud deployment to talk to, instead of --node (env ELASTICSEARCH_CLOUD_ID)',
  },
  'api-key': { type: 'string', value: 'KEY', description: 'API key (env ELASTICSEARCH_API_KEY)' },
  user: {
    type: 'string',
    value: 'USER[:PASS]',
    description: 'basic auth; without :PASS the password comes from env ELASTICSEARCH_PASSWORD',
  },
  'aws-region': {
    type: 'string',
    value: 'REGION',
    description: 'sign requests with AWS SigV4 for this region (env AWS_REGION); keys from AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY/AWS_SESSION_TOKEN or the AWS SDK default chain',
  },
  'aws-service': {
    type: 'string',
    value: 'es|aoss',
    description: 'AWS signing name: es (OpenSearch Service, default) or aoss (OpenSearch Serverless)',
  },
  proxy: {
    type: 'string',
    value: 'URL',
    description: 'forward proxy for every request, http://[user:pass@]host:port (env ELASTICSEARCH_PROXY)',
  },
  ca: {
    type: 'string',
    value: 'FILE',
    description: 'PEM file of the certificate authority to trust (env ELASTICSEARCH_CA)',
  },
  'ca-fingerprint': {
    type: 'string',
    value: 'SHA256',
    description: "pin the server's certificate or its CA by SHA-256 fingerprint (env ELASTICSEARCH_CA_FINGERPRINT)",
  },
  insecure: { type: 'boolean', description: 'do not verify the TLS certificate (testing only)' },
  timeout: {
    type: 'string',
    value: 'TIME',
    description: 'per-request timeout: milliseconds, or 30s, 2m (default 30s)',
  },
  header: {
    type: 'string',
    multiple: true,
    value: "'NAME: VALUE'",
    description: 'an HTTP header sent with every request (repeat for more)',
  },
}

/** Flags of every command. */
export const commonOptions: OptionSpecs = {
  quiet: { type: 'boolean', short: 'q', description: 'no progress bar and no summary line' },
  progress: {
    type: 'boolean',
    description: 'draw the progress bar even when stderr is not a terminal',
  },
  'stats-file': {
    type: 'string',
    value: 'FILE',
    description: 'write the final numbers as JSON to FILE (for scripts)',
  },
  help: { type: 'boolean', short: 'h', description: 'show this help' },
}

export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | undefined>
  positionals: string[]
}

/**
 * Parses `argv` (the arguments after the command name) against `specs`.
 * Unknown flags are rejected by name with the closest known flag suggested.
 */
export function parseCommandArgs(command: string, argv: readonly string[], specs: OptionSpecs): ParsedArgs {
  argv = negativeValues(argv, specs)
  checkUnknownFlags(command, argv, specs)
  const options: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }> = {}
  for (const [name, spec] of Object.entries(specs)) {
    options[name] = {
      type: spec.type,
      ...(spec.short ? { short: spec.short } : {}),
      ...(spec.multiple ? { multiple: true } : {}),
    }
  }
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options,
      allowPositionals: true,
      strict: true,
    })
    return { values: values as ParsedArgs['values'], positionals }
  } catch (err) {
    // parseArgs' own messages already name the flag ("Option '--index <value>' argument missing").
    const message = err instanceof Error ? err.message.split('\n')[0] : String(err)
    throw new ConfigurationError(`${message} (see: elastream ${command} --help)`)
  }
}

/**
 * `--limit -1`: a negative number after a long string flag is that flag's value (parseArgs would read it as
 * the short flags -1), so that the value's own check names the flag and the value.
 */
function negativeValues(argv: readonly string[], specs: OptionSpecs): readonly string[] {
  const out: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--') return [...out, ...argv.slice(i)]
    const next = argv[i + 1]
    if (arg.startsWith('--') && specs[arg.slice(2)]?.type === 'string' && next !== undefined && /^-\d/.test(next)) {
      out.push(`${arg}=${next}`)
      i++
    } else out.push(arg)
  }
  return out
}

function checkUnknownFlags(command: string, argv: readonly string[], specs: OptionSpecs): void {
  const longs = Object.keys(specs)
  const shorts = new Map(Object.entries(specs).flatMap(([name, s]) => (s.short ? [[s.short, name]] : [])))
  for (const arg of argv) {
    if (arg === '--') return
    if (arg.startsWith('--')) {
      const name = arg.slice(2).split('=')[0]!
      if (longs.includes(name)) continue
      const hint = closestName(name, longs)
      throw new ConfigurationError(
        `unknown flag --${name} for "${command}"${hint ? `; did you mean --${hint}?` : ''} (see: elastream ${command} --help)`,
      )
    }
    if (arg.startsWith('-') && arg.length > 1 && arg !== '-') {
      for (const ch of arg.slice(1)) {
        if (!shorts.has(ch)) {
          throw new ConfigurationError(
            `unknown flag -${ch} for "${command}" (see: elastream ${command} --help)`,
          )
        }
        // A short string flag takes the rest of the token as its value (-ofile): stop checking there.
        if (specs[shorts.get(ch)!]!.type === 'string') break
      }
    }
  }
}

/** A positive integer flag, or `fallback` when absent. */
export function intOption(values: ParsedArgs['values'], name: string, fallback: number, min?: number): number
export function intOption(
  values: ParsedArgs['values'],
  name: string,
  fallback: undefined,
  min?: number,
): number | undefined
export function intOption(
  values: ParsedArgs['values'],
  name: string,
  fallback: number | undefined,
  min = 1,
): number | undefined {
  const raw = values[name]
  if (raw === undefined) return fallback
  // Digits only: Number() would take '0x10', '1e3' and ' ' (as 0) too.
  const n = typeof raw === 'string' && /^\d+$/.test(raw.trim()) ? Number(raw) : Number.NaN
  const problem = integerProblem(Number.isSafeInteger(n) ? n : Number.NaN, min)
  if (problem !== undefined) rejectOption(`--${name}`, problem, raw)
  return n
}

/** `--concurrency N` or `--concurrency auto` (bulkStream checks the range of N). */
export function concurrencyOption(values: ParsedArgs['values']): number | 'auto' | undefined {
  return values.concurrency === 'auto' ? 'auto' : intOption(values, 'concurrency', undefined)
}

/** A byte size such as `5mb`, `512kb` or `1048576` (see options/byte-size.ts). */
export function sizeOption(values: ParsedArgs['values'], name: string): number | undefined {
  const raw = values[name]
  if (raw === undefined) return undefined
  // Only text comes from the command line: a number here would be a caller's mistake, refused like any bad size.
  const bytes = typeof raw === 'string' ? parseByteSize(raw) : undefined
  if (bytes === undefined) rejectOption(`--${name}`, 'must be a size such as 5mb, 512kb or 1048576', raw)
  return bytes
}

/** A duration in milliseconds: `30000`, or `30s`, `2m`, `500ms` (see options/duration.ts). */
export function durationOption(values: ParsedArgs['values'], name: string): number | undefined {
  const raw = values[name]
  if (raw === undefined) return undefined
  const ms = typeof raw === 'string' ? parseDuration(raw) : undefined
  if (ms === undefined) rejectOption(`--${name}`, 'must be milliseconds or a time such as 30s or 2m', raw)
  return ms
}

/** An Elasticsearch time value sent to the server as it is, such as `30s`, `15m` or `2h` (`--keep-alive`). */
export function timeValueOption(values: ParsedArgs['values'], name: string): string | undefined {
  const raw = values[name]
  if (raw === undefined) return undefined
  checkTimeValue(`--${name}`, raw)
  return raw
}

/** A JSON object flag (`--query '{"match_all":{}}'`), or `@file` to read it from a file. */
export async function jsonOption(
  values: ParsedArgs['values'],
  name: string,
): Promise<Record<string, unknown> | undefined> {
  let raw = values[name]
  if (raw === undefined) return undefined
  if (typeof raw !== 'string') throw new ConfigurationError(`--${name} needs a JSON value`)
  if (raw.startsWith('@')) {
    const { readFile } = await import('node:fs/promises')
    const file = raw.slice(1)
    try {
      raw = await readFile(file, 'utf8')
    } catch (err) {
      // A usage error like a bad value: the flag and the file named, not a bare "no such file".
      const code = (err as NodeJS.ErrnoException).code
      const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a directory, not a file' : (err as Error).message
      throw new ConfigurationError(`--${name} @${file}: cannot read ${file}: ${why}`)
    }
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch (err) {
    throw new ConfigurationError(
      `--${name} is not valid JSON (${(err as Error).message}): ${describeValue(oneLine(raw))}`,
    )
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    rejectOption(`--${name}`, 'must be a JSON object', oneLine(raw))
  }
  return parsed as Record<string, unknown>
}

/** A comma-separated list flag (`--fields a,b`). */
export function listOption(values: ParsedArgs['values'], name: string): string[] | undefined {
  const raw = values[name]
  if (raw === undefined) return undefined
  const list = String(raw)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  if (list.length === 0) rejectOption(`--${name}`, 'needs a comma-separated list', raw)
  return list
}

/** Checks the positional arguments' count, naming what is missing or extra. */
export function expectPositionals(
  command: string,
  positionals: string[],
  names: readonly string[],
): string[] {
  if (positionals.length < names.length) {
    const missing = names.slice(positionals.length).map((n) => `<${n}>`)
    throw new ConfigurationError(
      `"${command}" needs ${missing.join(' ')} (usage: elastream ${command} ${names.map((n) => `<${n}>`).join(' ')})`,
    )
  }
  if (positionals.length > names.length) {
    throw new ConfigurationError(
      `"${command}" got an unexpected argument "${positionals[names.length]}" (usage: elastream ${command} ${names.map((n) => `<${n}>`).join(' ')})`,
    )
  }
  return positionals
}

/** The `--help` text of one command. */
export function formatHelp(usage: string, description: string, specs: OptionSpecs): string {
  const rows = Object.entries(specs).map(([name, spec]) => {
    const flag = `${spec.short ? `-${spec.short}, ` : '    '}--${name}${spec.value ? ` ${spec.value}` : ''}`
    return [flag, spec.description] as const
  })
  const width = Math.max(...rows.map(([f]) => f.length))
  return [
    `usage: ${usage}`,
    '',
    description,
    '',
    'options:',
    ...rows.map(([f, d]) => `  ${f.padEnd(width)}  ${d}`),
    '',
  ].join('\n')
}

/** At most `max` characters, on one line (see oneLine): for text shown to people. */
export function truncate(text: string, max: number): string {
  const line = oneLine(text)
  return line.length > max ? `${line.slice(0, max - 1)}…` : line
}

/** `--only definitions|data` (backup folders): undefined when both. */
export function onlyOption(values: ParsedArgs['values']): 'definitions' | 'data' | undefined {
  const raw = values.only
  if (raw === undefined) return undefined
  if (raw === 'definitions' || raw === 'data') return raw
  rejectOption('--only', 'must be definitions or data', raw)
}
