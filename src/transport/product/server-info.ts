/**
 * What the client knows of the server it talks to, and what it was told to expect: the types every product
 * check and the public API share (the checks themselves: product-detector.ts).
 */

/**
 * What the client expects: `'auto'` learns it from the first answer and refuses a server that is neither,
 * `'elasticsearch'` refuses anything that does not say it is Elasticsearch, `'opensearch'` refuses an answer
 * that says it is Elasticsearch, `'any'` checks nothing.
 */
export type Product = 'auto' | 'elasticsearch' | 'opensearch' | 'any'

/** The two servers this client speaks to. */
export type ServerProduct = 'elasticsearch' | 'opensearch'

/** What the client learnt about the server. */
export interface ServerInfo {
  name: ServerProduct
  /**
   * The server's version, such as `9.5.3` or `3.8.0`, when known. OpenSearch sends it on every answer;
   * Elasticsearch only in the body of `GET /`, so it is undefined until `detectProduct()` asked.
   */
  version: string | undefined
}
