/**
 * Which server answers: Elasticsearch or OpenSearch. Both speak the same REST core, and each says who it is
 * on every answer: Elasticsearch (7.14+) with `x-elastic-product: Elasticsearch`, OpenSearch (2.7+) with
 * `X-OpenSearch-Version: OpenSearch/3.8.0 (opensearch)`. `GET /` tells older ones apart by its body.
 *
 * One ProductDetector is shared by a client and its children (they talk to the same cluster). The transport
 * shows it the headers of every successful answer (`observe`, synchronous and allocation-free once the
 * server is known); only an answer that carries neither header costs one `GET /` (`probe`), once per client.
 */
import type { IncomingHttpHeaders } from 'node:http'
import { EndpointNotSupportedError, ProductNotSupportedError } from '../../errors.js'
import type { TransportLike } from '../types.js'
import { type AnsweringNode, sameVerdict, verdictToKeep } from './node-verdict.js'
import { classify, ELASTIC_HEADER, type HeaderVerdict, readProductHeaders } from './product-headers.js'
import { mixed, neither, notWhatWasAsked, productName } from './product-refusals.js'
import type { Product, ServerInfo, ServerProduct } from './server-info.js'

/** A node's answer to `GET /`, for beforeWrite (body: parsed JSON of a successful answer, else undefined). */
export interface NodeAnswer {
  statusCode: number
  headers: IncomingHttpHeaders
  body: unknown
}

interface NodeProduct {
  name: ServerProduct
  /** Said by a product header (Elasticsearch 7.14+, OpenSearch 2.7+), not only by the `GET /` body. */
  byHeader: boolean
}

export class ProductDetector {
  #info: ServerInfo | undefined
  /** The server said who it is in its headers (so an answer without them later is suspect). */
  #byHeader = false
  /** A server found to be neither: answers without a header are refused without asking `GET /` again. */
  #refusal: ProductNotSupportedError | undefined
  #probing: Promise<ServerInfo> | undefined
  /** What each node showed of itself (by node id): a product, or 'neither' after a successful GET /. */
  readonly #nodes = new Map<string, NodeProduct | 'neither'>()
  /** GET / in flight per node, for beforeWrite. */
  readonly #asking = new Map<string, Promise<NodeProduct | 'neither' | undefined>>()

  get info(): ServerInfo | undefined {
    return this.#info
  }

  /**
   * observe() for an answer of `node`, skipped when the node's last accepted verdict holds for these headers
   * (node-verdict.ts): the check every successful answer pays, so its usual case reads two headers.
   */
  observeAnswer(setting: Product, node: AnsweringNode, headers: IncomingHttpHeaders, applied: boolean): boolean {
    if (setting === 'any') return false
    const verdict = node.productVerdict
    if (verdict !== undefined && sameVerdict(verdict, setting, this.#info, headers)) return false
    const unknown = this.observe(setting, node.id, headers, applied)
    node.productVerdict = unknown ? undefined : verdictToKeep(setting, this.#info, headers)
    return unknown
  }

  /**
   * Checks the headers of a successful answer against `setting` and what is known. Throws
   * ProductNotSupportedError when the answer is refused; returns true when only `GET /` can tell (auto mode,
   * no product header, server not known yet).
   */
  observe(setting: Product, node: string, headers: IncomingHttpHeaders, applied = false): boolean {
    if (setting === 'any') return false
    const said = readProductHeaders(headers)
    if (said.name === 'elasticsearch' || said.name === 'opensearch') this.#nodes.set(node, { name: said.name, byHeader: true })
    // A write the server applied is reported as the server gave it (its node was checked before it was sent
    // when the client knew whom it talks to: beforeWrite): refusing its answer now would report failed what
    // was done. Only a server shown to be neither product is refused, since nothing was written into a cluster.
    if (applied) {
      if (said.name === 'other') throw neither(node, `says ${ELASTIC_HEADER}: ${said.said}`, headers.server)
      if (this.#info === undefined && (said.name === setting || (setting === 'auto' && said.name !== 'none'))) {
        this.#learn({ name: said.name as ServerProduct, version: said.name === 'opensearch' ? said.version : undefined }, true)
      }
      if (said.name === 'none' && this.#info === undefined && setting === 'auto') {
        if (this.#refusal !== undefined) throw this.#refusal
        return true
      }
      return false
    }
    const refusal = this.#verdict(setting, node, said, headers.server)
    if (refusal !== undefined) throw refusal
    if (said.name !== 'none') return false
    // No product header at all: only GET / can tell a server not known yet (auto mode).
    if (this.#info === undefined && setting === 'auto') {
      if (this.#refusal !== undefined) throw this.#refusal
      return true
    }
    return false
  }

  /**
   * What the client makes of `said` on an answer from `node`, as a refusal or undefined (accepted). Learns the
   * server from the first answer that names it.
   */
  #verdict(setting: Product, node: string, said: HeaderVerdict, server: unknown): ProductNotSupportedError | undefined {
    const opensearchHeader = said.name === 'opensearch' ? said.header : undefined
    const elasticHeader = said.name === 'elasticsearch' ? 'Elasticsearch' : said.name === 'other' ? said.said : undefined
    if (setting === 'elasticsearch') {
      if (said.name !== 'elasticsearch') return notWhatWasAsked(node, 'Elasticsearch', elasticHeader, opensearchHeader, server)
      if (this.#info === undefined) this.#learn({ name: 'elasticsearch', version: undefined }, true)
      return undefined
    }
    if (setting === 'opensearch') {
      if (said.name === 'elasticsearch') return notWhatWasAsked(node, 'OpenSearch', elasticHeader, undefined, server)
      if (this.#info === undefined && said.name === 'opensearch') this.#learn({ name: 'opensearch', version: said.version }, true)
      return undefined
    }
    const known = this.#info
    if (said.name === 'elasticsearch' || said.name === 'opensearch') {
      if (known === undefined) {
        this.#learn({ name: said.name, version: said.name === 'opensearch' ? said.version : undefined }, true)
      } else if (known.name !== said.name) {
        return mixed(node, productName(said.name), known)
      }
      return undefined
    }
    if (said.name === 'other') return neither(node, `says ${ELASTIC_HEADER}: ${said.said}`, server)
    // No header: Elasticsearch 7.14+ puts its header on every answer, so one that lacks it came from something
    // else once Elasticsearch said its name.
    if (known?.name === 'elasticsearch' && this.#byHeader) {
      return notWhatWasAsked(node, 'Elasticsearch', undefined, undefined, server)
    }
    return undefined
  }

  /**
   * Checks `node` before a write is sent to it, so that a product check never turns an applied write into a
   * reported failure: once the client knows whom it talks to, a node whose product none of its answers told
   * yet is asked `GET /` first (once per node, shared by concurrent writers). Throws ProductNotSupportedError, with nothing of the write sent, for a node that
   * is not what the client talks to (the other product beside the first, or neither); a node that cannot
   * tell (its `GET /` refused without a product header, or unreachable) gets the write, and its answer is
   * reported as given.
   */
  async beforeWrite(setting: Product, node: string, askNode: () => Promise<NodeAnswer>): Promise<void> {
    if (setting === 'any') return
    let seen = this.#nodes.get(node)
    // Nothing known yet: the write goes, and its answer (or one GET / after it) tells the product.
    if (seen === undefined && this.#info === undefined) return
    if (seen === undefined) {
      let asking = this.#asking.get(node)
      if (asking === undefined) {
        asking = this.#askNode(node, askNode).finally(() => this.#asking.delete(node))
        this.#asking.set(node, asking)
      }
      seen = await asking
    }
    if (seen === undefined) return
    let refusal: ProductNotSupportedError | undefined
    if (seen === 'neither') {
      refusal = this.#refusal ?? neither(node, `sent no ${ELASTIC_HEADER} or X-OpenSearch-Version header, and GET / answered without a version`, undefined)
    } else if (setting === 'elasticsearch' && !(seen.name === 'elasticsearch' && seen.byHeader)) {
      refusal = notWhatWasAsked(node, 'Elasticsearch', undefined, seen.name === 'opensearch' ? 'OpenSearch' : undefined, undefined)
    } else if (setting === 'opensearch' && seen.name === 'elasticsearch') {
      refusal = notWhatWasAsked(node, 'OpenSearch', 'Elasticsearch', undefined, undefined)
    } else if (setting === 'auto') {
      if (this.#info === undefined) this.#learn({ name: seen.name, version: undefined }, seen.byHeader)
      else if (this.#info.name !== seen.name) refusal = mixed(node, productName(seen.name), this.#info)
    }
    if (refusal !== undefined) {
      throw new ProductNotSupportedError(`${refusal.message} The write was not sent.`)
    }
  }

  async #askNode(node: string, askNode: () => Promise<NodeAnswer>): Promise<NodeProduct | 'neither' | undefined> {
    let answer: NodeAnswer
    try {
      answer = await askNode()
    } catch {
      return undefined // unreachable: the write itself meets the same fate, and is retried as usual
    }
    const found = classify(answer.headers, answer.statusCode < 300 ? answer.body : undefined)
    if (found === undefined) {
      if (answer.statusCode >= 300) return undefined // a 401/403 without header: a proxy or a restricted key
      this.#nodes.set(node, 'neither')
      return 'neither'
    }
    const byHeader = readProductHeaders(answer.headers).name !== 'none'
    const seen = { name: found.name, byHeader }
    this.#nodes.set(node, seen)
    if (this.#info?.name === found.name && this.#info.version === undefined && found.version !== undefined) {
      this.#info = { name: found.name, version: found.version }
    }
    return seen
  }

  /**
   * Learns the server from `GET /` after an answer that carried no product header; concurrent callers share
   * the one request. Throws ProductNotSupportedError when the server is neither.
   */
  async probe(node: string, headers: IncomingHttpHeaders, unchecked: TransportLike, applied = false): Promise<void> {
    this.#probing ??= this.#ask(unchecked, false, headers.server).finally(() => {
      this.#probing = undefined
    })
    if (applied) {
      // An applied write's answer is reported as given unless GET / proved the server to be neither product
      // (then nothing was written into a cluster): a GET / that cannot tell (refused, missing) leaves it be.
      await this.#probing.catch((error: unknown) => {
        if (this.#refusal !== undefined) throw error
      })
      return
    }
    await this.#probing
    // Now the server is known: an Elasticsearch that names itself on `GET /` does so on every answer.
    this.observe('auto', node, headers)
  }

  /**
   * Learns the server with one `GET /` (shared by concurrent callers) when no answer told yet, for a request
   * that must know before it is sent (a body with `compatibilityVersion`: OpenSearch refuses Elasticsearch's
   * compatibility media types). A server whose `GET /` succeeded without being either is refused
   * (ProductNotSupportedError); any other failure (a 401/403 without product header: a restricted key; no
   * connection) is left to the request itself, which then goes as for Elasticsearch.
   */
  async identify(unchecked: TransportLike): Promise<void> {
    if (this.#info !== undefined) return
    this.#probing ??= this.#ask(unchecked, false, undefined).finally(() => {
      this.#probing = undefined
    })
    await this.#probing.catch(() => {
      if (this.#refusal !== undefined) throw this.#refusal
    })
  }

  /**
   * Refuses an Elasticsearch-only endpoint (see isElasticsearchOnly) when the server is OpenSearch: known from
   * an answer, pinned by `product: 'opensearch'`, or, with `product: 'auto'` and no answer yet, learnt by one
   * `GET /` first. Nothing of the request itself is sent.
   */
  async refuseElasticsearchOnly(setting: Product, endpoint: string, unchecked: TransportLike): Promise<void> {
    if (setting === 'auto' && this.#info === undefined) await this.identify(unchecked)
    const info = this.#info ?? (setting === 'opensearch' ? { name: 'opensearch' as const, version: undefined } : undefined)
    if (info?.name !== 'opensearch') return
    const namespace = endpoint.slice(0, endpoint.indexOf('.'))
    throw new EndpointNotSupportedError(
      `${endpoint} is an Elasticsearch API (${namespace}.*), and the server is OpenSearch` +
        `${info.version === undefined ? '' : ` ${info.version}`}, which does not serve it; nothing was sent.`,
      endpoint,
      { ...info },
    )
  }

  /**
   * The server's product and version, asking `GET /` when either is unknown (and, for an Elasticsearch whose
   * `GET /` is not there, `GET /_nodes/_local`). `unchecked` is a transport that skips `observe`.
   */
  async detect(setting: Product, unchecked: TransportLike): Promise<ServerInfo> {
    if (this.#info?.version !== undefined) return this.#info
    const info = await this.#ask(unchecked, true, undefined)
    if ((setting === 'elasticsearch' || setting === 'opensearch') && info.name !== setting) {
      throw new ProductNotSupportedError(
        `The server is ${productName(info.name)}${info.version === undefined ? '' : ` ${info.version}`}, ` +
          `not ${productName(setting)} as the client was told (product: '${setting}'). ` +
          `Pass product: 'auto' to talk to either.`,
      )
    }
    return info
  }

  async #ask(unchecked: TransportLike, wantVersion: boolean, server: unknown): Promise<ServerInfo> {
    const res = await unchecked.request<unknown>(
      { method: 'GET', path: '/' },
      { meta: true, ignore: [400, 401, 403, 404, 405, 406, 500, 501] },
    )
    const found = classify(res.headers, res.statusCode < 300 ? res.body : undefined)
    if (found === undefined) {
      const refusal = neither(
        res.meta.node,
        `sent no ${ELASTIC_HEADER} or X-OpenSearch-Version header, and GET / answered ${res.statusCode} without a version`,
        server ?? res.headers.server,
      )
      // Only a server that answered GET / with success is known to be neither; a 401 may be a proxy in front.
      if (res.statusCode < 300) {
        this.#refusal = refusal
        this.#nodes.set(res.meta.node, 'neither')
      }
      throw refusal
    }
    if (found.name === 'elasticsearch' && found.version === undefined && wantVersion) {
      const nodes = await unchecked
        .request<{ nodes?: Record<string, { version?: unknown }> }>(
          { method: 'GET', path: '/_nodes/_local', querystring: { filter_path: 'nodes.*.version' } },
          {},
        )
        .catch(() => undefined)
      const version = Object.values(nodes?.nodes ?? {})[0]?.version
      if (typeof version === 'string') found.version = version
    }
    const byHeader = readProductHeaders(res.headers).name !== 'none'
    this.#nodes.set(res.meta.node, { name: found.name, byHeader })
    if (this.#info === undefined || this.#info.name === found.name) this.#learn(found, byHeader || this.#byHeader)
    else throw mixed(res.meta.node, productName(found.name), this.#info)
    return this.#info as ServerInfo
  }

  #learn(info: ServerInfo, byHeader: boolean): void {
    this.#info = { name: info.name, version: info.version ?? this.#info?.version }
    this.#byHeader = byHeader
  }
}
