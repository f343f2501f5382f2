/**
 * A stand-in for an AWS endpoint (Amazon OpenSearch Service, OpenSearch Serverless) on 127.0.0.1, port 0: it
 * verifies the SigV4 signature of every request with the independent verifier (sigv4-verifier.ts) and answers
 * a bad one as AWS does (403, `{"message"}`, `x-amzn-errortype`); a good one goes on, bytes unchanged (gzip
 * included), to the real node behind it, whose answer comes back as it is. Its clock can be set off, and a key
 * marked expired, to show what the client does then.
 */
import http from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { type KeyRecord, type Verdict, verifySigV4 } from './sigv4-verifier.js'

export interface StandInOptions {
  /** The node requests are forwarded to once verified. */
  target: string
  region: string
  service: 'es' | 'aoss'
  keys: Map<string, KeyRecord>
  /** Added to the stand-in's clock (and so to its Date header): a server whose time differs from ours. */
  clockOffsetMs?: number
}

export interface SeenRequest {
  method: string
  url: string
  headers: http.IncomingHttpHeaders
  bodyBytes: number
  verdict: Verdict
}

export interface StandIn {
  url: string
  /** Every request, in order, with the verifier's verdict. */
  seen: SeenRequest[]
  /** Changed by tests while running. */
  options: StandInOptions
  refused(): SeenRequest[]
  close(): Promise<void>
}

/** Headers of ours that the node behind must not see (it has no idea of SigV4). */
const SIGNING_HEADERS = new Set(['authorization', 'x-amz-date', 'x-amz-content-sha256', 'x-amz-security-token', 'host'])

export async function startStandIn(options: StandInOptions): Promise<StandIn> {
  const seen: SeenRequest[] = []
  const target = new URL(options.target)
  const agent = new http.Agent({ keepAlive: true })
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const body = Buffer.concat(chunks)
      const now = Date.now() + (options.clockOffsetMs ?? 0)
      const verdict = verifySigV4(
        { method: req.method ?? '', url: req.url ?? '', rawHeaders: req.rawHeaders, body },
        { region: options.region, service: options.service, keys: options.keys, now, requireContentSha256: options.service === 'aoss' },
      )
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, bodyBytes: body.length, verdict })
      const date = new Date(now).toUTCString()
      if (!verdict.ok) {
        const text = JSON.stringify({ message: verdict.message })
        res.writeHead(verdict.status, {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(text),
          'x-amzn-errortype': `${verdict.type}:http://internal.amazon.com/coral/com.amazon.coral.service/`,
          date,
        })
        res.end(text)
        return
      }
      const headers: http.OutgoingHttpHeaders = {}
      for (const [name, value] of Object.entries(req.headers)) {
        if (!SIGNING_HEADERS.has(name) && value !== undefined) headers[name] = value
      }
      const forward = http.request(
        { host: target.hostname, port: target.port, method: req.method, path: req.url, headers, agent },
        (answer) => {
          const out: http.OutgoingHttpHeaders = { ...answer.headers, date }
          delete out.connection
          delete out['keep-alive']
          res.writeHead(answer.statusCode ?? 502, out)
          answer.pipe(res)
        },
      )
      forward.on('error', () => {
        res.writeHead(502, { 'content-type': 'text/plain' })
        res.end('bad gateway')
      })
      forward.end(body)
    })
  })
  const sockets = new Set<Socket>()
  server.on('connection', (socket: Socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    options,
    refused: () => seen.filter((s) => !s.verdict.ok),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        agent.destroy()
        server.close(() => resolve())
      }),
  }
}
