// A real forward proxy on 127.0.0.1, port 0 (the `proxy` package, a Squid-like server): plain or TLS, with or
// without credentials; it records the CONNECT tunnels it opened.
import http from 'node:http'
import https from 'node:https'
import type { AddressInfo, Socket } from 'node:net'
import { createProxy, type ProxyServer } from 'proxy'

const b64 = (text: string) => Buffer.from(text).toString('base64')

export interface LocalProxy {
  url: string
  tunnels: string[]
  close(): Promise<void>
}

export async function startForwardProxy(options: { tls?: { key: string; cert: string }; user?: string; password?: string } = {}) {
  const base = options.tls ? https.createServer(options.tls) : http.createServer()
  const server: ProxyServer = createProxy(base)
  const tunnels: string[] = []
  server.on('connect', (req: http.IncomingMessage) => tunnels.push(req.url ?? ''))
  if (options.user !== undefined) {
    const expected = `Basic ${b64(`${options.user}:${options.password}`)}`
    server.authenticate = (req) => req.headers['proxy-authorization'] === expected
  }
  const sockets = new Set<Socket>()
  server.on(options.tls ? 'secureConnection' : 'connection', (socket: Socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const proxy: LocalProxy = {
    url: `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    tunnels,
    // Ended, not destroyed: the proxy passes an end on to its socket toward the node (a destroy it does not),
    // and a tunnel left open toward the node would keep this process alive.
    close: async () => {
      const closing = new Promise<void>((resolve) => server.close(() => resolve()))
      for (const socket of sockets) socket.end()
      await new Promise((resolve) => setTimeout(resolve, 200))
      for (const socket of sockets) socket.destroy()
      await closing
    },
  }
  return proxy
}

