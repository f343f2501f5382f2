// The throttling server of benchmarks/adaptive-concurrency.mjs in a process of its own, so that parsing bulk
// bodies and answering does not take CPU from the client being measured. Spawned with a TypeScript loader
// (the server is the test fixture test/support/throttle-server.ts). Protocol over IPC:
//   parent -> { start: options, kind }    child -> { url }   (kind 'rate': startRateLimitServer, else startThrottleServer)
//   parent -> { stats: true }              child -> { stats: ThrottleStats }
//   parent -> { stop: true }               child closes the server and exits
import { startRateLimitServer, startThrottleServer } from '../test/support/throttle-server.js'

let server
process.on('message', async (m) => {
  if (m.start) {
    await server?.close()
    server = m.kind === 'rate' ? await startRateLimitServer(m.start) : await startThrottleServer(m.start)
    process.send({ url: server.url })
  } else if (m.stats) {
    process.send({ stats: { ...server.stats } })
  } else if (m.stop) {
    await server?.close()
    process.exit(0)
  }
})
