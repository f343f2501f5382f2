#!/usr/bin/env node
// `npm test`: builds the package, makes sure a real Elasticsearch is there, runs tap, and closes with the
// plain line `N passed, N failed` that CI reads.
//
// When ELASTICSEARCH_URL is unset it starts a fresh cluster of the pinned version on free loopback ports
// (ELASTREAM_TEST_NODES nodes, default 3, so round robin and failover run against real nodes), and when
// OPENSEARCH_URL is unset a fresh single OpenSearch node (scripts/os.mjs) at the same time, so the second
// start hides inside the first. It stops what it started at the end, on failure and on SIGINT/SIGTERM; a
// server it did not start is never stopped. Extra arguments go to tap (e.g. a test path).
import { spawn, spawnSync } from 'node:child_process'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startCluster, stopCluster } from './es.mjs'
import { buildEs7 } from './es7.mjs'
import { startNode, stopNode } from './os.mjs'
import { ensureSupportedNode } from './supported-node.mjs'
import { testEnv, typeStripArgs } from './unit-tests.mjs'

ensureSupportedNode(import.meta.url)

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const started = Date.now()

const build = spawnSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' })
if (build.status !== 0) {
  console.log('build failed')
  console.log('0 passed, 1 failed')
  process.exit(1)
}
// The 7.10.2 node of the YAML suite and of the 7.10 backup test: built once here (a no-op when it is), not by
// both test files at the same time. Where Java or Maven is missing the YAML suite says so as a skip, and the
// backup test fails on it.
if (process.env.ELASTREAM_YAML !== '0' && spawnSync('mvn', ['-v'], { stdio: 'ignore' }).status === 0) {
  try {
    buildEs7((line) => console.log(`# ${line}`))
  } catch (err) {
    console.error(`could not build the Elasticsearch 7.10.2 test node: ${err.message}`)
  }
}
const serversFrom = Date.now()

// What this run started, so that every way out stops it (and nothing else).
let ownCluster
let ownOpenSearch
const stopOwn = async () => {
  const stops = []
  if (ownCluster) stops.push(stopCluster({ name: ownCluster, removeData: true }))
  if (ownOpenSearch) stops.push(stopNode({ name: ownOpenSearch, removeData: true }))
  ownCluster = undefined
  ownOpenSearch = undefined
  await Promise.allSettled(stops)
}
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.once(sig, () => {
    stopOwn().finally(() => process.exit(130))
  })
}

const starts = []
if (!process.env.ELASTICSEARCH_URL) {
  const nodes = Number(process.env.ELASTREAM_TEST_NODES ?? 3)
  ownCluster = `test-${process.pid}`
  starts.push(
    startCluster({ name: ownCluster, nodes, heap: nodes > 1 ? '512m' : '1g', fresh: true, port: 9200 }).then(
      (state) => {
        process.env.ELASTICSEARCH_URL = state.urls[0]
        process.env.ELASTICSEARCH_URLS = state.urls.join(',')
      },
      (err) => Promise.reject(new Error(`could not start Elasticsearch: ${err.message}`)),
    ),
  )
}
if (!process.env.OPENSEARCH_URL) {
  ownOpenSearch = `test-${process.pid}`
  starts.push(
    startNode({ name: ownOpenSearch, heap: '512m', fresh: true, port: 9250 }).then(
      (state) => {
        process.env.OPENSEARCH_URL = state.urls[0]
      },
      (err) => Promise.reject(new Error(`could not start OpenSearch: ${err.message}`)),
    ),
  )
}
const failedStarts = (await Promise.allSettled(starts)).filter((r) => r.status === 'rejected')
if (failedStarts.length > 0) {
  for (const r of failedStarts) console.error(r.reason.message)
  await stopOwn()
  console.log('0 passed, 1 failed')
  process.exit(1)
}
console.log(`# servers ready in ${((Date.now() - serversFrom) / 1000).toFixed(1)} s`)

const tapBin = resolve(root, 'node_modules', '.bin', 'tap')
const child = spawn(tapBin, [...typeStripArgs(), ...process.argv.slice(2)], {
  cwd: root,
  stdio: ['ignore', 'pipe', 'inherit'],
  env: testEnv(),
})
let tail = ''
child.stdout.on('data', (chunk) => {
  process.stdout.write(chunk)
  tail = (tail + chunk.toString('utf8')).slice(-4096)
})
const code = await new Promise((r) => child.on('close', (c) => r(c ?? 1)))
await stopOwn()

// tap's closing summary: "# { total: 6, pass: 4, fail: 1, skip: 1 }" (assertion counts).
const summary =
  /#\s*\{\s*total:\s*(\d+)(?:,\s*pass:\s*(\d+))?(?:,\s*fail:\s*(\d+))?(?:,\s*skip:\s*(\d+))?(?:,\s*todo:\s*(\d+))?/.exec(
    tail,
  )
let passed = 0
let failed = code === 0 ? 0 : 1
let skipped = 0
if (summary) {
  passed = Number(summary[2] ?? 0)
  failed = Math.max(Number(summary[3] ?? 0), code === 0 ? 0 : 1)
  skipped = Number(summary[4] ?? 0) + Number(summary[5] ?? 0)
}
console.log(`# tests took ${((Date.now() - started) / 1000).toFixed(1)} s`)
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(failed > 0 ? 1 : 0)
