// The AWS packages are optional peers: with them hidden from module resolution (as in an application that did
// not install them), elastream still loads and runs, and only auth.aws fails, at construction, naming the
// package to install.
import * as nodeModule from 'node:module'
import t from 'tap'

// module.registerHooks (Node 22.15+, 23.5+): synchronous hooks that apply to require() too; typed here while
// the project's @types/node predates it.
type Next = (specifier: string, context: unknown) => unknown
const { registerHooks } = nodeModule as unknown as {
  registerHooks(hooks: { resolve(specifier: string, context: unknown, next: Next): unknown }): { deregister(): void }
}

const HIDDEN = new Set(['@smithy/signature-v4', '@aws-sdk/credential-providers'])
const hooks = registerHooks({
  resolve(specifier, context, next) {
    if (HIDDEN.has(specifier)) throw Object.assign(new Error(`Cannot find module '${specifier}'`), { code: 'MODULE_NOT_FOUND' })
    return next(specifier, context)
  },
})
t.teardown(() => hooks.deregister())

const { Client, ConfigurationError } = await import('../../src/index.js')
const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'hidden-secret-for-this-test' }

t.test('the client works without the AWS packages', async (t) => {
  const client = new Client({ node: 'http://127.0.0.1:9', auth: { username: 'elastic', password: 'x' } })
  t.ok(client.transport)
  await client.close()
})

t.test('auth.aws without @smithy/signature-v4: a ConfigurationError that says what to install', async (t) => {
  t.throws(() => new Client({ node: 'http://127.0.0.1:9', auth: { aws: { region: 'us-east-1', credentials } } }), {
    constructor: ConfigurationError,
    message: 'auth.aws signs requests with the optional peer "@smithy/signature-v4", which is not installed: npm install @smithy/signature-v4',
  })
})

t.test('auth.aws without credentials and without @aws-sdk/credential-providers: the same, for the default chain', async (t) => {
  t.throws(() => new Client({ node: 'http://127.0.0.1:9', auth: { aws: { region: 'us-east-1' } } }), {
    constructor: ConfigurationError,
    message: /@aws-sdk\/credential-providers", which is not installed: npm install @aws-sdk\/credential-providers, or pass auth\.aws\.credentials/,
  })
})
