#!/usr/bin/env node
// `npm run generate`: writes src/api/generated/*.ts and docs/api.md from the Elasticsearch specification.
//
// The input is the compiled specification of elastic/elasticsearch-specification (the schema the official
// clients generate from): `schema-<major.minor>.json.gz` under `shared/elasticsearch-specification/` beside
// the repository (see scripts/spec/schema.mjs), <major.minor> from package.json's `elastream.elasticsearch`;
// or `--schema PATH`. The output depends on the schema and these scripts only: running it twice gives no
// diff, which CI checks with `npm run generate && git diff --exit-code src/api docs/api.md`.
//
// scripts/spec/: schema.mjs (finding and reading it), endpoints.mjs (the routing descriptor of each endpoint),
// emit-api.mjs (the TypeScript), emit-docs.mjs (docs/api.md), types.mjs
// (src/api/types/: every request, response and shared type).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { emitApi } from './spec/emit-api.mjs'
import { emitDocs } from './spec/emit-docs.mjs'
import { commonQuery, readEndpoints } from './spec/endpoints.mjs'
import { findSchema, readSchema } from './spec/schema.mjs'
import { emitTypes } from './spec/types.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
const { values: args } = parseArgs({
  options: {
    schema: { type: 'string' },
    out: { type: 'string' },
    docs: { type: 'string' },
    types: { type: 'string' },
  },
})
const version = pkg.elastream?.elasticsearch
if (!/^\d+\.\d+\.\d+/.test(version ?? '')) {
  console.error(`generate-api: no Elasticsearch version in package.json elastream.elasticsearch: ${version}`)
  process.exit(1)
}
const outDir = resolve(root, args.out ?? 'src/api/generated')
const docsFile = resolve(root, args.docs ?? 'docs/api.md')
const typesDir = resolve(root, args.types ?? 'src/api/types')

let schemaFile
try {
  schemaFile = findSchema(root, version, args.schema)
} catch (err) {
  console.error(`generate-api: ${err.message}`)
  process.exit(1)
}
const spec = readSchema(schemaFile)
const source = `elasticsearch-specification ${basename(schemaFile)}`
const endpoints = readEndpoints(spec)
const header = `// Generated from ${source} by scripts/generate-api.mjs. Do not edit: regenerate with \`npm run generate\`.\n`
const { files, namespaces } = emitApi({ endpoints, common: commonQuery(spec), schema: spec.schema, header })

/** Writes `files` into `dir`, removing the .ts files no longer generated; returns the bytes written. */
function writeFolder(dir, files) {
  mkdirSync(dir, { recursive: true })
  for (const f of readdirSync(dir)) {
    if (f.endsWith('.ts') && !files.has(f)) rmSync(join(dir, f))
  }
  let bytes = 0
  for (const [f, text] of files) {
    bytes += Buffer.byteLength(text)
    const file = join(dir, f)
    if (!existsSync(file) || readFileSync(file, 'utf8') !== text) writeFileSync(file, text)
  }
  return bytes
}
const bytes = writeFolder(outDir, files)
const types = emitTypes(spec.schema)
const typeBytes = writeFolder(typesDir, types)
const intro = readFileSync(join(root, 'scripts', 'api-doc-intro.md'), 'utf8')
const docs = emitDocs({ endpoints, namespaces, intro, source })
mkdirSync(dirname(docsFile), { recursive: true })
if (!existsSync(docsFile) || readFileSync(docsFile, 'utf8') !== docs) writeFileSync(docsFile, docs)

console.log(
  `generate-api: ${source}: ${spec.schema.endpoints.length} endpoints in the spec, ${endpoints.length} methods generated ` +
    `in ${files.size} files (${namespaces.size - 1} namespaces), ${(bytes / 1024).toFixed(0)} KiB of TypeScript; ` +
    `${types.size} type files, ${(typeBytes / 1024).toFixed(0)} KiB`,
)
