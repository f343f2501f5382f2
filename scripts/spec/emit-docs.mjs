// docs/api.md: the intro (scripts/api-doc-intro.md, hand-written) and one table per namespace.
import { firstSentence, nsId } from './names.mjs'

export function emitDocs({ endpoints, namespaces, intro, source }) {
  const official = endpoints.filter((e) => e.official).length
  let out = '# API reference\n\n'
  out += `<!-- Generated from ${source} by scripts/generate-api.mjs (intro: scripts/api-doc-intro.md). Do not edit: regenerate with \`npm run generate\`. -->\n\n`
  out += `Every endpoint of the Elasticsearch specification (${source}) is a method: ${endpoints.length} methods, `
  out += `the ${official} of the official client \`@elastic/elasticsearch\` under the same names, and the `
  out += `${endpoints.length - official} private ones it leaves out. `
  out += intro.trimEnd()
  out += '\n\n## Methods\n\n'
  const order = [...namespaces.keys()].sort()
  out += 'Namespaces: '
  out += order
    .map((ns) => (ns ? `[\`${nsId(ns)}\`](#client${nsId(ns).toLowerCase()})` : '[top level](#client)'))
    .join(', ')
  out += '\n\n'
  for (const ns of order) {
    const prefix = ns ? `client.${nsId(ns)}` : 'client'
    out += `### ${prefix}\n\n| Method | Endpoint | Description |\n| --- | --- | --- |\n`
    for (const e of namespaces.get(ns)) {
      const paths = e.descriptor.paths.map((p) => `\`${p.methods.join('\\|')} ${p.path}\``).join('<br>')
      let desc = firstSentence(e.spec.description).replace(/\|/g, '\\|')
      if (e.spec.deprecation) desc = `**Deprecated.** ${desc}`
      if (e.serverlessOnly) desc += ' *Serverless only.*'
      if (!e.official) desc += ' *Private; not in the official client.*'
      out += `| [\`${prefix}.${e.method}()\`](${e.spec.docUrl ?? ''}) | ${paths} | ${desc} |\n`
    }
    out += '\n'
  }
  return out.replace(/\n\n$/, '\n')
}
