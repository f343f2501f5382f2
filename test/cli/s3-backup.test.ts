// Backup folders on S3 (s3://bucket/prefix/) against a real S3-compatible server (moto, on loopback):
// --split-size cuts the data files at line boundaries and the manifest lists each with its checksum; a backup
// stopped by Ctrl-C or killed mid-upload finishes with --resume, every document once, every checksum right,
// no multipart upload left open; `load s3://.../` restores it (issue 19 items 1 and 4).
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3'
import t, { type Test } from 'tap'
import { count, drop, ids } from '../support/es-direct.js'
import { bin, root, runCli, uniqueName } from '../support/run-cli.js'
import { startS3Fixture, writePaddedDocs } from '../support/s3-fixture.js'

const s3 = await startS3Fixture(t, 'backup')
const { bucket, dir, env } = s3

// Two indices of ~8 MB each.
const N = 8000
const base = uniqueName('s3-bk')
const names = [`${base}-a`, `${base}-b`]
const input = join(dir, 'docs.ndjson')
writePaddedDocs(input, N)
t.before(async () => {
  for (const name of names) {
    const r = await runCli(['load', input, '--index', name], { env })
    if (r.code !== 0) throw new Error(r.stderr)
  }
})
t.teardown(() => drop(...names))

// Objects read through the SDK, signed: moto answers an unsigned GET of a .json key with 403.
const client = new S3Client({
  region: 'us-east-1',
  endpoint: s3.url,
  forcePathStyle: true,
  credentials: { accessKeyId: 'testing', secretAccessKey: 'testing-secret' },
})
t.teardown(() => client.destroy())

async function get(key: string): Promise<Buffer | undefined> {
  try {
    const answer = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }))
    return Buffer.from(await answer.Body!.transformToByteArray())
  } catch (err) {
    if ((err as { name?: string }).name === 'NoSuchKey') return undefined
    throw err
  }
}

async function openUploads(prefix: string): Promise<number> {
  const xml = await (await fetch(`${s3.url}/${bucket}?uploads&prefix=${encodeURIComponent(prefix)}`)).text()
  return xml.split('<Upload>').length - 1
}

interface Manifest {
  complete: boolean
  indices: Record<string, { docs: number; complete: boolean; files: Array<{ name: string; docs: number; bytes: number; sha256?: string; complete: boolean }> }>
}

/** Checks a finished backup under `prefix`: per index every document once, each file whole and as the manifest says. */
async function checkBackup(t: Test, prefix: string): Promise<Manifest> {
  const manifest = JSON.parse((await get(`${prefix}manifest.json`))!.toString()) as Manifest
  t.ok(manifest.complete, 'the manifest says complete')
  for (const name of names) {
    const entry = manifest.indices[name]!
    t.equal(entry.docs, N, `${name}: the manifest counts every document`)
    const seen: string[] = []
    for (const file of entry.files) {
      const bytes = (await get(`${prefix}${file.name}`))!
      t.equal(bytes.length, file.bytes, `${file.name}: its size as recorded`)
      t.equal(createHash('sha256').update(bytes).digest('hex'), file.sha256, `${file.name}: its checksum as recorded`)
      const text = bytes.toString()
      t.ok(text.endsWith('\n'), `${file.name} ends at a line boundary`)
      const lines = text.split('\n').filter(Boolean)
      t.equal(lines.length, file.docs, `${file.name}: its document count as recorded`)
      for (const line of lines) seen.push((JSON.parse(line) as { _id: string })._id)
    }
    t.equal(seen.length, N, `${name}: no document twice`)
    t.equal(new Set(seen).size, N, `${name}: none missing`)
  }
  t.equal(await openUploads(prefix), 0, 'no multipart upload left open')
  return manifest
}

t.test('--split-size on an S3 folder: files cut at lines, each listed with its checksum', async (t) => {
  const prefix = `split-${process.pid}/`
  const dump = await runCli(['dump', `${base}-*`, '-o', `s3://${bucket}/${prefix}`, '--split-size', '2mb'], { env, timeoutMs: 120_000 })
  t.equal(dump.code, 0, dump.stderr)
  const manifest = await checkBackup(t, prefix)
  for (const name of names) {
    const files = manifest.indices[name]!.files
    t.ok(files.length >= 4, `${name}: ${files.length} files of about 2 MB`)
    t.ok(files.slice(0, -1).every((f) => f.bytes >= 2 * 1024 * 1024 && f.bytes < 3 * 1024 * 1024), 'each but the last past 2 MB, by less than a chunk')
    t.match(files[1]!.name, /\.000002\.ndjson$/)
  }
})

for (const signal of ['SIGINT', 'SIGKILL'] as const) {
  t.test(`a backup to S3 stopped by ${signal} mid-upload, then --resume: every document once, checksums right`, async (t) => {
    const prefix = `stopped-${signal}-${process.pid}/`
    // SIGINT: files of 3 MB, one stored whole before the stop and one begun (continued by --resume). SIGKILL:
    // files of 6 MB, more than one 5 MB part, killed while one goes up as a multipart upload (an orphan unless
    // --resume aborts it).
    const split = signal === 'SIGINT' ? '3mb' : '6mb'
    const args = ['dump', `${base}-*`, '-o', `s3://${bucket}/${prefix}`, '--split-size', split, '--batch', '100']
    const child = spawn(process.execPath, [bin, ...args], { cwd: root, env: { ...process.env, ...env } })
    let stderr = ''
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
    const closed = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
      child.on('close', (code, sig) => resolve({ code, signal: sig })),
    )
    const killer = setTimeout(() => child.kill('SIGKILL'), 120_000)
    for (const deadline = Date.now() + 60_000; Date.now() < deadline; ) {
      if (signal === 'SIGKILL') {
        if ((await openUploads(prefix)) > 0) break
      } else {
        // Once a data file is complete in the manifest and the next one is being written.
        const text = (await get(`${prefix}manifest.json`))?.toString()
        if (text !== undefined && (JSON.parse(text) as Manifest).indices[names[0]!]?.files.some((f) => f.complete)) break
      }
      await new Promise((r) => setTimeout(r, 20))
    }
    if (signal === 'SIGINT') await new Promise((r) => setTimeout(r, 300))
    child.kill(signal)
    const stopped = await closed
    clearTimeout(killer)
    if (signal === 'SIGINT') t.equal(stopped.code, 130, stderr)
    else t.equal(stopped.signal, 'SIGKILL')
    const before = JSON.parse((await get(`${prefix}manifest.json`))!.toString()) as Manifest
    t.notOk(before.complete, 'stopped midway')
    if (signal === 'SIGKILL') t.ok((await openUploads(prefix)) > 0, 'the killed run left a multipart upload open')

    const resumed = await runCli([...args, '--resume'], { env, timeoutMs: 120_000 })
    t.equal(resumed.code, 0, resumed.stderr)
    await checkBackup(t, prefix)
  })
}

t.test('load s3://bucket/prefix/ restores a split backup: every document, in each index', async (t) => {
  const prefix = `split-${process.pid}/`
  const before = { a: await ids(names[0]!), b: await ids(names[1]!) }
  await drop(...names)
  const load = await runCli(['load', `s3://${bucket}/${prefix}`], { env, timeoutMs: 120_000 })
  t.equal(load.code, 0, load.stderr)
  t.equal(await count(names[0]!), N)
  t.same(await ids(names[0]!), before.a)
  t.same(await ids(names[1]!), before.b)
})
