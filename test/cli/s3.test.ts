// `s3://bucket/key` as load's input and dump's output, against a real S3-compatible server (moto, started on
// loopback by scripts/s3.mjs): a round trip through a multipart upload, a wrong bucket, missing credentials,
// a stopped dump that leaves no half object, and the message when the optional AWS SDK is not installed.
import { spawn } from 'node:child_process'
import { cpSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import t from 'tap'
import { count, drop, ids } from '../support/es-direct.js'
import { bin, root, runCli, uniqueName } from '../support/run-cli.js'
import { startS3Fixture, writePaddedDocs } from '../support/s3-fixture.js'
import { childEnv } from '../support/child-env.js'

const s3 = await startS3Fixture(t, 'cli')
const { bucket, dir, env } = s3

// ~7 MB of documents, more than one part of the gzip path's 5 MB uploads; the plain path's parts are 8 MiB.
const N = 7000
const source = uniqueName('s3-src')
const input = join(dir, 'docs.ndjson')
writePaddedDocs(input, N)
t.before(async () => {
  const r = await runCli(['load', input, '--index', source], { env })
  if (r.code !== 0) throw new Error(r.stderr)
})
t.teardown(() => drop(source))

async function head(key: string): Promise<{ status: number; etag: string | null; length: number }> {
  const res = await fetch(`${s3.url}/${bucket}/${key}`, { method: 'HEAD' })
  return { status: res.status, etag: res.headers.get('etag'), length: Number(res.headers.get('content-length')) }
}

t.test('dump to s3://, load from it: every document, the object stored in parts', async (t) => {
  const copy = uniqueName('s3-copy')
  t.teardown(() => drop(copy))
  const url = `s3://${bucket}/backups/${source}.ndjson`
  const dump = await runCli(['dump', source, '-o', url], { env })
  t.equal(dump.code, 0, dump.stderr)
  t.match(dump.stderr, `dumped 7,000 documents from ${source} to ${url} in `)
  const stored = await head(`backups/${source}.ndjson`)
  t.equal(stored.status, 200)
  t.ok(stored.length > 5 * 1024 * 1024, `${stored.length} bytes`)
  t.match(stored.etag, /-\d+"$/, 'stored by a multipart upload (the ETag counts its parts)')

  const load = await runCli(['load', url, '--index', copy], { env })
  t.equal(load.code, 0, load.stderr)
  t.match(load.stderr, `loaded 7,000 documents into ${copy}`)
  t.equal(await count(copy), N)
  t.same(await ids(copy), await ids(source))
})

t.test('a backup folder on S3: dump a pattern to s3://bucket/prefix/, restore it from there', async (t) => {
  const { seed, es } = await import('../support/es-direct.js')
  const base = uniqueName('s3-backup')
  const names = [`${base}-a`, `${base}-b`]
  t.teardown(() => drop(...names))
  await seed(names[0]!, 300)
  await seed(names[1]!, 200)
  const folder = `s3://${bucket}/backup-${process.pid}/`
  const dump = await runCli(['dump', `${base}-*`, '-o', folder], { env })
  t.equal(dump.code, 0, dump.stderr)
  const listing = await (await fetch(`${s3.url}/${bucket}?list-type=2&prefix=backup-${process.pid}/`)).text()
  for (const file of ['manifest.json', 'dependencies.json', `${names[0]}.ndjson`, `${names[1]}.definition.json`]) {
    t.match(listing, `<Key>backup-${process.pid}/${file}</Key>`, file)
  }
  const before = { a: await ids(names[0]!), b: await ids(names[1]!) }
  await drop(...names)
  const load = await runCli(['load', folder], { env })
  t.equal(load.code, 0, load.stderr)
  t.same(await ids(names[0]!), before.a)
  t.same(await ids(names[1]!), before.b)
  const mapping = await es('GET', `/${names[0]}/_mapping`)
  t.ok(mapping[names[0]!].mappings.properties, 'definition restored')
})

t.test('a bucket that does not exist: one line naming it, exit 5, for dump and for load', async (t) => {
  const url = `s3://no-such-bucket-${process.pid}/x.ndjson`
  const dump = await runCli(['dump', source, '-o', url], { env })
  t.equal(dump.code, 5)
  t.equal(dump.stderr, `elastream: ${url}: the bucket does not exist\n`)
  const load = await runCli(['load', url, '--index', uniqueName('never')], { env })
  t.equal(load.code, 5)
  t.equal(load.stderr, `elastream: ${url}: the bucket does not exist\n`)
  const key = await runCli(['load', `s3://${bucket}/no/such/key.ndjson`, '--index', uniqueName('never')], { env })
  t.equal(key.code, 5)
  t.equal(key.stderr, `elastream: s3://${bucket}/no/such/key.ndjson: no such object\n`)
})

t.test('no credentials anywhere in the default chain: one line saying where they come from, exit 4', async (t) => {
  const bare = { ...env, AWS_ACCESS_KEY_ID: '', AWS_SECRET_ACCESS_KEY: '' }
  const url = `s3://${bucket}/never.ndjson`
  const dump = await runCli(['dump', source, '-o', url], { env: bare })
  t.equal(dump.code, 4, dump.stderr)
  t.equal(
    dump.stderr,
    `elastream: ${url}: no AWS credentials found: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE, or run where a role provides them\n`,
  )
  const load = await runCli(['load', url, '--index', uniqueName('never')], { env: bare })
  t.equal(load.code, 4, load.stderr)
  t.equal((await head('never.ndjson')).status, 404)
})

t.test('an S3 path without a bucket, and --resume with no cursor, are refused by name', async (t) => {
  const noBucket = await runCli(['dump', source, '-o', 's3:///x.ndjson'], { env })
  t.equal(noBucket.code, 2)
  t.equal(noBucket.stderr, 'elastream: s3:///x.ndjson: an S3 place is s3://BUCKET/PREFIX, with a bucket\n')
  const cursor = join(dir, 'no.cursor')
  const resume = await runCli(['dump', source, '-o', `s3://${bucket}/k.ndjson`, '--resume', '--cursor', cursor], { env })
  t.equal(resume.code, 2)
  t.match(resume.stderr, `--resume: no cursor file at ${cursor}; nothing to resume`)
})

t.test('Ctrl-C before the first part of a dump to S3 is stored aborts the upload: no half object, none open', async (t) => {
  const key = `stopped-${process.pid}.ndjson`
  const child = spawn(process.execPath, [bin, 'dump', source, '-o', `s3://${bucket}/${key}`, '--batch', '50', '--progress'], {
    cwd: root,
    env: childEnv(env),
  })
  let stderr = ''
  const killer = setTimeout(() => child.kill('SIGKILL'), 60_000)
  child.stderr.on('data', (c: Buffer) => {
    stderr += c.toString()
    if (/\s[1-9][\d,]* docs/.test(stderr) && !child.killed) child.kill('SIGINT')
  })
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  clearTimeout(killer)
  t.equal(code, 130, stderr)
  t.match(stderr, `elastream: s3://${bucket}/${key} not stored: its upload was aborted (run the dump again)\n`)
  t.equal((await head(key)).status, 404, 'nothing under the key')
  const uploads = await (await fetch(`${s3.url}/${bucket}?uploads`)).text()
  t.notMatch(uploads, key, 'no multipart upload left open')
})

t.test('without the optional AWS SDK: the core runs, and s3:// says what to install', async (t) => {
  // The built CLI with every dependency but the @aws-sdk scope, as an install without the optional peers.
  const app = join(dir, 'no-sdk')
  cpSync(join(root, 'lib'), join(app, 'lib'), { recursive: true })
  cpSync(join(root, 'package.json'), join(app, 'package.json'))
  mkdirSync(join(app, 'node_modules'))
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (name !== '@aws-sdk') symlinkSync(join(root, 'node_modules', name), join(app, 'node_modules', name))
  }
  const run = (args: string[]) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [join(app, 'lib', 'cli', 'main.js'), ...args], { env: childEnv(env) })
      let stdout = ''
      let stderr = ''
      child.stdout.on('data', (c: Buffer) => (stdout += c.toString()))
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
      child.on('close', (code) => resolve({ code, stdout, stderr }))
    })
  const counted = await run(['count', source])
  t.equal(counted.code, 0, counted.stderr)
  t.equal(counted.stdout, `${N}\n`)
  const url = `s3://${bucket}/x.ndjson`
  const load = await run(['load', url, '--index', uniqueName('never')])
  t.equal(load.code, 1)
  t.equal(
    load.stderr,
    `elastream: ${url}: reading and writing S3 needs the AWS SDK, which is not installed: npm install @aws-sdk/client-s3 @aws-sdk/lib-storage\n`,
  )
  const dump = await run(['dump', source, '-o', url])
  t.equal(dump.code, 1)
  t.match(dump.stderr, 'npm install @aws-sdk/client-s3 @aws-sdk/lib-storage')
})
