import { ResponseError } from '../errors.js'
import { connectionOptions, expectPositionals } from './args.js'
import type { Command } from './command.js'
import { connect } from './connect.js'

interface ClusterInfo {
  url: string
  cluster: string | undefined
  version: string | undefined
  node: string | undefined
  status: string | undefined
  nodes: number | undefined
  source: 'root' | 'nodes'
}

export const info: Command = {
  name: 'info',
  summary: 'show the cluster name, version and health',
  usage: 'elastream info [--json]',
  description:
    'Shows whom you are talking to. Uses GET /, and falls back to _nodes/_local and _cluster/health\n' +
    'on distributions that do not serve GET / (they answer 405).',
  options: {
    json: { type: 'boolean', description: 'print one JSON object instead of lines' },
    ...connectionOptions,
  },
  async run(ctx) {
    expectPositionals('info', ctx.positionals, [])
    const { client, node } = connect(ctx.values, ctx.env)
    ctx.setErrorContext({ node })
    const request = client.transport.request.bind(client.transport)
    const options = { signal: ctx.signal }
    try {
      const result: ClusterInfo = {
        url: node,
        cluster: undefined,
        version: undefined,
        node: undefined,
        status: undefined,
        nodes: undefined,
        source: 'root',
      }
      try {
        const root = (await request({ method: 'GET', path: '/' }, options)) as {
          name?: string
          cluster_name?: string
          version?: { number?: string }
        }
        result.cluster = root.cluster_name
        result.version = root.version?.number
        result.node = root.name
      } catch (err) {
        // 405/404/400: this server has no GET / handler (minimal distributions); everything below still works.
        if (!(err instanceof ResponseError) || ![400, 404, 405].includes(err.statusCode)) throw err
        result.source = 'nodes'
        const nodes = (await request(
          {
            method: 'GET',
            path: '/_nodes/_local',
            querystring: { filter_path: 'cluster_name,nodes.*.name,nodes.*.version' },
          },
          options,
        )) as { cluster_name?: string; nodes?: Record<string, { name?: string; version?: string }> }
        const local = Object.values(nodes.nodes ?? {})[0]
        result.cluster = nodes.cluster_name
        result.version = local?.version
        result.node = local?.name
      }
      const health = (await request({ method: 'GET', path: '/_cluster/health' }, options)) as {
        cluster_name?: string
        status?: string
        number_of_nodes?: number
      }
      result.cluster ??= health.cluster_name
      result.status = health.status
      result.nodes = health.number_of_nodes
      if (ctx.values.json === true) {
        ctx.stdout.write(`${JSON.stringify(result)}\n`)
      } else {
        const rows: Array<[string, string | undefined]> = [
          ['url', result.url],
          ['cluster', result.cluster],
          ['version', result.version],
          ['node', result.node],
          [
            'health',
            result.status && `${result.status} (${result.nodes} node${result.nodes === 1 ? '' : 's'})`,
          ],
        ]
        for (const [k, v] of rows) ctx.stdout.write(`${k.padEnd(8)} ${v ?? '?'}\n`)
      }
      return 0
    } finally {
      await client.close()
    }
  },
}
