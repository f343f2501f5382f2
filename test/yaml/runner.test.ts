// The YAML runner's own logic, without a server: Java regexes, version ranges, warning headers, the skip
// list, and assertions run against a fake invoker. A wrong runner would make the conformance numbers lie.
import t from 'tap'
import { matchesPrefix } from './cli.js'
import type { InvokeResult, Invoker } from './invoker.js'
import { asRegex, javaRegex } from './regex.js'
import YAML from 'yaml'
import { reindentContinuations, type TestCase } from './load.js'
import { autoSkip, parseWarnings, runTest, versionInRange } from './runner.js'

t.test(
  'Java COMMENTS regexes: whitespace and comments ignored, escaped space kept, $ before a final newline',
  async (t) => {
    const re = asRegex('/^  health \\s+ status   # the header\n  \\n $/\n')!
    t.ok(re.test('health status\n'))
    t.notOk(re.test('health  status'), 'needs the newline')
    t.ok(asRegex('/a\\ b/')!.test('a b'), 'an escaped space is literal')
    t.notOk(asRegex('/a\\ b/')!.test('ab'))
    t.ok(javaRegex('^green$', true).test('green\n'), "Java's $ matches before a final line terminator")
    t.notOk(javaRegex('^green$', true).test('green\nx'))
    t.ok(javaRegex('[ab ]+x', true).test('abx'), 'whitespace inside a class is ignored too')
    t.ok(
      javaRegex('found \\[END_OBJECT\\]', false).test('but found [END_OBJECT]'),
      'catch regexes keep spaces',
    )
    t.notOk(javaRegex('found \\[END_OBJECT\\]', true).test('but found [END_OBJECT]'))
    t.ok(javaRegex('(?s)a.b', true).test('a\nb'), 'leading inline flags')
    t.equal(asRegex('not a regex'), undefined)
    t.equal(asRegex(42), undefined)
  },
)

t.test('version ranges as the Java runner reads them', async (t) => {
  t.ok(versionInRange('all', '7.10.2'))
  t.ok(versionInRange(' - 7.10.99', '7.10.2'))
  t.notOk(versionInRange(' - 7.9.99', '7.10.2'))
  t.ok(versionInRange('7.8.0 - ', '7.10.2'))
  t.notOk(versionInRange('7.11.0 - ', '7.10.2'))
  t.ok(versionInRange('6.0.0 - 6.9.99, 7.10.0 - 7.10.5', '7.10.2'), 'comma-separated list')
  t.notOk(versionInRange('7.0.0 - 7.10.1', '7.10.2'))
})

t.test('warning headers: several joined, quotes escaped', async (t) => {
  const h =
    '299 Elasticsearch-7.10.2-abc "first, with comma" "Tue, 24 Nov 2026 02:00:00 GMT", ' +
    '299 Elasticsearch-7.10.2-abc "say \\"hi\\""'
  t.same(parseWarnings(h), ['first, with comma', 'say "hi"'])
  t.same(parseWarnings(['299 x "a"', '299 x "b"']), ['a', 'b'])
  t.same(parseWarnings(undefined), [])
})

t.test('skip list keys: namespace, file, test, and * globs', async (t) => {
  const id = 'indices.create/11_basic_with_types.yml/Create index'
  t.ok(matchesPrefix(id, 'indices.create'))
  t.ok(matchesPrefix(id, 'indices.create/11_basic_with_types.yml'))
  t.ok(matchesPrefix(id, id))
  t.ok(matchesPrefix(id, '*/*_with_types.yml'))
  t.notOk(matchesPrefix(id, 'indices.cr'), 'a prefix must end at a segment boundary')
  t.notOk(matchesPrefix(id, '*/*_typeless.yml'))
})

function fakeInvoker(answers: Record<string, InvokeResult>): Invoker & { calls: string[] } {
  const calls: string[] = []
  return {
    calls,
    async invoke(api, params) {
      calls.push(`${api} ${JSON.stringify(params)}`)
      const a = answers[api]
      if (!a) throw new Error(`unexpected ${api}`)
      return a
    },
    async close() {},
  }
}

function testCase(steps: TestCase['steps'], setup: TestCase['setup'] = []): TestCase {
  return { id: 'ns/f.yml/x', namespace: 'ns', file: 'ns/f.yml', name: 'x', requires: undefined, setup, teardown: [], steps }
}

t.test('assertions against a fake server', async (t) => {
  const server = { version: '7.10.2' }
  let wiped = 0
  const wipe = async () => {
    wiped++
  }
  const ok = (body: unknown, headers = {}): InvokeResult => ({ statusCode: 200, body, headers })
  const inv = fakeInvoker({
    index: ok({
      _id: 'abc',
      result: 'created',
      n: 3,
      list: [{ name: 'x', v: 1 }],
      nodes: { N1: { ip: 'h' } },
    }),
    get: ok({ _id: 'abc', found: true }),
    missing: { statusCode: 404, body: { error: { type: 'not_found' } }, headers: {} },
    warn: ok({}, { warning: '299 Elasticsearch-7.10.2 "old thing"' }),
  })

  const pass = await runTest(
    testCase([
      { do: { index: { index: 'i', body: { a: 1 } } } },
      { set: { _id: 'id' } },
      { set: { 'nodes._arbitrary_key_': 'node' } },
      { match: { result: 'created' } },
      { match: { _id: '/^a.c$/' } },
      { match: { 'nodes.$node.ip': 'h' } },
      { length: { list: 1 } },
      { gt: { n: 2 } },
      { lte: { n: 3 } },
      { contains: { list: { name: 'x' } } },
      { is_true: 'result' },
      { is_false: 'nothing.here' },
      { do: { get: { index: 'i', id: '$id' } } },
      { match: { _id: '$id' } },
      { do: { catch: 'missing', missing: {} } },
      { match: { 'error.type': 'not_found' } },
      { do: { warnings: ['old thing'], warn: {} } },
    ]),
    inv,
    server,
    wipe,
  )
  t.same(pass, { status: 'pass' })
  t.match(
    inv.calls,
    [/^index /, /^get \{"index":"i","id":"abc"\}$/, /^missing/, /^warn/],
    'the stash reached the params',
  )
  t.equal(wiped, 1, 'wiped after the test')

  const cases: Array<[string, TestCase['steps'], RegExp]> = [
    [
      'wrong value',
      [{ do: { index: {} } }, { match: { result: 'updated' } }],
      /expected "updated", got "created"/,
    ],
    ['unexpected error', [{ do: { missing: {} } }], /unexpected 404/],
    ['catch without error', [{ do: { catch: 'missing', get: {} } }], /expected an error/],
    ['wrong catch', [{ do: { catch: 'conflict', missing: {} } }], /expected conflict, got 404/],
    ['unexpected warning', [{ do: { warn: {} } }], /unexpected warnings/],
    ['missing warning', [{ do: { warnings: ['x'], get: {} } }], /missing warnings/],
    ['length', [{ do: { index: {} } }, { length: { list: 2 } }], /length list/],
    ['gt', [{ do: { index: {} } }, { gt: { n: 3 } }], /gt n/],
    ['is_true', [{ do: { index: {} } }, { is_true: 'nope' }], /is_true nope/],
    ['contains', [{ do: { index: {} } }, { contains: { list: { name: 'y' } } }], /contains list/],
  ]
  for (const [name, steps, message] of cases) {
    const out = await runTest(testCase(steps), inv, server, wipe)
    t.equal(out.status, 'fail', name)
    t.match(out.status === 'fail' ? out.message : '', message, name)
  }
})

t.test('skips: unsupported features and version ranges, from setup too', async (t) => {
  const server = { version: '7.10.2' }
  t.match(autoSkip(testCase([{ skip: { features: ['warnings', 'spi_on_classpath_jdk9'] } }]), server), {
    kind: 'feature',
    reason: 'feature spi_on_classpath_jdk9',
  })
  t.match(autoSkip(testCase([], [{ skip: { version: ' - 7.10.99', reason: 'old' } }]), server), {
    kind: 'version',
  })
  t.equal(autoSkip(testCase([{ skip: { version: ' - 7.9.99', features: 'warnings' } }]), server), undefined)
  t.match(
    autoSkip(testCase([{ skip: { features: 'default_shards, no_xpack' } }]), server),
    { kind: 'feature', reason: 'feature default_shards, no_xpack' },
    "'a, b' is one unknown feature, as in the Java runner",
  )
})

t.test('continuation lines SnakeYAML accepts are re-indented so the yaml package parses them', async (t) => {
  const flow = ['- do:', '    body:', '      collapse: { field: g, inner_hits: {', '        name: h, size: 2', '      } }', '      sort: [a]'].join('\n')
  const quoted = ['- do:', '    allowed_warnings:', '      - "first part', '      (second part)"', '    x: 1'].join('\n')
  for (const [name, text] of [
    ['flow map', flow],
    ['quoted string', quoted],
  ] as const) {
    t.ok(YAML.parseAllDocuments(text)[0]!.errors.length > 0, `${name}: invalid as written`)
    const doc = YAML.parseAllDocuments(reindentContinuations(text))[0]!
    t.same(doc.errors, [], `${name}: parses after re-indenting`)
  }
  t.same(YAML.parse(reindentContinuations(flow)), [
    { do: { body: { collapse: { field: 'g', inner_hits: { name: 'h', size: 2 } }, sort: ['a'] } } },
  ])
  t.same(YAML.parse(reindentContinuations(quoted)), [{ do: { allowed_warnings: ['first part (second part)'], x: 1 } }])
  t.equal(reindentContinuations('a: 1\nb: [x]\n'), 'a: 1\nb: [x]\n', 'valid YAML is left alone')
})

t.test('is_true and is_false as the README reads them: the string "0" is a value, "false" is false', async (t) => {
  const server = { version: '9.5.3' }
  const inv = fakeInvoker({
    'cat.shards': { statusCode: 200, body: [{ shard: '0', prirep: 'p', blocked: 'false', n: 0 }], headers: {} },
  })
  const out = await runTest(
    testCase([
      { do: { 'cat.shards': {} } },
      { is_true: '0.shard' },
      { is_true: '0.prirep' },
      { is_false: '0.blocked' },
      { is_false: '0.n' },
      { is_false: '0.missing' },
    ]),
    inv,
    server,
  )
  t.same(out, { status: 'pass' })
  const wrong = await runTest(testCase([{ do: { 'cat.shards': {} } }, { is_false: '0.shard' }]), inv, server)
  t.match(wrong, { status: 'fail', message: /is_false 0\.shard: got "0"/ })
})

t.test('warnings: undeclared ones fail the step, except those the Java runner never asserts', async (t) => {
  const server = { version: '9.5.3' }
  const warn = (text: string): InvokeResult => ({
    statusCode: 200,
    body: { acknowledged: true },
    headers: { warning: `299 Elasticsearch-9.5.3-abc "${text}"` },
  })
  const inv = fakeInvoker({
    'indices.put_template': warn('Legacy index templates are deprecated in favor of composable templates.'),
    'indices.put_index_template': warn('index template [x] has index patterns [x*] matching patterns from existing older templates'),
  })
  t.same(await runTest(testCase([{ do: { 'indices.put_template': { name: 'x' } } }]), inv, server), { status: 'pass' })
  t.match(await runTest(testCase([{ do: { 'indices.put_index_template': { name: 'x' } } }]), inv, server), {
    status: 'fail',
    message: /unexpected warnings .*older templates/,
  })
})

t.test('catch: a bare error type must be named in the error; an unknown phrase is refused; exists', async (t) => {
  const server = { version: '9.5.3' }
  const inv = fakeInvoker({
    'tasks.get': {
      statusCode: 404,
      body: { error: { type: 'resource_not_found_exception', reason: 'task [node_id:123456] isn\'t running' } },
      headers: {},
    },
    'indices.resolve_cluster': { statusCode: 200, body: { '(local)': { version: { number: '' } } }, headers: {} },
  })
  const pass = await runTest(
    testCase([
      { do: { catch: 'resource_not_found_exception', 'tasks.get': { task_id: 'node_id:123456' } } },
      { do: { catch: 'gone_missing_exception', 'tasks.get': {} } },
    ]),
    inv,
    server,
  )
  t.match(pass, { status: 'fail', message: /step 2 .*does not name gone_missing_exception/ })
  t.match(await runTest(testCase([{ do: { catch: 'two words', 'tasks.get': {} } }]), inv, server), {
    status: 'fail',
    message: /unknown catch two words/,
  })
  t.same(
    await runTest(testCase([{ do: { 'indices.resolve_cluster': {} } }, { exists: '(local).version.number' }]), inv, server),
    { status: 'pass' },
    'an empty string exists',
  )
  t.match(
    await runTest(testCase([{ do: { 'indices.resolve_cluster': {} } }, { exists: '(local).version.build' }]), inv, server),
    { status: 'fail', message: /exists \(local\)\.version\.build: nothing there/ },
  )
})

t.test('requires: a file for serverless only, a feature flag, test runner features', async (t) => {
  const stack = { version: '9.5.3', flavour: 'stack' as const }
  const withRequires = (requires: Record<string, unknown>): TestCase => ({ ...testCase([]), requires })
  t.match(autoSkip(withRequires({ serverless: true, stack: false }), stack), {
    kind: 'flavour',
    reason: 'serverless only (requires stack: false)',
  })
  t.equal(autoSkip(withRequires({ serverless: false, stack: true }), stack), undefined)
  t.match(autoSkip(withRequires({ serverless: false, stack: true }), { ...stack, flavour: 'serverless' }), {
    kind: 'flavour',
    reason: 'stack only (requires serverless: false)',
  })
  t.match(autoSkip(withRequires({ feature_flag: 'esql_views', stack: true }), stack), {
    kind: 'feature',
    reason: 'behind the feature flag esql_views',
  })
  t.match(autoSkip(testCase([{ requires: { test_runner_features: ['close_to'] } }]), stack), {
    reason: 'feature close_to',
  })
  t.equal(autoSkip(testCase([{ requires: { test_runner_features: 'contains' } }, { skip: { version: ' - 8.0.0' } }]), stack), undefined)
  t.match(autoSkip(testCase([{ skip: { awaits_fix: 'https://example.invalid/1', reason: 'muted' } }]), stack), {
    kind: 'version',
  })
})

t.test('a flow map continued under its `- match:` key parses after re-indenting', async (t) => {
  const text = ['"t":', '  - match: {', '    "app.p1" : {', '      "name": "p1"', '    }', '  }', '  - is_true: x'].join('\n')
  t.ok(YAML.parseAllDocuments(text)[0]!.errors.length > 0, 'invalid as written')
  t.same(YAML.parse(reindentContinuations(text)), { t: [{ match: { 'app.p1': { name: 'p1' } } }, { is_true: 'x' }] })
})
