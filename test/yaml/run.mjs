// Entry of `npm run test:yaml`: loads the TypeScript runner the way tap does (Node's own type stripping, with
// `./x.js` imports resolved to the `.ts` beside them), so the suite runs our client from src/ without a build
// step. Options: see test/yaml/cli.ts.
await import('../support/resolve-ts.mjs')
const { main } = await import('./cli.ts')
process.exitCode = await main(process.argv.slice(2))
