/**
 * A throwaway Elasticsearch cluster for tests that kill nodes: the shared test cluster must never lose one.
 * Started through scripts/es.mjs (which records each node's launcher pid; the node runs in that pid's
 * process group), stopped with its data in teardown, and killed on any exit of the test process so that a
 * timeout or a crash does not leave JVMs behind.
 */
import { randomBytes } from 'node:crypto'
import { rmSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import net from 'node:net'
import { fileURLToPath } from 'node:url'
import type { Test } from 'tap'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')

export interface ClusterState {
  name: string
  pids: number[]
  urls: string[]
  startMs?: number
}

interface EsScript {
  startCluster(o: {
    name: string
    nodes: number
    heap: string
    fresh: boolean
    port: number
  }): Promise<ClusterState>
  stopCluster(o: { name: string; removeData?: boolean }): Promise<boolean>
}

// A path in a variable: TypeScript does not look for declarations of a plain .mjs script then.
const script = join(root, 'scripts', 'es.mjs')

export interface OwnCluster extends ClusterState {
  /** SIGKILL of node `i` (0-based) and its whole process group: no shutdown, sockets die with it. */
  kill(i: number): Promise<void>
}

export async function startOwnCluster(t: Test, nodes = 3): Promise<OwnCluster> {
  const es = (await import(script)) as EsScript
  const name = `rel-${randomBytes(4).toString('hex')}`
  // Away from the shared cluster (9200-9202) and the run-tests cluster; es.mjs skips ports in use anyway.
  const port = 9400 + Math.floor(Math.random() * 400)
  const killAll = () => {
    // Synchronous on purpose: this also runs from process 'exit', where nothing asynchronous happens.
    for (const pid of state?.pids ?? []) {
      try {
        process.kill(-pid, 'SIGKILL')
      } catch {}
    }
    rmSync(join(root, '.es', 'clusters', name), { recursive: true, force: true })
  }
  let state: ClusterState | undefined
  process.once('exit', killAll)
  t.teardown(async () => {
    process.removeListener('exit', killAll)
    await es.stopCluster({ name, removeData: true })
    killAll()
  })
  try {
    state = await es.startCluster({ name, nodes, heap: '512m', fresh: true, port })
  } catch (err) {
    killAll()
    throw err
  }
  t.comment(`own cluster ${name}: ${nodes} nodes healthy in ${((state.startMs ?? 0) / 1000).toFixed(1)} s`)
  const started = state
  return {
    ...started,
    async kill(i: number) {
      const pid = started.pids[i]!
      process.kill(-pid, 'SIGKILL')
      // Dead means its HTTP port refuses connections (probing the pids would count zombies as alive).
      const { port } = new URL(started.urls[i]!)
      for (let n = 0; n < 200; n++) {
        if (!(await listening(Number(port)))) return
        await new Promise((r) => setTimeout(r, 50))
      }
      throw new Error(`node ${i + 1} (pid group ${pid}) still listening 10 s after SIGKILL`)
    },
  }
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolveListening) => {
    const socket = net.connect(port, '127.0.0.1')
    socket.once('connect', () => {
      socket.destroy()
      resolveListening(true)
    })
    socket.once('error', () => resolveListening(false))
  })
}
