/**
 * Aggregation results typed from the request (beyond the official client, whose answer is a union to
 * narrow): `aggs: { by_year: { terms: { field: 'year' } } }` gives `aggregations.by_year.buckets[0].key`
 * without a cast, sub-aggregations included. Hand-written (the generator leaves this folder alone); the
 * types it names are the generated ones.
 *
 * `SearchCall` is the `search` method with this inference: called without type arguments it infers the
 * aggregations of the request; with type arguments (`search<Book>`, `search<Book, MyAggs>`) it is the
 * official client's signature.
 */
import type { TransportResult } from '../../../transport/types.js'
import type { MetaOptions, RequestOptions } from '../../types.js'
import type {
  AggregateName,
  AggregationsAggregate,
  AggregationsAggregationContainer,
  AggregationsAvgAggregate,
  AggregationsCardinalityAggregate,
  AggregationsCompositeAggregateKey,
  AggregationsCompositeBucketKeys,
  AggregationsDateHistogramBucketKeys,
  AggregationsExtendedStatsAggregate,
  AggregationsFiltersBucketKeys,
  AggregationsHistogramBucketKeys,
  AggregationsMaxAggregate,
  AggregationsMinAggregate,
  AggregationsMultiBucketBaseKeys,
  AggregationsPercentilesAggregateBase,
  AggregationsRangeBucketKeys,
  AggregationsSingleBucketAggregateBaseKeys,
  AggregationsStatsAggregate,
  AggregationsSumAggregate,
  AggregationsTermsBucketBaseKeys,
  AggregationsTopHitsAggregate,
  AggregationsValueCountAggregate,
  AggregationsWeightedAvgAggregate,
  FieldValue,
  SearchRequest,
  SearchResponse,
} from '../index.js'

type Containers = Record<string, AggregationsAggregationContainer>

/** The `aggregations` of an answer to a request whose aggregations are `TAggs`. */
export type AggregationsResult<TAggs> = { [K in keyof TAggs]: AggregateOf<TAggs[K]> }

type SubAggregations<A> = A extends { aggregations: infer S }
  ? AggregationsResult<S>
  : A extends { aggs: infer S }
    ? AggregationsResult<S>
    : unknown

/** Array buckets, or buckets by key when the aggregation asked for `keyed: true`. */
type Buckets<TBody, TBucket> = TBody extends { keyed: true } ? Record<string, TBucket> : TBucket[]

interface BucketsOf<TBuckets> {
  buckets: TBuckets
  meta?: Record<string, any>
}

type SingleBucket<A> = AggregationsSingleBucketAggregateBaseKeys & SubAggregations<A>

/** What one aggregation of the request answers; unknown kinds stay the official union. */
export type AggregateOf<A> = A extends { terms: unknown }
  ? BucketsOf<Array<AggregationsTermsBucketBaseKeys & { key: FieldValue; key_as_string?: string } & SubAggregations<A>>> & {
      doc_count_error_upper_bound?: number
      sum_other_doc_count?: number
    }
  : A extends { date_histogram: infer B }
    ? BucketsOf<Buckets<B, AggregationsDateHistogramBucketKeys & SubAggregations<A>>>
    : A extends { histogram: infer B }
      ? BucketsOf<Buckets<B, AggregationsHistogramBucketKeys & SubAggregations<A>>>
      : A extends { range: infer B } | { date_range: infer B } | { ip_range: infer B }
        ? BucketsOf<Buckets<B, AggregationsRangeBucketKeys & SubAggregations<A>>>
        : A extends { filters: { filters: infer F } }
          ? BucketsOf<
              F extends readonly unknown[]
                ? Array<AggregationsFiltersBucketKeys & SubAggregations<A>>
                : { [K in keyof F]: AggregationsMultiBucketBaseKeys & SubAggregations<A> }
            >
          : A extends { composite: unknown }
            ? BucketsOf<Array<AggregationsCompositeBucketKeys & SubAggregations<A>>> & {
                after_key?: AggregationsCompositeAggregateKey
              }
            : A extends
                  | { filter: unknown }
                  | { global: unknown }
                  | { nested: unknown }
                  | { reverse_nested: unknown }
                  | { missing: unknown }
                  | { sampler: unknown }
                  | { children: unknown }
                  | { parent: unknown }
              ? SingleBucket<A>
              : A extends { avg: unknown }
                ? AggregationsAvgAggregate
                : A extends { sum: unknown }
                  ? AggregationsSumAggregate
                  : A extends { min: unknown }
                    ? AggregationsMinAggregate
                    : A extends { max: unknown }
                      ? AggregationsMaxAggregate
                      : A extends { value_count: unknown }
                        ? AggregationsValueCountAggregate
                        : A extends { cardinality: unknown }
                          ? AggregationsCardinalityAggregate
                          : A extends { weighted_avg: unknown }
                            ? AggregationsWeightedAvgAggregate
                            : A extends { extended_stats: unknown }
                              ? AggregationsExtendedStatsAggregate
                              : A extends { stats: unknown }
                                ? AggregationsStatsAggregate
                                : A extends { percentiles: unknown } | { percentile_ranks: unknown }
                                  ? AggregationsPercentilesAggregateBase
                                  : A extends { top_hits: unknown }
                                    ? AggregationsTopHitsAggregate
                                    : AggregationsAggregate

/**
 * Keys of an aggregation that the specification does not know, typed `never` so that a typo in an inferred
 * request is still an error: at the level of the aggregation kinds (`term` for `terms`), of each kind's
 * body (`sise` for `size`), and in sub-aggregations.
 */
export type CheckedAggregations<TAggs> = {
  [K in keyof TAggs]: TAggs[K] & {
    [P in Exclude<keyof TAggs[K], keyof AggregationsAggregationContainer>]: never
  } & {
    [P in keyof TAggs[K] & keyof AggregationsAggregationContainer]: P extends 'aggs' | 'aggregations'
      ? CheckedAggregations<TAggs[K][P]>
      : TAggs[K][P] extends readonly unknown[] | string | number | boolean | null | undefined
        ? unknown
        : { [Q in Exclude<keyof TAggs[K][P], keyof NonNullable<AggregationsAggregationContainer[P]>>]: never }
  }
}

/** The search request with its aggregations as the inference site. */
export type InferringSearchRequest<TAggs extends Containers> = Omit<SearchRequest, 'aggs' | 'aggregations'> &
  ({ aggs: TAggs & CheckedAggregations<TAggs>; aggregations?: never } | { aggregations: TAggs & CheckedAggregations<TAggs>; aggs?: never })

type DefaultAggregations = Record<AggregateName, AggregationsAggregate>

/** `client.search`: aggregations inferred from the request, or the official client's generics. */
export interface SearchCall {
  <TAggs extends Containers>(
    params: InferringSearchRequest<TAggs>,
    options: MetaOptions,
  ): Promise<TransportResult<SearchResponse<unknown, AggregationsResult<TAggs>>>>
  <TAggs extends Containers>(
    params: InferringSearchRequest<TAggs>,
    options?: RequestOptions,
  ): Promise<SearchResponse<unknown, AggregationsResult<TAggs>>>
  <TDocument = unknown, TAggregations = DefaultAggregations>(
    params: SearchRequest | undefined,
    options: MetaOptions,
  ): Promise<TransportResult<SearchResponse<TDocument, TAggregations>>>
  <TDocument = unknown, TAggregations = DefaultAggregations>(
    params?: SearchRequest,
    options?: RequestOptions,
  ): Promise<SearchResponse<TDocument, TAggregations>>
}
