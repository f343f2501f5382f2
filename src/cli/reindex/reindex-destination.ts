/**
 * `reindex`'s destination index: made from the source's definition when it does not exist (copy-index-definition.ts),
 * with what happened said on stderr and in the stats file.
 */
import type { Command } from '../command.js'
import type { connect } from '../connect.js'
import { copyIndexDefinition, type DefinitionResult, describeChanges } from '../index-definition/copy-index-definition.js'

/**
 * Creates `dest` from `source`'s definition when it does not exist, and says on stderr what happened and each
 * thing not copied as it was (always shown, --quiet included: the copy differs from its source there).
 */
export async function createDestination(
  ctx: Parameters<Command['run']>[0],
  from: ReturnType<typeof connect>,
  to: ReturnType<typeof connect>,
  source: string,
  dest: string,
  onCluster: boolean,
): Promise<DefinitionResult> {
  const otherCluster = to !== from && !onCluster
  const result = await copyIndexDefinition(
    { transport: from.client.transport, product: from.client.product?.name },
    { transport: to.client.transport, product: to.client.product?.name },
    source,
    dest,
    otherCluster,
    ctx.signal,
  )
  const where = otherCluster ? ` on ${to.node}` : ''
  if (result.outcome === 'exists') {
    ctx.stderr.write(`elastream: ${dest} exists${where}: left as it is (mappings and settings not copied)
`)
  } else if (result.outcome === 'unreadable') {
    ctx.stderr.write(`elastream: ${result.note}: ${dest} not created from it (dynamic mapping will create it)
`)
  } else {
    ctx.stderr.write(`elastream: created ${dest}${where} with the mappings and settings of ${source}
`)
    for (const line of describeChanges(result.changes)) ctx.stderr.write(`elastream: ${dest}: ${line}
`)
  }
  return result
}

/** The stats file's account of the destination's creation: `created` and every change, or why not. */
export function definitionStats(definition: DefinitionResult | undefined): Record<string, unknown> {
  if (definition === undefined) return { created: false }
  return {
    created: definition.outcome === 'created',
    ...(definition.outcome === 'exists' ? { existed: true } : {}),
    ...(definition.note ? { note: definition.note } : {}),
    changes: definition.changes,
  }
}
