import { ConfigurationError } from '../../errors.js'
import { bulkSendOptions, connectionOptions, expectPositionals } from '../args.js'
import type { Command } from '../command.js'
import { isBackupFolder, loadBackup } from '../backup/load-backup.js'
import { loadFile } from './load-file.js'
import { partOption } from '../part-option.js'

export const load: Command = {
  name: 'load',
  summary: 'index an NDJSON or JSON-array file (gzip or not, or stdin) into an index',
  usage: 'elastream load <file|-> --index NAME [options] | elastream load <backup-folder/> [options]',
  description: [
    'Reads documents from <file> (or stdin with -) and indexes them with bulk requests.',
    'NDJSON or a top-level JSON array, detected from the first byte; gzip detected from the magic bytes.',
    'NDJSON goes in as its bytes (checked to be JSON, not parsed). Lines written by "elastream dump"',
    '({_id, _source}) keep their _id. A malformed line is reported with its line number and skipped',
    '(to --dead-letter); the good lines still load. Exit 1 if any document failed.',
    'Ctrl-C saves a cursor beside an NDJSON file (.elastream-load-<file>.cursor.json); the same command',
    'with --resume loads the rest: every line acknowledged before the cursor is skipped, none after it.',
  ].join('\n'),
  options: {
    index: { type: 'string', short: 'i', value: 'NAME', description: 'target index (required)' },
    'id-field': {
      type: 'string',
      value: 'FIELD',
      description: "the document field (a.b for nested) each _id comes from (default: dump's _id, else generated)",
    },
    'dead-letter': {
      type: 'string',
      value: 'FILE',
      description: 'write failed documents here as NDJSON, each with its error',
    },
    ...bulkSendOptions,
    batch: { type: 'string', value: 'N', description: 'documents per bulk request at most (default 1000)' },
    only: {
      type: 'string',
      value: 'definitions|data',
      description: 'backup folder: restore only the definitions (indices, templates, aliases) or only the documents',
    },
    resume: {
      type: 'boolean',
      description: 'go on from where a stopped load was (an NDJSON file, gzip or not, or a backup folder)',
    },
    part: {
      type: 'string',
      value: 'i/n',
      description: 'load only the i-th of n parts of FILE (byte ranges cut at line boundaries), for n machines',
    },
    cursor: {
      type: 'string',
      value: 'FILE',
      description: 'where --resume progress is kept (default .elastream-load-<name>.cursor.json, beside a file)',
    },
    transform: {
      type: 'string',
      value: 'MODULE',
      description: "call this module's default export on each document (async; return null to drop it)",
    },
    limit: { type: 'string', value: 'N', description: 'stop after the first N documents of the input' },
    ...connectionOptions,
  },
  async run(ctx) {
    const [file] = expectPositionals('load', ctx.positionals, ['file|-'])
    if (await isBackupFolder(file!)) {
      for (const flag of ['transform', 'limit'] as const) {
        if (ctx.values[flag] !== undefined) {
          throw new ConfigurationError(
            `--${flag}: a backup's restore checks every count against its manifest; load its data files one by one (--index) to use it`,
          )
        }
      }
      return loadBackup(ctx, file!)
    }
    partOption(ctx.values)
    if (ctx.values.only !== undefined) {
      throw new ConfigurationError('--only needs a backup folder to load (a folder written by dump -o DIR/)')
    }
    const index = ctx.values.index
    if (typeof index !== 'string' || index === '') {
      throw new ConfigurationError('load needs --index NAME (the index to load into)')
    }
    return (await loadFile(ctx, file!, index, { resumable: true })).code
  },
}
