/**
 * Builds and starts the YAML suite's own Elasticsearch: a real 7.10.2 OSS node with its modules, embedded by
 * scripts/yaml-server (Maven). One node, 127.0.0.1, a port the kernel picks, a fixed heap, data under the
 * git-ignored .es/ folder. Never the shared development node: the suite deletes every index between tests.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { chownSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildEs7, es7TargetDir } from '../../scripts/es7.mjs'

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
const targetDir = es7TargetDir

/** The product and version of the server and of the YAML tests; both come from the same pom. */
export const SERVER = { product: 'elasticsearch', version: '7.10.2' } as const

/** Where the rest-api-spec jar (API JSON + YAML tests) is unpacked by `mvn package`. */
export const specDir = join(targetDir, 'spec', 'rest-api-spec')

/** 65534 is `nobody`: Elasticsearch should not run as root, so a root caller hands the node to nobody. */
const NOBODY = 65534

/** Builds scripts/yaml-server (Maven) unless it is built already: see scripts/es7.mjs. */
export function buildServer(log: (line: string) => void = () => {}): void {
  buildEs7(log)
}

export interface RunningServer {
  url: string
  /** Closes the node (it exits when its stdin closes) and waits for the process to end. */
  stop(): Promise<void>
}

function chownTree(path: string, uid: number): void {
  chownSync(path, uid, uid)
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const p = join(path, entry.name)
    if (entry.isDirectory()) chownTree(p, uid)
    else chownSync(p, uid, uid)
  }
}

function hasSetpriv(): boolean {
  try {
    execFileSync('setpriv', ['--version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

/** Data folders of runs that were killed before they could stop their node (their pid is gone). */
function removeStaleHomes(): void {
  const dir = join(repoRoot, '.es')
  if (!existsSync(dir)) return
  for (const name of readdirSync(dir)) {
    const m = /^yaml-.+-(\d+)$/.exec(name)
    if (!m) continue
    try {
      process.kill(Number(m[1]), 0)
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ESRCH') rmSync(join(dir, name), { recursive: true, force: true })
    }
  }
}

export interface StartOptions {
  /** Heap for the node, `-Xms` and `-Xmx` alike. Default `1g`: the suite needs little, and fixed is predictable. */
  heap?: string
  /** Milliseconds to wait for the node to answer. Default 180 s: a cold JVM on a busy 2-core CI box is slow. */
  startTimeout?: number
  log?: (line: string) => void
}

/** Starts a fresh node in its own data folder (removed on stop) and resolves once it listens. */
export async function startServer(opts: StartOptions = {}): Promise<RunningServer> {
  const log = opts.log ?? (() => {})
  buildServer(log)
  removeStaleHomes()
  // One folder per run, so a manual run and the tap test can each have their own node at the same time.
  const home = join(repoRoot, '.es', `yaml-${SERVER.product}-${SERVER.version}-${process.pid}`)
  rmSync(home, { recursive: true, force: true })
  mkdirSync(home, { recursive: true })

  const java = process.env.YAML_JAVA ?? 'java'
  const heap = opts.heap ?? '1g'
  const javaArgs = [
    `-Xms${heap}`,
    `-Xmx${heap}`,
    '-XX:+UseG1GC',
    '-Djava.awt.headless=true',
    '-Dlog4j2.disable.jmx=true',
    `-Djava.io.tmpdir=${home}`,
    '-cp',
    `${join(targetDir, 'yaml-server-1.jar')}:${join(targetDir, 'lib', '*')}`,
    'elastream.yamlserver.YamlServer',
    home,
    '0',
  ]
  let command = java
  let args = javaArgs
  if (process.getuid?.() === 0 && hasSetpriv()) {
    chownTree(home, NOBODY)
    command = 'setpriv'
    args = ['--reuid', String(NOBODY), '--regid', String(NOBODY), '--clear-groups', java, ...javaArgs]
  }

  const child: ChildProcess = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'], cwd: home })
  let output = ''
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`the YAML server did not start within ${opts.startTimeout ?? 180_000} ms:\n${output}`))
    }, opts.startTimeout ?? 180_000)
    const onData = (chunk: Buffer) => {
      // Only the tail is kept for error messages; the node logs warnings only, but runs for minutes.
      output = (output + chunk.toString()).slice(-20_000)
      const m = /ELASTREAM_YAML_SERVER_READY (http:\/\/\S+)/.exec(output)
      if (m) {
        clearTimeout(timer)
        resolveUrl(m[1]!)
      }
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', onData)
    child.once('exit', (code, signal) => {
      clearTimeout(timer)
      reject(new Error(`the YAML server exited (${code ?? signal}) before it was ready:\n${output}`))
    })
  })
  child.removeAllListeners('exit')
  log(`YAML server ${SERVER.product} ${SERVER.version} at ${url}`)

  return {
    url,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done()
        const killer = setTimeout(() => child.kill('SIGKILL'), 30_000)
        child.once('exit', () => {
          clearTimeout(killer)
          rmSync(home, { recursive: true, force: true })
          done()
        })
        child.stdin!.end()
      }),
  }
}
