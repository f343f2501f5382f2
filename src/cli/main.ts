#!/usr/bin/env node
/**
 * The `elastream` binary: picks the command, parses its flags, runs it, and turns whatever
 * went wrong into one line and an exit code (see errors.ts). Never prints a stack trace
 * unless ELASTREAM_DEBUG=1.
 */
import { realpathSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { version } from '../index.js'
import { closestName } from '../options/closest-name.js'
import { commonOptions, formatHelp, parseCommandArgs } from './args.js'
import type { Command, CommandContext } from './command.js'
import { count } from './count.js'
import { dump } from './dump/dump.js'
import { describeError, type ErrorContext, ExitCode } from './errors.js'
import { oneLine } from './one-line.js'
import { info } from './info.js'
import { load } from './load/load.js'
import { reindex } from './reindex/reindex.js'

export const commands: Record<string, Command> = { load, dump, reindex, count, info }

function mainHelp(): string {
  const width = Math.max(...Object.keys(commands).map((n) => n.length))
  return [
    'usage: elastream <command> [options]',
    '',
    'Move documents in and out of Elasticsearch from the terminal.',
    '',
    'commands:',
    ...Object.values(commands).map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run "elastream <command> --help" for its options. Exit codes: 0 ok, 1 documents failed,',
    '2 bad usage, 3 cannot reach Elasticsearch, 4 not authorized, 5 not found, 130 interrupted.',
    '',
  ].join('\n')
}

export interface RunIo {
  stdin: CommandContext['stdin']
  stdout: CommandContext['stdout']
  stderr: CommandContext['stderr']
  env: NodeJS.ProcessEnv
  signal: AbortSignal
}

/** Runs one command line; resolves to the exit code. Never throws. */
export async function run(argv: readonly string[], io: RunIo): Promise<number> {
  const errorContext: ErrorContext = {}
  const fail = (err: unknown): number => {
    const { message, exitCode } = describeError(err, errorContext)
    io.stderr.write(`elastream: ${oneLine(message)}\n`)
    if (io.env.ELASTREAM_DEBUG && err instanceof Error && err.stack) io.stderr.write(`${err.stack}\n`)
    return exitCode
  }
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(mainHelp())
    return name === undefined ? ExitCode.usage : ExitCode.ok
  }
  if (name === '--version' || name === '-v' || name === 'version') {
    io.stdout.write(`${version}\n`)
    return ExitCode.ok
  }
  const command = commands[name]
  if (!command) {
    const hint = closestName(name, Object.keys(commands))
    io.stderr.write(
      `elastream: unknown command "${name}"${hint ? `; did you mean "${hint}"?` : ''} (see: elastream --help)\n`,
    )
    return ExitCode.usage
  }
  const specs = { ...command.options, ...commonOptions }
  try {
    const { values, positionals } = parseCommandArgs(name, rest, specs)
    if (values.help) {
      io.stdout.write(formatHelp(command.usage, command.description, specs))
      return ExitCode.ok
    }
    return await command.run({
      values,
      positionals,
      signal: io.signal,
      env: io.env,
      stdin: io.stdin,
      stdout: io.stdout,
      stderr: io.stderr,
      setErrorContext: (c) => Object.assign(errorContext, c),
    })
  } catch (err) {
    return fail(err)
  }
}

async function cli(): Promise<void> {
  const controller = new AbortController()
  let interrupts = 0
  process.on('SIGINT', () => {
    // First Ctrl-C: stop cleanly and save the cursor. Second: the user means it.
    if (++interrupts > 1) process.exit(ExitCode.interrupted)
    process.stderr.write('\ninterrupted: finishing in-flight requests (Ctrl-C again to quit now)\n')
    controller.abort()
  })
  let readerLeft = false
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    // `elastream dump idx | head`: the reader left; that is not a failure of ours. The command sees the
    // same error on its own write and cleans up (dump closes its point in time), so do not exit here.
    if (err.code === 'EPIPE') {
      readerLeft = true
      return
    }
    process.stderr.write(`elastream: cannot write to stdout: ${err.message}\n`)
    process.exit(ExitCode.failed)
  })
  const result = await run(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    signal: controller.signal,
  })
  // Whatever the command made of a closed stdout, the user who piped into `head` saw no failure.
  const code = readerLeft && result !== ExitCode.interrupted ? ExitCode.ok : result
  process.exitCode = code
  // Commands close their clients; should a socket still linger, do not hang the shell over it.
  setTimeout(() => process.exit(code), 1000).unref()
}

// Run only as the binary (directly or through npm's bin symlink), not when imported by tests.
const self = fileURLToPath(import.meta.url)
if (process.argv[1] && realpathSync(process.argv[1]) === self) await cli()
