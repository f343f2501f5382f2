/** What every command file exports, and what main hands it. */
import type { OptionSpecs, ParsedArgs } from './args.js'

export interface CommandContext {
  values: ParsedArgs['values']
  positionals: string[]
  /** Aborted on the first Ctrl-C: commands stop reading, save their cursor and throw InterruptedError. */
  signal: AbortSignal
  env: NodeJS.ProcessEnv
  stdin: NodeJS.ReadableStream & { isTTY?: boolean }
  stdout: NodeJS.WritableStream & { isTTY?: boolean }
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number }
  /** Sets what an error message should name (node URL, index). */
  setErrorContext(context: { node?: string; index?: string }): void
}

export interface Command {
  name: string
  /** One line for the command list. */
  summary: string
  usage: string
  description: string
  options: OptionSpecs
  /** Resolves to the exit code. */
  run(ctx: CommandContext): Promise<number>
}
