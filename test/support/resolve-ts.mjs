// Loaded by every test process (package.json "tap"."node-arg"): the tests run on Node's own type stripping, and
// our sources import each other as `./x.js` (what the build emits), so a relative `.js` import with no such file
// resolves to the `.ts` beside it. module.registerHooks runs in the thread itself (no loader worker, no
// module.register, whose deprecation on Node 26 would be a warning in every test process).
import { registerHooks } from 'node:module'

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context)
    } catch (err) {
      if (err?.code !== 'ERR_MODULE_NOT_FOUND' || !/^\.{1,2}\/.*\.js$/.test(specifier)) throw err
      return nextResolve(`${specifier.slice(0, -3)}.ts`, context)
    }
  },
})
