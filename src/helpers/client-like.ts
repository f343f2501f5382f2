import { ConfigurationError } from '../errors.js'
import { unwatchAbort, watchAbort } from '../transport/abort-watch.js'
import { describeValue } from '../options/describe-value.js'
import type { TransportLike } from '../transport/types.js'

/** What the helpers need from a client: its transport. `Client` fits; so does any `{ transport }` in tests. */
export interface ClientLike {
  transport: TransportLike
}

export function checkClient(client: unknown, owner: string): TransportLike {
  const transport = (client as ClientLike | null | undefined)?.transport
  if (transport === undefined || transport === null || typeof transport.request !== 'function') {
    throw new ConfigurationError(
      `${owner}: the first argument must be a Client (an object with a transport), got ${describeValue(client)}`,
    )
  }
  return transport
}

/** Resolves after `ms`, or rejects at once when `signal` aborts; the timer is cleared either way. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal === undefined) {
      setTimeout(resolve, ms)
      return
    }
    if (signal.aborted) return reject(signal.reason)
    // Through the transport's one-listener-per-signal fan-out: many batches back off on one signal at once.
    const watcher = {
      handleEvent() {
        clearTimeout(timer)
        unwatchAbort(signal, watcher)
        reject(signal.reason)
      },
    }
    const timer = setTimeout(() => {
      unwatchAbort(signal, watcher)
      resolve()
    }, ms)
    watchAbort(signal, watcher)
  })
}
