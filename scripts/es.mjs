#!/usr/bin/env node
// Fetches, starts, checks and stops a real Elasticsearch on loopback, for tests, benchmarks and the demo.
//
//   node scripts/es.mjs fetch                     download the pinned distribution from Maven Central
//   node scripts/es.mjs start [--nodes 3] [--name dev] [--port 9200] [--heap 1g] [--fresh]
//   node scripts/es.mjs status [--name dev]       prints the cluster's URLs and health, exit 1 when down
//   node scripts/es.mjs stop [--name dev]
//
// The distribution is Maven Central's integ-test-zip of Elasticsearch (pinned in package.json under
// "elastream.elasticsearch"): a real server without a bundled JDK, so it runs on the newest JDK >= 21 found
// in /usr/lib/jvm (or ES_JAVA_HOME). Elasticsearch refuses to run as root, so as root each node runs as
// uid/gid 65534 (nobody) through setpriv. Everything lives under .es/ (git-ignored).
import { execFileSync, spawn } from 'node:child_process'
import {
  chownSync,
  cpSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import net from 'node:net'
import { homedir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
export const version = pkg.elastream.elasticsearch
const esDir = join(root, '.es')
export const NOBODY = 65534

const defaults = { name: 'dev', nodes: 1, port: 9200, heap: '1g', fresh: false, timeoutMs: 240_000 }

function log(msg) {
  process.stderr.write(`[es] ${msg}\n`)
}

/** Downloads the pinned zip into ~/.m2 (Maven's cache) and unpacks it under .es/dist. Returns the ES home. */
export function fetchDistribution() {
  const home = join(esDir, 'dist', `elasticsearch-${version}`)
  if (existsSync(join(home, 'bin', 'elasticsearch'))) return home
  const group = 'org.elasticsearch.distribution.integ-test-zip'
  const zip = join(
    homedir(),
    '.m2',
    'repository',
    ...group.split('.'),
    'elasticsearch',
    version,
    `elasticsearch-${version}.zip`,
  )
  if (!existsSync(zip)) {
    log(`fetching ${group}:elasticsearch:${version} from Maven Central`)
    execFileSync('mvn', ['-q', '-B', 'dependency:get', `-Dartifact=${group}:elasticsearch:${version}:zip`], {
      stdio: 'inherit',
    })
  }
  mkdirSync(join(esDir, 'dist'), { recursive: true })
  execFileSync('unzip', ['-q', '-o', zip, '-d', join(esDir, 'dist')], { stdio: 'inherit' })
  return home
}

/** The newest JDK >= 21 on the machine: Elasticsearch 9 will not start on 17. */
export function findJavaHome() {
  if (process.env.ES_JAVA_HOME) return process.env.ES_JAVA_HOME
  const jvms = existsSync('/usr/lib/jvm') ? readdirSync('/usr/lib/jvm') : []
  let best
  for (const name of jvms) {
    const release = join('/usr/lib/jvm', name, 'release')
    if (!existsSync(release)) continue
    const m = /JAVA_VERSION="(\d+)/.exec(readFileSync(release, 'utf8'))
    const major = m ? Number(m[1]) : 0
    if (major >= 21 && (!best || major > best.major)) best = { major, home: join('/usr/lib/jvm', name) }
  }
  if (!best) throw new Error('no JDK >= 21 found in /usr/lib/jvm; set ES_JAVA_HOME')
  return best.home
}

function clusterDir(name) {
  return join(esDir, 'clusters', name)
}

function readState(name) {
  const file = join(clusterDir(name), 'state.json')
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined
}

export function isAlive(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

function portFree(port) {
  return new Promise((resolveFree) => {
    const server = net.createServer()
    server.once('error', () => resolveFree(false))
    server.listen(port, '127.0.0.1', () => server.close(() => resolveFree(true)))
  })
}

/** `count` consecutive free ports starting at or after `from`. */
export async function freePortRun(from, count) {
  for (let base = from; base < from + 1000; base++) {
    let ok = true
    for (let i = 0; i < count && ok; i++) ok = await portFree(base + i)
    if (ok) return base
  }
  throw new Error(`no ${count} free consecutive ports from ${from}`)
}

export async function health(url, query = '') {
  const res = await fetch(`${url}/_cluster/health${query}`, { signal: AbortSignal.timeout(5000) })
  return res.json()
}

/**
 * Polls `url` until the cluster is at least yellow with `nodes` nodes. Resolves undefined when it is, 'died'
 * when one of `pids` exits first, 'timeout' past `deadline` (epoch ms). The caller stops what it started.
 */
export async function waitUntilHealthy({ url, pids, nodes, deadline }) {
  for (;;) {
    if (!pids.every(isAlive)) return 'died'
    try {
      const h = await health(url, `?wait_for_nodes=${nodes}&wait_for_status=yellow&timeout=2s`)
      if (h.number_of_nodes === nodes && (h.status === 'green' || h.status === 'yellow')) return undefined
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) return 'timeout'
    await new Promise((r) => setTimeout(r, 500))
  }
}

export function chownTree(path) {
  chownSync(path, NOBODY, NOBODY)
  if (statSync(path).isDirectory()) for (const entry of readdirSync(path)) chownTree(join(path, entry))
}

/**
 * Starts a cluster of `nodes` nodes on 127.0.0.1 and resolves when its health is at least yellow with every
 * node joined. Reuses a running cluster of the same name.
 */
export async function startCluster(opts = {}) {
  const o = { ...defaults, ...opts }
  const running = readState(o.name)
  if (running?.pids.every(isAlive)) {
    log(`cluster '${o.name}' already running at ${running.urls.join(', ')}`)
    return running
  }
  const home = fetchDistribution()
  const javaHome = findJavaHome()
  const dir = clusterDir(o.name)
  if (o.fresh) rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const httpPort = await freePortRun(o.port, o.nodes)
  const transportPort = await freePortRun(httpPort + 100, o.nodes)
  const asRoot = process.getuid?.() === 0
  const seeds = Array.from({ length: o.nodes }, (_, i) => `127.0.0.1:${transportPort + i}`).join(',')
  const masters = Array.from({ length: o.nodes }, (_, i) => `node-${i + 1}`).join(',')
  const started = Date.now()
  const pids = []
  const urls = []
  for (let i = 0; i < o.nodes; i++) {
    const nodeDir = join(dir, `node-${i + 1}`)
    const conf = join(nodeDir, 'config')
    // Each node gets its own writable copy of the config: Elasticsearch writes its keystore there.
    if (!existsSync(conf)) cpSync(join(home, 'config'), conf, { recursive: true })
    for (const sub of ['data', 'logs', 'tmp']) mkdirSync(join(nodeDir, sub), { recursive: true })
    if (asRoot) chownTree(nodeDir)
    const settings = {
      'cluster.name': `elastream-${o.name}`,
      'node.name': `node-${i + 1}`,
      'network.host': '127.0.0.1',
      'http.port': httpPort + i,
      'transport.port': transportPort + i,
      'path.data': join(nodeDir, 'data'),
      'path.logs': join(nodeDir, 'logs'),
      'xpack.security.enabled': 'false',
      // A nearly full disk must not turn test indices read-only.
      'cluster.routing.allocation.disk.threshold_enabled': 'false',
      ...(o.nodes === 1
        ? { 'discovery.type': 'single-node' }
        : { 'discovery.seed_hosts': seeds, 'cluster.initial_master_nodes': masters }),
    }
    const args = Object.entries(settings).flatMap(([k, v]) => ['-E', `${k}=${v}`])
    const env = {
      ...process.env,
      ES_JAVA_HOME: javaHome,
      ES_PATH_CONF: conf,
      ES_TMPDIR: join(nodeDir, 'tmp'),
      ES_JAVA_OPTS: `-Xms${o.heap} -Xmx${o.heap}`,
      HOME: nodeDir,
    }
    delete env.JAVA_HOME
    const out = openSync(join(nodeDir, 'stdout.log'), 'w')
    if (asRoot) chownSync(join(nodeDir, 'stdout.log'), NOBODY, NOBODY)
    const bin = join(home, 'bin', 'elasticsearch')
    const [cmd, cmdArgs] = asRoot
      ? ['setpriv', [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', bin, ...args]]
      : [bin, args]
    const child = spawn(cmd, cmdArgs, { env, detached: true, stdio: ['ignore', out, out] })
    child.unref()
    pids.push(child.pid)
    urls.push(`http://127.0.0.1:${httpPort + i}`)
  }
  const state = {
    name: o.name,
    version,
    nodes: o.nodes,
    pids,
    urls,
    startedAt: new Date(started).toISOString(),
  }
  writeFileSync(join(dir, 'state.json'), `${JSON.stringify(state, null, 2)}\n`)
  const failure = await waitUntilHealthy({ url: urls[0], pids, nodes: o.nodes, deadline: started + o.timeoutMs })
  if (failure) {
    await stopCluster({ name: o.name })
    throw new Error(
      failure === 'died'
        ? `an Elasticsearch node died while starting; see ${dir}/node-*/stdout.log`
        : `Elasticsearch did not become healthy within ${o.timeoutMs} ms; see ${dir}`,
    )
  }
  state.startMs = Date.now() - started
  writeFileSync(join(dir, 'state.json'), `${JSON.stringify(state, null, 2)}\n`)
  log(
    `Elasticsearch ${version}, ${o.nodes} node(s), healthy in ${(state.startMs / 1000).toFixed(1)} s: ${urls.join(' ')}`,
  )
  return state
}

/**
 * SIGTERM to each process group started with `detached` (and the process itself), then SIGKILL to what is
 * still alive after 30 s. Resolves once none of them runs.
 */
export async function stopProcessGroups(pids) {
  for (const pid of pids) {
    // setpriv execs into the JVM launcher, whose process group we own through `detached`.
    for (const target of [-pid, pid]) {
      try {
        process.kill(target, 'SIGTERM')
      } catch {}
    }
  }
  const deadline = Date.now() + 30_000
  while (pids.some(isAlive) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200))
  for (const pid of pids.filter(isAlive)) {
    try {
      process.kill(-pid, 'SIGKILL')
    } catch {}
  }
}

/** Stops the nodes of a cluster this script started: SIGTERM, then SIGKILL after 30 s. */
export async function stopCluster(opts = {}) {
  const { name } = { ...defaults, ...opts }
  const state = readState(name)
  if (!state) return false
  await stopProcessGroups(state.pids)
  rmSync(join(clusterDir(name), 'state.json'), { force: true })
  if (opts.removeData) rmSync(clusterDir(name), { recursive: true, force: true })
  log(`stopped cluster '${name}'`)
  return true
}

export async function clusterStatus(opts = {}) {
  const { name } = { ...defaults, ...opts }
  const state = readState(name)
  if (!state?.pids.some(isAlive)) return undefined
  try {
    return { ...state, health: await health(state.urls[0]) }
  } catch (err) {
    return { ...state, health: { status: 'unreachable', error: String(err) } }
  }
}

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      name: { type: 'string', default: defaults.name },
      nodes: { type: 'string', default: String(defaults.nodes) },
      port: { type: 'string', default: String(defaults.port) },
      heap: { type: 'string', default: defaults.heap },
      fresh: { type: 'boolean', default: false },
    },
  })
  const [command] = positionals
  const opts = {
    name: values.name,
    nodes: Number(values.nodes),
    port: Number(values.port),
    heap: values.heap,
    fresh: values.fresh,
  }
  if (!Number.isInteger(opts.nodes) || opts.nodes < 1 || opts.nodes > 5)
    throw new Error(`--nodes must be 1..5, got ${values.nodes}`)
  switch (command) {
    case 'fetch':
      console.log(fetchDistribution())
      break
    case 'start': {
      const state = await startCluster(opts)
      console.log(state.urls.join(','))
      break
    }
    case 'stop':
      if (!(await stopCluster(opts))) log(`no cluster '${opts.name}' was started by this script`)
      break
    case 'status': {
      const status = await clusterStatus(opts)
      if (!status) {
        console.log(`cluster '${opts.name}': not running`)
        process.exitCode = 1
      } else {
        console.log(
          `cluster '${opts.name}': ${status.health.status}, ${status.urls.join(' ')} (Elasticsearch ${status.version})`,
        )
      }
      break
    }
    default:
      console.error(
        'usage: node scripts/es.mjs fetch|start|status|stop [--name dev] [--nodes 1] [--port 9200] [--heap 1g] [--fresh]',
      )
      process.exitCode = 2
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((err) => {
    console.error(`[es] ${err.message}`)
    process.exitCode = 1
  })
}
