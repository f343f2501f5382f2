/**
 * A loopback proxy in front of the real node whose every request goes through `decide`: forwarded, held (not
 * forwarded until `release()`), swallowed (forwarded, the node's answer never passed on: a client killed or cut
 * off after the node applied its request), or answered by the proxy itself. It makes the order of events in a CLI run a
 * fact rather than a race: hold the next page or bulk, send Ctrl-C or fail a request, then let go.
 */
import { spawn } from 'node:child_process'
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface Seen {
  method: string
  /** Path without the query string. */
  path: string
  /** Requests with this path seen so far, this one included (1-based). */
  nth: number
}

export type Decision = 'forward' | 'hold' | 'swallow' | { status: number; body: unknown }

export interface GateProxy {
  url: string
  /** Requests held right now. */
  readonly held: number
  /** Swallowed requests the node has answered (so it has applied them). */
  readonly swallowed: number
  /** Requests seen per path. */
  readonly counts: Map<string, number>
  /** Forwards every held request, or answers them with `answer` (those that come later are decided again). */
  release(answer?: { status: number; body: unknown }): void
  /** Resolves once `predicate` holds (checked after each request arrives). */
  until(predicate: (proxy: GateProxy) => boolean): Promise<void>
  close(): Promise<void>
}

export async function startGateProxy(target: string, decide: (req: Seen) => Decision): Promise<GateProxy> {
  const counts = new Map<string, number>()
  let heldNow: Array<(answer?: { status: number; body: unknown }) => void> = []
  const waiters: Array<{ predicate: (p: GateProxy) => boolean; resolve: () => void }> = []
  const check = () => {
    for (const w of [...waiters]) {
      if (w.predicate(proxy)) {
        waiters.splice(waiters.indexOf(w), 1)
        w.resolve()
      }
    }
  }

  let swallowed = 0
  const forward = (req: IncomingMessage, res: ServerResponse, body: Buffer, swallow = false) => {
    const url = new URL(req.url ?? '/', target)
    const out = httpRequest(
      url,
      { method: req.method, headers: { ...req.headers, host: url.host, 'content-length': body.length } },
      (answer) => {
        if (swallow) {
          answer.resume()
          answer.on('end', () => {
            swallowed++
            check()
          })
          return
        }
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      },
    )
    out.on('error', () => res.destroy())
    // The client gave up (aborted request): do not leave the forwarded one dangling.
    res.on('close', () => out.destroy())
    out.end(body)
  }

  const reply = (res: ServerResponse, answer: { status: number; body: unknown }) => {
    const text = JSON.stringify(answer.body)
    res.writeHead(answer.status, {
      'content-type': 'application/json',
      'x-elastic-product': 'Elasticsearch',
      'content-length': Buffer.byteLength(text),
    })
    res.end(text)
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const path = (req.url ?? '/').split('?')[0]!
      const nth = (counts.get(path) ?? 0) + 1
      counts.set(path, nth)
      const body = Buffer.concat(chunks)
      const decision = decide({ method: req.method ?? 'GET', path, nth })
      if (decision === 'forward') forward(req, res, body)
      else if (decision === 'swallow') forward(req, res, body, true)
      else if (decision === 'hold') {
        const go = (answer?: { status: number; body: unknown }) =>
          answer === undefined ? forward(req, res, body) : reply(res, answer)
        heldNow.push(go)
        res.on('close', () => {
          heldNow = heldNow.filter((g) => g !== go)
        })
      } else reply(res, decision)
      check()
    })
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const { port } = server.address() as AddressInfo
  const proxy: GateProxy = {
    url: `http://127.0.0.1:${port}`,
    get held() {
      return heldNow.length
    },
    get swallowed() {
      return swallowed
    },
    counts,
    release(answer) {
      const all = heldNow
      heldNow = []
      for (const go of all) go(answer)
    },
    until(predicate) {
      if (predicate(proxy)) return Promise.resolve()
      return new Promise<void>((resolve) => waiters.push({ predicate, resolve }))
    },
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections()
        server.close(() => r())
      }),
  }
  return proxy
}

/**
 * Runs the CLI through `proxy` and stops it with Ctrl-C (SIGINT) the moment the proxy holds a request, so that
 * the signal lands mid-run for certain; the held requests are let go half a second later, while the CLI
 * finishes what it had in flight. Resolves with the exit code and stderr.
 */
export function interruptWhenHeld(
  proxy: GateProxy,
  bin: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; onRelease?: () => void },
): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: options.cwd, env: options.env })
    let stderr = ''
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString()
    })
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stderr }))
    proxy
      .until((p) => p.held > 0)
      .then(() => {
        child.kill('SIGINT')
        setTimeout(() => {
          options.onRelease?.()
          proxy.release()
        }, 500)
      }, reject)
  })
}
