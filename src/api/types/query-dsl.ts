// Generated from the Elasticsearch specification by scripts/spec/types.mjs. Do not edit: regenerate with `npm run generate`.
import type { AnalysisStopWords } from './analysis.js'
import type { DateFormat, DateMath, Distance, Duration, Field, FieldValue, Fields, Fuzziness, GeoBounds, GeoDistanceType, GeoHash, GeoHexCell, GeoLocation, GeoShape, GeoShapeRelation, GeoTile, Id, Ids, IndexName, KnnQuery, MinimumShouldMatch, MultiTermQueryRewrite, RelationName, Routing, Script, ScriptSource, SpecUtilsPipeSeparatedFlags, TimeZone, TokenPruningConfig, VersionNumber, VersionType, double, float, integer, long } from './common.js'
import type { SearchInnerHits } from './core.js'

export interface QueryDslBoolQuery extends QueryDslQueryBase {
  /** The clause (query) must appear in matching documents. However, unlike `must`, the score of the query will be ignored. */
  filter?: QueryDslQueryContainer | QueryDslQueryContainer[]
  /** Specifies the number or percentage of `should` clauses returned documents must match. */
  minimum_should_match?: MinimumShouldMatch
  /** The clause (query) must appear in matching documents and will contribute to the score. */
  must?: QueryDslQueryContainer | QueryDslQueryContainer[]
  /** The clause (query) must not appear in the matching documents. Because scoring is ignored, a score of `0` is returned for all documents. */
  must_not?: QueryDslQueryContainer | QueryDslQueryContainer[]
  /** The clause (query) should appear in the matching document. */
  should?: QueryDslQueryContainer | QueryDslQueryContainer[]
}

export interface QueryDslBoostingQuery extends QueryDslQueryBase {
  /** Floating point number between 0 and 1.0 used to decrease the relevance scores of documents matching the `negative` query. */
  negative_boost: double
  /** Query used to decrease the relevance score of matching documents. */
  negative: QueryDslQueryContainer
  /** Any returned documents must match this query. */
  positive: QueryDslQueryContainer
}

export type QueryDslChildScoreMode = 'none' | 'avg' | 'sum' | 'max' | 'min'

export type QueryDslCombinedFieldsOperator = 'or' | 'and'

export interface QueryDslCombinedFieldsQuery extends QueryDslQueryBase {
  /** List of fields to search. Field wildcard patterns are allowed. Only `text` fields are supported, and they must all have the same search `analyzer`. */
  fields: Field[]
  /** Text to search for in the provided `fields`. The `combined_fields` query analyzes the provided text before performing a search. */
  query: string
  /** If true, match phrase queries are automatically created for multi-term synonyms. */
  auto_generate_synonyms_phrase_query?: boolean
  /** Boolean logic used to interpret text in the query value. */
  operator?: QueryDslCombinedFieldsOperator
  /** Minimum number of clauses that must match for a document to be returned. */
  minimum_should_match?: MinimumShouldMatch
  /** Indicates whether no documents are returned if the analyzer removes all tokens, such as when using a `stop` filter. */
  zero_terms_query?: QueryDslCombinedFieldsZeroTerms
}

export type QueryDslCombinedFieldsZeroTerms = 'none' | 'all'

export interface QueryDslCommonTermsQuery extends QueryDslQueryBase {
  analyzer?: string
  cutoff_frequency?: double
  high_freq_operator?: QueryDslOperator
  low_freq_operator?: QueryDslOperator
  minimum_should_match?: MinimumShouldMatch
  query: string
}

export interface QueryDslConstantScoreQuery extends QueryDslQueryBase {
  /** Filter query you wish to run. Any returned documents must match this query. Filter queries do not calculate relevance scores. To speed up performance, Elasticsearch automatically caches frequently used filter queries. */
  filter: QueryDslQueryContainer
}

export interface QueryDslDateDecayFunctionKeys extends QueryDslDecayFunctionBaseKeys {
}
export type QueryDslDateDecayFunction = QueryDslDateDecayFunctionKeys & { [property: string]: QueryDslDecayPlacement<DateMath, Duration> | QueryDslMultiValueMode }

export interface QueryDslDateDistanceFeatureQuery extends QueryDslDistanceFeatureQueryBase<DateMath, Duration> {
}

export interface QueryDslDateRangeQuery extends QueryDslRangeQueryBase<DateMath> {
  /** Date format used to convert `date` values in the query. */
  format?: DateFormat
  /** Coordinated Universal Time (UTC) offset or IANA time zone used to convert `date` values in the query to UTC. */
  time_zone?: TimeZone
}

export type QueryDslDecayFunction = QueryDslUntypedDecayFunction | QueryDslDateDecayFunction | QueryDslNumericDecayFunction | QueryDslGeoDecayFunction

export interface QueryDslDecayFunctionBaseKeys {
  /** Determines how the distance is calculated when a field used for computing the decay contains multiple values. */
  multi_value_mode?: QueryDslMultiValueMode
}
export type QueryDslDecayFunctionBase<TOrigin = unknown, TScale = unknown> = QueryDslDecayFunctionBaseKeys & { [property: string]: QueryDslDecayPlacement<TOrigin, TScale> | QueryDslMultiValueMode }

export interface QueryDslDecayPlacement<TOrigin = unknown, TScale = unknown> {
  /** Defines how documents are scored at the distance given at scale. */
  decay?: double
  /** If defined, the decay function will only compute the decay function for documents with a distance greater than the defined `offset`. */
  offset?: TScale
  /** Defines the distance from origin + offset at which the computed score will equal `decay` parameter. */
  scale?: TScale
  /** The point of origin used for calculating distance. Must be given as a number for numeric field, date for date fields and geo point for geo fields. */
  origin?: TOrigin
}

export interface QueryDslDisMaxQuery extends QueryDslQueryBase {
  /** One or more query clauses. Returned documents must match one or more of these queries. If a document matches multiple queries, Elasticsearch uses the highest relevance score. */
  queries: QueryDslQueryContainer[]
  /** Floating point number between 0 and 1.0 used to increase the relevance scores of documents matching multiple query clauses. */
  tie_breaker?: double
}

export type QueryDslDistanceFeatureQuery = QueryDslUntypedDistanceFeatureQuery | QueryDslGeoDistanceFeatureQuery | QueryDslDateDistanceFeatureQuery

export interface QueryDslDistanceFeatureQueryBase<TOrigin = unknown, TDistance = unknown> extends QueryDslQueryBase {
  /** Date or point of origin used to calculate distances. If the `field` value is a `date` or `date_nanos` field, the `origin` value must be a date. Date Math, such as `now-1h`, is supported. If the field value is a `geo_point` field, the `origin` value must be a geopoint. */
  origin: TOrigin
  /** Distance from the `origin` at which relevance scores receive half of the `boost` value. If the `field` value is a `date` or `date_nanos` field, the `pivot` value must be a time unit, such as `1h` or `10d`. If the `field` value is a `geo_point` field, the `pivot` value must be a distance unit, such as `1km` or `12m`. */
  pivot: TDistance
  /** Name of the field used to calculate distances. This field must meet the following criteria: be a `date`, `date_nanos` or `geo_point` field; have an `index` mapping parameter value of `true`, which is the default; have an `doc_values` mapping parameter value of `true`, which is the default. */
  field: Field
}

export interface QueryDslExistsQuery extends QueryDslQueryBase {
  /** Name of the field you wish to search. */
  field: Field
}

/** A reference to a field with formatting instructions on how to return the value */
export interface QueryDslFieldAndFormat {
  /** A wildcard pattern. The request returns values for field names matching this pattern. */
  field: Field
  /** The format in which the values are returned. */
  format?: string
  include_unmapped?: boolean
}

export interface QueryDslFieldLookup {
  /** `id` of the document. */
  id: Id
  /** Index from which to retrieve the document. */
  index?: IndexName
  /** Name of the field. */
  path?: Field
  /** Custom routing value. */
  routing?: string
}

export type QueryDslFieldValueFactorModifier = 'none' | 'log' | 'log1p' | 'log2p' | 'ln' | 'ln1p' | 'ln2p' | 'square' | 'sqrt' | 'reciprocal'

export interface QueryDslFieldValueFactorScoreFunction {
  /** Field to be extracted from the document. */
  field: Field
  /** Optional factor to multiply the field value with. */
  factor?: double
  /** Value used if the document doesn’t have that field. The modifier and factor are still applied to it as though it were read from the document. */
  missing?: double
  /** Modifier to apply to the field value. */
  modifier?: QueryDslFieldValueFactorModifier
}

export type QueryDslFunctionBoostMode = 'multiply' | 'replace' | 'sum' | 'avg' | 'max' | 'min'

export interface QueryDslFunctionScoreContainer {
  /** Function that scores a document with a exponential decay, depending on the distance of a numeric field value of the document from an origin. */
  exp?: QueryDslDecayFunction
  /** Function that scores a document with a normal decay, depending on the distance of a numeric field value of the document from an origin. */
  gauss?: QueryDslDecayFunction
  /** Function that scores a document with a linear decay, depending on the distance of a numeric field value of the document from an origin. */
  linear?: QueryDslDecayFunction
  /** Function allows you to use a field from a document to influence the score. It’s similar to using the script_score function, however, it avoids the overhead of scripting. */
  field_value_factor?: QueryDslFieldValueFactorScoreFunction
  /** Generates scores that are uniformly distributed from 0 up to but not including 1. In case you want scores to be reproducible, it is possible to provide a `seed` and `field`. */
  random_score?: QueryDslRandomScoreFunction
  /** Enables you to wrap another query and customize the scoring of it optionally with a computation derived from other numeric field values in the doc using a script expression. */
  script_score?: QueryDslScriptScoreFunction
  filter?: QueryDslQueryContainer
  weight?: double
  /** A name to identify which function matched and influenced the score. */
  _name?: string
}

export type QueryDslFunctionScoreMode = 'multiply' | 'sum' | 'avg' | 'first' | 'max' | 'min'

export interface QueryDslFunctionScoreQuery extends QueryDslQueryBase {
  /** Defines how he newly computed score is combined with the score of the query */
  boost_mode?: QueryDslFunctionBoostMode
  /** One or more functions that compute a new score for each document returned by the query. */
  functions?: QueryDslFunctionScoreContainer[]
  /** Restricts the new score to not exceed the provided limit. */
  max_boost?: double
  /** Excludes documents that do not meet the provided score threshold. */
  min_score?: double
  /** A query that determines the documents for which a new score is computed. */
  query?: QueryDslQueryContainer
  /** Specifies how the computed scores are combined */
  score_mode?: QueryDslFunctionScoreMode
}

export interface QueryDslFuzzyQuery extends QueryDslQueryBase {
  /** Maximum number of variations created. */
  max_expansions?: integer
  /** Number of beginning characters left unchanged when creating expansions. */
  prefix_length?: integer
  /** Number of beginning characters left unchanged when creating expansions. */
  rewrite?: MultiTermQueryRewrite
  /** Indicates whether edits include transpositions of two adjacent characters (for example `ab` to `ba`). */
  transpositions?: boolean
  /** Maximum edit distance allowed for matching. */
  fuzziness?: Fuzziness
  /** Term you wish to find in the provided field. */
  value: string | double | boolean
}

export interface QueryDslGeoBoundingBoxQueryKeys extends QueryDslQueryBase {
  /** @deprecated 7.14.0: */
  type?: QueryDslGeoExecution
  /** Set to `IGNORE_MALFORMED` to accept geo points with invalid latitude or longitude. Set to `COERCE` to also try to infer correct latitude or longitude. */
  validation_method?: QueryDslGeoValidationMethod
  /** Set to `true` to ignore an unmapped field and not match any documents for this query. Set to `false` to throw an exception if the field is not mapped. */
  ignore_unmapped?: boolean
}
export type QueryDslGeoBoundingBoxQuery = QueryDslGeoBoundingBoxQueryKeys & { [property: string]: GeoBounds | QueryDslGeoExecution | QueryDslGeoValidationMethod | boolean | float | string }

export interface QueryDslGeoDecayFunctionKeys extends QueryDslDecayFunctionBaseKeys {
}
export type QueryDslGeoDecayFunction = QueryDslGeoDecayFunctionKeys & { [property: string]: QueryDslDecayPlacement<GeoLocation, Distance> | QueryDslMultiValueMode }

export interface QueryDslGeoDistanceFeatureQuery extends QueryDslDistanceFeatureQueryBase<GeoLocation, Distance> {
}

export interface QueryDslGeoDistanceQueryKeys extends QueryDslQueryBase {
  /** The radius of the circle centred on the specified location. Points which fall into this circle are considered to be matches. */
  distance: Distance
  /** How to compute the distance. Set to `plane` for a faster calculation that's inaccurate on long distances and close to the poles. */
  distance_type?: GeoDistanceType
  /** Set to `IGNORE_MALFORMED` to accept geo points with invalid latitude or longitude. Set to `COERCE` to also try to infer correct latitude or longitude. */
  validation_method?: QueryDslGeoValidationMethod
  /** Set to `true` to ignore an unmapped field and not match any documents for this query. Set to `false` to throw an exception if the field is not mapped. */
  ignore_unmapped?: boolean
}
export type QueryDslGeoDistanceQuery = QueryDslGeoDistanceQueryKeys & { [property: string]: GeoLocation | Distance | GeoDistanceType | QueryDslGeoValidationMethod | boolean | float | string }

export type QueryDslGeoExecution = 'memory' | 'indexed'

export interface QueryDslGeoGridQuery extends QueryDslQueryBase {
  geotile?: GeoTile
  geohash?: GeoHash
  geohex?: GeoHexCell
}

export interface QueryDslGeoPolygonPoints {
  points: GeoLocation[]
}

export interface QueryDslGeoPolygonQueryKeys extends QueryDslQueryBase {
  validation_method?: QueryDslGeoValidationMethod
  ignore_unmapped?: boolean
}
export type QueryDslGeoPolygonQuery = QueryDslGeoPolygonQueryKeys & { [property: string]: QueryDslGeoPolygonPoints | QueryDslGeoValidationMethod | boolean | float | string }

export interface QueryDslGeoShapeFieldQuery {
  shape?: GeoShape
  /** Query using an indexed shape retrieved from the the specified document and path. */
  indexed_shape?: QueryDslFieldLookup
  /** Spatial relation operator used to search a geo field. */
  relation?: GeoShapeRelation
}

export interface QueryDslGeoShapeQueryKeys extends QueryDslQueryBase {
  /** Set to `true` to ignore an unmapped field and not match any documents for this query. Set to `false` to throw an exception if the field is not mapped. */
  ignore_unmapped?: boolean
}
export type QueryDslGeoShapeQuery = QueryDslGeoShapeQueryKeys & { [property: string]: QueryDslGeoShapeFieldQuery | boolean | float | string }

export type QueryDslGeoValidationMethod = 'coerce' | 'ignore_malformed' | 'strict'

export interface QueryDslHasChildQuery extends QueryDslQueryBase {
  /** Indicates whether to ignore an unmapped `type` and not return any documents instead of an error. */
  ignore_unmapped?: boolean
  /** If defined, each search hit will contain inner hits. */
  inner_hits?: SearchInnerHits
  /** Maximum number of child documents that match the query allowed for a returned parent document. If the parent document exceeds this limit, it is excluded from the search results. */
  max_children?: integer
  /** Minimum number of child documents that match the query required to match the query for a returned parent document. If the parent document does not meet this limit, it is excluded from the search results. */
  min_children?: integer
  /** Query you wish to run on child documents of the `type` field. If a child document matches the search, the query returns the parent document. */
  query: QueryDslQueryContainer
  /** Indicates how scores for matching child documents affect the root parent document’s relevance score. */
  score_mode?: QueryDslChildScoreMode
  /** Name of the child relationship mapped for the `join` field. */
  type: RelationName
}

export interface QueryDslHasParentQuery extends QueryDslQueryBase {
  /** Indicates whether to ignore an unmapped `parent_type` and not return any documents instead of an error. You can use this parameter to query multiple indices that may not contain the `parent_type`. */
  ignore_unmapped?: boolean
  /** If defined, each search hit will contain inner hits. */
  inner_hits?: SearchInnerHits
  /** Name of the parent relationship mapped for the `join` field. */
  parent_type: RelationName
  /** Query you wish to run on parent documents of the `parent_type` field. If a parent document matches the search, the query returns its child documents. */
  query: QueryDslQueryContainer
  /** Indicates whether the relevance score of a matching parent document is aggregated into its child documents. */
  score?: boolean
}

export interface QueryDslIdsQuery extends QueryDslQueryBase {
  /** An array of document IDs. */
  values?: Ids
}

export interface QueryDslIntervalsAllOf {
  /** An array of rules to combine. All rules must produce a match in a document for the overall source to match. */
  intervals: QueryDslIntervalsContainer[]
  /** Maximum number of positions between the matching terms. Intervals produced by the rules further apart than this are not considered matches. */
  max_gaps?: integer
  /** If `true`, intervals produced by the rules should appear in the order in which they are specified. */
  ordered?: boolean
  /** Rule used to filter returned intervals. */
  filter?: QueryDslIntervalsFilter
}

export interface QueryDslIntervalsAnyOf {
  /** An array of rules to match. */
  intervals: QueryDslIntervalsContainer[]
  /** Rule used to filter returned intervals. */
  filter?: QueryDslIntervalsFilter
}

export interface QueryDslIntervalsContainer {
  /** Returns matches that span a combination of other rules. */
  all_of?: QueryDslIntervalsAllOf
  /** Returns intervals produced by any of its sub-rules. */
  any_of?: QueryDslIntervalsAnyOf
  /** Matches analyzed text. */
  fuzzy?: QueryDslIntervalsFuzzy
  /** Matches analyzed text. */
  match?: QueryDslIntervalsMatch
  /** Matches terms that start with a specified set of characters. */
  prefix?: QueryDslIntervalsPrefix
  range?: QueryDslIntervalsRange
  regexp?: QueryDslIntervalsRegexp
  /** Matches terms using a wildcard pattern. */
  wildcard?: QueryDslIntervalsWildcard
}

export interface QueryDslIntervalsFilter {
  /** Query used to return intervals that follow an interval from the `filter` rule. */
  after?: QueryDslIntervalsContainer
  /** Query used to return intervals that occur before an interval from the `filter` rule. */
  before?: QueryDslIntervalsContainer
  /** Query used to return intervals contained by an interval from the `filter` rule. */
  contained_by?: QueryDslIntervalsContainer
  /** Query used to return intervals that contain an interval from the `filter` rule. */
  containing?: QueryDslIntervalsContainer
  /** Query used to return intervals that are **not** contained by an interval from the `filter` rule. */
  not_contained_by?: QueryDslIntervalsContainer
  /** Query used to return intervals that do **not** contain an interval from the `filter` rule. */
  not_containing?: QueryDslIntervalsContainer
  /** Query used to return intervals that do **not** overlap with an interval from the `filter` rule. */
  not_overlapping?: QueryDslIntervalsContainer
  /** Query used to return intervals that overlap with an interval from the `filter` rule. */
  overlapping?: QueryDslIntervalsContainer
  /** Script used to return matching documents. This script must return a boolean value: `true` or `false`. */
  script?: Script | ScriptSource
}

export interface QueryDslIntervalsFuzzy {
  /** Analyzer used to normalize the term. */
  analyzer?: string
  /** Maximum edit distance allowed for matching. */
  fuzziness?: Fuzziness
  /** Number of beginning characters left unchanged when creating expansions. */
  prefix_length?: integer
  /** The term to match. */
  term: string
  /** Indicates whether edits include transpositions of two adjacent characters (for example, `ab` to `ba`). */
  transpositions?: boolean
  /** If specified, match intervals from this field rather than the top-level field. The `term` is normalized using the search analyzer from this field, unless `analyzer` is specified separately. */
  use_field?: Field
}

export interface QueryDslIntervalsMatch {
  /** Analyzer used to analyze terms in the query. */
  analyzer?: string
  /** Maximum number of positions between the matching terms. Terms further apart than this are not considered matches. */
  max_gaps?: integer
  /** If `true`, matching terms must appear in their specified order. */
  ordered?: boolean
  /** Text you wish to find in the provided field. */
  query: string
  /** If specified, match intervals from this field rather than the top-level field. The `term` is normalized using the search analyzer from this field, unless `analyzer` is specified separately. */
  use_field?: Field
  /** An optional interval filter. */
  filter?: QueryDslIntervalsFilter
}

export interface QueryDslIntervalsPrefix {
  /** Analyzer used to analyze the `prefix`. */
  analyzer?: string
  /** Beginning characters of terms you wish to find in the top-level field. */
  prefix: string
  /** If specified, match intervals from this field rather than the top-level field. The `prefix` is normalized using the search analyzer from this field, unless `analyzer` is specified separately. */
  use_field?: Field
}

export interface QueryDslIntervalsQuery extends QueryDslQueryBase {
  /** Returns matches that span a combination of other rules. */
  all_of?: QueryDslIntervalsAllOf
  /** Returns intervals produced by any of its sub-rules. */
  any_of?: QueryDslIntervalsAnyOf
  /** Matches terms that are similar to the provided term, within an edit distance defined by `fuzziness`. */
  fuzzy?: QueryDslIntervalsFuzzy
  /** Matches analyzed text. */
  match?: QueryDslIntervalsMatch
  /** Matches terms that start with a specified set of characters. */
  prefix?: QueryDslIntervalsPrefix
  range?: QueryDslIntervalsRange
  regexp?: QueryDslIntervalsRegexp
  /** Matches terms using a wildcard pattern. */
  wildcard?: QueryDslIntervalsWildcard
}

export interface QueryDslIntervalsRange {
  /** Analyzer used to analyze the `prefix`. */
  analyzer?: string
  /** Lower term, either gte or gt must be provided. */
  gte?: string
  /** Lower term, either gte or gt must be provided. */
  gt?: string
  /** Upper term, either lte or lt must be provided. */
  lte?: string
  /** Upper term, either lte or lt must be provided. */
  lt?: string
  /** If specified, match intervals from this field rather than the top-level field. The `prefix` is normalized using the search analyzer from this field, unless `analyzer` is specified separately. */
  use_field?: Field
}

export interface QueryDslIntervalsRegexp {
  /** Analyzer used to analyze the `prefix`. */
  analyzer?: string
  /** Regex pattern. */
  pattern: string
  /** If specified, match intervals from this field rather than the top-level field. The `prefix` is normalized using the search analyzer from this field, unless `analyzer` is specified separately. */
  use_field?: Field
}

export interface QueryDslIntervalsWildcard {
  /** Analyzer used to analyze the `pattern`. Defaults to the top-level field's analyzer. */
  analyzer?: string
  /** Wildcard pattern used to find matching terms. */
  pattern: string
  /** If specified, match intervals from this field rather than the top-level field. The `pattern` is normalized using the search analyzer from this field, unless `analyzer` is specified separately. */
  use_field?: Field
}

/** Text that we want similar documents for or a lookup to a document's field for the text. */
export type QueryDslLike = string | QueryDslLikeDocument

export interface QueryDslLikeDocument {
  /** A document not present in the index. */
  doc?: any
  fields?: Field[]
  /** ID of a document. */
  _id?: Id
  /** Index of a document. */
  _index?: IndexName
  /** Overrides the default analyzer. */
  per_field_analyzer?: Record<Field, string>
  routing?: Routing
  version?: VersionNumber
  version_type?: VersionType
}

export interface QueryDslLongNumberRangeQuery extends QueryDslRangeQueryBase<long> {
}

export interface QueryDslMatchAllQuery extends QueryDslQueryBase {
}

export interface QueryDslMatchBoolPrefixQuery extends QueryDslQueryBase {
  /** Analyzer used to convert the text in the query value into tokens. */
  analyzer?: string
  /** Maximum edit distance allowed for matching. Can be applied to the term subqueries constructed for all terms but the final term. */
  fuzziness?: Fuzziness
  /** Method used to rewrite the query. Can be applied to the term subqueries constructed for all terms but the final term. */
  fuzzy_rewrite?: MultiTermQueryRewrite
  /** If `true`, edits for fuzzy matching include transpositions of two adjacent characters (for example, `ab` to `ba`). Can be applied to the term subqueries constructed for all terms but the final term. */
  fuzzy_transpositions?: boolean
  /** Maximum number of terms to which the query will expand. Can be applied to the term subqueries constructed for all terms but the final term. */
  max_expansions?: integer
  /** Minimum number of clauses that must match for a document to be returned. Applied to the constructed bool query. */
  minimum_should_match?: MinimumShouldMatch
  /** Boolean logic used to interpret text in the query value. Applied to the constructed bool query. */
  operator?: QueryDslOperator
  /** Number of beginning characters left unchanged for fuzzy matching. Can be applied to the term subqueries constructed for all terms but the final term. */
  prefix_length?: integer
  /** Terms you wish to find in the provided field. The last term is used in a prefix query. */
  query: string
}

export interface QueryDslMatchNoneQuery extends QueryDslQueryBase {
}

export interface QueryDslMatchPhrasePrefixQuery extends QueryDslQueryBase {
  /** Analyzer used to convert text in the query value into tokens. */
  analyzer?: string
  /** Maximum number of terms to which the last provided term of the query value will expand. */
  max_expansions?: integer
  /** Text you wish to find in the provided field. */
  query: string
  /** Maximum number of positions allowed between matching tokens. */
  slop?: integer
  /** Indicates whether no documents are returned if the analyzer removes all tokens, such as when using a `stop` filter. */
  zero_terms_query?: QueryDslZeroTermsQuery
}

export interface QueryDslMatchPhraseQuery extends QueryDslQueryBase {
  /** Analyzer used to convert the text in the query value into tokens. */
  analyzer?: string
  /** Query terms that are analyzed and turned into a phrase query. */
  query: string
  /** Maximum number of positions allowed between matching tokens. */
  slop?: integer
  /** Indicates whether no documents are returned if the `analyzer` removes all tokens, such as when using a `stop` filter. */
  zero_terms_query?: QueryDslZeroTermsQuery
}

export interface QueryDslMatchQuery extends QueryDslQueryBase {
  /** Analyzer used to convert the text in the query value into tokens. */
  analyzer?: string
  /** If `true`, match phrase queries are automatically created for multi-term synonyms. */
  auto_generate_synonyms_phrase_query?: boolean
  /** @deprecated 7.3.0: */
  cutoff_frequency?: double
  /** Maximum edit distance allowed for matching. */
  fuzziness?: Fuzziness
  /** Method used to rewrite the query. */
  fuzzy_rewrite?: MultiTermQueryRewrite
  /** If `true`, edits for fuzzy matching include transpositions of two adjacent characters (for example, `ab` to `ba`). */
  fuzzy_transpositions?: boolean
  /** If `true`, format-based errors, such as providing a text query value for a numeric field, are ignored. */
  lenient?: boolean
  /** Maximum number of terms to which the query will expand. */
  max_expansions?: integer
  /** Minimum number of clauses that must match for a document to be returned. */
  minimum_should_match?: MinimumShouldMatch
  /** Boolean logic used to interpret text in the query value. */
  operator?: QueryDslOperator
  /** Number of beginning characters left unchanged for fuzzy matching. */
  prefix_length?: integer
  /** Text, number, boolean value or date you wish to find in the provided field. */
  query: string | float | boolean
  /** Indicates whether no documents are returned if the `analyzer` removes all tokens, such as when using a `stop` filter. */
  zero_terms_query?: QueryDslZeroTermsQuery
}

export interface QueryDslMoreLikeThisQuery extends QueryDslQueryBase {
  /** The analyzer that is used to analyze the free form text. Defaults to the analyzer associated with the first field in fields. */
  analyzer?: string
  /** Each term in the formed query could be further boosted by their tf-idf score. This sets the boost factor to use when using this feature. Defaults to deactivated (0). */
  boost_terms?: double
  /** Controls whether the query should fail (throw an exception) if any of the specified fields are not of the supported types (`text` or `keyword`). */
  fail_on_unsupported_field?: boolean
  /** A list of fields to fetch and analyze the text from. Defaults to the `index.query.default_field` index setting, which has a default value of `*`. */
  fields?: Field[]
  /** Specifies whether the input documents should also be included in the search results returned. */
  include?: boolean
  /** Specifies free form text and/or a single or multiple documents for which you want to find similar documents. */
  like: QueryDslLike | QueryDslLike[]
  /** The maximum document frequency above which the terms are ignored from the input document. */
  max_doc_freq?: integer
  /** The maximum number of query terms that can be selected. */
  max_query_terms?: integer
  /** The maximum word length above which the terms are ignored. Defaults to unbounded (`0`). */
  max_word_length?: integer
  /** The minimum document frequency below which the terms are ignored from the input document. */
  min_doc_freq?: integer
  /** After the disjunctive query has been formed, this parameter controls the number of terms that must match. */
  minimum_should_match?: MinimumShouldMatch
  /** The minimum term frequency below which the terms are ignored from the input document. */
  min_term_freq?: integer
  /** The minimum word length below which the terms are ignored. */
  min_word_length?: integer
  routing?: string
  /** An array of stop words. Any word in this set is ignored. */
  stop_words?: AnalysisStopWords
  /** Used in combination with `like` to exclude documents that match a set of terms. */
  unlike?: QueryDslLike | QueryDslLike[]
  version?: VersionNumber
  version_type?: VersionType
}

export interface QueryDslMultiMatchQuery extends QueryDslQueryBase {
  /** Analyzer used to convert the text in the query value into tokens. */
  analyzer?: string
  /** If `true`, match phrase queries are automatically created for multi-term synonyms. */
  auto_generate_synonyms_phrase_query?: boolean
  /** @deprecated 7.3.0: */
  cutoff_frequency?: double
  /** The fields to be queried. Defaults to the `index.query.default_field` index settings, which in turn defaults to `*`. */
  fields?: Fields
  /** Maximum edit distance allowed for matching. */
  fuzziness?: Fuzziness
  /** Method used to rewrite the query. */
  fuzzy_rewrite?: MultiTermQueryRewrite
  /** If `true`, edits for fuzzy matching include transpositions of two adjacent characters (for example, `ab` to `ba`). Can be applied to the term subqueries constructed for all terms but the final term. */
  fuzzy_transpositions?: boolean
  /** If `true`, format-based errors, such as providing a text query value for a numeric field, are ignored. */
  lenient?: boolean
  /** Maximum number of terms to which the query will expand. */
  max_expansions?: integer
  /** Minimum number of clauses that must match for a document to be returned. */
  minimum_should_match?: MinimumShouldMatch
  /** Boolean logic used to interpret text in the query value. */
  operator?: QueryDslOperator
  /** Number of beginning characters left unchanged for fuzzy matching. */
  prefix_length?: integer
  /** Text, number, boolean value or date you wish to find in the provided field. */
  query: string
  /** Maximum number of positions allowed between matching tokens. */
  slop?: integer
  /** Determines how scores for each per-term blended query and scores across groups are combined. */
  tie_breaker?: double
  /** How `the` multi_match query is executed internally. */
  type?: QueryDslTextQueryType
  /** Indicates whether no documents are returned if the `analyzer` removes all tokens, such as when using a `stop` filter. */
  zero_terms_query?: QueryDslZeroTermsQuery
}

export type QueryDslMultiValueMode = 'min' | 'max' | 'avg' | 'sum'

export interface QueryDslNestedQuery extends QueryDslQueryBase {
  /** Indicates whether to ignore an unmapped path and not return any documents instead of an error. */
  ignore_unmapped?: boolean
  /** If defined, each search hit will contain inner hits. */
  inner_hits?: SearchInnerHits
  /** Path to the nested object you wish to search. */
  path: Field
  /** Query you wish to run on nested objects in the path. */
  query: QueryDslQueryContainer
  /** How scores for matching child objects affect the root parent document’s relevance score. */
  score_mode?: QueryDslChildScoreMode
}

export interface QueryDslNumberRangeQuery extends QueryDslRangeQueryBase<double> {
}

export interface QueryDslNumericDecayFunctionKeys extends QueryDslDecayFunctionBaseKeys {
}
export type QueryDslNumericDecayFunction = QueryDslNumericDecayFunctionKeys & { [property: string]: QueryDslDecayPlacement<double, double> | QueryDslMultiValueMode }

export type QueryDslOperator = 'and' | 'AND' | 'or' | 'OR'

export interface QueryDslParentIdQuery extends QueryDslQueryBase {
  /** ID of the parent document. */
  id?: Id
  /** Indicates whether to ignore an unmapped `type` and not return any documents instead of an error. */
  ignore_unmapped?: boolean
  /** Name of the child relationship mapped for the `join` field. */
  type?: RelationName
}

export interface QueryDslPercolateQuery extends QueryDslQueryBase {
  /** The source of the document being percolated. */
  document?: any
  /** An array of sources of the documents being percolated. */
  documents?: any[]
  /** Field that holds the indexed queries. The field must use the `percolator` mapping type. */
  field: Field
  /** The ID of a stored document to percolate. */
  id?: Id
  /** The index of a stored document to percolate. */
  index?: IndexName
  /** The suffix used for the `_percolator_document_slot` field when multiple `percolate` queries are specified. */
  name?: string
  /** Preference used to fetch document to percolate. */
  preference?: string
  /** Routing used to fetch document to percolate. */
  routing?: string
  /** The expected version of a stored document to percolate. */
  version?: VersionNumber
}

export interface QueryDslPinnedDoc {
  /** The unique document ID. */
  _id: Id
  /** The index that contains the document. */
  _index?: IndexName
}

export interface QueryDslPinnedQuery extends QueryDslQueryBase {
  /** Any choice of query used to rank documents which will be ranked below the "pinned" documents. */
  organic: QueryDslQueryContainer
  /** Document IDs listed in the order they are to appear in results. Required if `docs` is not specified. */
  ids?: Id[]
  /** Documents listed in the order they are to appear in results. Required if `ids` is not specified. */
  docs?: QueryDslPinnedDoc[]
}

export interface QueryDslPrefixQuery extends QueryDslQueryBase {
  /** Method used to rewrite the query. */
  rewrite?: MultiTermQueryRewrite
  /** Beginning characters of terms you wish to find in the provided field. */
  value: string
  /** Allows ASCII case insensitive matching of the value with the indexed field values when set to `true`. Default is `false` which means the case sensitivity of matching depends on the underlying field’s mapping. */
  case_insensitive?: boolean
}

export interface QueryDslQueryBase {
  /** Floating point number used to decrease or increase the relevance scores of the query. Boost values are relative to the default value of 1.0. A boost value between 0 and 1.0 decreases the relevance score. A value greater than 1.0 increases the relevance score. */
  boost?: float
  _name?: string
}

/** An Elasticsearch Query DSL (Domain Specific Language) object that defines a query. */
export interface QueryDslQueryContainer {
  /** matches documents matching boolean combinations of other queries. */
  bool?: QueryDslBoolQuery
  /** Returns documents matching a `positive` query while reducing the relevance score of documents that also match a `negative` query. */
  boosting?: QueryDslBoostingQuery
  /** @deprecated 7.3.0: */
  common?: Partial<Record<Field, QueryDslCommonTermsQuery | string>>
  /** The `combined_fields` query supports searching multiple text fields as if their contents had been indexed into one combined field. */
  combined_fields?: QueryDslCombinedFieldsQuery
  /** Wraps a filter query and returns every matching document with a relevance score equal to the `boost` parameter value. */
  constant_score?: QueryDslConstantScoreQuery
  /** Returns documents matching one or more wrapped queries, called query clauses or clauses. If a returned document matches multiple query clauses, the `dis_max` query assigns the document the highest relevance score from any matching clause, plus a tie breaking increment for any additional matching subqueries. */
  dis_max?: QueryDslDisMaxQuery
  /** Boosts the relevance score of documents closer to a provided origin date or point. For example, you can use this query to give more weight to documents closer to a certain date or location. */
  distance_feature?: QueryDslDistanceFeatureQuery
  /** Returns documents that contain an indexed value for a field. */
  exists?: QueryDslExistsQuery
  /** The `function_score` enables you to modify the score of documents that are retrieved by a query. */
  function_score?: QueryDslFunctionScoreQuery | QueryDslFunctionScoreContainer[]
  /** Returns documents that contain terms similar to the search term, as measured by a Levenshtein edit distance. */
  fuzzy?: Partial<Record<Field, QueryDslFuzzyQuery | string | double | boolean>>
  /** Matches geo_point and geo_shape values that intersect a bounding box. */
  geo_bounding_box?: QueryDslGeoBoundingBoxQuery
  /** Matches `geo_point` and `geo_shape` values within a given distance of a geopoint. */
  geo_distance?: QueryDslGeoDistanceQuery
  /** Matches `geo_point` and `geo_shape` values that intersect a grid cell from a GeoGrid aggregation. */
  geo_grid?: Partial<Record<Field, QueryDslGeoGridQuery>>
  /** @deprecated 7.12.0: Use geo-shape instead. */
  geo_polygon?: QueryDslGeoPolygonQuery
  /** Filter documents indexed using either the `geo_shape` or the `geo_point` type. */
  geo_shape?: QueryDslGeoShapeQuery
  /** Returns parent documents whose joined child documents match a provided query. */
  has_child?: QueryDslHasChildQuery
  /** Returns child documents whose joined parent document matches a provided query. */
  has_parent?: QueryDslHasParentQuery
  /** Returns documents based on their IDs. This query uses document IDs stored in the `_id` field. */
  ids?: QueryDslIdsQuery
  /** Returns documents based on the order and proximity of matching terms. */
  intervals?: Partial<Record<Field, QueryDslIntervalsQuery>>
  /** Finds the k nearest vectors to a query vector, as measured by a similarity metric. knn query finds nearest vectors through approximate search on indexed dense_vectors. */
  knn?: KnnQuery
  /** Returns documents that match a provided text, number, date or boolean value. The provided text is analyzed before matching. */
  match?: Partial<Record<Field, QueryDslMatchQuery | string | float | boolean>>
  /** Matches all documents, giving them all a `_score` of 1.0. */
  match_all?: QueryDslMatchAllQuery
  /** Analyzes its input and constructs a `bool` query from the terms. Each term except the last is used in a `term` query. The last term is used in a prefix query. */
  match_bool_prefix?: Partial<Record<Field, QueryDslMatchBoolPrefixQuery | string>>
  /** Matches no documents. */
  match_none?: QueryDslMatchNoneQuery
  /** Analyzes the text and creates a phrase query out of the analyzed text. */
  match_phrase?: Partial<Record<Field, QueryDslMatchPhraseQuery | string>>
  /** Returns documents that contain the words of a provided text, in the same order as provided. The last term of the provided text is treated as a prefix, matching any words that begin with that term. */
  match_phrase_prefix?: Partial<Record<Field, QueryDslMatchPhrasePrefixQuery | string>>
  /** Returns documents that are "like" a given set of documents. */
  more_like_this?: QueryDslMoreLikeThisQuery
  /** Enables you to search for a provided text, number, date or boolean value across multiple fields. The provided text is analyzed before matching. */
  multi_match?: QueryDslMultiMatchQuery
  /** Wraps another query to search nested fields. If an object matches the search, the nested query returns the root parent document. */
  nested?: QueryDslNestedQuery
  /** Returns child documents joined to a specific parent document. */
  parent_id?: QueryDslParentIdQuery
  /** Matches queries stored in an index. */
  percolate?: QueryDslPercolateQuery
  /** Promotes selected documents to rank higher than those matching a given query. */
  pinned?: QueryDslPinnedQuery
  /** Returns documents that contain a specific prefix in a provided field. */
  prefix?: Partial<Record<Field, QueryDslPrefixQuery | string>>
  /** Returns documents based on a provided query string, using a parser with a strict syntax. */
  query_string?: QueryDslQueryStringQuery
  /** Returns documents that contain terms within a provided range. */
  range?: Partial<Record<Field, QueryDslRangeQuery>>
  /** Boosts the relevance score of documents based on the numeric value of a `rank_feature` or `rank_features` field. */
  rank_feature?: QueryDslRankFeatureQuery
  /** Returns documents that contain terms matching a regular expression. */
  regexp?: Partial<Record<Field, QueryDslRegexpQuery | string>>
  rule?: QueryDslRuleQuery
  /** Filters documents based on a provided script. The script query is typically used in a filter context. */
  script?: QueryDslScriptQuery
  /** Uses a script to provide a custom score for returned documents. */
  script_score?: QueryDslScriptScoreQuery
  /** A semantic query to semantic_text field types */
  semantic?: QueryDslSemanticQuery
  /** Queries documents that contain fields indexed using the `shape` type. */
  shape?: QueryDslShapeQuery
  /** Returns documents based on a provided query string, using a parser with a limited but fault-tolerant syntax. */
  simple_query_string?: QueryDslSimpleQueryStringQuery
  /** Returns matches which enclose another span query. */
  span_containing?: QueryDslSpanContainingQuery
  /** Wrapper to allow span queries to participate in composite single-field span queries by _lying_ about their search field. */
  span_field_masking?: QueryDslSpanFieldMaskingQuery
  /** Matches spans near the beginning of a field. */
  span_first?: QueryDslSpanFirstQuery
  /** Allows you to wrap a multi term query (one of `wildcard`, `fuzzy`, `prefix`, `range`, or `regexp` query) as a `span` query, so it can be nested. */
  span_multi?: QueryDslSpanMultiTermQuery
  /** Matches spans which are near one another. You can specify `slop`, the maximum number of intervening unmatched positions, as well as whether matches are required to be in-order. */
  span_near?: QueryDslSpanNearQuery
  /** Removes matches which overlap with another span query or which are within x tokens before (controlled by the parameter `pre`) or y tokens after (controlled by the parameter `post`) another span query. */
  span_not?: QueryDslSpanNotQuery
  /** Matches the union of its span clauses. */
  span_or?: QueryDslSpanOrQuery
  /** Matches spans containing a term. */
  span_term?: Partial<Record<Field, QueryDslSpanTermQuery | FieldValue>>
  /** Returns matches which are enclosed inside another span query. */
  span_within?: QueryDslSpanWithinQuery
  /** Using input query vectors or a natural language processing model to convert a query into a list of token-weight pairs, queries against a sparse vector field. */
  sparse_vector?: QueryDslSparseVectorQuery
  /** Returns documents that contain an exact term in a provided field. To return a document, the query term must exactly match the queried field's value, including whitespace and capitalization. */
  term?: Partial<Record<Field, QueryDslTermQuery | FieldValue>>
  /** Returns documents that contain one or more exact terms in a provided field. To return a document, one or more terms must exactly match a field value, including whitespace and capitalization. */
  terms?: QueryDslTermsQuery
  /** Returns documents that contain a minimum number of exact terms in a provided field. To return a document, a required number of terms must exactly match the field values, including whitespace and capitalization. */
  terms_set?: Partial<Record<Field, QueryDslTermsSetQuery>>
  /**
   * Uses a natural language processing model to convert the query text into a list of token-weight pairs which are then used in a query against a sparse vector or rank features field.
   * @deprecated 8.15.0:
   */
  text_expansion?: Partial<Record<Field, QueryDslTextExpansionQuery>>
  /**
   * Supports returning text_expansion query results by sending in precomputed tokens with the query.
   * @deprecated 8.15.0:
   */
  weighted_tokens?: Partial<Record<Field, QueryDslWeightedTokensQuery>>
  /** Returns documents that contain terms matching a wildcard pattern. */
  wildcard?: Partial<Record<Field, QueryDslWildcardQuery | string>>
  /** A query that accepts any other query as base64 encoded string. */
  wrapper?: QueryDslWrapperQuery
  /** @deprecated 7.0.0: https://www.elastic.co/guide/en/elasticsearch/reference/7.x/removal-of-types.html */
  type?: QueryDslTypeQuery
}

export interface QueryDslQueryStringQuery extends QueryDslQueryBase {
  /** If `true`, the wildcard characters `*` and `?` are allowed as the first character of the query string. */
  allow_leading_wildcard?: boolean
  /** Analyzer used to convert text in the query string into tokens. */
  analyzer?: string
  /** If `true`, the query attempts to analyze wildcard terms in the query string. */
  analyze_wildcard?: boolean
  /** If `true`, match phrase queries are automatically created for multi-term synonyms. */
  auto_generate_synonyms_phrase_query?: boolean
  /** Default field to search if no field is provided in the query string. Supports wildcards (`*`). Defaults to the `index.query.default_field` index setting, which has a default value of `*`. */
  default_field?: Field
  /** Default boolean logic used to interpret text in the query string if no operators are specified. */
  default_operator?: QueryDslOperator
  /** If `true`, enable position increments in queries constructed from a `query_string` search. */
  enable_position_increments?: boolean
  escape?: boolean
  /** Array of fields to search. Supports wildcards (`*`). */
  fields?: Field[]
  /** Maximum edit distance allowed for fuzzy matching. */
  fuzziness?: Fuzziness
  /** Maximum number of terms to which the query expands for fuzzy matching. */
  fuzzy_max_expansions?: integer
  /** Number of beginning characters left unchanged for fuzzy matching. */
  fuzzy_prefix_length?: integer
  /** Method used to rewrite the query. */
  fuzzy_rewrite?: MultiTermQueryRewrite
  /** If `true`, edits for fuzzy matching include transpositions of two adjacent characters (for example, `ab` to `ba`). */
  fuzzy_transpositions?: boolean
  /** If `true`, format-based errors, such as providing a text value for a numeric field, are ignored. */
  lenient?: boolean
  /** Maximum number of automaton states required for the query. */
  max_determinized_states?: integer
  /** Minimum number of clauses that must match for a document to be returned. */
  minimum_should_match?: MinimumShouldMatch
  /** Maximum number of positions allowed between matching tokens for phrases. */
  phrase_slop?: double
  /** Query string you wish to parse and use for search. */
  query: string
  /** Analyzer used to convert quoted text in the query string into tokens. For quoted text, this parameter overrides the analyzer specified in the `analyzer` parameter. */
  quote_analyzer?: string
  /** Suffix appended to quoted text in the query string. You can use this suffix to use a different analysis method for exact matches. */
  quote_field_suffix?: string
  /** Method used to rewrite the query. */
  rewrite?: MultiTermQueryRewrite
  /** How to combine the queries generated from the individual search terms in the resulting `dis_max` query. */
  tie_breaker?: double
  /** Coordinated Universal Time (UTC) offset or IANA time zone used to convert date values in the query string to UTC. */
  time_zone?: TimeZone
  /** Determines how the query matches and scores documents. */
  type?: QueryDslTextQueryType
}

export interface QueryDslRandomScoreFunction {
  field?: Field
  seed?: long | string
}

export type QueryDslRangeQuery = QueryDslUntypedRangeQuery | QueryDslDateRangeQuery | QueryDslNumberRangeQuery | QueryDslLongNumberRangeQuery | QueryDslTermRangeQuery

export interface QueryDslRangeQueryBase<T = unknown> extends QueryDslQueryBase {
  /** Indicates how the range query matches values for `range` fields. */
  relation?: QueryDslRangeRelation
  /** Greater than. */
  gt?: T
  /** Greater than or equal to. */
  gte?: T
  /** Less than. */
  lt?: T
  /** Less than or equal to. */
  lte?: T
}

export type QueryDslRangeRelation = 'within' | 'contains' | 'intersects'

export interface QueryDslRankFeatureFunction {
}

export interface QueryDslRankFeatureFunctionLinear extends QueryDslRankFeatureFunction {
}

export interface QueryDslRankFeatureFunctionLogarithm extends QueryDslRankFeatureFunction {
  /** Configurable scaling factor. */
  scaling_factor: float
}

export interface QueryDslRankFeatureFunctionSaturation extends QueryDslRankFeatureFunction {
  /** Configurable pivot value so that the result will be less than 0.5. */
  pivot?: float
}

export interface QueryDslRankFeatureFunctionSigmoid extends QueryDslRankFeatureFunction {
  /** Configurable pivot value so that the result will be less than 0.5. */
  pivot: float
  /** Configurable Exponent. */
  exponent: float
}

export interface QueryDslRankFeatureQuery extends QueryDslQueryBase {
  /** `rank_feature` or `rank_features` field used to boost relevance scores. */
  field: Field
  /** Saturation function used to boost relevance scores based on the value of the rank feature `field`. */
  saturation?: QueryDslRankFeatureFunctionSaturation
  /** Logarithmic function used to boost relevance scores based on the value of the rank feature `field`. */
  log?: QueryDslRankFeatureFunctionLogarithm
  /** Linear function used to boost relevance scores based on the value of the rank feature `field`. */
  linear?: QueryDslRankFeatureFunctionLinear
  /** Sigmoid function used to boost relevance scores based on the value of the rank feature `field`. */
  sigmoid?: QueryDslRankFeatureFunctionSigmoid
}

export interface QueryDslRegexpQuery extends QueryDslQueryBase {
  /** Allows case insensitive matching of the regular expression value with the indexed field values when set to `true`. When `false`, case sensitivity of matching depends on the underlying field’s mapping. */
  case_insensitive?: boolean
  /** Enables optional operators for the regular expression. */
  flags?: string
  /** Maximum number of automaton states required for the query. */
  max_determinized_states?: integer
  /** Method used to rewrite the query. */
  rewrite?: MultiTermQueryRewrite
  /** Regular expression for terms you wish to find in the provided field. */
  value: string
}

export interface QueryDslRuleQuery extends QueryDslQueryBase {
  organic: QueryDslQueryContainer
  ruleset_ids?: Id | Id[]
  ruleset_id?: string
  match_criteria: any
}

export interface QueryDslScriptQuery extends QueryDslQueryBase {
  /** Contains a script to run as a query. This script must return a boolean value, `true` or `false`. */
  script: Script | ScriptSource
}

export interface QueryDslScriptScoreFunction {
  /** A script that computes a score. */
  script: Script | ScriptSource
}

export interface QueryDslScriptScoreQuery extends QueryDslQueryBase {
  /** Documents with a score lower than this floating point number are excluded from the search results. */
  min_score?: float
  /** Query used to return documents. */
  query: QueryDslQueryContainer
  /** Script used to compute the score of documents returned by the query. Important: final relevance scores from the `script_score` query cannot be negative. */
  script: Script | ScriptSource
}

export interface QueryDslSemanticQuery extends QueryDslQueryBase {
  /** The field to query, which must be a semantic_text field type */
  field: string
  /** The query text */
  query: string
}

export interface QueryDslShapeFieldQuery {
  /** Queries using a pre-indexed shape. */
  indexed_shape?: QueryDslFieldLookup
  /** Spatial relation between the query shape and the document shape. */
  relation?: GeoShapeRelation
  /** Queries using an inline shape definition in GeoJSON or Well Known Text (WKT) format. */
  shape?: GeoShape
}

export interface QueryDslShapeQueryKeys extends QueryDslQueryBase {
  /** When set to `true` the query ignores an unmapped field and will not match any documents. */
  ignore_unmapped?: boolean
}
export type QueryDslShapeQuery = QueryDslShapeQueryKeys & { [property: string]: QueryDslShapeFieldQuery | boolean | float | string }

export type QueryDslSimpleQueryStringFlag = 'NONE' | 'AND' | 'NOT' | 'OR' | 'PREFIX' | 'PHRASE' | 'PRECEDENCE' | 'ESCAPE' | 'WHITESPACE' | 'FUZZY' | 'NEAR' | 'SLOP' | 'ALL'

/** Query flags can be either a single flag or a combination of flags, e.g. `OR|AND|PREFIX` */
export type QueryDslSimpleQueryStringFlags = SpecUtilsPipeSeparatedFlags<QueryDslSimpleQueryStringFlag>

export interface QueryDslSimpleQueryStringQuery extends QueryDslQueryBase {
  /** Analyzer used to convert text in the query string into tokens. */
  analyzer?: string
  /** If `true`, the query attempts to analyze wildcard terms in the query string. */
  analyze_wildcard?: boolean
  /** If `true`, the parser creates a match_phrase query for each multi-position token. */
  auto_generate_synonyms_phrase_query?: boolean
  /** Default boolean logic used to interpret text in the query string if no operators are specified. */
  default_operator?: QueryDslOperator
  /** Array of fields you wish to search. Accepts wildcard expressions. You also can boost relevance scores for matches to particular fields using a caret (`^`) notation. Defaults to the `index.query.default_field index` setting, which has a default value of `*`. */
  fields?: Field[]
  /** List of enabled operators for the simple query string syntax. */
  flags?: QueryDslSimpleQueryStringFlags
  /** Maximum number of terms to which the query expands for fuzzy matching. */
  fuzzy_max_expansions?: integer
  /** Number of beginning characters left unchanged for fuzzy matching. */
  fuzzy_prefix_length?: integer
  /** If `true`, edits for fuzzy matching include transpositions of two adjacent characters (for example, `ab` to `ba`). */
  fuzzy_transpositions?: boolean
  /** If `true`, format-based errors, such as providing a text value for a numeric field, are ignored. */
  lenient?: boolean
  /** Minimum number of clauses that must match for a document to be returned. */
  minimum_should_match?: MinimumShouldMatch
  /** Query string in the simple query string syntax you wish to parse and use for search. */
  query: string
  /** Suffix appended to quoted text in the query string. */
  quote_field_suffix?: string
}

export interface QueryDslSpanContainingQuery extends QueryDslQueryBase {
  /** Can be any span query. Matching spans from `big` that contain matches from `little` are returned. */
  big: QueryDslSpanQuery
  /** Can be any span query. Matching spans from `big` that contain matches from `little` are returned. */
  little: QueryDslSpanQuery
}

export interface QueryDslSpanFieldMaskingQuery extends QueryDslQueryBase {
  field: Field
  query: QueryDslSpanQuery
}

export interface QueryDslSpanFirstQuery extends QueryDslQueryBase {
  /** Controls the maximum end position permitted in a match. */
  end: integer
  /** Can be any other span type query. */
  match: QueryDslSpanQuery
}

/** Can only be used as a clause in a span_near query. */
export type QueryDslSpanGapQuery = Partial<Record<Field, integer>>

export interface QueryDslSpanMultiTermQuery extends QueryDslQueryBase {
  /** Should be a multi term query (one of `wildcard`, `fuzzy`, `prefix`, `range`, or `regexp` query). */
  match: QueryDslQueryContainer
}

export interface QueryDslSpanNearQuery extends QueryDslQueryBase {
  /** Array of one or more other span type queries. */
  clauses: QueryDslSpanQuery[]
  /** Controls whether matches are required to be in-order. */
  in_order?: boolean
  /** Controls the maximum number of intervening unmatched positions permitted. */
  slop?: integer
}

export interface QueryDslSpanNotQuery extends QueryDslQueryBase {
  /** The number of tokens from within the include span that can’t have overlap with the exclude span. Equivalent to setting both `pre` and `post`. */
  dist?: integer
  /** Span query whose matches must not overlap those returned. */
  exclude: QueryDslSpanQuery
  /** Span query whose matches are filtered. */
  include: QueryDslSpanQuery
  /** The number of tokens after the include span that can’t have overlap with the exclude span. */
  post?: integer
  /** The number of tokens before the include span that can’t have overlap with the exclude span. */
  pre?: integer
}

export interface QueryDslSpanOrQuery extends QueryDslQueryBase {
  /** Array of one or more other span type queries. */
  clauses: QueryDslSpanQuery[]
}

export interface QueryDslSpanQuery {
  /** Accepts a list of span queries, but only returns those spans which also match a second span query. */
  span_containing?: QueryDslSpanContainingQuery
  /** Allows queries like `span_near` or `span_or` across different fields. */
  span_field_masking?: QueryDslSpanFieldMaskingQuery
  /** Accepts another span query whose matches must appear within the first N positions of the field. */
  span_first?: QueryDslSpanFirstQuery
  span_gap?: QueryDslSpanGapQuery
  /** Wraps a `term`, `range`, `prefix`, `wildcard`, `regexp`, or `fuzzy` query. */
  span_multi?: QueryDslSpanMultiTermQuery
  /** Accepts multiple span queries whose matches must be within the specified distance of each other, and possibly in the same order. */
  span_near?: QueryDslSpanNearQuery
  /** Wraps another span query, and excludes any documents which match that query. */
  span_not?: QueryDslSpanNotQuery
  /** Combines multiple span queries and returns documents which match any of the specified queries. */
  span_or?: QueryDslSpanOrQuery
  /** The equivalent of the `term` query but for use with other span queries. */
  span_term?: Partial<Record<Field, QueryDslSpanTermQuery | FieldValue>>
  /** The result from a single span query is returned as long is its span falls within the spans returned by a list of other span queries. */
  span_within?: QueryDslSpanWithinQuery
}

export interface QueryDslSpanTermQuery extends QueryDslQueryBase {
  value: FieldValue
  term?: FieldValue
}

export interface QueryDslSpanWithinQuery extends QueryDslQueryBase {
  /** Can be any span query. Matching spans from `little` that are enclosed within `big` are returned. */
  big: QueryDslSpanQuery
  /** Can be any span query. Matching spans from `little` that are enclosed within `big` are returned. */
  little: QueryDslSpanQuery
}

export interface QueryDslSparseVectorQuery extends QueryDslQueryBase {
  /** The name of the field that contains the token-weight pairs to be searched against. This field must be a mapped sparse_vector field. */
  field: Field
  /** Dictionary of precomputed sparse vectors and their associated weights. Only one of inference_id or query_vector may be supplied in a request. */
  query_vector?: Record<string, float>
  /** The inference ID to use to convert the query text into token-weight pairs. It must be the same inference ID that was used to create the tokens from the input text. Only one of inference_id and query_vector is allowed. If inference_id is specified, query must also be specified. Only one of inference_id or query_vector may be supplied in a request. */
  inference_id?: Id
  /** The query text you want to use for search. If inference_id is specified, query must also be specified. */
  query?: string
  /** Whether to perform pruning, omitting the non-significant tokens from the query to improve query performance. If prune is true but the pruning_config is not specified, pruning will occur but default values will be used. Default: false */
  prune?: boolean
  /** Optional pruning configuration. If enabled, this will omit non-significant tokens from the query in order to improve query performance. This is only used if prune is set to true. If prune is set to true but pruning_config is not specified, default values will be used. */
  pruning_config?: TokenPruningConfig
}

export interface QueryDslTermQuery extends QueryDslQueryBase {
  /** Term you wish to find in the provided field. */
  value: FieldValue
  /** Allows ASCII case insensitive matching of the value with the indexed field values when set to `true`. When `false`, the case sensitivity of matching depends on the underlying field’s mapping. */
  case_insensitive?: boolean
}

export interface QueryDslTermRangeQuery extends QueryDslRangeQueryBase<string> {
}

export interface QueryDslTermsLookup {
  index: IndexName
  id: Id
  path: Field
  routing?: string
}

export interface QueryDslTermsQueryKeys extends QueryDslQueryBase {
}
export type QueryDslTermsQuery = QueryDslTermsQueryKeys & { [property: string]: QueryDslTermsQueryField | float | string }

export type QueryDslTermsQueryField = FieldValue[] | QueryDslTermsLookup

export interface QueryDslTermsSetQuery extends QueryDslQueryBase {
  /** Specification describing number of matching terms required to return a document. */
  minimum_should_match?: MinimumShouldMatch
  /** Numeric field containing the number of matching terms required to return a document. */
  minimum_should_match_field?: Field
  /** Custom script containing the number of matching terms required to return a document. */
  minimum_should_match_script?: Script | ScriptSource
  /** Array of terms you wish to find in the provided field. */
  terms: FieldValue[]
}

export interface QueryDslTextExpansionQuery extends QueryDslQueryBase {
  /** The text expansion NLP model to use */
  model_id: string
  /** The query text */
  model_text: string
  /** Token pruning configurations */
  pruning_config?: TokenPruningConfig
}

export type QueryDslTextQueryType = 'best_fields' | 'most_fields' | 'cross_fields' | 'phrase' | 'phrase_prefix' | 'bool_prefix'

export interface QueryDslTypeQuery extends QueryDslQueryBase {
  value: string
}

export interface QueryDslUntypedDecayFunctionKeys extends QueryDslDecayFunctionBaseKeys {
}
export type QueryDslUntypedDecayFunction = QueryDslUntypedDecayFunctionKeys & { [property: string]: QueryDslDecayPlacement<any, any> | QueryDslMultiValueMode }

export interface QueryDslUntypedDistanceFeatureQuery extends QueryDslDistanceFeatureQueryBase<any, any> {
}

export interface QueryDslUntypedRangeQuery extends QueryDslRangeQueryBase<any> {
  /** Date format used to convert `date` values in the query. */
  format?: DateFormat
  /** Coordinated Universal Time (UTC) offset or IANA time zone used to convert `date` values in the query to UTC. */
  time_zone?: TimeZone
}

export interface QueryDslWeightedTokensQuery extends QueryDslQueryBase {
  /** The tokens representing this query */
  tokens: Record<string, float> | Record<string, float>[]
  /** Token pruning configurations */
  pruning_config?: TokenPruningConfig
}

export interface QueryDslWildcardQuery extends QueryDslQueryBase {
  /** Allows case insensitive matching of the pattern with the indexed field values when set to true. Default is false which means the case sensitivity of matching depends on the underlying field’s mapping. */
  case_insensitive?: boolean
  /** Method used to rewrite the query. */
  rewrite?: MultiTermQueryRewrite
  /** Wildcard pattern for terms you wish to find in the provided field. Required, when wildcard is not set. */
  value?: string
  /** Wildcard pattern for terms you wish to find in the provided field. Required, when value is not set. */
  wildcard?: string
}

export interface QueryDslWrapperQuery extends QueryDslQueryBase {
  /** A base64 encoded query. The binary data format can be any of JSON, YAML, CBOR or SMILE encodings */
  query: string
}

export type QueryDslZeroTermsQuery = 'all' | 'none'
