// Temporary: writes src/api/types/ from the schema until `npm run generate` does (helper spec-gen).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import { emitTypes } from './types.mjs'

const schema = JSON.parse(gunzipSync(readFileSync(process.env.SPEC_SCHEMA ?? '/work/shared/elasticsearch-specification/schema-9.5.json.gz')))
const out = new URL('../../src/api/types/', import.meta.url)
rmSync(out, { recursive: true, force: true })
mkdirSync(out, { recursive: true })
for (const [file, source] of emitTypes(schema)) writeFileSync(new URL(file, out), source)
