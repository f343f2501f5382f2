// Writes data/logs-<N>.ndjson: one log document per line (no action lines),
// the same bytes every time for the same N. Files are git-ignored and
// regenerated on demand; a finished file is renamed into place atomically so
// an interrupted run never leaves a short file that looks complete.
import { once } from 'node:events'
import { createWriteStream, existsSync, mkdirSync, renameSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { logDoc } from './common/logdoc.mjs'

const here = dirname(fileURLToPath(import.meta.url))
export const dataDir = join(here, 'data')

export function dataFile(n) {
  return join(dataDir, `logs-${n}.ndjson`)
}

/** Ensures data/logs-<n>.ndjson exists; returns its path. */
export async function ensureData(n) {
  const file = dataFile(n)
  if (existsSync(file)) return file
  mkdirSync(dataDir, { recursive: true })
  const tmp = `${file}.tmp-${process.pid}`
  const out = createWriteStream(tmp, { highWaterMark: 1 << 20 })
  // Batch lines: one write() per 1000 docs keeps generation I/O-bound.
  const batch = 1000
  for (let i = 0; i < n; i += batch) {
    let chunk = ''
    const end = Math.min(n, i + batch)
    for (let j = i; j < end; j++) chunk += `${JSON.stringify(logDoc(j))}\n`
    if (!out.write(chunk)) await once(out, 'drain')
  }
  out.end()
  await once(out, 'finish')
  renameSync(tmp, file)
  return file
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = process.argv.slice(2).map(Number)
  if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n <= 0)) {
    console.error('usage: node gen-data.mjs <docs> [<docs> ...]')
    process.exit(2)
  }
  for (const n of sizes) {
    const t = performance.now()
    const file = await ensureData(n)
    console.log(`${file} (${((performance.now() - t) / 1000).toFixed(1)} s)`)
  }
}
