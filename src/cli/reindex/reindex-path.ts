/**
 * Which way `reindex` copies: the flags that need the copy through the client, `--slices`, and what the
 * server's `_reindex` cannot do as asked (refused by name before anything is created).
 */
import { ConfigurationError } from '../../errors.js'
import { rejectOption } from '../../options/checks.js'
import { intOption, type ParsedArgs } from '../args.js'
import type { SearchBody } from '../search-body.js'

/** `--slices N` or `--slices auto` (the server picks: one slice per shard of the source). */
export function slicesOption(values: ParsedArgs['values']): number | 'auto' | undefined {
  if (values.slices === 'auto') return 'auto'
  try {
    return intOption(values, 'slices', undefined)
  } catch {
    rejectOption('--slices', 'must be auto or an integer >= 1', values.slices)
  }
}

/**
 * The flag that asks for the copy through the client, when one does: what the server's _reindex cannot do
 * (a dead letter file, a cursor to resume from) or the tuning of elastream's own bulk writer.
 */
export function clientOnlyFlag(values: Record<string, unknown>): string | undefined {
  // --transform last: the one flag whose forcing is said on stderr (see run), when no other flag forces.
  for (const name of ['via-client', 'dead-letter', 'resume', 'cursor', 'keep-alive', 'concurrency', 'flush-bytes', 'transform']) {
    if (values[name] !== undefined && values[name] !== false) return `--${name}`
  }
  return undefined
}

/**
 * What the server's `_reindex` cannot do as asked, refused by name before anything is created: a sort (its
 * `source.sort` is deprecated, and ordered nothing a copy keeps), and `--limit` with more than one slice (the
 * server hands each slice max_docs/slices, rounded down, and a slice with fewer documents leaves its share
 * unused: 9 copied for --limit 10 in 3 slices on OpenSearch 3.8, and with slices=auto and fewer documents
 * than shards the task never ends).
 */
export function checkOnCluster(body: SearchBody | undefined, limit: number | undefined, slices: number | 'auto' | undefined): void {
  if (body?.sort !== undefined) {
    throw new ConfigurationError(
      '--search-body: "sort" is not taken by the server\'s _reindex (deprecated there): add --via-client to copy in that order through the client',
    )
  }
  if (limit !== undefined && slices !== undefined && slices !== 1) {
    throw new ConfigurationError(
      `--limit with --slices ${slices}: the server splits max_docs between slices and copies fewer than ${limit} when a slice runs short; leave out --slices (one slice), or add --via-client`,
    )
  }
}
