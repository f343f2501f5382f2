import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import t from 'tap'
import { bin, root, runCli } from '../support/run-cli.js'

t.test('package.json bin points at the built CLI, which starts with a node shebang', async (t) => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
  t.equal(join(root, pkg.bin.elastream), bin)
  t.equal(readFileSync(bin, 'utf8').split('\n')[0], '#!/usr/bin/env node')
})

t.test('--version, --help, and no command at all', async (t) => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
  const [version, help, none, commandHelp] = await Promise.all(
    [['--version'], ['--help'], [], ['dump', '--help']].map((args) => runCli(args)),
  )
  t.equal(version!.code, 0)
  t.equal(version!.stdout, `${pkg.version}\n`)
  t.equal(help!.code, 0)
  for (const command of ['load', 'dump', 'reindex', 'count', 'info'])
    t.match(help!.stdout, new RegExp(`^  ${command} `, 'm'))
  t.equal(none!.code, 2, 'no command is a usage error')
  t.match(none!.stdout, /^usage: elastream <command>/)
  t.equal(commandHelp!.code, 0)
  t.match(commandHelp!.stdout, /^usage: elastream dump <index>/)
  t.match(commandHelp!.stdout, /--resume/)
})
