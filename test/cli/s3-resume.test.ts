// A dump to S3 stopped any way at all and resumed, against a real S3-compatible server (moto, on loopback):
// Ctrl-C and SIGKILL mid-upload, then --resume, give every document exactly once and leave no multipart upload
// open; credentials that S3 starts refusing mid-upload stop the dump with a clear line, exit 4, and --resume
// with working credentials finishes it (issue 19 items 4 and the "expired S3 credential" of its bad inputs).
import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import t from 'tap'
import { drop } from '../support/es-direct.js'
import { bin, root, runCli, uniqueName } from '../support/run-cli.js'
import { startS3Fixture, writePaddedDocs } from '../support/s3-fixture.js'

const s3 = await startS3Fixture(t, 'resume')
const { bucket, dir, env } = s3

// ~21 MB of documents: three 8 MiB parts, so a stop can fall after the first part and before the last.
const N = 20000
const source = uniqueName('s3-resume')
const input = join(dir, 'docs.ndjson')
writePaddedDocs(input, N)
t.before(async () => {
  const r = await runCli(['load', input, '--index', source], { env })
  if (r.code !== 0) throw new Error(r.stderr)
})
t.teardown(() => drop(source))

/** The object's lines' ids (fails the test on a duplicate or a missing one). */
async function storedIds(key: string): Promise<string[]> {
  const res = await fetch(`${s3.url}/${bucket}/${key}`)
  if (res.status !== 200) return []
  return (await res.text())
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { _id: string })._id)
}

async function openUploads(key: string): Promise<number> {
  const xml = await (await fetch(`${s3.url}/${bucket}?uploads&prefix=${encodeURIComponent(key)}`)).text()
  return xml.split(`<Key>${key}</Key>`).length - 1
}

function startDump(args: string[], extraEnv: Record<string, string> = {}): { child: ChildProcess; done: Promise<{ code: number | null; signal: string | null; stderr: string }> } {
  const child = spawn(process.execPath, [bin, 'dump', source, ...args], {
    cwd: root,
    env: { ...process.env, ...env, ...extraEnv },
  })
  let stderr = ''
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()))
  const killer = setTimeout(() => child.kill('SIGKILL'), 120_000)
  const done = new Promise<{ code: number | null; signal: string | null; stderr: string }>((resolve) =>
    child.on('close', (code, signal) => {
      clearTimeout(killer)
      resolve({ code, signal, stderr })
    }),
  )
  return { child, done }
}

/** Resolves once the cursor file records at least one stored part. */
async function partStored(cursor: string): Promise<void> {
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (existsSync(cursor)) {
      try {
        const saved = JSON.parse(readFileSync(cursor, 'utf8')) as { upload?: { parts?: unknown[] } }
        if ((saved.upload?.parts?.length ?? 0) >= 1) return
      } catch {
        // Caught between the write and the rename of the cursor file: look again.
      }
    }
    await new Promise((r) => setTimeout(r, 20))
  }
  throw new Error('no part stored within 60 s')
}

const expected = Array.from({ length: N }, (_, i) => `d${i}`).sort()

for (const signal of ['SIGINT', 'SIGKILL'] as const) {
  t.test(`${signal} mid-upload, then --resume: every document once, the upload completed, none left open`, async (t) => {
    const key = `stopped-${signal}-${process.pid}.ndjson`
    const url = `s3://${bucket}/${key}`
    const cursor = join(dir, `${signal}.cursor`)
    const args = ['-o', url, '--cursor', cursor, '--batch', '100']
    const run = startDump(args)
    await partStored(cursor)
    run.child.kill(signal)
    const stopped = await run.done
    if (signal === 'SIGINT') {
      t.equal(stopped.code, 130, stopped.stderr)
      t.match(stopped.stderr, `cursor saved to ${cursor}`)
    } else t.equal(stopped.signal, 'SIGKILL')
    t.equal((await fetch(`${s3.url}/${bucket}/${key}`, { method: 'HEAD' })).status, 404, 'no half object under the key')
    t.equal(await openUploads(key), 1, 'the upload stays open for --resume')

    const resumed = await runCli(['dump', source, ...args, '--resume'], { env, timeoutMs: 120_000 })
    t.equal(resumed.code, 0, resumed.stderr)
    const ids = await storedIds(key)
    t.equal(ids.length, N, 'no document twice')
    t.same(ids.sort(), expected, 'none missing')
    t.equal(await openUploads(key), 0, 'no multipart upload left')
    const etag = (await fetch(`${s3.url}/${bucket}/${key}`, { method: 'HEAD' })).headers.get('etag')
    t.match(etag, /-3"$/, 'one object of three 8 MiB parts, those of both runs')
    t.notOk(existsSync(cursor), 'the cursor is gone once the object is stored')
  })
}

t.test('killed before its first part: a new run aborts the upload it left and stores the object whole', async (t) => {
  const key = `early-${process.pid}.ndjson`
  const url = `s3://${bucket}/${key}`
  const cursor = join(dir, 'early.cursor')
  const run = startDump(['-o', url, '--cursor', cursor, '--batch', '100', '--progress'])
  // Killed once the first documents are read, long before 8 MiB of them are.
  await new Promise<void>((resolve) => {
    let seen = ''
    run.child.stderr!.on('data', (c: Buffer) => {
      seen += c.toString()
      if (/\s[1-9][\d,]* docs/.test(seen)) resolve()
    })
  })
  run.child.kill('SIGKILL')
  await run.done
  t.notOk(existsSync(cursor), 'no part stored, no cursor')
  t.equal(await openUploads(key), 1, 'the killed run left its upload open')
  const again = await runCli(['dump', source, '-o', url, '--cursor', cursor], { env, timeoutMs: 120_000 })
  t.equal(again.code, 0, again.stderr)
  t.equal((await storedIds(key)).length, N)
  t.equal(await openUploads(key), 0, "the killed run's upload aborted, this run's completed")
})

/** moto's IAM, during the phase where it checks no signature: a user allowed all of S3, and its keys. */
async function iamUser(): Promise<{ id: string; secret: string }> {
  const call = async (params: Record<string, string>) => {
    const res = await fetch(`${s3.url}/`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: 'AWS4-HMAC-SHA256 Credential=testing/20261204/us-east-1/iam/aws4_request, SignedHeaders=host, Signature=00',
      },
      body: new URLSearchParams({ Version: '2010-05-08', ...params }).toString(),
    })
    return res.text()
  }
  const user = `dumper-${process.pid}`
  await call({ Action: 'CreateUser', UserName: user })
  await call({
    Action: 'PutUserPolicy',
    UserName: user,
    PolicyName: 'all-s3',
    PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] }),
  })
  const keys = await call({ Action: 'CreateAccessKey', UserName: user })
  return { id: /<AccessKeyId>([^<]+)/.exec(keys)![1]!, secret: /<SecretAccessKey>([^<]+)/.exec(keys)![1]! }
}

/** From now on moto checks every request's signature against its IAM users (`Infinity`: none again). */
async function enforceAuth(after: number): Promise<void> {
  const res = await fetch(`${s3.url}/moto-api/reset-auth`, { method: 'POST', body: String(after), headers: { 'content-type': 'text/plain' } })
  if (res.status !== 200) throw new Error(`reset-auth: ${res.status} ${await res.text()}`)
}

t.test('credentials refused mid-upload: one line naming the object, exit 4; --resume with good ones finishes', async (t) => {
  const good = await iamUser()
  const key = `refused-${process.pid}.ndjson`
  const url = `s3://${bucket}/${key}`
  const cursor = join(dir, 'refused.cursor')
  const args = ['-o', url, '--cursor', cursor, '--batch', '100']
  // The keys the dump starts with stop working once a part is stored, as an expired session's would.
  const run = startDump(args)
  t.teardown(() => enforceAuth(Infinity))
  await partStored(cursor)
  await enforceAuth(0)
  const refused = await run.done
  t.equal(refused.code, 4, refused.stderr)
  t.match(refused.stderr, `elastream: ${url}: S3 refused the AWS credentials (InvalidAccessKeyId): check them\n`)
  t.match(refused.stderr, `cursor saved to ${cursor}`)
  t.notMatch(refused.stderr, /testing-secret/, 'no secret in the message')

  const resumed = await runCli(['dump', source, ...args, '--resume'], {
    env: { ...env, AWS_ACCESS_KEY_ID: good.id, AWS_SECRET_ACCESS_KEY: good.secret },
    timeoutMs: 120_000,
  })
  t.equal(resumed.code, 0, resumed.stderr)
  await enforceAuth(Infinity)
  const ids = await storedIds(key)
  t.equal(ids.length, N, 'no document twice')
  t.same(ids.sort(), expected, 'none missing')
  t.equal(await openUploads(key), 0, 'no multipart upload left')
})

t.test('--resume with a cursor of another object, or an upload S3 no longer has: refused by name', async (t) => {
  const key = `gone-${process.pid}.ndjson`
  const url = `s3://${bucket}/${key}`
  const cursor = join(dir, 'gone.cursor')
  const run = startDump(['-o', url, '--cursor', cursor, '--batch', '100'])
  await partStored(cursor)
  run.child.kill('SIGINT')
  await run.done
  const other = await runCli(['dump', source, '-o', `s3://${bucket}/other.ndjson`, '--cursor', cursor, '--resume'], { env })
  t.equal(other.code, 2, other.stderr)
  t.equal(other.stderr, `elastream: --resume: ${cursor} records no upload to s3://${bucket}/other.ndjson (it records ${url})\n`)
  const saved = JSON.parse(readFileSync(cursor, 'utf8')) as { upload: { uploadId: string } }
  await fetch(`${s3.url}/${bucket}/${key}?uploadId=${encodeURIComponent(saved.upload.uploadId)}`, { method: 'DELETE' })
  const gone = await runCli(['dump', source, '-o', url, '--cursor', cursor, '--resume'], { env })
  t.equal(gone.code, 1, gone.stderr)
  t.equal(
    gone.stderr,
    `elastream: ${url}: cannot resume: the multipart upload the cursor records is gone (aborted, or expired by a lifecycle rule); dump again without --resume\n`,
  )
})
