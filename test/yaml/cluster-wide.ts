/**
 * Tests that change what every other user of a node sees, or see what the others do. They never run on a shared
 * node (`npm test` runs other test files against the same cluster at the same time) but on one started for them.
 * Changes are derived from each test's own calls, so that list follows the suite as it changes; the few tests
 * that read the whole node are listed.
 */
import type { Step, TestCase } from './load.js'

/** APIs whose effect is node- or cluster-wide, and why. */
const CLUSTER_WIDE: Record<string, string> = {
  'cluster.put_settings': 'changes cluster settings',
  'cluster.post_voting_config_exclusions': 'changes the voting configuration',
  'cluster.delete_voting_config_exclusions': 'clears every voting configuration exclusion',
  'features.reset_features': 'deletes the state of every system feature',
  'migration.post_feature_upgrade': 'migrates system indices',
  'license.post': "changes the cluster's license",
  'license.delete': "changes the cluster's license",
  'license.post_start_basic': "changes the cluster's license",
  'license.post_start_trial': "changes the cluster's license",
  'ml.set_upgrade_mode': 'pauses every machine learning job',
  'ilm.start': 'starts or stops index lifecycle management for every index',
  'ilm.stop': 'starts or stops index lifecycle management for every index',
  'streams.logs_enable': 'turns logs streams on or off for the cluster',
  'streams.logs_disable': 'turns logs streams on or off for the cluster',
  'snapshot.create': 'snapshots every index when it names none',
}

/** Index APIs that, without an index (or with a wildcard), change every index of the cluster. */
const EVERY_INDEX = new Set([
  'indices.put_settings',
  'indices.put_mapping',
  'indices.close',
  'indices.open',
  'indices.delete',
  'indices.add_block',
  'indices.remove_block',
  'delete_by_query',
  'update_by_query',
])

function apiOf(step: Step): [string, Record<string, unknown>] | undefined {
  if (!step || typeof step.do !== 'object' || step.do === null) return undefined
  const api = Object.keys(step.do).find(
    (k) => !['catch', 'headers', 'warnings', 'allowed_warnings', 'warnings_regex', 'allowed_warnings_regex', 'node_selector'].includes(k),
  )
  return api === undefined ? undefined : [api, (step.do[api] ?? {}) as Record<string, unknown>]
}

function targetsEveryIndex(params: Record<string, unknown>): boolean {
  const index = params.index
  if (index === undefined || index === null) return true
  const names = Array.isArray(index) ? index.map(String) : String(index).split(',')
  return names.length === 0 || names.some((n) => n === '_all' || n.includes('*'))
}

/**
 * Tests that read or need the whole node, by id prefix, and why: on a node other test files use at the same
 * time they would see those files' indices, or too many nodes.
 */
export const NEEDS_OWN_NODE: Record<string, string> = {
  'indices/shrink.yml': 'shrinks a two-shard index, which needs both shards on one node',
  'cat/shards.yml': "expects the node's first shard row to be a started shard",
  'indices/stats.yml/Index - blank': 'reads the stats of every index of the node',
}

/** Why the test must not run on a shared node, if it must not. */
export function clusterWideReason(test: TestCase): string | undefined {
  for (const [prefix, why] of Object.entries(NEEDS_OWN_NODE)) {
    if (test.id === prefix || test.id.startsWith(`${prefix}/`)) return why
  }
  for (const step of [...test.setup, ...test.steps, ...test.teardown]) {
    const call = apiOf(step)
    if (call === undefined) continue
    const [api, params] = call
    if (api === 'snapshot.create' && (params.body as { indices?: unknown } | undefined)?.indices !== undefined) continue
    const why = CLUSTER_WIDE[api]
    if (why !== undefined) return `${api} ${why}`
    if (EVERY_INDEX.has(api) && targetsEveryIndex(params)) return `${api} without an index changes every index`
  }
  return undefined
}
