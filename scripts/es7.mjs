#!/usr/bin/env node
// Builds the Elasticsearch 7.10.2 node of the tests (scripts/yaml-server, a small Maven project embedding the
// codelibs cluster runner: the OSS server with its modules): the YAML REST suite runs against it
// (test/yaml/conformance.test.ts) and a backup dumped from it is restored into 9.5 (test/cli/backup-es7.test.ts).
// test/yaml/server.ts starts it.
//
//   node scripts/es7.mjs fetch     mvn package into the git-ignored .es/yaml-server/ (about 40 MB into ~/.m2 once)
//
// `.ci/run` fetches it with the other servers; `npm test` builds it before tap starts, so that the two test files
// never build it at the same time; a test file run alone builds it itself when it is missing or older than
// the pom or the Java source.
import { execFileSync } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const projectDir = join(root, 'scripts', 'yaml-server')
/** Where `mvn package` puts the server jar, its dependencies (lib/) and the unpacked rest-api-spec (spec/). */
export const es7TargetDir = join(root, '.es', 'yaml-server')

/** Whether the build is there and newer than what it is built from. */
export function es7Built() {
  const jar = join(es7TargetDir, 'yaml-server-1.jar')
  const inputs = [join(projectDir, 'pom.xml'), join(projectDir, 'src/main/java/elastream/yamlserver/YamlServer.java')]
  return (
    existsSync(jar) &&
    existsSync(join(es7TargetDir, 'spec', 'rest-api-spec', 'test')) &&
    existsSync(join(es7TargetDir, 'lib')) &&
    inputs.every((f) => statSync(f).mtimeMs <= statSync(jar).mtimeMs)
  )
}

/** Runs `mvn -q package` unless the build is fresh. */
export function buildEs7(log = () => {}) {
  if (es7Built()) return
  log('building scripts/yaml-server with mvn -q package')
  execFileSync('mvn', ['-q', '-B', '-f', join(projectDir, 'pom.xml'), 'package'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    timeout: 10 * 60_000,
  })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [command] = process.argv.slice(2)
  if (command !== 'fetch') {
    console.error('usage: node scripts/es7.mjs fetch')
    process.exit(2)
  }
  buildEs7((line) => process.stderr.write(`[es7] ${line}\n`))
  console.log(es7TargetDir)
}
