/**
 * The progress bar as a person sees it: the CLI runs under a pseudo-terminal, so stderr is a TTY.
 * Uses util-linux `script` when present, else Python's pty module.
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { drop, esUrl } from '../support/es-direct.js'
import { bin, root, runCli, uniqueName } from '../support/run-cli.js'

const env = { ELASTICSEARCH_URL: esUrl }
const dir = mkdtempSync(join(tmpdir(), 'elastream-cli-tty-'))

/** What the bar writes before each frame: back to column 0, erase the line. */
const CLEAR = '\r\u001b[2K'

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`

function hasScript(): boolean {
  return spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0
}
function hasPython(): boolean {
  return spawnSync('python3', ['-c', 'import pty'], { encoding: 'utf8' }).status === 0
}

/** Runs the CLI on a pseudo-terminal of `columns` columns; resolves with everything the terminal received. */
function runInTerminal(args: string[], columns = 100): Promise<{ code: number | null; output: string }> {
  const command = `stty cols ${columns} rows 30; exec ${[process.execPath, bin, ...args].map(quote).join(' ')}`
  const [file, argv] = hasScript()
    ? ['script', ['-qfec', command, '/dev/null']]
    : [
        'python3',
        [
          '-c',
          'import os,pty,sys\nstatus=pty.spawn(["sh","-c",sys.argv[1]])\nsys.exit(os.waitstatus_to_exitcode(status))',
          command,
        ],
      ]
  return new Promise((resolve, reject) => {
    const child = spawn(file as string, argv as string[], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let output = ''
    child.stdout.on('data', (c: Buffer) => {
      output += c.toString()
    })
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000)
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, output })
    })
  })
}

const noTerminal = !hasScript() && !hasPython()

t.test(
  'on a terminal, load draws a live bar on one line, then the summary',
  { skip: noTerminal && 'neither util-linux script nor python3 pty is available' },
  async (t) => {
    const index = uniqueName('tty')
    t.teardown(() => drop(index))
    const file = join(dir, 'docs.ndjson')
    let text = ''
    for (let i = 0; i < 30_000; i++) text += `${JSON.stringify({ n: i, pad: 'x'.repeat(80) })}\n`
    writeFileSync(file, text)
    // Small, serial requests make the load last long enough for several frames.
    const r = await runInTerminal(['load', file, '--index', index, '--batch', '500', '--concurrency', '1'])
    t.equal(r.code, 0, r.output)
    const frames = r.output
      .split(CLEAR)
      .map((f) => f.replace(/\r?\n$/, ''))
      .filter((f) => f.startsWith('loading'))
    t.ok(frames.length >= 2, `${frames.length} frames drawn`)
    for (const frame of frames) {
      t.match(
        frame,
        /^loading {2}.*\d+% {2}[\d,]+ docs {2}[\d,]+ docs\/s {2}[\d.]+ (B|KB|MB)/,
        'docs, docs/s, bytes, percent',
      )
      t.ok(frame.length < 100, 'fits the terminal')
      t.notMatch(frame, /\n/, 'one line, redrawn in place')
    }
    t.ok(
      frames.some((f) => /ETA [\d.:]+s?$/.test(f)),
      'an ETA once the rate is known (file size is known)',
    )
    t.ok(r.output.includes(`${CLEAR}loaded 30,000 documents into `), 'the bar is cleared before the summary')
  },
)

t.test(
  'on a terminal, dump to a file shows percent against the counted total',
  { skip: noTerminal && 'no pseudo-terminal tool' },
  async (t) => {
    const index = uniqueName('tty-dump')
    t.teardown(() => drop(index))
    const { seed } = await import('../support/es-direct.js')
    await seed(index, 4000)
    const r = await runInTerminal(['dump', index, '--batch', '100', '-o', join(dir, 'out.ndjson')])
    t.equal(r.code, 0, r.output)
    t.match(r.output.replaceAll(CLEAR, '<clear>'), /<clear>dumping {2}\[[#-]{12}\] +\d+% {2}[\d,]+ docs/)
    t.match(r.output, /dumped 4,000 documents/)
  },
)

t.test(
  '--quiet on a terminal: no bar, no summary',
  { skip: noTerminal && 'no pseudo-terminal tool' },
  async (t) => {
    const index = uniqueName('tty-quiet')
    t.teardown(() => drop(index))
    const file = join(dir, 'few.ndjson')
    writeFileSync(file, '{"a":1}\n{"a":2}\n')
    const r = await runInTerminal(['load', file, '--index', index, '--quiet'])
    t.equal(r.code, 0)
    t.equal(r.output, '')
  },
)

t.test('not a terminal: no escape codes at all, only the summary', async (t) => {
  const index = uniqueName('notty')
  t.teardown(() => drop(index))
  const r = await runCli(['load', '-', '--index', index], { env, stdin: '{"a":1}\n' })
  t.equal(r.code, 0)
  t.notOk(r.stderr.includes('\u001b') || r.stderr.includes('\r'), 'no escape codes')
  t.match(r.stderr, /^loaded 1 document into /)
})
