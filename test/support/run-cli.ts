/**
 * Drives the built CLI the way a user does: a child process, bytes on stdin, stdout and stderr
 * captured, the exit code checked. Tests run `node lib/cli/main.js` (npm test builds first).
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { childEnv } from './child-env.js'

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
export const bin = join(root, 'lib', 'cli', 'main.js')

if (!existsSync(bin)) {
  throw new Error(`${bin} is missing: run "npm run build" first (npm test does it for you)`)
}

export interface CliResult {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

export interface RunOptions {
  stdin?: string | Buffer
  env?: Record<string, string | undefined>
  cwd?: string
  /** Kill the child after this many ms (the test then fails on the exit code). Default 60 s. */
  timeoutMs?: number
}

export function runCli(args: string[], options: RunOptions = {}): Promise<CliResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: options.cwd ?? root,
      env: childEnv({ ELASTREAM_DEBUG: '', ...options.env }),
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (c: Buffer) => out.push(c))
    child.stderr.on('data', (c: Buffer) => err.push(c))
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000)
    child.on('error', reject)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      resolvePromise({
        code,
        signal,
        stdout: Buffer.concat(out).toString(),
        stderr: Buffer.concat(err).toString(),
      })
    })
    child.stdin.on('error', () => {
      // The CLI may exit before reading stdin (a usage error): that is what some tests check.
    })
    child.stdin.end(options.stdin ?? '')
  })
}

/** A throwaway HTTP server on a free loopback port that answers like Elasticsearch would. */
export async function fakeElasticsearch(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<{ url: string; server: Server; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    res.setHeader('x-elastic-product', 'Elasticsearch')
    handler(req, res)
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections()
        server.close(() => r())
      }),
  }
}

/** A loopback port nothing listens on (bound, then released). */
export async function deadPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((r) => server.close(() => r()))
  return port
}

export function uniqueName(topic: string): string {
  return `cli-${topic}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`
}

/**
 * `load - --index <index> --progress` fed `written` on stdin, the pipe then left open and silent (a stalled
 * producer); Ctrl-C (SIGINT) once the progress line says `docs` documents are in. Killed after 60 s.
 */
export function interruptQuietLoad(
  index: string,
  written: string,
  docs: number,
  env: Record<string, string | undefined>,
): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [bin, 'load', '-', '--index', index, '--progress'], {
      cwd: root,
      env: childEnv(env),
    })
    let stderr = ''
    let sent = false
    const killer = setTimeout(() => child.kill('SIGKILL'), 60_000)
    child.stdin.write(written)
    const seen = new RegExp(`\\s${docs} docs`)
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString()
      if (!sent && seen.test(stderr)) {
        sent = true
        child.kill('SIGINT')
      }
    })
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(killer)
      resolvePromise({ code, stderr })
    })
  })
}
