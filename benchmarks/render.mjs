// Turns one results/<id>.json into the tables between the markers in
// benchmarks/README.md and into chart.svg (hand-written SVG, no deps).
//
//   node benchmarks/render.mjs [results/<id>.json]   (default: the newest)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const START = '<!-- results:start -->'
const END = '<!-- results:end -->'

const SCENARIO_TITLES = {
  'bulk-objects': '(a) bulk, documents given as objects',
  'bulk-ndjson': '(b) bulk, NDJSON file',
  scan: '(c) scan an index',
  search: '(d) small searches, 32 concurrent',
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length === 0 ? Number.NaN : s[Math.floor((s.length - 1) / 2)]
}

/** One row per (target, scenario, client): the sample with the median throughput. */
export function aggregate(runs) {
  const groups = new Map()
  for (const r of runs) {
    const key = `${r.target}|${r.scenario}|${r.client}`
    if (!groups.has(key)) groups.set(key, [])
    groups.get(key).push(r)
  }
  const rows = []
  for (const samples of groups.values()) {
    const ok = samples.filter((s) => !s.error)
    if (ok.length === 0) {
      rows.push({ ...samples[0], samples: samples.length })
      continue
    }
    const m = median(ok.map((s) => s.perSec))
    const pick = ok.find((s) => s.perSec === m)
    rows.push({
      ...pick,
      samples: ok.length,
      spread:
        ok.length > 1 ? [Math.min(...ok.map((s) => s.perSec)), Math.max(...ok.map((s) => s.perSec))] : null,
      cpuPer100k: median(ok.map((s) => s.cpuPer100k)),
      peakMB: Math.max(...ok.map((s) => s.rss.peakMB)),
    })
  }
  return rows
}

const fmt = (n, digits = 0) =>
  Number.isFinite(n)
    ? n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })
    : '-'
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}x` : '-')

function find(rows, target, scenario, client) {
  return rows.find((r) => r.target === target && r.scenario === scenario && r.client === client && !r.error)
}

function scenarioTable(rows, target, scenario) {
  const list = rows.filter((r) => r.target === target && r.scenario === scenario)
  if (list.length === 0) return ''
  const official = find(rows, target, scenario, 'official')
  const search = scenario === 'search'
  const unit = search ? 'req/s' : 'docs/s'
  const head = search
    ? `| client | ${unit} | vs official | CPU s / 100k req | p50 ms | p99 ms | peak RSS MB | runs |\n|---|---:|---:|---:|---:|---:|---:|---:|`
    : `| client | ${unit} | vs official | CPU s / 100k docs | CPU vs official | peak RSS MB | runs |\n|---|---:|---:|---:|---:|---:|---:|`
  const lines = list.map((r) => {
    if (r.error) return `| ${r.client} | failed: ${r.error.slice(0, 160).replace(/\|/g, '/')} | | | | | | |`
    const spread = r.spread ? ` (${fmt(r.spread[0])}-${fmt(r.spread[1])})` : ''
    if (search) {
      return `| ${r.client} | ${fmt(r.perSec)}${spread} | ${ratio(r.perSec, official?.perSec)} | ${fmt(r.cpuPer100k, 1)} | ${fmt(r.latencyMs.p50, 2)} | ${fmt(r.latencyMs.p99, 2)} | ${fmt(r.peakMB)} | ${r.samples} |`
    }
    return `| ${r.client} | ${fmt(r.perSec)}${spread} | ${ratio(r.perSec, official?.perSec)} | ${fmt(r.cpuPer100k, 2)} | ${ratio(r.cpuPer100k, official?.cpuPer100k)} | ${fmt(r.peakMB)} | ${r.samples} |`
  })
  const n = list.find((r) => r.n)?.n
  return `#### ${SCENARIO_TITLES[scenario]}, N = ${fmt(n)}\n\n${head}\n${lines.join('\n')}\n`
}

function targetChecks(rows, growth) {
  const t = 'sink'
  const get = (s, c) => find(rows, t, s, c)
  const checks = []
  const add = (name, goal, value, ok) =>
    checks.push(`| ${name} | ${goal} | ${value} | ${ok === undefined ? 'n/a' : ok ? 'met' : '**missed**'} |`)
  const cmp = (s, c, peer, goal, field = 'perSec', lower = false) => {
    const a = get(s, c)
    const b = get(s, peer)
    if (!a || !b)
      return add(
        `${s}: ${c} vs ${peer} (${field === 'perSec' ? 'throughput' : 'CPU/doc'})`,
        goal,
        '-',
        undefined,
      )
    const r = a[field] / b[field]
    const ok = lower ? r <= goal : r >= goal
    // Throughput if each client had its core to itself: CPU per doc, inverted.
    const cpuBound =
      field === 'perSec' ? ` (per CPU second: ${(b.cpuPer100k / a.cpuPer100k).toFixed(2)}x)` : ''
    add(
      `${s}: ${c} vs ${peer} (${field === 'perSec' ? 'throughput' : 'CPU per doc'})`,
      `${lower ? '<=' : '>='} ${goal}x`,
      `${r.toFixed(2)}x${cpuBound}`,
      ok,
    )
  }
  cmp('bulk-objects', 'elastream', 'official', 1.5)
  cmp('bulk-objects', 'elastream', 'official', 0.6, 'cpuPer100k', true)
  cmp('bulk-ndjson', 'elastream', 'official', 3)
  cmp('scan', 'elastream-pit', 'official', 1.5)
  cmp('bulk-objects', 'elastream', 'python-streaming', 3)
  cmp('bulk-ndjson', 'elastream', 'python-streaming', 3)
  // Memory: elastream with its defaults (what users get) and with the
  // official client's batch settings (5 MB x 5 in flight), as measured.
  let anyGrowth = false
  for (const client of ['elastream-defaults', 'elastream']) {
    const ours = growth.filter((g) => g.client === client && !g.error).sort((x, y) => x.n - y.n)
    if (ours.length === 0) continue
    anyGrowth = true
    const peak = Math.max(...ours.map((g) => g.rss.peakMB))
    add(`NDJSON load: ${client} peak RSS`, '<= 150 MB', `${fmt(peak)} MB`, peak <= 150)
    if (ours.length > 1) {
      const [first, last] = [ours[0], ours[ours.length - 1]]
      const pct = (last.rss.peakMB / first.rss.peakMB - 1) * 100
      add(
        `NDJSON load: ${client} peak RSS ${fmt(first.n)} -> ${fmt(last.n)} docs`,
        'flat (within 10%)',
        `${fmt(first.rss.peakMB)} -> ${fmt(last.rss.peakMB)} MB (${pct >= 0 ? '+' : ''}${pct.toFixed(1)}%)`,
        Math.abs(pct) <= 10,
      )
    }
  }
  if (!anyGrowth) {
    add(
      'NDJSON load: elastream peak RSS, flat 1M -> 5M',
      '<= 150 MB, flat',
      'not run (full size only)',
      undefined,
    )
  }
  return `| target (against the sink) | goal | measured | |\n|---|---|---|---|\n${checks.join('\n')}\n`
}

function growthTable(growth) {
  if (growth.length === 0) return ''
  const clients = [...new Set(growth.map((g) => g.client))]
  const sizes = [...new Set(growth.map((g) => g.n))].sort((a, b) => a - b)
  const head = `| client | ${sizes.map((n) => `peak RSS MB @ ${fmt(n)}`).join(' | ')} | ${sizes.map((n) => `docs/s @ ${fmt(n)}`).join(' | ')} |`
  const sep = `|---|${sizes.map(() => '---:').join('|')}|${sizes.map(() => '---:').join('|')}|`
  const lines = clients.map((c) => {
    const at = (n) => growth.find((g) => g.client === c && g.n === n)
    const rss = sizes.map((n) => (at(n)?.error ? 'failed' : fmt(at(n)?.rss.peakMB)))
    const rate = sizes.map((n) => (at(n)?.error ? 'failed' : fmt(at(n)?.perSec)))
    return `| ${c} | ${rss.join(' | ')} | ${rate.join(' | ')} |`
  })
  return `${head}\n${sep}\n${lines.join('\n')}\n`
}

export function markdown(result) {
  const rows = aggregate(result.runs)
  const m = result.machine
  const parts = []
  parts.push(
    `Run \`${result.id}\` (\`--size ${result.size}\`${result.repeat > 1 ? `, ${result.repeat} runs each, median shown with min-max` : ''}${result.nice ? `, nice ${result.nice}` : ''}).`,
  )
  parts.push(
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memGB} GB, ${m.os}; Node ${m.node}, Python ${m.python ?? '-'}; ` +
      `elastream ${m.clients.elastream}, @elastic/elasticsearch ${m.clients['@elastic/elasticsearch']}, ` +
      `elasticsearch-py ${m.clients['elasticsearch (python)'] ?? '-'} (aiohttp ${m.clients.aiohttp ?? '-'}); ` +
      `Elasticsearch ${result.elasticsearch ?? '-'}. Pinning: ${m.pinned}.`,
  )
  const loads = result.runs.map((r) => r.loadavg).filter(Number.isFinite)
  if (loads.length) {
    parts.push(
      `Load average (1 min) when clients started: ${fmt(Math.min(...loads), 1)}-${fmt(Math.max(...loads), 1)} on ${m.cores} cores` +
        ' (other work shared the machine: wall-clock numbers are noisier than CPU per doc).',
    )
  }
  parts.push(`Settings: ${Object.values(result.settings).join(' ')}`)
  parts.push('### Targets from the issue\n')
  parts.push(targetChecks(rows, result.growth))
  for (const [target, title] of [
    ['sink', 'Against the null sink (client overhead alone)'],
    ['es', 'Against the real node (Elasticsearch does the work; modest N)'],
  ]) {
    const tables = Object.keys(SCENARIO_TITLES)
      .map((s) => scenarioTable(rows, target, s))
      .filter(Boolean)
    if (tables.length) parts.push(`### ${title}\n\n${tables.join('\n')}`)
  }
  if (result.growth.length) {
    parts.push(
      `### Memory under growth: NDJSON load against the sink\n\nPeak RSS of the whole process (VmHWM / getrusage). Run against the sink so 5M documents take minutes, not an hour.\n\n${growthTable(result.growth)}`,
    )
  }
  parts.push(`![docs/s and peak RSS per client](chart.svg)\n\nRaw samples: \`results/${result.id}.json\`.`)
  return parts.join('\n\n')
}

// ------------------------------------------------------------------- chart

const COLORS = {
  elastream: '#1b7f5b',
  'elastream-pit': '#1b7f5b',
  'elastream-scroll': '#52b788',
  official: '#3a6ea5',
  'python-streaming': '#d4a017',
  'python-bulk': '#e9c46a',
  python: '#d4a017',
}

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;')

function barPanel(x0, y0, width, title, groups, unit) {
  // groups: [{ label, bars: [{ client, value }] }]
  const labelW = 120
  const barH = 14
  const out = [`<text x="${x0}" y="${y0}" font-weight="bold" font-size="14">${esc(title)}</text>`]
  let y = y0 + 14
  for (const g of groups) {
    // Each scenario on its own scale: searches/s and docs/s differ by 100x.
    const max = Math.max(1, ...g.bars.map((b) => b.value))
    out.push(`<text x="${x0}" y="${y + 12}" font-size="12" font-style="italic">${esc(g.label)}</text>`)
    y += 18
    for (const b of g.bars) {
      const w = Math.max(1, ((width - labelW - 70) * b.value) / max)
      out.push(
        `<text x="${x0 + labelW - 6}" y="${y + 11}" font-size="11" text-anchor="end">${esc(b.client)}</text>`,
      )
      out.push(
        `<rect x="${x0 + labelW}" y="${y}" width="${w.toFixed(1)}" height="${barH}" fill="${COLORS[b.client] ?? '#888'}"/>`,
      )
      out.push(
        `<text x="${(x0 + labelW + w + 4).toFixed(1)}" y="${y + 11}" font-size="11">${esc(fmt(b.value))} ${esc(unit)}</text>`,
      )
      y += barH + 4
    }
    y += 6
  }
  return { svg: out.join('\n'), height: y - y0 }
}

export function chart(result) {
  const rows = aggregate(result.runs).filter(
    (r) => r.target === 'sink' && !r.error && !r.client.startsWith('input'),
  )
  const scenarios = Object.keys(SCENARIO_TITLES).filter((s) => rows.some((r) => r.scenario === s))
  const groups = (field) =>
    scenarios.map((s) => ({
      label: SCENARIO_TITLES[s],
      bars: rows.filter((r) => r.scenario === s).map((r) => ({ client: r.client, value: field(r) })),
    }))
  const left = barPanel(
    10,
    20,
    470,
    'Throughput against the sink (higher is better; own scale per scenario)',
    groups((r) => r.perSec),
    '/s',
  )
  const right = barPanel(
    500,
    20,
    420,
    'Peak RSS, MB (lower is better)',
    groups((r) => r.peakMB),
    'MB',
  )
  const height = Math.max(left.height, right.height) + 50
  return `<svg xmlns="http://www.w3.org/2000/svg" width="940" height="${height}" font-family="sans-serif" role="img">
<title>elastream, @elastic/elasticsearch and elasticsearch-py: throughput and peak RSS against the null sink</title>
<rect width="100%" height="100%" fill="white"/>
${left.svg}
${right.svg}
<text x="10" y="${height - 10}" font-size="10" fill="#555">elastream benchmarks, run ${esc(result.id)} (--size ${esc(result.size)}); ${esc(result.machine.cpu)}, ${result.machine.cores} cores</text>
</svg>
`
}

/**
 * Renders one or more result files into README.md (in the order given, each
 * under its own heading when there are several) and the one with the most
 * clients into chart.svg.
 */
export function render(files) {
  const list = Array.isArray(files) ? files : [files]
  const results = list.map((f) => JSON.parse(readFileSync(f, 'utf8')))
  const readmePath = join(here, 'README.md')
  const readme = readFileSync(readmePath, 'utf8')
  const a = readme.indexOf(START)
  const b = readme.indexOf(END)
  if (a === -1 || b === -1) throw new Error(`README.md needs ${START} and ${END} markers`)
  const body =
    results.length === 1
      ? markdown(results[0])
      : results
          .map((r) => `## Run ${r.id}: --size ${r.size}${r.repeat > 1 ? `, ${r.repeat} runs each` : ''}\n\n${markdown(r)}`)
          .join('\n\n')
  writeFileSync(readmePath, `${readme.slice(0, a + START.length)}\n\n${body}\n\n${readme.slice(b)}`)
  // Chart the run that has the most clients against the sink.
  const sinkClients = (r) => new Set(r.runs.filter((x) => x.target === 'sink').map((x) => x.client)).size
  const charted = results.reduce((best, r) => (sinkClients(r) > sinkClients(best) ? r : best), results[0])
  writeFileSync(join(here, 'chart.svg'), chart(charted))
  console.error(`rendered ${list.join(', ')} into README.md and chart.svg`)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let files = process.argv.slice(2)
  if (files.length === 0) {
    const all = readdirSync(join(here, 'results'))
      .filter((f) => f.endsWith('.json'))
      .sort()
    if (all.length === 0) throw new Error('no results/*.json yet: run node benchmarks/run.mjs first')
    files = [join(here, 'results', all[all.length - 1])]
  }
  render(files)
}
