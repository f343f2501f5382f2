// Entry of `npm run test:yaml`: loads the TypeScript runner the way tap does (ts-node, transpile only), so
// the suite runs our client from src/ without a build step. Options: see test/yaml/cli.ts.
process.env.TS_NODE_TRANSPILE_ONLY ??= '1'
await import('@tapjs/typescript/import')
const { main } = await import('./cli.ts')
process.exitCode = await main(process.argv.slice(2))
