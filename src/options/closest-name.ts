/**
 * "Did you mean ...?" for a misspelled name (a client, request or helper option, a CLI flag or command): the
 * known name nearest to it, if near enough to be a plausible typo. The one place every caller asks, so that
 * each kind of name gets the same help. Case is ignored (`maxretries` finds `maxRetries`); a known name that
 * starts with what was typed (a flag or command cut short) counts as one edit; a swap of two neighbouring
 * letters counts as one edit too.
 */
export function closestName(name: string, known: readonly string[]): string | undefined {
  const lower = name.toLowerCase()
  let best: string | undefined
  let bestDistance = Number.POSITIVE_INFINITY
  for (const candidate of known) {
    const other = candidate.toLowerCase()
    const distance =
      other === lower ? 0 : other.startsWith(lower) && lower.length >= 2 ? 1 : editDistance(lower, other)
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  // Beyond a third of the name's length the "suggestion" is a guess and more confusing than helpful.
  return bestDistance <= Math.max(2, Math.ceil(name.length / 3)) ? best : undefined
}

/** Levenshtein distance, with a transposition counted as one edit (Damerau, optimal string alignment). */
function editDistance(a: string, b: string): number {
  const rows = a.length + 1
  const cols = b.length + 1
  const d: number[] = new Array(rows * cols).fill(0)
  for (let i = 0; i < rows; i++) d[i * cols] = i
  for (let j = 0; j < cols; j++) d[j] = j
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(
        (d[(i - 1) * cols + j] as number) + 1,
        (d[i * cols + j - 1] as number) + 1,
        (d[(i - 1) * cols + j - 1] as number) + cost,
      )
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (d[(i - 2) * cols + j - 2] as number) + 1)
      }
      d[i * cols + j] = value
    }
  }
  return d[rows * cols - 1] as number
}

/** Rejects keys of `options` not in `known`, naming the closest known one. */
export function unknownOptionMessage(where: string, name: string, known: readonly string[]): string {
  const guess = closestName(name, known)
  return `Unknown ${where} "${name}"${guess === undefined ? '' : `: did you mean "${guess}"?`} Known: ${known.join(', ')}`
}
