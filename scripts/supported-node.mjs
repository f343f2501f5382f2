// The repo's own entry points (npm test, npm run demo) on a machine whose Node.js is older than elastream
// supports: instead of failing deep inside undici, they re-run themselves on the newest LTS that
// scripts/runtimes.mjs installs from the npm registry, and say so. On a supported Node.js this does nothing.
import { execFileSync, spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const MINIMUM = [22, 19]

export function isSupported(version = process.versions.node) {
  const [major, minor] = version.split('.').map(Number)
  return major > MINIMUM[0] || (major === MINIMUM[0] && minor >= MINIMUM[1])
}

/** Call first thing in a script (before anything loads undici): returns only on a supported Node.js. */
export function ensureSupportedNode(scriptUrl) {
  if (isSupported()) return
  const runtimes = join(dirname(fileURLToPath(import.meta.url)), 'runtimes.mjs')
  const binDir = execFileSync(process.execPath, [runtimes, 'bin', 'node26'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  }).trim()
  process.stderr.write(
    `Node.js ${process.version} is older than elastream supports (${MINIMUM.join('.')}); ` +
      `running on the Node.js installed from the npm registry in ${binDir}\n`,
  )
  const child = spawnSync(join(binDir, 'node'), [fileURLToPath(scriptUrl), ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, PATH: `${binDir}:${process.env.PATH ?? ''}` },
  })
  process.exit(child.status ?? 1)
}
