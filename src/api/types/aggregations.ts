// Generated from the Elasticsearch specification by scripts/spec/types.mjs. Do not edit: regenerate with `npm run generate`.
import type { CartesianPoint, DateMath, DateTime, DistanceUnit, Duration, DurationLarge, EmptyObject, EpochTime, Field, FieldValue, Fields, GeoBounds, GeoDistanceType, GeoHash, GeoHashPrecision, GeoHexCell, GeoLine, GeoLocation, GeoTile, GeoTilePrecision, Metadata, Name, RelationName, Script, ScriptField, ScriptSource, Sort, SortMode, SortOrder, TimeZone, TopLeftBottomRightGeoBounds, UnitMillis, double, float, integer, long } from './common.js'
import type { SearchHighlight, SearchHitsMetadata, SearchSourceConfig } from './core.js'
import type { MlClassificationInferenceOptions, MlRegressionInferenceOptions } from './ml.js'
import type { QueryDslFieldAndFormat, QueryDslQueryContainer } from './query-dsl.js'

export interface AggregationsAbstractChangePoint {
  p_value: double
  change_point: integer
}

export interface AggregationsAdjacencyMatrixAggregate extends AggregationsMultiBucketAggregateBase<AggregationsAdjacencyMatrixBucket> {
}

export interface AggregationsAdjacencyMatrixAggregation extends AggregationsBucketAggregationBase {
  /** Filters used to create buckets. At least one filter is required. */
  filters?: Record<string, QueryDslQueryContainer>
  /** Separator used to concatenate filter names. Defaults to &. */
  separator?: string
}

export interface AggregationsAdjacencyMatrixBucketKeys extends AggregationsMultiBucketBaseKeys {
  key: string
}
export type AggregationsAdjacencyMatrixBucket = AggregationsAdjacencyMatrixBucketKeys & { [property: string]: AggregationsAggregate | string | long }

export type AggregationsAggregate = AggregationsCardinalityAggregate | AggregationsHdrPercentilesAggregate | AggregationsHdrPercentileRanksAggregate | AggregationsTDigestPercentilesAggregate | AggregationsTDigestPercentileRanksAggregate | AggregationsPercentilesBucketAggregate | AggregationsMedianAbsoluteDeviationAggregate | AggregationsMinAggregate | AggregationsMaxAggregate | AggregationsSumAggregate | AggregationsAvgAggregate | AggregationsWeightedAvgAggregate | AggregationsValueCountAggregate | AggregationsSimpleValueAggregate | AggregationsDerivativeAggregate | AggregationsBucketMetricValueAggregate | AggregationsChangePointAggregate | AggregationsStatsAggregate | AggregationsStatsBucketAggregate | AggregationsExtendedStatsAggregate | AggregationsExtendedStatsBucketAggregate | AggregationsCartesianBoundsAggregate | AggregationsCartesianCentroidAggregate | AggregationsGeoBoundsAggregate | AggregationsGeoCentroidAggregate | AggregationsHistogramAggregate | AggregationsDateHistogramAggregate | AggregationsAutoDateHistogramAggregate | AggregationsVariableWidthHistogramAggregate | AggregationsStringTermsAggregate | AggregationsLongTermsAggregate | AggregationsDoubleTermsAggregate | AggregationsUnmappedTermsAggregate | AggregationsLongRareTermsAggregate | AggregationsStringRareTermsAggregate | AggregationsUnmappedRareTermsAggregate | AggregationsMultiTermsAggregate | AggregationsMissingAggregate | AggregationsNestedAggregate | AggregationsReverseNestedAggregate | AggregationsGlobalAggregate | AggregationsFilterAggregate | AggregationsChildrenAggregate | AggregationsParentAggregate | AggregationsSamplerAggregate | AggregationsUnmappedSamplerAggregate | AggregationsGeoHashGridAggregate | AggregationsGeoTileGridAggregate | AggregationsGeoHexGridAggregate | AggregationsRangeAggregate | AggregationsDateRangeAggregate | AggregationsGeoDistanceAggregate | AggregationsIpRangeAggregate | AggregationsIpPrefixAggregate | AggregationsFiltersAggregate | AggregationsAdjacencyMatrixAggregate | AggregationsSignificantLongTermsAggregate | AggregationsSignificantStringTermsAggregate | AggregationsUnmappedSignificantTermsAggregate | AggregationsCompositeAggregate | AggregationsFrequentItemSetsAggregate | AggregationsTimeSeriesAggregate | AggregationsScriptedMetricAggregate | AggregationsTopHitsAggregate | AggregationsInferenceAggregate | AggregationsStringStatsAggregate | AggregationsBoxPlotAggregate | AggregationsTopMetricsAggregate | AggregationsTTestAggregate | AggregationsRateAggregate | AggregationsCumulativeCardinalityAggregate | AggregationsMatrixStatsAggregate | AggregationsGeoLineAggregate

export interface AggregationsAggregateBase {
  meta?: Metadata
}

export type AggregationsAggregateOrder = Partial<Record<Field, SortOrder>> | Partial<Record<Field, SortOrder>>[]

export interface AggregationsAggregation {
}

export interface AggregationsAggregationContainer {
  /** Sub-aggregations for this aggregation. Only applies to bucket aggregations. */
  aggregations?: Record<string, AggregationsAggregationContainer>
  /** Sub-aggregations for this aggregation. Only applies to bucket aggregations. */
  aggs?: Record<string, AggregationsAggregationContainer>
  meta?: Metadata
  /** A bucket aggregation returning a form of adjacency matrix. The request provides a collection of named filter expressions, similar to the `filters` aggregation. Each bucket in the response represents a non-empty cell in the matrix of intersecting filters. */
  adjacency_matrix?: AggregationsAdjacencyMatrixAggregation
  /** A multi-bucket aggregation similar to the date histogram, except instead of providing an interval to use as the width of each bucket, a target number of buckets is provided. */
  auto_date_histogram?: AggregationsAutoDateHistogramAggregation
  /** A single-value metrics aggregation that computes the average of numeric values that are extracted from the aggregated documents. */
  avg?: AggregationsAverageAggregation
  /** A sibling pipeline aggregation which calculates the mean value of a specified metric in a sibling aggregation. The specified metric must be numeric and the sibling aggregation must be a multi-bucket aggregation. */
  avg_bucket?: AggregationsAverageBucketAggregation
  /** A metrics aggregation that computes a box plot of numeric values extracted from the aggregated documents. */
  boxplot?: AggregationsBoxplotAggregation
  /** A parent pipeline aggregation which runs a script which can perform per bucket computations on metrics in the parent multi-bucket aggregation. */
  bucket_script?: AggregationsBucketScriptAggregation
  /** A parent pipeline aggregation which runs a script to determine whether the current bucket will be retained in the parent multi-bucket aggregation. */
  bucket_selector?: AggregationsBucketSelectorAggregation
  /** A parent pipeline aggregation which sorts the buckets of its parent multi-bucket aggregation. */
  bucket_sort?: AggregationsBucketSortAggregation
  /** A sibling pipeline aggregation which runs a two sample Kolmogorov–Smirnov test ("K-S test") against a provided distribution and the distribution implied by the documents counts in the configured sibling aggregation. */
  bucket_count_ks_test?: AggregationsBucketKsAggregation
  /** A sibling pipeline aggregation which runs a correlation function on the configured sibling multi-bucket aggregation. */
  bucket_correlation?: AggregationsBucketCorrelationAggregation
  /** A single-value metrics aggregation that calculates an approximate count of distinct values. */
  cardinality?: AggregationsCardinalityAggregation
  /** A metric aggregation that computes the spatial bounding box containing all values for a Point or Shape field. */
  cartesian_bounds?: AggregationsCartesianBoundsAggregation
  /** A metric aggregation that computes the weighted centroid from all coordinate values for point and shape fields. */
  cartesian_centroid?: AggregationsCartesianCentroidAggregation
  /** A multi-bucket aggregation that groups semi-structured text into buckets. */
  categorize_text?: AggregationsCategorizeTextAggregation
  /** A sibling pipeline that detects, spikes, dips, and change points in a metric. Given a distribution of values provided by the sibling multi-bucket aggregation, this aggregation indicates the bucket of any spike or dip and/or the bucket at which the largest change in the distribution of values, if they are statistically significant. There must be at least 22 bucketed values. Fewer than 1,000 is preferred. */
  change_point?: AggregationsChangePointAggregation
  /** A single bucket aggregation that selects child documents that have the specified type, as defined in a `join` field. */
  children?: AggregationsChildrenAggregation
  /** A multi-bucket aggregation that creates composite buckets from different sources. Unlike the other multi-bucket aggregations, you can use the `composite` aggregation to paginate *all* buckets from a multi-level aggregation efficiently. */
  composite?: AggregationsCompositeAggregation
  /** A parent pipeline aggregation which calculates the cumulative cardinality in a parent `histogram` or `date_histogram` aggregation. */
  cumulative_cardinality?: AggregationsCumulativeCardinalityAggregation
  /** A parent pipeline aggregation which calculates the cumulative sum of a specified metric in a parent `histogram` or `date_histogram` aggregation. */
  cumulative_sum?: AggregationsCumulativeSumAggregation
  /** A multi-bucket values source based aggregation that can be applied on date values or date range values extracted from the documents. It dynamically builds fixed size (interval) buckets over the values. */
  date_histogram?: AggregationsDateHistogramAggregation
  /** A multi-bucket value source based aggregation that enables the user to define a set of date ranges - each representing a bucket. */
  date_range?: AggregationsDateRangeAggregation
  /** A parent pipeline aggregation which calculates the derivative of a specified metric in a parent `histogram` or `date_histogram` aggregation. */
  derivative?: AggregationsDerivativeAggregation
  /** A filtering aggregation used to limit any sub aggregations' processing to a sample of the top-scoring documents. Similar to the `sampler` aggregation, but adds the ability to limit the number of matches that share a common value. */
  diversified_sampler?: AggregationsDiversifiedSamplerAggregation
  /** A multi-value metrics aggregation that computes stats over numeric values extracted from the aggregated documents. */
  extended_stats?: AggregationsExtendedStatsAggregation
  /** A sibling pipeline aggregation which calculates a variety of stats across all bucket of a specified metric in a sibling aggregation. */
  extended_stats_bucket?: AggregationsExtendedStatsBucketAggregation
  /** A bucket aggregation which finds frequent item sets, a form of association rules mining that identifies items that often occur together. */
  frequent_item_sets?: AggregationsFrequentItemSetsAggregation
  /** A bucket aggregation which finds frequent item sets, a form of association rules mining that identifies items that often occur together. */
  frequent_items?: AggregationsFrequentItemSetsAggregation
  /** A single bucket aggregation that narrows the set of documents to those that match a query. */
  filter?: QueryDslQueryContainer
  /** A multi-bucket aggregation where each bucket contains the documents that match a query. */
  filters?: AggregationsFiltersAggregation
  /** A metric aggregation that computes the geographic bounding box containing all values for a Geopoint or Geoshape field. */
  geo_bounds?: AggregationsGeoBoundsAggregation
  /** A metric aggregation that computes the weighted centroid from all coordinate values for geo fields. */
  geo_centroid?: AggregationsGeoCentroidAggregation
  /** A multi-bucket aggregation that works on `geo_point` fields. Evaluates the distance of each document value from an origin point and determines the buckets it belongs to, based on ranges defined in the request. */
  geo_distance?: AggregationsGeoDistanceAggregation
  /** A multi-bucket aggregation that groups `geo_point` and `geo_shape` values into buckets that represent a grid. Each cell is labeled using a geohash which is of user-definable precision. */
  geohash_grid?: AggregationsGeoHashGridAggregation
  /** Aggregates all `geo_point` values within a bucket into a `LineString` ordered by the chosen sort field. */
  geo_line?: AggregationsGeoLineAggregation
  /** A multi-bucket aggregation that groups `geo_point` and `geo_shape` values into buckets that represent a grid. Each cell corresponds to a map tile as used by many online map sites. */
  geotile_grid?: AggregationsGeoTileGridAggregation
  /** A multi-bucket aggregation that groups `geo_point` and `geo_shape` values into buckets that represent a grid. Each cell corresponds to a H3 cell index and is labeled using the H3Index representation. */
  geohex_grid?: AggregationsGeohexGridAggregation
  /** Defines a single bucket of all the documents within the search execution context. This context is defined by the indices and the document types you’re searching on, but is not influenced by the search query itself. */
  global?: AggregationsGlobalAggregation
  /** A multi-bucket values source based aggregation that can be applied on numeric values or numeric range values extracted from the documents. It dynamically builds fixed size (interval) buckets over the values. */
  histogram?: AggregationsHistogramAggregation
  /** A multi-bucket value source based aggregation that enables the user to define a set of IP ranges - each representing a bucket. */
  ip_range?: AggregationsIpRangeAggregation
  /** A bucket aggregation that groups documents based on the network or sub-network of an IP address. */
  ip_prefix?: AggregationsIpPrefixAggregation
  /** A parent pipeline aggregation which loads a pre-trained model and performs inference on the collated result fields from the parent bucket aggregation. */
  inference?: AggregationsInferenceAggregation
  line?: AggregationsGeoLineAggregation
  /** A numeric aggregation that computes the following statistics over a set of document fields: `count`, `mean`, `variance`, `skewness`, `kurtosis`, `covariance`, and `covariance`. */
  matrix_stats?: AggregationsMatrixStatsAggregation
  /** A single-value metrics aggregation that returns the maximum value among the numeric values extracted from the aggregated documents. */
  max?: AggregationsMaxAggregation
  /** A sibling pipeline aggregation which identifies the bucket(s) with the maximum value of a specified metric in a sibling aggregation and outputs both the value and the key(s) of the bucket(s). */
  max_bucket?: AggregationsMaxBucketAggregation
  /** A single-value aggregation that approximates the median absolute deviation of its search results. */
  median_absolute_deviation?: AggregationsMedianAbsoluteDeviationAggregation
  /** A single-value metrics aggregation that returns the minimum value among numeric values extracted from the aggregated documents. */
  min?: AggregationsMinAggregation
  /** A sibling pipeline aggregation which identifies the bucket(s) with the minimum value of a specified metric in a sibling aggregation and outputs both the value and the key(s) of the bucket(s). */
  min_bucket?: AggregationsMinBucketAggregation
  /** A field data based single bucket aggregation, that creates a bucket of all documents in the current document set context that are missing a field value (effectively, missing a field or having the configured NULL value set). */
  missing?: AggregationsMissingAggregation
  moving_avg?: AggregationsMovingAverageAggregation
  /** Given an ordered series of percentiles, "slides" a window across those percentiles and computes cumulative percentiles. */
  moving_percentiles?: AggregationsMovingPercentilesAggregation
  /** Given an ordered series of data, "slides" a window across the data and runs a custom script on each window of data. For convenience, a number of common functions are predefined such as `min`, `max`, and moving averages. */
  moving_fn?: AggregationsMovingFunctionAggregation
  /** A multi-bucket value source based aggregation where buckets are dynamically built - one per unique set of values. */
  multi_terms?: AggregationsMultiTermsAggregation
  /** A special single bucket aggregation that enables aggregating nested documents. */
  nested?: AggregationsNestedAggregation
  /** A parent pipeline aggregation which calculates the specific normalized/rescaled value for a specific bucket value. */
  normalize?: AggregationsNormalizeAggregation
  /** A special single bucket aggregation that selects parent documents that have the specified type, as defined in a `join` field. */
  parent?: AggregationsParentAggregation
  /** A multi-value metrics aggregation that calculates one or more percentile ranks over numeric values extracted from the aggregated documents. */
  percentile_ranks?: AggregationsPercentileRanksAggregation
  /** A multi-value metrics aggregation that calculates one or more percentiles over numeric values extracted from the aggregated documents. */
  percentiles?: AggregationsPercentilesAggregation
  /** A sibling pipeline aggregation which calculates percentiles across all bucket of a specified metric in a sibling aggregation. */
  percentiles_bucket?: AggregationsPercentilesBucketAggregation
  /** A multi-bucket value source based aggregation that enables the user to define a set of ranges - each representing a bucket. */
  range?: AggregationsRangeAggregation
  /** A multi-bucket value source based aggregation which finds "rare" terms — terms that are at the long-tail of the distribution and are not frequent. */
  rare_terms?: AggregationsRareTermsAggregation
  /** Calculates a rate of documents or a field in each bucket. Can only be used inside a `date_histogram` or `composite` aggregation. */
  rate?: AggregationsRateAggregation
  /** A special single bucket aggregation that enables aggregating on parent documents from nested documents. Should only be defined inside a `nested` aggregation. */
  reverse_nested?: AggregationsReverseNestedAggregation
  /** A single bucket aggregation that randomly includes documents in the aggregated results. Sampling provides significant speed improvement at the cost of accuracy. */
  random_sampler?: AggregationsRandomSamplerAggregation
  /** A filtering aggregation used to limit any sub aggregations' processing to a sample of the top-scoring documents. */
  sampler?: AggregationsSamplerAggregation
  /** A metric aggregation that uses scripts to provide a metric output. */
  scripted_metric?: AggregationsScriptedMetricAggregation
  /** An aggregation that subtracts values in a time series from themselves at different time lags or periods. */
  serial_diff?: AggregationsSerialDifferencingAggregation
  /** Returns interesting or unusual occurrences of terms in a set. */
  significant_terms?: AggregationsSignificantTermsAggregation
  /** Returns interesting or unusual occurrences of free-text terms in a set. */
  significant_text?: AggregationsSignificantTextAggregation
  /** A multi-value metrics aggregation that computes stats over numeric values extracted from the aggregated documents. */
  stats?: AggregationsStatsAggregation
  /** A sibling pipeline aggregation which calculates a variety of stats across all bucket of a specified metric in a sibling aggregation. */
  stats_bucket?: AggregationsStatsBucketAggregation
  /** A multi-value metrics aggregation that computes statistics over string values extracted from the aggregated documents. */
  string_stats?: AggregationsStringStatsAggregation
  /** A single-value metrics aggregation that sums numeric values that are extracted from the aggregated documents. */
  sum?: AggregationsSumAggregation
  /** A sibling pipeline aggregation which calculates the sum of a specified metric across all buckets in a sibling aggregation. */
  sum_bucket?: AggregationsSumBucketAggregation
  /** A multi-bucket value source based aggregation where buckets are dynamically built - one per unique value. */
  terms?: AggregationsTermsAggregation
  /** The time series aggregation queries data created using a time series index. This is typically data such as metrics or other data streams with a time component, and requires creating an index using the time series mode. */
  time_series?: AggregationsTimeSeriesAggregation
  /** A metric aggregation that returns the top matching documents per bucket. */
  top_hits?: AggregationsTopHitsAggregation
  /** A metrics aggregation that performs a statistical hypothesis test in which the test statistic follows a Student’s t-distribution under the null hypothesis on numeric values extracted from the aggregated documents. */
  t_test?: AggregationsTTestAggregation
  /** A metric aggregation that selects metrics from the document with the largest or smallest sort value. */
  top_metrics?: AggregationsTopMetricsAggregation
  /** A single-value metrics aggregation that counts the number of values that are extracted from the aggregated documents. */
  value_count?: AggregationsValueCountAggregation
  /** A single-value metrics aggregation that computes the weighted average of numeric values that are extracted from the aggregated documents. */
  weighted_avg?: AggregationsWeightedAverageAggregation
  /** A multi-bucket aggregation similar to the histogram, except instead of providing an interval to use as the width of each bucket, a target number of buckets is provided. */
  variable_width_histogram?: AggregationsVariableWidthHistogramAggregation
}

export interface AggregationsAggregationRange {
  /** Start of the range (inclusive). */
  from?: double | null
  /** Custom key to return the range with. */
  key?: string
  /** End of the range (exclusive). */
  to?: double | null
}

export interface AggregationsArrayPercentilesItem {
  key: double
  value: double | null
  value_as_string?: string
}

export interface AggregationsAutoDateHistogramAggregate extends AggregationsMultiBucketAggregateBase<AggregationsDateHistogramBucket> {
  interval: DurationLarge
}

export interface AggregationsAutoDateHistogramAggregation extends AggregationsBucketAggregationBase {
  /** The target number of buckets. */
  buckets?: integer
  /** The field on which to run the aggregation. */
  field?: Field
  /** The date format used to format `key_as_string` in the response. If no `format` is specified, the first date format specified in the field mapping is used. */
  format?: string
  /** The minimum rounding interval. This can make the collection process more efficient, as the aggregation will not attempt to round at any interval lower than `minimum_interval`. */
  minimum_interval?: AggregationsMinimumInterval | null
  /** The value to apply to documents that do not have a value. By default, documents without a value are ignored. */
  missing?: DateTime
  /** Time zone specified as a ISO 8601 UTC offset. */
  offset?: string
  params?: Record<string, any>
  script?: Script | ScriptSource
  /** Time zone ID. */
  time_zone?: TimeZone
}

export interface AggregationsAverageAggregation extends AggregationsFormatMetricAggregationBase {
}

export interface AggregationsAverageBucketAggregation extends AggregationsPipelineAggregationBase {
}

export interface AggregationsAvgAggregate extends AggregationsSingleMetricAggregateBase {
}

export interface AggregationsBoxPlotAggregate extends AggregationsAggregateBase {
  min: double
  max: double
  q1: double
  q2: double
  q3: double
  lower: double
  upper: double
  min_as_string?: string
  max_as_string?: string
  q1_as_string?: string
  q2_as_string?: string
  q3_as_string?: string
  lower_as_string?: string
  upper_as_string?: string
}

export interface AggregationsBoxplotAggregation extends AggregationsMetricAggregationBase {
  /** Limits the maximum number of nodes used by the underlying TDigest algorithm to `20 * compression`, enabling control of memory usage and approximation error. */
  compression?: double
  /** The default implementation of TDigest is optimized for performance, scaling to millions or even billions of sample values while maintaining acceptable accuracy levels (close to 1% relative error for millions of samples in some cases). To use an implementation optimized for accuracy, set this parameter to high_accuracy instead. */
  execution_hint?: AggregationsTDigestExecutionHint
}

/** Base type for bucket aggregations. These aggregations also accept sub-aggregations. */
export interface AggregationsBucketAggregationBase extends AggregationsAggregation {
}

/** A sibling pipeline aggregation which executes a correlation function on the configured sibling multi-bucket aggregation. */
export interface AggregationsBucketCorrelationAggregation extends AggregationsBucketPathAggregation {
  /** The correlation function to execute. */
  function: AggregationsBucketCorrelationFunction
}

export interface AggregationsBucketCorrelationFunction {
  /** The configuration to calculate a count correlation. This function is designed for determining the correlation of a term value and a given metric. */
  count_correlation: AggregationsBucketCorrelationFunctionCountCorrelation
}

export interface AggregationsBucketCorrelationFunctionCountCorrelation {
  /** The indicator with which to correlate the configured `bucket_path` values. */
  indicator: AggregationsBucketCorrelationFunctionCountCorrelationIndicator
}

export interface AggregationsBucketCorrelationFunctionCountCorrelationIndicator {
  /** The total number of documents that initially created the expectations. It’s required to be greater than or equal to the sum of all values in the buckets_path as this is the originating superset of data to which the term values are correlated. */
  doc_count: integer
  /** An array of numbers with which to correlate the configured `bucket_path` values. The length of this value must always equal the number of buckets returned by the `bucket_path`. */
  expectations: double[]
  /** An array of fractions to use when averaging and calculating variance. This should be used if the pre-calculated data and the buckets_path have known gaps. The length of fractions, if provided, must equal expectations. */
  fractions?: double[]
}

/** A sibling pipeline aggregation which executes a two sample Kolmogorov–Smirnov test (referred to as a "K-S test" from now on) against a provided distribution, and the distribution implied by the documents counts in the configured sibling aggregation. Specifically, for some metric, assuming that the percentile intervals of the metric are known beforehand or have been computed by an aggregation, then one would use range aggregation for the sibling to compute the p-value of the distribution difference between the metric and the restriction of that metric to a subset of the documents. A natural use case is if the sibling aggregation range aggregation nested in a terms aggregation, in which case one compares the overall distribution of metric to its restriction to each term. */
export interface AggregationsBucketKsAggregation extends AggregationsBucketPathAggregation {
  /** A list of string values indicating which K-S test alternative to calculate. The valid values are: "greater", "less", "two_sided". This parameter is key for determining the K-S statistic used when calculating the K-S test. Default value is all possible alternative hypotheses. */
  alternative?: string[]
  /** A list of doubles indicating the distribution of the samples with which to compare to the `buckets_path` results. In typical usage this is the overall proportion of documents in each bucket, which is compared with the actual document proportions in each bucket from the sibling aggregation counts. The default is to assume that overall documents are uniformly distributed on these buckets, which they would be if one used equal percentiles of a metric to define the bucket end points. */
  fractions?: double[]
  /** Indicates the sampling methodology when calculating the K-S test. Note, this is sampling of the returned values. This determines the cumulative distribution function (CDF) points used comparing the two samples. Default is `upper_tail`, which emphasizes the upper end of the CDF points. Valid options are: `upper_tail`, `uniform`, and `lower_tail`. */
  sampling_method?: string
}

export interface AggregationsBucketMetricValueAggregate extends AggregationsSingleMetricAggregateBase {
  keys: string[]
}

export interface AggregationsBucketPathAggregation extends AggregationsAggregation {
  /** Path to the buckets that contain one set of values to correlate. */
  buckets_path?: AggregationsBucketsPath
}

export interface AggregationsBucketScriptAggregation extends AggregationsPipelineAggregationBase {
  /** The script to run for this aggregation. */
  script?: Script | ScriptSource
}

export interface AggregationsBucketSelectorAggregation extends AggregationsPipelineAggregationBase {
  /** The script to run for this aggregation. */
  script?: Script | ScriptSource
}

export interface AggregationsBucketSortAggregation extends AggregationsAggregation {
  /** Buckets in positions prior to `from` will be truncated. */
  from?: integer
  /** The policy to apply when gaps are found in the data. */
  gap_policy?: AggregationsGapPolicy
  /** The number of buckets to return. Defaults to all buckets of the parent aggregation. */
  size?: integer
  /** The list of fields to sort on. */
  sort?: Sort
}

/** Aggregation buckets. By default they are returned as an array, but if the aggregation has keys configured for the different buckets, the result is a dictionary. */
export type AggregationsBuckets<TBucket = unknown> = Record<string, TBucket> | TBucket[]

/** Buckets path can be expressed in different ways, and an aggregation may accept some or all of these forms depending on its type. Please refer to each aggregation's documentation to know what buckets path forms they accept. */
export type AggregationsBucketsPath = string | string[] | Record<string, string>

export type AggregationsCalendarInterval = 'second' | '1s' | 'minute' | '1m' | 'hour' | '1h' | 'day' | '1d' | 'week' | '1w' | 'month' | '1M' | 'quarter' | '1q' | 'year' | '1y'

export interface AggregationsCardinalityAggregate extends AggregationsAggregateBase {
  value: long
}

export interface AggregationsCardinalityAggregation extends AggregationsMetricAggregationBase {
  /** A unique count below which counts are expected to be close to accurate. This allows to trade memory for accuracy. */
  precision_threshold?: integer
  rehash?: boolean
  /** Mechanism by which cardinality aggregations is run. */
  execution_hint?: AggregationsCardinalityExecutionMode
}

export type AggregationsCardinalityExecutionMode = 'global_ordinals' | 'segment_ordinals' | 'direct' | 'save_memory_heuristic' | 'save_time_heuristic'

export interface AggregationsCartesianBoundsAggregate extends AggregationsAggregateBase {
  bounds?: TopLeftBottomRightGeoBounds
}

export interface AggregationsCartesianBoundsAggregation extends AggregationsMetricAggregationBase {
}

export interface AggregationsCartesianCentroidAggregate extends AggregationsAggregateBase {
  count: long
  location?: CartesianPoint
}

export interface AggregationsCartesianCentroidAggregation extends AggregationsMetricAggregationBase {
}

/** A multi-bucket aggregation that groups semi-structured text into buckets. Each text field is re-analyzed using a custom analyzer. The resulting tokens are then categorized creating buckets of similarly formatted text values. This aggregation works best with machine generated text like system logs. Only the first 100 analyzed tokens are used to categorize the text. */
export interface AggregationsCategorizeTextAggregation extends AggregationsAggregation {
  /** The semi-structured text field to categorize. */
  field: Field
  /** The maximum number of unique tokens at any position up to max_matched_tokens. Must be larger than 1. Smaller values use less memory and create fewer categories. Larger values will use more memory and create narrower categories. Max allowed value is 100. */
  max_unique_tokens?: integer
  /** The maximum number of token positions to match on before attempting to merge categories. Larger values will use more memory and create narrower categories. Max allowed value is 100. */
  max_matched_tokens?: integer
  /** The minimum percentage of tokens that must match for text to be added to the category bucket. Must be between 1 and 100. The larger the value the narrower the categories. Larger values will increase memory usage and create narrower categories. */
  similarity_threshold?: integer
  /** This property expects an array of regular expressions. The expressions are used to filter out matching sequences from the categorization field values. You can use this functionality to fine tune the categorization by excluding sequences from consideration when categories are defined. For example, you can exclude SQL statements that appear in your log files. This property cannot be used at the same time as categorization_analyzer. If you only want to define simple regular expression filters that are applied prior to tokenization, setting this property is the easiest method. If you also want to customize the tokenizer or post-tokenization filtering, use the categorization_analyzer property instead and include the filters as pattern_replace character filters. */
  categorization_filters?: string[]
  /** The categorization analyzer specifies how the text is analyzed and tokenized before being categorized. The syntax is very similar to that used to define the analyzer in the analyze API. This property cannot be used at the same time as `categorization_filters`. */
  categorization_analyzer?: AggregationsCategorizeTextAnalyzer
  /** The number of categorization buckets to return from each shard before merging all the results. */
  shard_size?: integer
  /** The number of buckets to return. */
  size?: integer
  /** The minimum number of documents in a bucket to be returned to the results. */
  min_doc_count?: integer
  /** The minimum number of documents in a bucket to be returned from the shard before merging. */
  shard_min_doc_count?: integer
}

export type AggregationsCategorizeTextAnalyzer = string | AggregationsCustomCategorizeTextAnalyzer

export interface AggregationsChangePointAggregate extends AggregationsAggregateBase {
  type: AggregationsChangeType
  bucket?: AggregationsChangePointBucket
}

export interface AggregationsChangePointAggregation extends AggregationsPipelineAggregationBase {
}

export interface AggregationsChangePointBucketKeys extends AggregationsMultiBucketBaseKeys {
  key: FieldValue
}
export type AggregationsChangePointBucket = AggregationsChangePointBucketKeys & { [property: string]: AggregationsAggregate | FieldValue | long }

export interface AggregationsChangeType {
  dip?: AggregationsDip
  distribution_change?: AggregationsDistributionChange
  indeterminable?: AggregationsIndeterminable
  non_stationary?: AggregationsNonStationary
  spike?: AggregationsSpike
  stationary?: AggregationsStationary
  step_change?: AggregationsStepChange
  trend_change?: AggregationsTrendChange
}

export interface AggregationsChiSquareHeuristic {
  /** Set to `false` if you defined a custom background filter that represents a different set of documents that you want to compare to. */
  background_is_superset: boolean
  /** Set to `false` to filter out the terms that appear less often in the subset than in documents outside the subset. */
  include_negatives: boolean
}

export interface AggregationsChildrenAggregateKeys extends AggregationsSingleBucketAggregateBaseKeys {
}
export type AggregationsChildrenAggregate = AggregationsChildrenAggregateKeys & { [property: string]: AggregationsAggregate | long | Metadata }

export interface AggregationsChildrenAggregation extends AggregationsBucketAggregationBase {
  /** The child type that should be selected. */
  type?: RelationName
}

export interface AggregationsCompositeAggregate extends AggregationsMultiBucketAggregateBase<AggregationsCompositeBucket> {
  after_key?: AggregationsCompositeAggregateKey
}

export type AggregationsCompositeAggregateKey = Record<Field, FieldValue>

export interface AggregationsCompositeAggregation extends AggregationsBucketAggregationBase {
  /** When paginating, use the `after_key` value returned in the previous response to retrieve the next page. */
  after?: AggregationsCompositeAggregateKey
  /** The number of composite buckets that should be returned. */
  size?: integer
  /** The value sources used to build composite buckets. Keys are returned in the order of the `sources` definition. */
  sources?: Partial<Record<string, AggregationsCompositeAggregationSource>>[]
}

export interface AggregationsCompositeAggregationBase {
  /** Either `field` or `script` must be present */
  field?: Field
  missing_bucket?: boolean
  missing_order?: AggregationsMissingOrder
  /** Either `field` or `script` must be present */
  script?: Script | ScriptSource
  value_type?: AggregationsValueType
  order?: SortOrder
}

export interface AggregationsCompositeAggregationSource {
  /** A terms aggregation. */
  terms?: AggregationsCompositeTermsAggregation
  /** A histogram aggregation. */
  histogram?: AggregationsCompositeHistogramAggregation
  /** A date histogram aggregation. */
  date_histogram?: AggregationsCompositeDateHistogramAggregation
  /** A geotile grid aggregation. */
  geotile_grid?: AggregationsCompositeGeoTileGridAggregation
}

export interface AggregationsCompositeBucketKeys extends AggregationsMultiBucketBaseKeys {
  key: AggregationsCompositeAggregateKey
}
export type AggregationsCompositeBucket = AggregationsCompositeBucketKeys & { [property: string]: AggregationsAggregate | AggregationsCompositeAggregateKey | long }

export interface AggregationsCompositeDateHistogramAggregation extends AggregationsCompositeAggregationBase {
  format?: string
  /** Either `calendar_interval` or `fixed_interval` must be present */
  calendar_interval?: DurationLarge
  /** Either `calendar_interval` or `fixed_interval` must be present */
  fixed_interval?: DurationLarge
  offset?: Duration
  time_zone?: TimeZone
}

export interface AggregationsCompositeGeoTileGridAggregation extends AggregationsCompositeAggregationBase {
  precision?: integer
  bounds?: GeoBounds
}

export interface AggregationsCompositeHistogramAggregation extends AggregationsCompositeAggregationBase {
  interval: double
}

export interface AggregationsCompositeTermsAggregation extends AggregationsCompositeAggregationBase {
}

/** Result of the `cumulative_cardinality` aggregation */
export interface AggregationsCumulativeCardinalityAggregate extends AggregationsAggregateBase {
  value: long
  value_as_string?: string
}

export interface AggregationsCumulativeCardinalityAggregation extends AggregationsPipelineAggregationBase {
}

export interface AggregationsCumulativeSumAggregation extends AggregationsPipelineAggregationBase {
}

export interface AggregationsCustomCategorizeTextAnalyzer {
  char_filter?: string[]
  tokenizer?: string
  filter?: string[]
}

export interface AggregationsDateHistogramAggregate extends AggregationsMultiBucketAggregateBase<AggregationsDateHistogramBucket> {
}

export interface AggregationsDateHistogramAggregation extends AggregationsBucketAggregationBase {
  /** Calendar-aware interval. Can be specified using the unit name, such as `month`, or as a single unit quantity, such as `1M`. */
  calendar_interval?: AggregationsCalendarInterval
  /** Enables extending the bounds of the histogram beyond the data itself. */
  extended_bounds?: AggregationsExtendedBounds<AggregationsFieldDateMath>
  /** Limits the histogram to specified bounds. */
  hard_bounds?: AggregationsExtendedBounds<AggregationsFieldDateMath>
  /** The date field whose values are use to build a histogram. */
  field?: Field
  /** Fixed intervals: a fixed number of SI units and never deviate, regardless of where they fall on the calendar. */
  fixed_interval?: Duration
  /** The date format used to format `key_as_string` in the response. If no `format` is specified, the first date format specified in the field mapping is used. */
  format?: string
  /** @deprecated 7.2.0: use `fixed_interval` or `calendar_interval` */
  interval?: Duration
  /** Only returns buckets that have `min_doc_count` number of documents. By default, all buckets between the first bucket that matches documents and the last one are returned. */
  min_doc_count?: integer
  /** The value to apply to documents that do not have a value. By default, documents without a value are ignored. */
  missing?: DateTime
  /** Changes the start value of each bucket by the specified positive (`+`) or negative offset (`-`) duration. */
  offset?: Duration
  /** The sort order of the returned buckets. */
  order?: AggregationsAggregateOrder
  params?: Record<string, any>
  script?: Script | ScriptSource
  /** Time zone used for bucketing and rounding. Defaults to Coordinated Universal Time (UTC). */
  time_zone?: TimeZone
  /** Set to `true` to associate a unique string key with each bucket and return the ranges as a hash rather than an array. */
  keyed?: boolean
}

export interface AggregationsDateHistogramBucketKeys extends AggregationsMultiBucketBaseKeys {
  key_as_string?: string
  key: EpochTime<UnitMillis>
}
export type AggregationsDateHistogramBucket = AggregationsDateHistogramBucketKeys & { [property: string]: AggregationsAggregate | string | EpochTime<UnitMillis> | long }

/** Result of a `date_range` aggregation. Same format as a for a `range` aggregation: `from` and `to` in `buckets` are milliseconds since the Epoch, represented as a floating point number. */
export interface AggregationsDateRangeAggregate extends AggregationsRangeAggregate {
}

export interface AggregationsDateRangeAggregation extends AggregationsBucketAggregationBase {
  /** The date field whose values are use to build ranges. */
  field?: Field
  /** The date format used to format `from` and `to` in the response. */
  format?: string
  /** The value to apply to documents that do not have a value. By default, documents without a value are ignored. */
  missing?: AggregationsMissing
  /** Array of date ranges. */
  ranges?: AggregationsDateRangeExpression[]
  /** Time zone used to convert dates from another time zone to UTC. */
  time_zone?: TimeZone
  /** Set to `true` to associate a unique string key with each bucket and returns the ranges as a hash rather than an array. */
  keyed?: boolean
}

export interface AggregationsDateRangeExpression {
  /** Start of the range (inclusive). */
  from?: AggregationsFieldDateMath
  /** Custom key to return the range with. */
  key?: string
  /** End of the range (exclusive). */
  to?: AggregationsFieldDateMath
}

export interface AggregationsDerivativeAggregate extends AggregationsSingleMetricAggregateBase {
  normalized_value?: double
  normalized_value_as_string?: string
}

export interface AggregationsDerivativeAggregation extends AggregationsPipelineAggregationBase {
}

export interface AggregationsDip extends AggregationsAbstractChangePoint {
}

export interface AggregationsDistributionChange extends AggregationsAbstractChangePoint {
}

export interface AggregationsDiversifiedSamplerAggregation extends AggregationsBucketAggregationBase {
  /** The type of value used for de-duplication. */
  execution_hint?: AggregationsSamplerAggregationExecutionHint
  /** Limits how many documents are permitted per choice of de-duplicating value. */
  max_docs_per_value?: integer
  script?: Script | ScriptSource
  /** Limits how many top-scoring documents are collected in the sample processed on each shard. */
  shard_size?: integer
  /** The field used to provide values used for de-duplication. */
  field?: Field
}

/** Result of a `terms` aggregation when the field is some kind of decimal number like a float, double, or distance. */
export interface AggregationsDoubleTermsAggregate extends AggregationsTermsAggregateBase<AggregationsDoubleTermsBucket> {
}

export interface AggregationsDoubleTermsBucketKeys extends AggregationsTermsBucketBaseKeys {
  key: double
  key_as_string?: string
}
export type AggregationsDoubleTermsBucket = AggregationsDoubleTermsBucketKeys & { [property: string]: AggregationsAggregate | double | string | long }

export interface AggregationsEwmaModelSettings {
  alpha?: float
}

export interface AggregationsEwmaMovingAverageAggregation extends AggregationsMovingAverageAggregationBase {
  model: 'ewma'
  settings: AggregationsEwmaModelSettings
}

export interface AggregationsExtendedBounds<T = unknown> {
  /** Maximum value for the bound. */
  max?: T
  /** Minimum value for the bound. */
  min?: T
}

export interface AggregationsExtendedStatsAggregate extends AggregationsStatsAggregate {
  sum_of_squares: double | null
  variance: double | null
  variance_population: double | null
  variance_sampling: double | null
  std_deviation: double | null
  std_deviation_population: double | null
  std_deviation_sampling: double | null
  std_deviation_bounds?: AggregationsStandardDeviationBounds
  sum_of_squares_as_string?: string
  variance_as_string?: string
  variance_population_as_string?: string
  variance_sampling_as_string?: string
  std_deviation_as_string?: string
  std_deviation_bounds_as_string?: AggregationsStandardDeviationBoundsAsString
}

export interface AggregationsExtendedStatsAggregation extends AggregationsFormatMetricAggregationBase {
  /** The number of standard deviations above/below the mean to display. */
  sigma?: double
}

export interface AggregationsExtendedStatsBucketAggregate extends AggregationsExtendedStatsAggregate {
}

export interface AggregationsExtendedStatsBucketAggregation extends AggregationsPipelineAggregationBase {
  /** The number of standard deviations above/below the mean to display. */
  sigma?: double
}

/** A date range limit, represented either as a DateMath expression or a number expressed according to the target field's precision. */
export type AggregationsFieldDateMath = DateMath | long

export interface AggregationsFilterAggregateKeys extends AggregationsSingleBucketAggregateBaseKeys {
}
export type AggregationsFilterAggregate = AggregationsFilterAggregateKeys & { [property: string]: AggregationsAggregate | long | Metadata }

export interface AggregationsFiltersAggregate extends AggregationsMultiBucketAggregateBase<AggregationsFiltersBucket> {
}

export interface AggregationsFiltersAggregation extends AggregationsBucketAggregationBase {
  /** Collection of queries from which to build buckets. */
  filters?: AggregationsBuckets<QueryDslQueryContainer>
  /** Set to `true` to add a bucket to the response which will contain all documents that do not match any of the given filters. */
  other_bucket?: boolean
  /** The key with which the other bucket is returned. */
  other_bucket_key?: string
  /** By default, the named filters aggregation returns the buckets as an object. Set to `false` to return the buckets as an array of objects. */
  keyed?: boolean
}

export interface AggregationsFiltersBucketKeys extends AggregationsMultiBucketBaseKeys {
  key?: string
}
export type AggregationsFiltersBucket = AggregationsFiltersBucketKeys & { [property: string]: AggregationsAggregate | string | long }

export interface AggregationsFormatMetricAggregationBase extends AggregationsMetricAggregationBase {
  format?: string
}

export interface AggregationsFormattableMetricAggregation extends AggregationsMetricAggregationBase {
  format?: string
}

export interface AggregationsFrequentItemSetsAggregate extends AggregationsMultiBucketAggregateBase<AggregationsFrequentItemSetsBucket> {
}

export interface AggregationsFrequentItemSetsAggregation {
  /** Fields to analyze. */
  fields: AggregationsFrequentItemSetsField[]
  /** The minimum size of one item set. */
  minimum_set_size?: integer
  /** The minimum support of one item set. */
  minimum_support?: double
  /** The number of top item sets to return. */
  size?: integer
  /** Query that filters documents from analysis. */
  filter?: QueryDslQueryContainer
}

export interface AggregationsFrequentItemSetsBucketKeys extends AggregationsMultiBucketBaseKeys {
  key: Record<Field, string[]>
  support: double
}
export type AggregationsFrequentItemSetsBucket = AggregationsFrequentItemSetsBucketKeys & { [property: string]: AggregationsAggregate | Record<Field, string[]> | double | long }

export interface AggregationsFrequentItemSetsField {
  field: Field
  /** Values to exclude. Can be regular expression strings or arrays of strings of exact terms. */
  exclude?: AggregationsTermsExclude
  /** Values to include. Can be regular expression strings or arrays of strings of exact terms. */
  include?: AggregationsTermsInclude
}

export type AggregationsGapPolicy = 'skip' | 'insert_zeros' | 'keep_values'

export interface AggregationsGeoBoundsAggregate extends AggregationsAggregateBase {
  bounds?: GeoBounds
}

export interface AggregationsGeoBoundsAggregation extends AggregationsMetricAggregationBase {
  /** Specifies whether the bounding box should be allowed to overlap the international date line. */
  wrap_longitude?: boolean
}

export interface AggregationsGeoCentroidAggregate extends AggregationsAggregateBase {
  count: long
  location?: GeoLocation
}

export interface AggregationsGeoCentroidAggregation extends AggregationsMetricAggregationBase {
  count?: long
  location?: GeoLocation
}

/** Result of a `geo_distance` aggregation. The unit for `from` and `to` is meters by default. */
export interface AggregationsGeoDistanceAggregate extends AggregationsRangeAggregate {
}

export interface AggregationsGeoDistanceAggregation extends AggregationsBucketAggregationBase {
  /** The distance calculation type. */
  distance_type?: GeoDistanceType
  /** A field of type `geo_point` used to evaluate the distance. */
  field?: Field
  /** The origin used to evaluate the distance. */
  origin?: GeoLocation
  /** An array of ranges used to bucket documents. */
  ranges?: AggregationsAggregationRange[]
  /** The distance unit. */
  unit?: DistanceUnit
}

export interface AggregationsGeoHashGridAggregate extends AggregationsMultiBucketAggregateBase<AggregationsGeoHashGridBucket> {
}

export interface AggregationsGeoHashGridAggregation extends AggregationsBucketAggregationBase {
  /** The bounding box to filter the points in each bucket. */
  bounds?: GeoBounds
  /** Field containing indexed `geo_point` or `geo_shape` values. If the field contains an array, `geohash_grid` aggregates all array values. */
  field?: Field
  /** The string length of the geohashes used to define cells/buckets in the results. */
  precision?: GeoHashPrecision
  /** Allows for more accurate counting of the top cells returned in the final result the aggregation. Defaults to returning `max(10,(size x number-of-shards))` buckets from each shard. */
  shard_size?: integer
  /** The maximum number of geohash buckets to return. */
  size?: integer
}

export interface AggregationsGeoHashGridBucketKeys extends AggregationsMultiBucketBaseKeys {
  key: GeoHash
}
export type AggregationsGeoHashGridBucket = AggregationsGeoHashGridBucketKeys & { [property: string]: AggregationsAggregate | GeoHash | long }

export interface AggregationsGeoHexGridAggregate extends AggregationsMultiBucketAggregateBase<AggregationsGeoHexGridBucket> {
}

export interface AggregationsGeoHexGridBucketKeys extends AggregationsMultiBucketBaseKeys {
  key: GeoHexCell
}
export type AggregationsGeoHexGridBucket = AggregationsGeoHexGridBucketKeys & { [property: string]: AggregationsAggregate | GeoHexCell | long }

export interface AggregationsGeoLineAggregate extends AggregationsAggregateBase {
  type: string
  geometry: GeoLine
  properties: any
}

export interface AggregationsGeoLineAggregation {
  /** The name of the geo_point field. */
  point: AggregationsGeoLinePoint
  /** The name of the numeric field to use as the sort key for ordering the points. When the `geo_line` aggregation is nested inside a `time_series` aggregation, this field defaults to `@timestamp`, and any other value will result in error. */
  sort?: AggregationsGeoLineSort
  /** When `true`, returns an additional array of the sort values in the feature properties. */
  include_sort?: boolean
  /** The order in which the line is sorted (ascending or descending). */
  sort_order?: SortOrder
  /** The maximum length of the line represented in the aggregation. Valid sizes are between 1 and 10000. */
  size?: integer
}

export interface AggregationsGeoLinePoint {
  /** The name of the geo_point field. */
  field: Field
}

export interface AggregationsGeoLineSort {
  /** The name of the numeric field to use as the sort key for ordering the points. */
  field: Field
}

export interface AggregationsGeoTileGridAggregate extends AggregationsMultiBucketAggregateBase<AggregationsGeoTileGridBucket> {
}

export interface AggregationsGeoTileGridAggregation extends AggregationsBucketAggregationBase {
  /** Field containing indexed `geo_point` or `geo_shape` values. If the field contains an array, `geotile_grid` aggregates all array values. */
  field?: Field
  /** Integer zoom of the key used to define cells/buckets in the results. Values outside of the range [0,29] will be rejected. */
  precision?: GeoTilePrecision
  /** Allows for more accurate counting of the top cells returned in the final result the aggregation. Defaults to returning `max(10,(size x number-of-shards))` buckets from each shard. */
  shard_size?: integer
  /** The maximum number of buckets to return. */
  size?: integer
  /** A bounding box to filter the geo-points or geo-shapes in each bucket. */
  bounds?: GeoBounds
}

export interface AggregationsGeoTileGridBucketKeys extends AggregationsMultiBucketBaseKeys {
  key: GeoTile
}
export type AggregationsGeoTileGridBucket = AggregationsGeoTileGridBucketKeys & { [property: string]: AggregationsAggregate | GeoTile | long }

export interface AggregationsGeohexGridAggregation extends AggregationsBucketAggregationBase {
  /** Field containing indexed `geo_point` or `geo_shape` values. If the field contains an array, `geohex_grid` aggregates all array values. */
  field: Field
  /** Integer zoom of the key used to defined cells or buckets in the results. Value should be between 0-15. */
  precision?: integer
  /** Bounding box used to filter the geo-points in each bucket. */
  bounds?: GeoBounds
  /** Maximum number of buckets to return. */
  size?: integer
  /** Number of buckets returned from each shard. */
  shard_size?: integer
}

export interface AggregationsGlobalAggregateKeys extends AggregationsSingleBucketAggregateBaseKeys {
}
export type AggregationsGlobalAggregate = AggregationsGlobalAggregateKeys & { [property: string]: AggregationsAggregate | long | Metadata }

export interface AggregationsGlobalAggregation extends AggregationsBucketAggregationBase {
}

export interface AggregationsGoogleNormalizedDistanceHeuristic {
  /** Set to `false` if you defined a custom background filter that represents a different set of documents that you want to compare to. */
  background_is_superset?: boolean
}

export interface AggregationsHdrMethod {
  /** Specifies the resolution of values for the histogram in number of significant digits. */
  number_of_significant_value_digits?: integer
}

export interface AggregationsHdrPercentileRanksAggregate extends AggregationsPercentilesAggregateBase {
}

export interface AggregationsHdrPercentilesAggregate extends AggregationsPercentilesAggregateBase {
}

export interface AggregationsHistogramAggregate extends AggregationsMultiBucketAggregateBase<AggregationsHistogramBucket> {
}

export interface AggregationsHistogramAggregation extends AggregationsBucketAggregationBase {
  /** Enables extending the bounds of the histogram beyond the data itself. */
  extended_bounds?: AggregationsExtendedBounds<double>
  /** Limits the range of buckets in the histogram. It is particularly useful in the case of open data ranges that can result in a very large number of buckets. */
  hard_bounds?: AggregationsExtendedBounds<double>
  /** The name of the field to aggregate on. */
  field?: Field
  /** The interval for the buckets. Must be a positive decimal. */
  interval?: double
  /** Only returns buckets that have `min_doc_count` number of documents. By default, the response will fill gaps in the histogram with empty buckets. */
  min_doc_count?: integer
  /** The value to apply to documents that do not have a value. By default, documents without a value are ignored. */
  missing?: double
  /** By default, the bucket keys start with 0 and then continue in even spaced steps of `interval`. The bucket boundaries can be shifted by using the `offset` option. */
  offset?: double
  /** The sort order of the returned buckets. By default, the returned buckets are sorted by their key ascending. */
  order?: AggregationsAggregateOrder
  script?: Script | ScriptSource
  format?: string
  /** If `true`, returns buckets as a hash instead of an array, keyed by the bucket keys. */
  keyed?: boolean
}

export interface AggregationsHistogramBucketKeys extends AggregationsMultiBucketBaseKeys {
  key_as_string?: string
  key: double
}
export type AggregationsHistogramBucket = AggregationsHistogramBucketKeys & { [property: string]: AggregationsAggregate | string | double | long }

export interface AggregationsHoltLinearModelSettings {
  alpha?: float
  beta?: float
}

export interface AggregationsHoltMovingAverageAggregation extends AggregationsMovingAverageAggregationBase {
  model: 'holt'
  settings: AggregationsHoltLinearModelSettings
}

export interface AggregationsHoltWintersModelSettings {
  alpha?: float
  beta?: float
  gamma?: float
  pad?: boolean
  period?: integer
  type?: AggregationsHoltWintersType
}

export interface AggregationsHoltWintersMovingAverageAggregation extends AggregationsMovingAverageAggregationBase {
  model: 'holt_winters'
  settings: AggregationsHoltWintersModelSettings
}

export type AggregationsHoltWintersType = 'add' | 'mult'

export interface AggregationsIndeterminable {
  reason: string
}

export interface AggregationsInferenceAggregateKeys extends AggregationsAggregateBase {
  value?: FieldValue
  feature_importance?: AggregationsInferenceFeatureImportance[]
  top_classes?: AggregationsInferenceTopClassEntry[]
  warning?: string
}
export type AggregationsInferenceAggregate = AggregationsInferenceAggregateKeys & { [property: string]: any }

export interface AggregationsInferenceAggregation extends AggregationsPipelineAggregationBase {
  /** The ID or alias for the trained model. */
  model_id: Name
  /** Contains the inference type and its options. */
  inference_config?: AggregationsInferenceConfigContainer
}

export interface AggregationsInferenceClassImportance {
  class_name: string
  importance: double
}

export interface AggregationsInferenceConfigContainer {
  /** Regression configuration for inference. */
  regression?: MlRegressionInferenceOptions
  /** Classification configuration for inference. */
  classification?: MlClassificationInferenceOptions
}

export interface AggregationsInferenceFeatureImportance {
  feature_name: string
  importance?: double
  classes?: AggregationsInferenceClassImportance[]
}

export interface AggregationsInferenceTopClassEntry {
  class_name: FieldValue
  class_probability: double
  class_score: double
}

export interface AggregationsIpPrefixAggregate extends AggregationsMultiBucketAggregateBase<AggregationsIpPrefixBucket> {
}

export interface AggregationsIpPrefixAggregation extends AggregationsBucketAggregationBase {
  /** The IP address field to aggregation on. The field mapping type must be `ip`. */
  field: Field
  /** Length of the network prefix. For IPv4 addresses the accepted range is [0, 32]. For IPv6 addresses the accepted range is [0, 128]. */
  prefix_length: integer
  /** Defines whether the prefix applies to IPv6 addresses. */
  is_ipv6?: boolean
  /** Defines whether the prefix length is appended to IP address keys in the response. */
  append_prefix_length?: boolean
  /** Defines whether buckets are returned as a hash rather than an array in the response. */
  keyed?: boolean
  /** Minimum number of documents in a bucket for it to be included in the response. */
  min_doc_count?: long
}

export interface AggregationsIpPrefixBucketKeys extends AggregationsMultiBucketBaseKeys {
  is_ipv6: boolean
  key: string
  prefix_length: integer
  netmask?: string
}
export type AggregationsIpPrefixBucket = AggregationsIpPrefixBucketKeys & { [property: string]: AggregationsAggregate | boolean | string | integer | long }

export interface AggregationsIpRangeAggregate extends AggregationsMultiBucketAggregateBase<AggregationsIpRangeBucket> {
}

export interface AggregationsIpRangeAggregation extends AggregationsBucketAggregationBase {
  /** The date field whose values are used to build ranges. */
  field?: Field
  /** Array of IP ranges. */
  ranges?: AggregationsIpRangeAggregationRange[]
}

export interface AggregationsIpRangeAggregationRange {
  /** Start of the range. */
  from?: string | null
  /** IP range defined as a CIDR mask. */
  mask?: string
  /** End of the range. */
  to?: string | null
}

export interface AggregationsIpRangeBucketKeys extends AggregationsMultiBucketBaseKeys {
  key?: string
  from?: string
  to?: string
}
export type AggregationsIpRangeBucket = AggregationsIpRangeBucketKeys & { [property: string]: AggregationsAggregate | string | long }

export type AggregationsKeyedPercentiles = Record<string, string | double | null>

export interface AggregationsLinearMovingAverageAggregation extends AggregationsMovingAverageAggregationBase {
  model: 'linear'
  settings: EmptyObject
}

/** Result of the `rare_terms` aggregation when the field is some kind of whole number like a integer, long, or a date. */
export interface AggregationsLongRareTermsAggregate extends AggregationsMultiBucketAggregateBase<AggregationsLongRareTermsBucket> {
}

export interface AggregationsLongRareTermsBucketKeys extends AggregationsMultiBucketBaseKeys {
  key: long
  key_as_string?: string
}
export type AggregationsLongRareTermsBucket = AggregationsLongRareTermsBucketKeys & { [property: string]: AggregationsAggregate | long | string }

/** Result of a `terms` aggregation when the field is some kind of whole number like a integer, long, or a date. */
export interface AggregationsLongTermsAggregate extends AggregationsTermsAggregateBase<AggregationsLongTermsBucket> {
}

export interface AggregationsLongTermsBucketKeys extends AggregationsTermsBucketBaseKeys {
  key: long
  key_as_string?: string
}
export type AggregationsLongTermsBucket = AggregationsLongTermsBucketKeys & { [property: string]: AggregationsAggregate | long | string }

export interface AggregationsMatrixAggregation extends AggregationsAggregation {
  /** An array of fields for computing the statistics. */
  fields?: Fields
  /** The value to apply to documents that do not have a value. By default, documents without a value are ignored. */
  missing?: Record<Field, double>
}

export interface AggregationsMatrixStatsAggregate extends AggregationsAggregateBase {
  doc_count: long
  fields?: AggregationsMatrixStatsFields[]
}

export interface AggregationsMatrixStatsAggregation extends AggregationsMatrixAggregation {
  /** Array value the aggregation will use for array or multi-valued fields. */
  mode?: SortMode
}

export interface AggregationsMatrixStatsFields {
  name: Field
  count: long
  mean: double
  variance: double
  skewness: double
  kurtosis: double
  covariance: Record<Field, double>
  correlation: Record<Field, double>
}

export interface AggregationsMaxAggregate extends AggregationsSingleMetricAggregateBase {
}

export interface AggregationsMaxAggregation extends AggregationsFormatMetricAggregationBase {
}

export interface AggregationsMaxBucketAggregation extends AggregationsPipelineAggregationBase {
}

export interface AggregationsMedianAbsoluteDeviationAggregate extends AggregationsSingleMetricAggregateBase {
}

export interface AggregationsMedianAbsoluteDeviationAggregation extends AggregationsFormatMetricAggregationBase {
  /** Limits the maximum number of nodes used by the underlying TDigest algorithm to `20 * compression`, enabling control of memory usage and approximation error. */
  compression?: double
  /** The default implementation of TDigest is optimized for performance, scaling to millions or even billions of sample values while maintaining acceptable accuracy levels (close to 1% relative error for millions of samples in some cases). To use an implementation optimized for accuracy, set this parameter to high_accuracy instead. */
  execution_hint?: AggregationsTDigestExecutionHint
}

export interface AggregationsMetricAggregationBase {
  /** The field on which to run the aggregation. */
  field?: Field
  /** The value to apply to documents that do not have a value. By default, documents without a value are ignored. */
  missing?: AggregationsMissing
  script?: Script | ScriptSource
}

export interface AggregationsMinAggregate extends AggregationsSingleMetricAggregateBase {
}

export interface AggregationsMinAggregation extends AggregationsFormatMetricAggregationBase {
}

export interface AggregationsMinBucketAggregation extends AggregationsPipelineAggregationBase {
}

export type AggregationsMinimumInterval = 'second' | 'minute' | 'hour' | 'day' | 'month' | 'year'

export type AggregationsMissing = string | integer | double | boolean

export interface AggregationsMissingAggregateKeys extends AggregationsSingleBucketAggregateBaseKeys {
}
export type AggregationsMissingAggregate = AggregationsMissingAggregateKeys & { [property: string]: AggregationsAggregate | long | Metadata }

export interface AggregationsMissingAggregation extends AggregationsBucketAggregationBase {
  /** The name of the field. */
  field?: Field
  missing?: AggregationsMissing
}

export type AggregationsMissingOrder = 'first' | 'last' | 'default'

export type AggregationsMovingAverageAggregation = AggregationsLinearMovingAverageAggregation | AggregationsSimpleMovingAverageAggregation | AggregationsEwmaMovingAverageAggregation | AggregationsHoltMovingAverageAggregation | AggregationsHoltWintersMovingAverageAggregation

export interface AggregationsMovingAverageAggregationBase extends AggregationsPipelineAggregationBase {
  minimize?: boolean
  predict?: integer
  window?: integer
}

export interface AggregationsMovingFunctionAggregation extends AggregationsPipelineAggregationBase {
  /** The script that should be executed on each window of data. */
  script?: string
  /** By default, the window consists of the last n values excluding the current bucket. Increasing `shift` by 1, moves the starting window position by 1 to the right. */
  shift?: integer
  /** The size of window to "slide" across the histogram. */
  window?: integer
}

export interface AggregationsMovingPercentilesAggregation extends AggregationsPipelineAggregationBase {
  /** The size of window to "slide" across the histogram. */
  window?: integer
  /** By default, the window consists of the last n values excluding the current bucket. Increasing `shift` by 1, moves the starting window position by 1 to the right. */
  shift?: integer
  keyed?: boolean
}

export interface AggregationsMultiBucketAggregateBase<TBucket = unknown> extends AggregationsAggregateBase {
  buckets: AggregationsBuckets<TBucket>
}

/** Base type for multi-bucket aggregation results that can hold sub-aggregations results. */
export interface AggregationsMultiBucketBaseKeys {
  doc_count: long
}
export type AggregationsMultiBucketBase = AggregationsMultiBucketBaseKeys & { [property: string]: AggregationsAggregate | long }

export interface AggregationsMultiTermLookup {
  /** A field from which to retrieve terms. It is required if `script` is not provided. */
  field?: Field
  /** A script to calculate terms to aggregate on. It is required if `field` is not provided. */
  script?: Script | ScriptSource
  /** The value to apply to documents that do not have a value. By default, documents without a value are ignored. */
  missing?: AggregationsMissing
}

export interface AggregationsMultiTermsAggregate extends AggregationsTermsAggregateBase<AggregationsMultiTermsBucket> {
}

export interface AggregationsMultiTermsAggregation extends AggregationsBucketAggregationBase {
  /** Specifies the strategy for data collection. */
  collect_mode?: AggregationsTermsAggregationCollectMode
  /** Specifies the sort order of the buckets. Defaults to sorting by descending document count. */
  order?: AggregationsAggregateOrder
  /** The minimum number of documents in a bucket for it to be returned. */
  min_doc_count?: long
  /** The minimum number of documents in a bucket on each shard for it to be returned. */
  shard_min_doc_count?: long
  /** The number of candidate terms produced by each shard. By default, `shard_size` will be automatically estimated based on the number of shards and the `size` parameter. */
  shard_size?: integer
  /** Calculates the doc count error on per term basis. */
  show_term_doc_count_error?: boolean
  /** The number of term buckets should be returned out of the overall terms list. */
  size?: integer
  /** The field from which to generate sets of terms. */
  terms: AggregationsMultiTermLookup[]
}

export interface AggregationsMultiTermsBucketKeys extends AggregationsMultiBucketBaseKeys {
  key: FieldValue[]
  key_as_string?: string
  doc_count_error_upper_bound?: long
}
export type AggregationsMultiTermsBucket = AggregationsMultiTermsBucketKeys & { [property: string]: AggregationsAggregate | FieldValue[] | string | long }

export interface AggregationsMutualInformationHeuristic {
  /** Set to `false` if you defined a custom background filter that represents a different set of documents that you want to compare to. */
  background_is_superset?: boolean
  /** Set to `false` to filter out the terms that appear less often in the subset than in documents outside the subset. */
  include_negatives?: boolean
}

export interface AggregationsNestedAggregateKeys extends AggregationsSingleBucketAggregateBaseKeys {
}
export type AggregationsNestedAggregate = AggregationsNestedAggregateKeys & { [property: string]: AggregationsAggregate | long | Metadata }

export interface AggregationsNestedAggregation extends AggregationsBucketAggregationBase {
  /** The path to the field of type `nested`. */
  path?: Field
}

export interface AggregationsNonStationary {
  p_value: double
  r_value: double
  trend: string
}

export interface AggregationsNormalizeAggregation extends AggregationsPipelineAggregationBase {
  /** The specific method to apply. */
  method?: AggregationsNormalizeMethod
}

export type AggregationsNormalizeMethod = 'rescale_0_1' | 'rescale_0_100' | 'percent_of_sum' | 'mean' | 'z-score' | 'softmax'

export interface AggregationsPValueHeuristic {
  background_is_superset?: boolean
  /** Should the results be normalized when above the given value. Allows for consistent significance results at various scales. Note: `0` is a special value which means no normalization */
  normalize_above?: long
}

export interface AggregationsParentAggregateKeys extends AggregationsSingleBucketAggregateBaseKeys {
}
export type AggregationsParentAggregate = AggregationsParentAggregateKeys & { [property: string]: AggregationsAggregate | long | Metadata }

export interface AggregationsParentAggregation extends AggregationsBucketAggregationBase {
  /** The child type that should be selected. */
  type?: RelationName
}

export interface AggregationsPercentageScoreHeuristic {
}

export interface AggregationsPercentileRanksAggregation extends AggregationsFormatMetricAggregationBase {
  /** By default, the aggregation associates a unique string key with each bucket and returns the ranges as a hash rather than an array. Set to `false` to disable this behavior. */
  keyed?: boolean
  /** An array of values for which to calculate the percentile ranks. */
  values?: double[] | null
  /** Uses the alternative High Dynamic Range Histogram algorithm to calculate percentile ranks. */
  hdr?: AggregationsHdrMethod
  /** Sets parameters for the default TDigest algorithm used to calculate percentile ranks. */
  tdigest?: AggregationsTDigest
}

export type AggregationsPercentiles = AggregationsKeyedPercentiles | AggregationsArrayPercentilesItem[]

export interface AggregationsPercentilesAggregateBase extends AggregationsAggregateBase {
  values: AggregationsPercentiles
}

export interface AggregationsPercentilesAggregation extends AggregationsFormatMetricAggregationBase {
  /** By default, the aggregation associates a unique string key with each bucket and returns the ranges as a hash rather than an array. Set to `false` to disable this behavior. */
  keyed?: boolean
  /** The percentiles to calculate. */
  percents?: double | double[]
  /** Uses the alternative High Dynamic Range Histogram algorithm to calculate percentiles. */
  hdr?: AggregationsHdrMethod
  /** Sets parameters for the default TDigest algorithm used to calculate percentiles. */
  tdigest?: AggregationsTDigest
}

export interface AggregationsPercentilesBucketAggregate extends AggregationsPercentilesAggregateBase {
}

export interface AggregationsPercentilesBucketAggregation extends AggregationsPipelineAggregationBase {
  /** The list of percentiles to calculate. */
  percents?: double[]
}

export interface AggregationsPipelineAggregationBase extends AggregationsBucketPathAggregation {
  /** `DecimalFormat` pattern for the output value. If specified, the formatted value is returned in the aggregation’s `value_as_string` property. */
  format?: string
  /** Policy to apply when gaps are found in the data. */
  gap_policy?: AggregationsGapPolicy
}

export interface AggregationsRandomSamplerAggregation extends AggregationsBucketAggregationBase {
  /** The probability that a document will be included in the aggregated data. Must be greater than 0, less than 0.5, or exactly 1. The lower the probability, the fewer documents are matched. */
  probability: double
  /** The seed to generate the random sampling of documents. When a seed is provided, the random subset of documents is the same between calls. */
  seed?: integer
  /** When combined with seed, setting shard_seed ensures 100% consistent sampling over shards where data is exactly the same. */
  shard_seed?: integer
}

export interface AggregationsRangeAggregate extends AggregationsMultiBucketAggregateBase<AggregationsRangeBucket> {
}

export interface AggregationsRangeAggregation extends AggregationsBucketAggregationBase {
  /** The date field whose values are use to build ranges. */
  field?: Field
  /** The value to apply to documents that do not have a value. By default, documents without a value are ignored. */
  missing?: integer
  /** An array of ranges used to bucket documents. */
  ranges?: AggregationsAggregationRange[]
  script?: Script | ScriptSource
  /** Set to `true` to associate a unique string key with each bucket and return the ranges as a hash rather than an array. */
  keyed?: boolean
  format?: string
}

export interface AggregationsRangeBucketKeys extends AggregationsMultiBucketBaseKeys {
  from?: double
  to?: double
  from_as_string?: string
  to_as_string?: string
  /** The bucket key. Present if the aggregation is _not_ keyed */
  key?: string
}
export type AggregationsRangeBucket = AggregationsRangeBucketKeys & { [property: string]: AggregationsAggregate | double | string | long }

export interface AggregationsRareTermsAggregation extends AggregationsBucketAggregationBase {
  /** Terms that should be excluded from the aggregation. */
  exclude?: AggregationsTermsExclude
  /** The field from which to return rare terms. */
  field?: Field
  /** Terms that should be included in the aggregation. */
  include?: AggregationsTermsInclude
  /** The maximum number of documents a term should appear in. */
  max_doc_count?: long
  /** The value to apply to documents that do not have a value. By default, documents without a value are ignored. */
  missing?: AggregationsMissing
  /** The precision of the internal CuckooFilters. Smaller precision leads to better approximation, but higher memory usage. */
  precision?: double
  value_type?: string
}

export interface AggregationsRateAggregate extends AggregationsAggregateBase {
  value: double
  value_as_string?: string
}

export interface AggregationsRateAggregation extends AggregationsFormatMetricAggregationBase {
  /** The interval used to calculate the rate. By default, the interval of the `date_histogram` is used. */
  unit?: AggregationsCalendarInterval
  /** How the rate is calculated. */
  mode?: AggregationsRateMode
}

export type AggregationsRateMode = 'sum' | 'value_count'

export interface AggregationsReverseNestedAggregateKeys extends AggregationsSingleBucketAggregateBaseKeys {
}
export type AggregationsReverseNestedAggregate = AggregationsReverseNestedAggregateKeys & { [property: string]: AggregationsAggregate | long | Metadata }

export interface AggregationsReverseNestedAggregation extends AggregationsBucketAggregationBase {
  /** Defines the nested object field that should be joined back to. The default is empty, which means that it joins back to the root/main document level. */
  path?: Field
}

export interface AggregationsSamplerAggregateKeys extends AggregationsSingleBucketAggregateBaseKeys {
}
export type AggregationsSamplerAggregate = AggregationsSamplerAggregateKeys & { [property: string]: AggregationsAggregate | long | Metadata }

export interface AggregationsSamplerAggregation extends AggregationsBucketAggregationBase {
  /** Limits how many top-scoring documents are collected in the sample processed on each shard. */
  shard_size?: integer
}

export type AggregationsSamplerAggregationExecutionHint = 'map' | 'global_ordinals' | 'bytes_hash'

export interface AggregationsScriptedHeuristic {
  script: Script | ScriptSource
}

export interface AggregationsScriptedMetricAggregate extends AggregationsAggregateBase {
  value: any
}

export interface AggregationsScriptedMetricAggregation extends AggregationsMetricAggregationBase {
  /** Runs once on each shard after document collection is complete. Allows the aggregation to consolidate the state returned from each shard. */
  combine_script?: Script | ScriptSource
  /** Runs prior to any collection of documents. Allows the aggregation to set up any initial state. */
  init_script?: Script | ScriptSource
  /** Run once per document collected. If no `combine_script` is specified, the resulting state needs to be stored in the `state` object. */
  map_script?: Script | ScriptSource
  /** A global object with script parameters for `init`, `map` and `combine` scripts. It is shared between the scripts. */
  params?: Record<string, any>
  /** Runs once on the coordinating node after all shards have returned their results. The script is provided with access to a variable `states`, which is an array of the result of the `combine_script` on each shard. */
  reduce_script?: Script | ScriptSource
}

export interface AggregationsSerialDifferencingAggregation extends AggregationsPipelineAggregationBase {
  /** The historical bucket to subtract from the current value. Must be a positive, non-zero integer. */
  lag?: integer
}

export interface AggregationsSignificantLongTermsAggregate extends AggregationsSignificantTermsAggregateBase<AggregationsSignificantLongTermsBucket> {
}

export interface AggregationsSignificantLongTermsBucketKeys extends AggregationsSignificantTermsBucketBaseKeys {
  key: long
  key_as_string?: string
}
export type AggregationsSignificantLongTermsBucket = AggregationsSignificantLongTermsBucketKeys & { [property: string]: AggregationsAggregate | long | string | double }

export interface AggregationsSignificantStringTermsAggregate extends AggregationsSignificantTermsAggregateBase<AggregationsSignificantStringTermsBucket> {
}

export interface AggregationsSignificantStringTermsBucketKeys extends AggregationsSignificantTermsBucketBaseKeys {
  key: string
}
export type AggregationsSignificantStringTermsBucket = AggregationsSignificantStringTermsBucketKeys & { [property: string]: AggregationsAggregate | string | double | long }

export interface AggregationsSignificantTermsAggregateBase<T = unknown> extends AggregationsMultiBucketAggregateBase<T> {
  bg_count?: long
  doc_count?: long
}

export interface AggregationsSignificantTermsAggregation extends AggregationsBucketAggregationBase {
  /** A background filter that can be used to focus in on significant terms within a narrower context, instead of the entire index. */
  background_filter?: QueryDslQueryContainer
  /** Use Chi square, as described in "Information Retrieval", Manning et al., Chapter 13.5.2, as the significance score. */
  chi_square?: AggregationsChiSquareHeuristic
  /** Terms to exclude. */
  exclude?: AggregationsTermsExclude
  /** Mechanism by which the aggregation should be executed: using field values directly or using global ordinals. */
  execution_hint?: AggregationsTermsAggregationExecutionHint
  /** The field from which to return significant terms. */
  field?: Field
  /** Use Google normalized distance as described in "The Google Similarity Distance", Cilibrasi and Vitanyi, 2007, as the significance score. */
  gnd?: AggregationsGoogleNormalizedDistanceHeuristic
  /** Terms to include. */
  include?: AggregationsTermsInclude
  /** Use JLH score as the significance score. */
  jlh?: EmptyObject
  /** Only return terms that are found in more than `min_doc_count` hits. */
  min_doc_count?: long
  /** Use mutual information as described in "Information Retrieval", Manning et al., Chapter 13.5.1, as the significance score. */
  mutual_information?: AggregationsMutualInformationHeuristic
  /** A simple calculation of the number of documents in the foreground sample with a term divided by the number of documents in the background with the term. */
  percentage?: AggregationsPercentageScoreHeuristic
  /** Customized score, implemented via a script. */
  script_heuristic?: AggregationsScriptedHeuristic
  /** Significant terms heuristic that calculates the p-value between the term existing in foreground and background sets. */
  p_value?: AggregationsPValueHeuristic
  /** Regulates the certainty a shard has if the term should actually be added to the candidate list or not with respect to the `min_doc_count`. Terms will only be considered if their local shard frequency within the set is higher than the `shard_min_doc_count`. */
  shard_min_doc_count?: long
  /** Can be used to control the volumes of candidate terms produced by each shard. By default, `shard_size` will be automatically estimated based on the number of shards and the `size` parameter. */
  shard_size?: integer
  /** The number of buckets returned out of the overall terms list. */
  size?: integer
}

export interface AggregationsSignificantTermsBucketBaseKeys extends AggregationsMultiBucketBaseKeys {
  score: double
  bg_count: long
}
export type AggregationsSignificantTermsBucketBase = AggregationsSignificantTermsBucketBaseKeys & { [property: string]: AggregationsAggregate | double | long }

export interface AggregationsSignificantTextAggregation extends AggregationsBucketAggregationBase {
  /** A background filter that can be used to focus in on significant terms within a narrower context, instead of the entire index. */
  background_filter?: QueryDslQueryContainer
  /** Use Chi square, as described in "Information Retrieval", Manning et al., Chapter 13.5.2, as the significance score. */
  chi_square?: AggregationsChiSquareHeuristic
  /** Values to exclude. */
  exclude?: AggregationsTermsExclude
  /** Determines whether the aggregation will use field values directly or global ordinals. */
  execution_hint?: AggregationsTermsAggregationExecutionHint
  /** The field from which to return significant text. */
  field?: Field
  /** Whether to out duplicate text to deal with noisy data. */
  filter_duplicate_text?: boolean
  /** Use Google normalized distance as described in "The Google Similarity Distance", Cilibrasi and Vitanyi, 2007, as the significance score. */
  gnd?: AggregationsGoogleNormalizedDistanceHeuristic
  /** Values to include. */
  include?: AggregationsTermsInclude
  /** Use JLH score as the significance score. */
  jlh?: EmptyObject
  /** Only return values that are found in more than `min_doc_count` hits. */
  min_doc_count?: long
  /** Use mutual information as described in "Information Retrieval", Manning et al., Chapter 13.5.1, as the significance score. */
  mutual_information?: AggregationsMutualInformationHeuristic
  /** A simple calculation of the number of documents in the foreground sample with a term divided by the number of documents in the background with the term. */
  percentage?: AggregationsPercentageScoreHeuristic
  /** Customized score, implemented via a script. */
  script_heuristic?: AggregationsScriptedHeuristic
  /** Regulates the certainty a shard has if the values should actually be added to the candidate list or not with respect to the min_doc_count. Values will only be considered if their local shard frequency within the set is higher than the `shard_min_doc_count`. */
  shard_min_doc_count?: long
  /** The number of candidate terms produced by each shard. By default, `shard_size` will be automatically estimated based on the number of shards and the `size` parameter. */
  shard_size?: integer
  /** The number of buckets returned out of the overall terms list. */
  size?: integer
  /** Overrides the JSON `_source` fields from which text will be analyzed. */
  source_fields?: Fields
}

export interface AggregationsSimpleMovingAverageAggregation extends AggregationsMovingAverageAggregationBase {
  model: 'simple'
  settings: EmptyObject
}

export interface AggregationsSimpleValueAggregate extends AggregationsSingleMetricAggregateBase {
}

/** Base type for single-bucket aggregation results that can hold sub-aggregations results. */
export interface AggregationsSingleBucketAggregateBaseKeys extends AggregationsAggregateBase {
  doc_count: long
}
export type AggregationsSingleBucketAggregateBase = AggregationsSingleBucketAggregateBaseKeys & { [property: string]: AggregationsAggregate | long | Metadata }

export interface AggregationsSingleMetricAggregateBase extends AggregationsAggregateBase {
  /** The metric value. A missing value generally means that there was no data to aggregate, unless specified otherwise. */
  value: double | null
  value_as_string?: string
}

export interface AggregationsSpike extends AggregationsAbstractChangePoint {
}

export interface AggregationsStandardDeviationBounds {
  upper: double | null
  lower: double | null
  upper_population: double | null
  lower_population: double | null
  upper_sampling: double | null
  lower_sampling: double | null
}

export interface AggregationsStandardDeviationBoundsAsString {
  upper: string
  lower: string
  upper_population: string
  lower_population: string
  upper_sampling: string
  lower_sampling: string
}

export interface AggregationsStationary {
}

/** Statistics aggregation result. `min`, `max` and `avg` are missing if there were no values to process (`count` is zero). */
export interface AggregationsStatsAggregate extends AggregationsAggregateBase {
  count: long
  min: double | null
  max: double | null
  avg: double | null
  sum: double
  min_as_string?: string
  max_as_string?: string
  avg_as_string?: string
  sum_as_string?: string
}

export interface AggregationsStatsAggregation extends AggregationsFormatMetricAggregationBase {
}

export interface AggregationsStatsBucketAggregate extends AggregationsStatsAggregate {
}

export interface AggregationsStatsBucketAggregation extends AggregationsPipelineAggregationBase {
}

export interface AggregationsStepChange extends AggregationsAbstractChangePoint {
}

/** Result of the `rare_terms` aggregation when the field is a string. */
export interface AggregationsStringRareTermsAggregate extends AggregationsMultiBucketAggregateBase<AggregationsStringRareTermsBucket> {
}

export interface AggregationsStringRareTermsBucketKeys extends AggregationsMultiBucketBaseKeys {
  key: string
}
export type AggregationsStringRareTermsBucket = AggregationsStringRareTermsBucketKeys & { [property: string]: AggregationsAggregate | string | long }

export interface AggregationsStringStatsAggregate extends AggregationsAggregateBase {
  count: long
  min_length: integer | null
  max_length: integer | null
  avg_length: double | null
  entropy: double | null
  distribution?: Record<string, double> | null
  min_length_as_string?: string
  max_length_as_string?: string
  avg_length_as_string?: string
}

export interface AggregationsStringStatsAggregation extends AggregationsMetricAggregationBase {
  /** Shows the probability distribution for all characters. */
  show_distribution?: boolean
}

/** Result of a `terms` aggregation when the field is a string. */
export interface AggregationsStringTermsAggregate extends AggregationsTermsAggregateBase<AggregationsStringTermsBucket> {
}

export interface AggregationsStringTermsBucketKeys extends AggregationsTermsBucketBaseKeys {
  key: FieldValue
}
export type AggregationsStringTermsBucket = AggregationsStringTermsBucketKeys & { [property: string]: AggregationsAggregate | FieldValue | long }

/** Sum aggregation result. `value` is always present and is zero if there were no values to process. */
export interface AggregationsSumAggregate extends AggregationsSingleMetricAggregateBase {
}

export interface AggregationsSumAggregation extends AggregationsFormatMetricAggregationBase {
}

export interface AggregationsSumBucketAggregation extends AggregationsPipelineAggregationBase {
}

export interface AggregationsTDigest {
  /** Limits the maximum number of nodes used by the underlying TDigest algorithm to `20 * compression`, enabling control of memory usage and approximation error. */
  compression?: integer
  /** The default implementation of TDigest is optimized for performance, scaling to millions or even billions of sample values while maintaining acceptable accuracy levels (close to 1% relative error for millions of samples in some cases). To use an implementation optimized for accuracy, set this parameter to high_accuracy instead. */
  execution_hint?: AggregationsTDigestExecutionHint
}

export type AggregationsTDigestExecutionHint = 'default' | 'high_accuracy'

export interface AggregationsTDigestPercentileRanksAggregate extends AggregationsPercentilesAggregateBase {
}

export interface AggregationsTDigestPercentilesAggregate extends AggregationsPercentilesAggregateBase {
}

export interface AggregationsTTestAggregate extends AggregationsAggregateBase {
  value: double | null
  value_as_string?: string
}

export interface AggregationsTTestAggregation extends AggregationsAggregation {
  /** Test population A. */
  a?: AggregationsTestPopulation
  /** Test population B. */
  b?: AggregationsTestPopulation
  /** The type of test. */
  type?: AggregationsTTestType
}

export type AggregationsTTestType = 'paired' | 'homoscedastic' | 'heteroscedastic'

export interface AggregationsTermsAggregateBase<TBucket = unknown> extends AggregationsMultiBucketAggregateBase<TBucket> {
  doc_count_error_upper_bound?: long
  sum_other_doc_count?: long
}

export interface AggregationsTermsAggregation extends AggregationsBucketAggregationBase {
  /** Determines how child aggregations should be calculated: breadth-first or depth-first. */
  collect_mode?: AggregationsTermsAggregationCollectMode
  /** Values to exclude. Accepts regular expressions and partitions. */
  exclude?: AggregationsTermsExclude
  /** Determines whether the aggregation will use field values directly or global ordinals. */
  execution_hint?: AggregationsTermsAggregationExecutionHint
  /** The field from which to return terms. */
  field?: Field
  /** Values to include. Accepts regular expressions and partitions. */
  include?: AggregationsTermsInclude
  /** Only return values that are found in more than `min_doc_count` hits. */
  min_doc_count?: integer
  /** The value to apply to documents that do not have a value. By default, documents without a value are ignored. */
  missing?: AggregationsMissing
  missing_order?: AggregationsMissingOrder
  missing_bucket?: boolean
  /** Coerced unmapped fields into the specified type. */
  value_type?: string
  /** Specifies the sort order of the buckets. Defaults to sorting by descending document count. */
  order?: AggregationsAggregateOrder
  script?: Script | ScriptSource
  /** Regulates the certainty a shard has if the term should actually be added to the candidate list or not with respect to the `min_doc_count`. Terms will only be considered if their local shard frequency within the set is higher than the `shard_min_doc_count`. */
  shard_min_doc_count?: long
  /** The number of candidate terms produced by each shard. By default, `shard_size` will be automatically estimated based on the number of shards and the `size` parameter. */
  shard_size?: integer
  /** Set to `true` to return the `doc_count_error_upper_bound`, which is an upper bound to the error on the `doc_count` returned by each shard. */
  show_term_doc_count_error?: boolean
  /** The number of buckets returned out of the overall terms list. */
  size?: integer
  format?: string
}

export type AggregationsTermsAggregationCollectMode = 'depth_first' | 'breadth_first'

export type AggregationsTermsAggregationExecutionHint = 'map' | 'global_ordinals' | 'global_ordinals_hash' | 'global_ordinals_low_cardinality'

export interface AggregationsTermsBucketBaseKeys extends AggregationsMultiBucketBaseKeys {
  doc_count_error_upper_bound?: long
}
export type AggregationsTermsBucketBase = AggregationsTermsBucketBaseKeys & { [property: string]: AggregationsAggregate | long }

export type AggregationsTermsExclude = string | string[]

export type AggregationsTermsInclude = string | string[] | AggregationsTermsPartition

export interface AggregationsTermsPartition {
  /** The number of partitions. */
  num_partitions: long
  /** The partition number for this request. */
  partition: long
}

export interface AggregationsTestPopulation {
  /** The field to aggregate. */
  field: Field
  script?: Script | ScriptSource
  /** A filter used to define a set of records to run unpaired t-test on. */
  filter?: QueryDslQueryContainer
}

export interface AggregationsTimeSeriesAggregate extends AggregationsMultiBucketAggregateBase<AggregationsTimeSeriesBucket> {
}

export interface AggregationsTimeSeriesAggregation extends AggregationsBucketAggregationBase {
  /** The maximum number of results to return. */
  size?: integer
  /** Set to `true` to associate a unique string key with each bucket and returns the ranges as a hash rather than an array. */
  keyed?: boolean
}

export interface AggregationsTimeSeriesBucketKeys extends AggregationsMultiBucketBaseKeys {
  key: Record<Field, FieldValue>
}
export type AggregationsTimeSeriesBucket = AggregationsTimeSeriesBucketKeys & { [property: string]: AggregationsAggregate | Record<Field, FieldValue> | long }

export interface AggregationsTopHitsAggregate extends AggregationsAggregateBase {
  hits: SearchHitsMetadata<any>
}

export interface AggregationsTopHitsAggregation extends AggregationsMetricAggregationBase {
  /** Fields for which to return doc values. */
  docvalue_fields?: Array<QueryDslFieldAndFormat | Field>
  /** If `true`, returns detailed information about score computation as part of a hit. */
  explain?: boolean
  /** Array of wildcard (*) patterns. The request returns values for field names matching these patterns in the hits.fields property of the response. */
  fields?: Array<QueryDslFieldAndFormat | Field>
  /** Starting document offset. */
  from?: integer
  /** Specifies the highlighter to use for retrieving highlighted snippets from one or more fields in the search results. */
  highlight?: SearchHighlight
  /** Returns the result of one or more script evaluations for each hit. */
  script_fields?: Record<string, ScriptField>
  /** The maximum number of top matching hits to return per bucket. */
  size?: integer
  /** Sort order of the top matching hits. By default, the hits are sorted by the score of the main query. */
  sort?: Sort
  /** Selects the fields of the source that are returned. */
  _source?: SearchSourceConfig
  /** Returns values for the specified stored fields (fields that use the `store` mapping option). */
  stored_fields?: Fields
  /** If `true`, calculates and returns document scores, even if the scores are not used for sorting. */
  track_scores?: boolean
  /** If `true`, returns document version as part of a hit. */
  version?: boolean
  /** If `true`, returns sequence number and primary term of the last modification of each hit. */
  seq_no_primary_term?: boolean
}

export interface AggregationsTopMetrics {
  sort: Array<FieldValue | null>
  metrics: Record<string, FieldValue | null>
}

export interface AggregationsTopMetricsAggregate extends AggregationsAggregateBase {
  top: AggregationsTopMetrics[]
}

export interface AggregationsTopMetricsAggregation extends AggregationsMetricAggregationBase {
  /** The fields of the top document to return. */
  metrics?: AggregationsTopMetricsValue | AggregationsTopMetricsValue[]
  /** The number of top documents from which to return metrics. */
  size?: integer
  /** The sort order of the documents. */
  sort?: Sort
}

export interface AggregationsTopMetricsValue {
  /** A field to return as a metric. */
  field: Field
}

export interface AggregationsTrendChange {
  p_value: double
  r_value: double
  change_point: integer
}

/** Result of a `rare_terms` aggregation when the field is unmapped. `buckets` is always empty. */
export interface AggregationsUnmappedRareTermsAggregate extends AggregationsMultiBucketAggregateBase<void> {
}

export interface AggregationsUnmappedSamplerAggregateKeys extends AggregationsSingleBucketAggregateBaseKeys {
}
export type AggregationsUnmappedSamplerAggregate = AggregationsUnmappedSamplerAggregateKeys & { [property: string]: AggregationsAggregate | long | Metadata }

/** Result of the `significant_terms` aggregation on an unmapped field. `buckets` is always empty. */
export interface AggregationsUnmappedSignificantTermsAggregate extends AggregationsSignificantTermsAggregateBase<void> {
}

/** Result of a `terms` aggregation when the field is unmapped. `buckets` is always empty. */
export interface AggregationsUnmappedTermsAggregate extends AggregationsTermsAggregateBase<void> {
}

/** Value count aggregation result. `value` is always present. */
export interface AggregationsValueCountAggregate extends AggregationsSingleMetricAggregateBase {
}

export interface AggregationsValueCountAggregation extends AggregationsFormattableMetricAggregation {
}

export type AggregationsValueType = 'string' | 'long' | 'double' | 'number' | 'date' | 'date_nanos' | 'ip' | 'numeric' | 'geo_point' | 'boolean'

export interface AggregationsVariableWidthHistogramAggregate extends AggregationsMultiBucketAggregateBase<AggregationsVariableWidthHistogramBucket> {
}

export interface AggregationsVariableWidthHistogramAggregation {
  /** The name of the field. */
  field?: Field
  /** The target number of buckets. */
  buckets?: integer
  /** The number of buckets that the coordinating node will request from each shard. Defaults to `buckets * 50`. */
  shard_size?: integer
  /** Specifies the number of individual documents that will be stored in memory on a shard before the initial bucketing algorithm is run. Defaults to `min(10 * shard_size, 50000)`. */
  initial_buffer?: integer
  script?: Script | ScriptSource
}

export interface AggregationsVariableWidthHistogramBucketKeys extends AggregationsMultiBucketBaseKeys {
  min: double
  key: double
  max: double
  min_as_string?: string
  key_as_string?: string
  max_as_string?: string
}
export type AggregationsVariableWidthHistogramBucket = AggregationsVariableWidthHistogramBucketKeys & { [property: string]: AggregationsAggregate | double | string | long }

export interface AggregationsWeightedAverageAggregation extends AggregationsAggregation {
  /** A numeric response formatter. */
  format?: string
  /** Configuration for the field that provides the values. */
  value?: AggregationsWeightedAverageValue
  value_type?: AggregationsValueType
  /** Configuration for the field or script that provides the weights. */
  weight?: AggregationsWeightedAverageValue
}

export interface AggregationsWeightedAverageValue {
  /** The field from which to extract the values or weights. */
  field?: Field
  /** A value or weight to use if the field is missing. */
  missing?: double
  script?: Script | ScriptSource
}

/** Weighted average aggregation result. `value` is missing if the weight was set to zero. */
export interface AggregationsWeightedAvgAggregate extends AggregationsSingleMetricAggregateBase {
}
