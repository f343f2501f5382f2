import { connectionOptions, expectPositionals, jsonOption } from './args.js'
import type { Command } from './command.js'
import { connect } from './connect.js'

export const count: Command = {
  name: 'count',
  summary: 'print how many documents an index (or a query on it) holds',
  usage: 'elastream count <index> [--query JSON]',
  description: 'Prints the number of documents in <index> (a name, a pattern or a comma-separated list).',
  options: {
    query: { type: 'string', value: 'JSON', description: 'count only matches of this query (or @file)' },
    ...connectionOptions,
  },
  async run(ctx) {
    const [index] = expectPositionals('count', ctx.positionals, ['index'])
    const query = await jsonOption(ctx.values, 'query')
    const { client, node } = connect(ctx.values, ctx.env)
    ctx.setErrorContext({ node, index })
    try {
      const body = (await client.transport.request(
        { method: 'POST', path: `/${encodeURIComponent(index!)}/_count`, body: query ? { query } : {} },
        { signal: ctx.signal },
      )) as { count: number }
      const n = body.count
      ctx.stdout.write(`${n}\n`)
      const statsFile = ctx.values['stats-file']
      if (typeof statsFile === 'string') {
        const { writeFile } = await import('node:fs/promises')
        await writeFile(statsFile, `${JSON.stringify({ command: 'count', index, count: n })}\n`)
      }
      return 0
    } finally {
      await client.close()
    }
  },
}
