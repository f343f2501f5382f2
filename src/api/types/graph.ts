// Generated from the Elasticsearch specification by scripts/spec/types.mjs. Do not edit: regenerate with `npm run generate`.
import type { Duration, Field, Indices, RequestBase, Routing, ShardFailure, double, integer, long } from './common.js'
import type { QueryDslQueryContainer } from './query-dsl.js'

export interface GraphConnection {
  doc_count: long
  source: long
  target: long
  weight: double
}

export interface GraphExploreControls {
  /** To avoid the top-matching documents sample being dominated by a single source of results, it is sometimes necessary to request diversity in the sample. You can do this by selecting a single-value field and setting a maximum number of documents per value for that field. */
  sample_diversity?: GraphSampleDiversity
  /** Each hop considers a sample of the best-matching documents on each shard. Using samples improves the speed of execution and keeps exploration focused on meaningfully-connected terms. Very small values (less than 50) might not provide sufficient weight-of-evidence to identify significant connections between terms. Very large sample sizes can dilute the quality of the results and increase execution times. */
  sample_size?: integer
  /** The length of time in milliseconds after which exploration will be halted and the results gathered so far are returned. This timeout is honored on a best-effort basis. Execution might overrun this timeout if, for example, a long pause is encountered while FieldData is loaded for a field. */
  timeout?: Duration
  /** Filters associated terms so only those that are significantly associated with your query are included. */
  use_significance: boolean
}

/** Request of `graph.explore`. */
export interface GraphExploreRequest extends RequestBase {
  /** Name of the index. */
  index: Indices
  /** Custom value used to route operations to a specific shard. */
  routing?: Routing
  /** Specifies the period of time to wait for a response from each shard. If no response is received before the timeout expires, the request fails and returns an error. Defaults to no timeout. */
  timeout?: Duration
  /** Specifies or more fields from which you want to extract terms that are associated with the specified vertices. */
  connections?: GraphHop
  /** Direct the Graph API how to build the graph. */
  controls?: GraphExploreControls
  /** A seed query that identifies the documents of interest. Can be any valid Elasticsearch query. */
  query?: QueryDslQueryContainer
  /** Specifies one or more fields that contain the terms you want to include in the graph as vertices. */
  vertices?: GraphVertexDefinition[]
}

export interface GraphExploreResponse {
  connections: GraphConnection[]
  failures: ShardFailure[]
  timed_out: boolean
  took: long
  vertices: GraphVertex[]
}

export interface GraphHop {
  /** Specifies one or more fields from which you want to extract terms that are associated with the specified vertices. */
  connections?: GraphHop
  /** An optional guiding query that constrains the Graph API as it explores connected terms. */
  query?: QueryDslQueryContainer
  /** Contains the fields you are interested in. */
  vertices: GraphVertexDefinition[]
}

export interface GraphSampleDiversity {
  field: Field
  max_docs_per_value: integer
}

export interface GraphVertex {
  depth: long
  field: Field
  term: string
  weight: double
}

export interface GraphVertexDefinition {
  /** Prevents the specified terms from being included in the results. */
  exclude?: string[]
  /** Identifies a field in the documents of interest. */
  field: Field
  /** Identifies the terms of interest that form the starting points from which you want to spider out. */
  include?: Array<GraphVertexInclude | string>
  /** Specifies how many documents must contain a pair of terms before it is considered to be a useful connection. This setting acts as a certainty threshold. */
  min_doc_count?: long
  /** Controls how many documents on a particular shard have to contain a pair of terms before the connection is returned for global consideration. */
  shard_min_doc_count?: long
  /** Specifies the maximum number of vertex terms returned for each field. */
  size?: integer
}

export interface GraphVertexInclude {
  boost?: double
  term: string
}
