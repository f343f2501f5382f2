// Work the user cancelled raises no error: a bulkStream destroyed before it started (or with batches pending,
// in flight, waiting for a retry), a bulk() aborted, a client closed under a load. Run in a child process so an
// uncaught exception or unhandled rejection is seen as such, not as a failure tap catches for us.
import { spawn } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import t from 'tap'
import { esUrl } from '../support/es-url.js'
import { childEnv } from '../support/child-env.js'

const child = join(dirname(fileURLToPath(import.meta.url)), '..', 'support', 'bulk-cancel-child.ts')

t.test('cancelled bulk work: no uncaught exception, no unhandled rejection, in any scenario', async (t) => {
  const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>(
    (resolve) => {
      // the same TypeScript loader tap runs this file with
      const p = spawn(process.execPath, [...process.execArgv, child, esUrl], { stdio: ['ignore', 'pipe', 'pipe'], env: childEnv() })
      let stdout = ''
      let stderr = ''
      p.stdout.on('data', (c: Buffer) => (stdout += c))
      p.stderr.on('data', (c: Buffer) => (stderr += c))
      p.on('close', (code) => resolve({ code, stdout, stderr }))
    },
  )
  t.equal(code, 0, `the child exited cleanly ${stderr}`)
  const report = JSON.parse(stdout) as Record<string, string[]>
  t.equal(Object.keys(report).length, 10, 'every scenario ran')
  for (const [name, problems] of Object.entries(report)) t.same(problems, [], name)
})
