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
  const version = await runCli(['--version'])
  t.equal(version.code, 0)
  t.equal(version.stdout, `${pkg.version}\n`)
  const help = await runCli(['--help'])
  t.equal(help.code, 0)
  for (const command of ['load', 'dump', 'reindex', 'count', 'info'])
    t.match(help.stdout, new RegExp(`^  ${command} `, 'm'))
  const none = await runCli([])
  t.equal(none.code, 2, 'no command is a usage error')
  t.match(none.stdout, /^usage: elastream <command>/)
  const commandHelp = await runCli(['dump', '--help'])
  t.equal(commandHelp.code, 0)
  t.match(commandHelp.stdout, /^usage: elastream dump <index>/)
  t.match(commandHelp.stdout, /--resume/)
})
