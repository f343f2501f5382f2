import { addAbortSignal, type Stream } from 'node:stream'

/**
 * `addAbortSignal(signal, stream)` for a helper's stream, called from its constructor. A signal that is already
 * aborted destroys the stream on the next tick, not at once: at once is inside the constructor, before the
 * caller could pipe the stream or listen for 'error', and from Node 24 on `pipeline()` refuses a destroyed
 * stream ("Cannot pipe to a closed or destroyed stream"), so the AbortError went uncaught and crashed the process.
 */
export function abortOnSignal(signal: AbortSignal, stream: Stream): void {
  if (signal.aborted) process.nextTick(() => addAbortSignal(signal, stream))
  else addAbortSignal(signal, stream)
}
