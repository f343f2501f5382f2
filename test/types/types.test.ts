// The types generated from the Elasticsearch specification, pinned by fixtures (test/types/fixtures/):
// each must compile as written, and each line marked `// @ts-expect-error <why>` must fail for that reason
// once the directive is removed (see test/support/check-type-fixtures.ts).
import t from 'tap'
import { checkFixtures } from '../support/check-type-fixtures.js'

t.test('the type fixtures compile, and each marked line fails for the reason it states', async (t) => {
  const report = checkFixtures()
  t.same(report.asWritten, [], 'no diagnostics in the fixtures as written')
  t.same(
    report.unmet.map((u) => `${u.file.split('/').pop()}:${u.line} expected "${u.text}", got ${JSON.stringify(u.got)}`),
    [],
    'every expected error happens, with its message',
  )
  t.ok(report.expectations.length >= 10, `${report.expectations.length} expected errors checked`)
  t.ok(report.expectations.every((e) => e.text.length > 0), 'every @ts-expect-error says which error it expects')
})
