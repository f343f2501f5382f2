/**
 * The environment of a Node.js process that a test starts (the built CLI, an example, a child script): the
 * test's own, with `extra` on top, and tap's per-module bookkeeping turned off in it.
 *
 * tap puts its processinfo loader in NODE_OPTIONS of every process below it. The loader reads and measures
 * each module that a process loads, for coverage reports, which this project does not make
 * (`disable-coverage`), and it more than doubles a CLI child's start: 0.62 s of CPU against 0.24 s
 * (2 cores, Node 26). Its exclusion pattern, set to every file, keeps the loader and skips the work; the
 * child runs as a user's would.
 */
export function childEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  return { ...process.env, _TAPJS_PROCESSINFO_EXCLUDE_: '/./', ...extra }
}
