#!/usr/bin/env node
// Fetches, starts and stops an S3-compatible server on loopback for the tests of `s3://` paths: moto's server
// (the `moto[server]` package from PyPI, pinned below), in a virtual environment under the user's cache.
//
//   node scripts/s3.mjs fetch              create the venv and install moto[server] into it (once)
//   node scripts/s3.mjs start [--name dev] start it on a free loopback port; prints its URL on stdout
//   node scripts/s3.mjs stop [--name dev]
//
// Why moto: it implements S3's REST API (multipart uploads included) closely enough for the AWS SDK to talk
// to it unchanged, it is served by PyPI at a pinned version, and its server starts in about a second with no
// state on disk. The tests start their own (startS3 below) on a free port and stop it when they end.
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { homedir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

export const MOTO_VERSION = '5.2.5'
const cacheDir = join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'elastream', 'moto', MOTO_VERSION)
const venv = join(cacheDir, 'venv')
const runDir = join(cacheDir, 'run')

function log(msg) {
  process.stderr.write(`[s3] ${msg}\n`)
}

/** The venv's moto_server, installing it first when missing. */
export function fetchMoto() {
  const server = join(venv, 'bin', 'moto_server')
  const done = join(venv, '.complete')
  if (existsSync(done) && existsSync(server)) return server
  rmSync(venv, { recursive: true, force: true })
  mkdirSync(cacheDir, { recursive: true })
  log(`installing moto[server] ${MOTO_VERSION} into ${venv}`)
  execFileSync(process.env.PYTHON ?? 'python3', ['-m', 'venv', venv], { stdio: ['ignore', 'inherit', 'inherit'] })
  execFileSync(join(venv, 'bin', 'python'), ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', `moto[server]==${MOTO_VERSION}`], {
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  writeFileSync(done, `${new Date().toISOString()}\n`)
  return server
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolvePort(port))
    })
  })
}

async function waitUntilUp(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`moto_server exited with ${child.exitCode}`)
    try {
      const res = await fetch(`${url}/moto-api/`, { signal: AbortSignal.timeout(1000) })
      await res.arrayBuffer()
      if (res.status < 500) return
    } catch {}
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`moto_server did not answer at ${url} within ${timeoutMs} ms`)
}

/**
 * Starts moto on a free loopback port; resolves to its URL and a stop function. `detached` so that a test
 * stopping it ends the server and nothing else; `logFile` keeps its output for a failing run.
 */
export async function startS3({ logFile, timeoutMs = 60_000 } = {}) {
  const server = fetchMoto()
  // Another process may take the port between its release and moto's bind: try a few.
  for (let attempt = 0; ; attempt++) {
    const port = await freePort()
    const url = `http://127.0.0.1:${port}`
    const out = logFile ? openSync(logFile, 'a') : 'ignore'
    const child = spawn(server, ['-H', '127.0.0.1', '-p', String(port)], { detached: true, stdio: ['ignore', out, out] })
    child.unref()
    try {
      await waitUntilUp(url, child, timeoutMs)
      return { url, pid: child.pid, stop: () => stopPid(child.pid) }
    } catch (err) {
      await stopPid(child.pid)
      if (attempt >= 2) throw err
    }
  }
}

export async function stopPid(pid) {
  const alive = () => {
    try {
      process.kill(pid, 0)
      return true
    } catch {
      return false
    }
  }
  for (const target of [-pid, pid]) {
    try {
      process.kill(target, 'SIGTERM')
    } catch {}
  }
  const deadline = Date.now() + 10_000
  while (alive() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100))
  if (alive()) {
    try {
      process.kill(-pid, 'SIGKILL')
    } catch {}
  }
}

async function main() {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { name: { type: 'string', default: 'dev' } } })
  const command = positionals[0]
  const state = join(runDir, `${values.name}.json`)
  if (command === 'fetch') {
    log(`moto_server at ${fetchMoto()}`)
  } else if (command === 'start') {
    mkdirSync(runDir, { recursive: true })
    if (existsSync(state)) await stopPid(JSON.parse(readFileSync(state, 'utf8')).pid)
    const { url, pid } = await startS3({ logFile: join(runDir, `${values.name}.log`) })
    writeFileSync(state, JSON.stringify({ url, pid }))
    log(`moto ${MOTO_VERSION} listening at ${url} (pid ${pid})`)
    process.stdout.write(`${url}\n`)
  } else if (command === 'stop') {
    if (!existsSync(state)) return log(`no server named ${values.name}`)
    await stopPid(JSON.parse(readFileSync(state, 'utf8')).pid)
    rmSync(state, { force: true })
    log('stopped')
  } else {
    process.stderr.write('usage: node scripts/s3.mjs fetch|start|stop [--name NAME]\n')
    process.exitCode = 2
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main()
