// Compiles the type fixtures (test/types/fixtures/*.ts) with the project's compiler options, twice:
// as written, where every `// @ts-expect-error <text>` must be used (TypeScript reports an unused one),
// and with those directives removed, where the line after each must fail with a message containing
// <text>. So a fixture proves both that good code compiles and that each bad line fails for the reason
// it states, not for another one.
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
export const fixturesDir = join(root, 'test', 'types', 'fixtures')

export interface Expectation {
  file: string
  /** 1-based line of the code that must fail. */
  line: number
  text: string
}

export interface FixtureReport {
  /** Diagnostics of the fixtures as written (must be empty). */
  asWritten: string[]
  /** Expectations whose line compiled, or failed with another message, once the directive was removed. */
  unmet: Array<Expectation & { got: string[] }>
  expectations: Expectation[]
}

const DIRECTIVE = /\/\/ @ts-expect-error(?: (.*))?$/

function compilerOptions(): ts.CompilerOptions {
  const configFile = join(root, 'tsconfig.json')
  const parsed = ts.getParsedCommandLineOfConfigFile(configFile, { noEmit: true }, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'))
    },
  })
  if (!parsed) throw new Error(`cannot read ${configFile}`)
  return { ...parsed.options, noEmit: true }
}

function describe(d: ts.Diagnostic): string {
  const text = ts.flattenDiagnosticMessageText(d.messageText, '\n')
  if (!d.file || d.start === undefined) return text
  const { line } = d.file.getLineAndCharacterOfPosition(d.start)
  return `${d.file.fileName.slice(root.length + 1)}:${line + 1}: ${text}`
}

function lineOf(d: ts.Diagnostic): number {
  return d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : -1
}

/** `files`: fixture file names (default: every `.ts` in the fixtures folder). */
export function checkFixtures(files?: string[]): FixtureReport {
  const names = (files ?? readdirSync(fixturesDir).filter((f) => f.endsWith('.ts')).sort()).map((f) =>
    join(fixturesDir, f),
  )
  const options = compilerOptions()
  const first = ts.createProgram(names, options)
  const asWritten = names.flatMap((f) => {
    const source = first.getSourceFile(f)
    if (!source) return [`${f}: not compiled`]
    return [...first.getSyntacticDiagnostics(source), ...first.getSemanticDiagnostics(source)].map(describe)
  })

  const expectations: Expectation[] = []
  const stripped = new Map<string, string>()
  for (const f of names) {
    const lines = readFileSync(f, 'utf8').split('\n')
    lines.forEach((l, i) => {
      const m = DIRECTIVE.exec(l)
      if (!m) return
      expectations.push({ file: f, line: i + 2, text: (m[1] ?? '').trim() })
      lines[i] = l.replace(DIRECTIVE, '')
    })
    stripped.set(f, lines.join('\n'))
  }
  const host = ts.createCompilerHost(options)
  const getSourceFile = host.getSourceFile.bind(host)
  host.getSourceFile = (name, version, onError, create) => {
    const text = stripped.get(resolve(name))
    return text === undefined
      ? getSourceFile(name, version, onError, create)
      : ts.createSourceFile(name, text, version)
  }
  const second = ts.createProgram(names, options, host, first)
  const byFile = new Map<string, ts.Diagnostic[]>()
  for (const f of names) {
    const source = second.getSourceFile(f)
    byFile.set(f, source ? [...second.getSemanticDiagnostics(source)] : [])
  }
  const unmet: FixtureReport['unmet'] = []
  for (const e of expectations) {
    const here = (byFile.get(e.file) ?? []).filter((d) => lineOf(d) === e.line)
    const messages = here.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))
    if (messages.length === 0 || !messages.some((m) => m.includes(e.text))) unmet.push({ ...e, got: messages })
  }
  return { asWritten, unmet, expectations }
}
