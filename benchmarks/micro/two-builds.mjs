// Two builds of elastream in one process, against one tiny server in a child process: requests per second
// and client CPU per request, round by round, the builds alternated (A B, B A, ...) so that the load of a
// shared machine falls on both alike. Made to compare dependency versions (undici 7 against 8): build each
// in its own copy of the repository (`lib/` and its own `node_modules`), then
//   node benchmarks/micro/two-builds.mjs /path/to/copy-a /path/to/copy-b [requests per round] [rounds]
// Each build loads its own undici from its copy's node_modules.
import { loadavg } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { count, text } from './positional.mjs'
import { startSearchAnswerServer } from './search-answer-server.mjs'

const argv = process.argv.slice(2)
const dirs = [text(argv, 0, undefined), text(argv, 1, undefined)]
if (dirs.includes(undefined)) throw new Error('usage: two-builds.mjs <copy-a> <copy-b> [requests] [rounds]')
const N = count(argv, 2, 'requests', 10000)
const ROUNDS = count(argv, 3, 'rounds', 12)
const CONCURRENCY = 16
const builds = await Promise.all(
  dirs.map(async (dir) => ({
    name: basename(resolve(dir)),
    mod: await import(pathToFileURL(join(resolve(dir), 'lib', 'index.js')).href),
  })),
)
if (builds[0].name === builds[1].name) for (const [i, b] of builds.entries()) b.name = `${b.name}#${i + 1}`

const server = await startSearchAnswerServer()
for (const b of builds) b.client = new b.mod.Client({ node: server.url })

const body = { query: { match_all: {} }, size: 1 }
async function round(client) {
  let i = 0
  const cpu0 = process.cpuUsage()
  const t0 = performance.now()
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (i++ < N) await client.transport.request({ method: 'POST', path: '/idx/_search', body })
    }),
  )
  const ms = performance.now() - t0
  const cpu = process.cpuUsage(cpu0)
  return { rps: Math.round((N / ms) * 1000), cpuUs: (cpu.user + cpu.system) / N }
}

const median = (values) => {
  const s = [...values].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}
for (const b of builds) await round(b.client) // warm-up, not counted
for (const b of builds) b.rounds = []
for (let r = 0; r < ROUNDS; r++) {
  for (const b of r % 2 === 0 ? builds : [...builds].reverse()) b.rounds.push(await round(b.client))
}
console.log(`${ROUNDS} rounds of ${N} requests, concurrency ${CONCURRENCY}, node ${process.version}, load ${loadavg().map((l) => l.toFixed(1)).join(' ')}`)
for (const b of builds) {
  const rps = b.rounds.map((x) => x.rps)
  const cpu = b.rounds.map((x) => x.cpuUs)
  console.log(`${b.name.padEnd(16)} median ${median(rps)} req/s, ${median(cpu).toFixed(1)} CPU us/request  (req/s: ${rps.join(' ')})`)
}
const [a, b] = builds
const less = b.rounds.filter((x, i) => x.cpuUs < a.rounds[i].cpuUs).length
console.log(
  `${b.name} / ${a.name}: req/s ${(median(b.rounds.map((x) => x.rps)) / median(a.rounds.map((x) => x.rps))).toFixed(3)}, ` +
    `CPU per request ${(median(b.rounds.map((x) => x.cpuUs)) / median(a.rounds.map((x) => x.cpuUs))).toFixed(3)} ` +
    `(${b.name} used less CPU in ${less} of ${ROUNDS} rounds)`,
)
for (const x of builds) await x.client.close()
process.exit(0)
