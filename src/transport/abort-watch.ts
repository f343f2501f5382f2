/**
 * One 'abort' listener per AbortSignal, however many requests share it. A bulk load or a scan passes one
 * signal to every request it has in flight; a listener per request put 11+ listeners on that signal at
 * `concurrency` above 10, and Node printed MaxListenersExceededWarning (and would for any user signal shared
 * the same way). Here each signal gets a single listener that fans out to the requests watching it, and the
 * listener is removed as soon as the last of them is done, so nothing stays attached to a long-lived signal.
 */

/** Anything that wants to hear about the abort: a request's collector, a retry wait. */
export interface AbortWatcher {
  handleEvent(): void
}

interface Fanout {
  watchers: Set<AbortWatcher>
  listener: () => void
}

const fanouts = new WeakMap<AbortSignal, Fanout>()

/** Calls `watcher.handleEvent()` when `signal` aborts, until unwatchAbort(). The signal must not be aborted yet. */
export function watchAbort(signal: AbortSignal, watcher: AbortWatcher): void {
  let fanout = fanouts.get(signal)
  if (fanout === undefined) {
    const watchers = new Set<AbortWatcher>()
    const listener = () => {
      fanouts.delete(signal)
      // A copy: a watcher's handleEvent() unwatches itself while we iterate.
      for (const w of [...watchers]) w.handleEvent()
    }
    fanout = { watchers, listener }
    fanouts.set(signal, fanout)
    signal.addEventListener('abort', listener, { once: true })
  }
  fanout.watchers.add(watcher)
}

export function unwatchAbort(signal: AbortSignal, watcher: AbortWatcher): void {
  const fanout = fanouts.get(signal)
  if (fanout === undefined || !fanout.watchers.delete(watcher)) return
  if (fanout.watchers.size === 0) {
    fanouts.delete(signal)
    signal.removeEventListener('abort', fanout.listener)
  }
}
