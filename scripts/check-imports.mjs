#!/usr/bin/env node
// Part of `npm run lint`: the imports of src/ (type-only ones included) must not close a circle nor run up a
// layer. LAYERS lists them bottom first; a file may import its own layer or one below. The generated API
// (src/api/generated, src/api/types) is left out: the specification's types refer to each other freely.
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const src = join(root, 'src')
const GENERATED = ['api/generated/', 'api/types/']
/** Bottom first: [layer name, path prefixes under src/]. */
const LAYERS = [
  ['base', ['errors.ts', 'redact.ts', 'scan-cursor.ts', 'package-info.ts', 'options/']],
  ['transport', ['transport/']],
  ['observability', ['observability/']],
  ['api', ['api/']],
  ['client', ['client.ts', 'client-options.ts']],
  ['helpers', ['helpers/', 'ndjson.ts', 'json-array.ts']],
  ['index', ['index.ts']],
  ['cli', ['cli/']],
  ['testing', ['testing/']], // elastream/testing, an entry point of its own like the CLI
]

const layerOf = (file) => LAYERS.findIndex(([, prefixes]) => prefixes.some((p) => file.startsWith(p)))
const walk = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  )
const files = walk(src)
  .map((f) => relative(src, f))
  .filter((f) => !GENERATED.some((g) => f.startsWith(g)))

const SPECIFIER = /(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g
const graph = new Map()
for (const file of files) {
  const text = readFileSync(join(src, file), 'utf8')
  const targets = [...text.matchAll(SPECIFIER)].map((m) =>
    relative(src, resolve(dirname(join(src, file)), m[1])).replace(/\.js$/, '.ts'),
  )
  graph.set(file, [...new Set(targets)].filter((t) => !GENERATED.some((g) => t.startsWith(g))))
}

const problems = []
for (const [file, targets] of graph) {
  if (layerOf(file) === -1) problems.push(`${file}: in no layer (add it to LAYERS in scripts/check-imports.mjs)`)
  for (const target of targets) {
    if (layerOf(target) > layerOf(file)) {
      problems.push(`${file} -> ${target}: runs up from ${LAYERS[layerOf(file)]?.[0]} to ${LAYERS[layerOf(target)]?.[0]}`)
    }
  }
}

// Circles: depth-first search, reporting each back edge's loop once.
const state = new Map()
const stack = []
function visit(file) {
  state.set(file, 'open')
  stack.push(file)
  for (const target of graph.get(file) ?? []) {
    const circle = () => [...stack.slice(stack.indexOf(target)), target].join(' -> ')
    if (state.get(target) === 'open') problems.push(`circle: ${circle()}`)
    else if (!state.has(target)) visit(target)
  }
  stack.pop()
  state.set(file, 'done')
}
for (const file of graph.keys()) if (!state.has(file)) visit(file)

if (problems.length > 0) {
  console.error(`Imports of src/ that close a circle or run up a layer:\n  ${problems.join('\n  ')}`)
  process.exit(1)
}
