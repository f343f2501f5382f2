/**
 * Writes sent with PUT that must still not be repeated after a lost answer. PUT is idempotent by RFC, so the
 * transport would retry them; but when the first attempt was applied, the repeat is refused (409 for a
 * create or a conditional write, 400 `resource_already_exists_exception` for an index created twice) and the
 * caller is told its own write conflicted. Not repeating them gives the honest answer instead: a
 * ConnectionError that says the request may have been applied (`retry: 'always'` still forces it).
 */
const WRITE_ONCE_ENDPOINTS: ReadonlySet<string> = new Set(['create', 'indices.create'])

/** True when repeating this request after an answer was lost could be refused because the first one was applied. */
export function isWriteOnce(name: string, query: Readonly<Record<string, unknown>>): boolean {
  if (WRITE_ONCE_ENDPOINTS.has(name)) return true
  // `index` with op_type=create, or any write conditioned on the sequence number it is about to change.
  return query.op_type === 'create' || query.if_seq_no !== undefined || query.if_primary_term !== undefined
}
