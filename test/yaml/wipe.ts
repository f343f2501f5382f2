/**
 * Leaves the 7.10.2 suite's own server as a fresh one after every test, as Elasticsearch's ESRestTestCase does: snapshots
 * and repositories, indices (hidden and closed too), legacy, composable and component templates, ingest
 * pipelines, stored scripts and cluster settings go. Plain fetch, not our client, so a client bug cannot
 * leave state behind for the next test. Only ever pointed at the suite's own server.
 */
async function call(base: string, method: string, path: string, body?: unknown): Promise<any> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  const text = await res.text()
  if (res.status >= 400 && res.status !== 404)
    throw new Error(`${method} ${path} answered ${res.status}: ${text}`)
  return res.status === 404 ? undefined : text ? JSON.parse(text) : undefined
}

/** Comma-joined, percent-encoded lists of `names`, each short enough for one request line. */
function byLength(names: string[]): string[] {
  const lists: string[] = []
  let cur = ''
  for (const name of names) {
    const piece = encodeURIComponent(name)
    if (cur !== '' && cur.length + piece.length + 1 > 2000) {
      lists.push(cur)
      cur = ''
    }
    cur = cur === '' ? piece : `${cur},${piece}`
  }
  if (cur !== '') lists.push(cur)
  return lists
}

const STATE =
  '/_cluster/state/metadata?filter_path=metadata.indices.*.state,metadata.templates,metadata.index_template,' +
  'metadata.component_template,metadata.stored_scripts,metadata.ingest,metadata.repositories'

/**
 * Reads what is there in one cluster-state request and deletes only that: most tests leave a few indices
 * behind and nothing else, and on a 2-core machine every avoided request shortens the suite.
 */
export function wiper(base: string): () => Promise<void> {
  return async () => {
    const meta = (await call(base, 'GET', STATE))?.metadata ?? {}
    for (const [repo, def] of Object.entries<any>(meta.repositories ?? {})) {
      const enc = encodeURIComponent(repo)
      if (def?.type === 'fs') {
        const snaps = await call(base, 'GET', `/_snapshot/${enc}/_all?ignore_unavailable=true`)
        for (const s of snaps?.snapshots ?? []) {
          await call(base, 'DELETE', `/_snapshot/${enc}/${encodeURIComponent(s.snapshot)}`)
        }
      }
      await call(base, 'DELETE', `/_snapshot/${enc}`)
    }
    // By name, never `DELETE /*`: what the state listed is what goes. Names are joined into URLs of at most
    // about 2,000 characters, well under Elasticsearch's 4 KiB request line.
    for (const list of byLength(Object.keys(meta.indices ?? {}))) {
      await call(base, 'DELETE', `/${list}?expand_wildcards=all`)
    }
    // Templates one at a time: 7.10 reads `/_template/a,b` as one name.
    for (const name of Object.keys(meta.templates ?? {})) {
      await call(base, 'DELETE', `/_template/${encodeURIComponent(name)}`)
    }
    for (const name of Object.keys(meta.index_template?.index_template ?? {})) {
      await call(base, 'DELETE', `/_index_template/${encodeURIComponent(name)}`)
    }
    for (const name of Object.keys(meta.component_template?.component_template ?? {})) {
      await call(base, 'DELETE', `/_component_template/${encodeURIComponent(name)}`)
    }
    for (const p of meta.ingest?.pipeline ?? []) {
      await call(base, 'DELETE', `/_ingest/pipeline/${encodeURIComponent(p.id)}`)
    }
    for (const id of Object.keys(meta.stored_scripts ?? {})) {
      await call(base, 'DELETE', `/_scripts/${encodeURIComponent(id)}`)
    }
    const settings = await call(base, 'GET', '/_cluster/settings?flat_settings=true')
    const reset: Record<string, Record<string, null>> = {}
    for (const scope of ['persistent', 'transient']) {
      const keys = Object.keys(settings?.[scope] ?? {})
      if (keys.length > 0) reset[scope] = Object.fromEntries(keys.map((k) => [k, null]))
    }
    if (Object.keys(reset).length > 0) await call(base, 'PUT', '/_cluster/settings', reset)
  }
}
