/**
 * Elastic Cloud IDs, the `cloud: { id }` option. A Cloud ID is `<label>:<base64>` where the base64 decodes to
 * `<host>[:<port>]$<elasticsearch id>[$<kibana id>...]`; the label is the deployment's name and carries no
 * information. The Elasticsearch endpoint is `https://<elasticsearch id>.<host>[:<port>]` (port 443 when none
 * is given). Example: `my-deploy:dXMtZWFzdC0xLmF3cy5mb3VuZC5pbyRhYmMxMjMkZGVmNDU2` decodes to
 * `us-east-1.aws.found.io$abc123$def456` and means `https://abc123.us-east-1.aws.found.io`.
 */
import { ConfigurationError } from '../errors.js'
import { describeValue as describe } from './describe-value.js'

export interface CloudOptions {
  /** The deployment's Cloud ID, as shown in the Elastic Cloud console. Give `auth` (an API key) beside it. */
  id: string
}

/** The https URL of the Elasticsearch endpoint a Cloud ID names. */
export function cloudIdToUrl(cloud: unknown): string {
  if (cloud === null || typeof cloud !== 'object' || Array.isArray(cloud)) {
    throw new ConfigurationError(`cloud must be an object { id }, got ${describe(cloud)}`)
  }
  for (const key of Object.keys(cloud)) {
    if (key !== 'id') {
      throw new ConfigurationError(
        `Unknown cloud option "${key}": cloud takes only { id }; give credentials in "auth" (for example auth: { apiKey })`,
      )
    }
  }
  const id = (cloud as { id?: unknown }).id
  if (typeof id !== 'string' || id.trim() === '') {
    throw new ConfigurationError(`cloud.id must be a Cloud ID string ("<name>:<base64>"), got ${describe(id)}`)
  }
  const bad = (why: string) =>
    new ConfigurationError(`cloud.id is not a Cloud ID (${why}): expected "<name>:<base64>", got "${id}"`)
  const colon = id.lastIndexOf(':')
  const encoded = (colon === -1 ? id : id.slice(colon + 1)).trim()
  if (colon === -1) throw bad('no ":" between the name and the encoded part')
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(encoded)) throw bad('the part after ":" is not base64')
  const decoded = Buffer.from(encoded, 'base64').toString('utf8')
  const [hostPort, esId] = decoded.split('$')
  if (hostPort === undefined || hostPort === '' || esId === undefined || esId === '') {
    throw bad('it does not decode to "<host>$<elasticsearch id>$<kibana id>"')
  }
  let url: URL
  try {
    url = new URL(`https://${esId}.${hostPort}`)
  } catch {
    throw bad(`"${esId}.${hostPort}" is not a host name`)
  }
  if (url.pathname !== '/' || url.search !== '' || url.username !== '') {
    throw bad(`"${esId}.${hostPort}" is not a host name`)
  }
  return url.origin
}
