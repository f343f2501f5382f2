/**
 * Puts a saved template (legacy, composable or component) on a server that may refuse parts of it, the way an
 * index is created from a backup (copy-index-definition.ts): what a refusal names (a setting an older version
 * took, a mapping parameter or field type this server lacks) is taken out and the put tried again, and every
 * change is returned to be named. A refusal that names nothing it can take out is the caller's error.
 */
import { ResponseError } from '../../errors.js'
import type { TransportLike } from '../../transport/types.js'
import type { DefinitionChange } from '../index-definition/definition-change.js'
import { applyRefusal, type Definition, reasonsOf } from '../index-definition/definition-refusal.js'
import { isObject, type Json } from '../index-definition/mapping-walk.js'

const MAX_ATTEMPTS = 100

/** `{ index: { number_of_shards: "1" } }` -> `{ "index.number_of_shards": "1" }`; lists stay values. */
export function flatSettings(settings: unknown, prefix = '', out: Json = {}): Json {
  if (!isObject(settings)) return out
  for (const [key, value] of Object.entries(settings)) {
    if (isObject(value)) flatSettings(value, `${prefix}${key}.`, out)
    else out[`${prefix}${key}`] = value
  }
  return out
}

/**
 * PUTs `body` at `path`. `legacy`: settings and mappings at the top of the body (`_template`); otherwise under
 * `template` (`_index_template`, `_component_template`). `server` names the target in the changes.
 */
export async function putTemplate(
  transport: TransportLike,
  path: string,
  body: Json,
  legacy: boolean,
  server: string,
  signal: AbortSignal,
): Promise<DefinitionChange[]> {
  const sent = structuredClone(body)
  const holder: Json | undefined = legacy ? sent : isObject(sent.template) ? sent.template : undefined
  let def: Definition | undefined
  let refusal: unknown
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    try {
      await transport.request({ method: 'PUT', path, body: sent }, { signal })
      return def?.changes ?? []
    } catch (err) {
      if (!(err instanceof ResponseError) || err.statusCode !== 400 || holder === undefined) throw err
      refusal = err
      if (def === undefined) {
        // Flat names from here on, as the refusals give them; the server takes either form.
        def = { settings: flatSettings(holder.settings), mappings: isObject(holder.mappings) ? holder.mappings : {}, changes: [] }
        if (holder.settings !== undefined) holder.settings = def.settings
      }
      const before = def.changes.length
      for (const reason of reasonsOf(err.body)) applyRefusal(reason, def, server)
      if (def.changes.length === before) throw err
    }
  }
  // Still refused after as many changes: the last refusal is the answer.
  throw refusal
}
