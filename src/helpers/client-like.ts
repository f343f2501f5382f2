import { ConfigurationError } from '../errors.js'
import { unwatchAbort, watchAbort } from '../transport/abort-watch.js'
import { closestName } from '../options/closest-name.js'
import type { TransportLike } from '../transport/types.js'

/** What the helpers need from a client: its transport. `Client` fits; so does any `{ transport }` in tests. */
export interface ClientLike {
  transport: TransportLike
}

export function checkClient(client: unknown, owner: string): TransportLike {
  const transport = (client as ClientLike | null | undefined)?.transport
  if (transport === undefined || transport === null || typeof transport.request !== 'function') {
    throw new ConfigurationError(
      `${owner}: the first argument must be a Client (an object with a transport), got ${describe(client)}`,
    )
  }
  return transport
}

export function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value)
  if (typeof value === 'object') return `an object (${value.constructor?.name ?? 'Object'})`
  return String(value)
}

/** Rejects keys the caller misspelled, naming the closest known one. */
export function checkKnownOptions(options: object, known: readonly string[], owner: string): void {
  for (const key of Object.keys(options)) {
    if (known.includes(key)) continue
    const near = closestName(key, known)
    throw new ConfigurationError(
      `${owner}: unknown option "${key}"${near ? ` (did you mean "${near}"?)` : ''}; known options: ${known.join(', ')}`,
    )
  }
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
