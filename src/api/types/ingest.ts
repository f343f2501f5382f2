// Generated from the Elasticsearch specification by scripts/spec/types.mjs. Do not edit: regenerate with `npm run generate`.
import type { AcknowledgedResponseBase, ByteSize, DateTime, Duration, DurationValue, EpochTime, ErrorCause, Field, Fields, GeoShapeRelation, GrokPattern, Id, Ids, IndexName, Metadata, Name, RequestBase, Script, ScriptLanguage, ScriptSource, SortOrder, SpecUtilsStringified, UnitMillis, VersionNumber, VersionType, double, integer, long } from './common.js'

export interface IngestAppendProcessor extends IngestProcessorBase {
  /** The field to be appended to. Supports template snippets. */
  field: Field
  /** The value to be appended. Supports template snippets. May specify only one of `value` or `copy_from`. */
  value?: any | any[]
  /** The media type for encoding `value`. Applies only when value is a template snippet. Must be one of `application/json`, `text/plain`, or `application/x-www-form-urlencoded`. */
  media_type?: string
  /** The origin field which will be appended to `field`, cannot set `value` simultaneously. */
  copy_from?: Field
  /** If `false`, the processor does not append values already present in the field. */
  allow_duplicates?: boolean
  /** If `true`, the processor will skip empty values from the source (e.g. empty strings, and null values), rather than appending them to the field. */
  ignore_empty_values?: boolean
}

export interface IngestAttachmentProcessor extends IngestProcessorBase {
  /** The field to get the base64 encoded field from. */
  field: Field
  /** If `true` and field does not exist, the processor quietly exits without modifying the document. */
  ignore_missing?: boolean
  /** The number of chars being used for extraction to prevent huge fields. Use `-1` for no limit. */
  indexed_chars?: long
  /** Field name from which you can overwrite the number of chars being used for extraction. */
  indexed_chars_field?: Field
  /** Maximum allowed size of the attachment `field` value in bytes: length of a string (if base64 in JSON, checked before base64 decoding) or byte array length for binary (for example, CBOR). If set to `-1`, there is no per-processor limit. The node setting `ingest.attachment.max_field_size` also applies. */
  max_field_bytes?: ByteSize
  /** Array of properties to select to be stored. Can be `content`, `title`, `name`, `author`, `keywords`, `date`, `content_type`, `content_length`, `language`. */
  properties?: string[]
  /** The field that will hold the attachment information. */
  target_field?: Field
  /** If true, the binary field will be removed from the document */
  remove_binary?: boolean
  /** Field containing the name of the resource to decode. If specified, the processor passes this resource name to the underlying Tika library to enable Resource Name Based Detection. */
  resource_name?: string
}

export interface IngestBytesProcessor extends IngestProcessorBase {
  /** The field to convert. */
  field: Field
  /** If `true` and `field` does not exist or is `null`, the processor quietly exits without modifying the document. */
  ignore_missing?: boolean
  /** The field to assign the converted value to. By default, the field is updated in-place. */
  target_field?: Field
}

export interface IngestCefProcessor extends IngestProcessorBase {
  /** The field containing the CEF message. */
  field: Field
  /** If `true` and `field` does not exist or is `null`, the processor quietly exits without modifying the document. */
  ignore_missing?: boolean
  /** The field to assign the converted value to. By default, the `target_field` is 'cef' */
  target_field?: Field
  /** If `true` and value is anempty string in extensions, the processor quietly exits without modifying the document. */
  ignore_empty_values?: boolean
  /** The timezone to use when parsing the date and when date math index supports resolves expressions into concrete index names. */
  timezone?: string
}

export interface IngestCircleProcessor extends IngestProcessorBase {
  /** The difference between the resulting inscribed distance from center to side and the circle’s radius (measured in meters for `geo_shape`, unit-less for `shape`). */
  error_distance: double
  /** The field to interpret as a circle. Either a string in WKT format or a map for GeoJSON. */
  field: Field
  /** If `true` and `field` does not exist, the processor quietly exits without modifying the document. */
  ignore_missing?: boolean
  /** Which field mapping type is to be used when processing the circle: `geo_shape` or `shape`. */
  shape_type: IngestShapeType
  /** The field to assign the polygon shape to By default, the field is updated in-place. */
  target_field?: Field
}

export interface IngestCommunityIDProcessor extends IngestProcessorBase {
  /** Field containing the source IP address. */
  source_ip?: Field
  /** Field containing the source port. */
  source_port?: Field
  /** Field containing the destination IP address. */
  destination_ip?: Field
  /** Field containing the destination port. */
  destination_port?: Field
  /** Field containing the IANA number. */
  iana_number?: Field
  /** Field containing the ICMP type. */
  icmp_type?: Field
  /** Field containing the ICMP code. */
  icmp_code?: Field
  /** Field containing the transport protocol name or number. Used only when the iana_number field is not present. The following protocol names are currently supported: eigrp, gre, icmp, icmpv6, igmp, ipv6-icmp, ospf, pim, sctp, tcp, udp */
  transport?: Field
  /** Output field for the community ID. */
  target_field?: Field
  /** Seed for the community ID hash. Must be between 0 and 65535 (inclusive). The seed can prevent hash collisions between network domains, such as a staging and production network that use the same addressing scheme. */
  seed?: integer
  /** If true and any required fields are missing, the processor quietly exits without modifying the document. */
  ignore_missing?: boolean
}

export interface IngestConvertProcessor extends IngestProcessorBase {
  /** The field whose value is to be converted. */
  field: Field
  /** If `true` and `field` does not exist or is `null`, the processor quietly exits without modifying the document. */
  ignore_missing?: boolean
  /** The field to assign the converted value to. By default, the `field` is updated in-place. */
  target_field?: Field
  /** The type to convert the existing value to. */
  type: IngestConvertType
}

export type IngestConvertType = 'integer' | 'long' | 'double' | 'float' | 'boolean' | 'ip' | 'string' | 'auto'

export interface IngestCsvProcessor extends IngestProcessorBase {
  /** Value used to fill empty fields. Empty fields are skipped if this is not provided. An empty field is one with no value (2 consecutive separators) or empty quotes (`""`). */
  empty_value?: any
  /** The field to extract data from. */
  field: Field
  /** If `true` and `field` does not exist, the processor quietly exits without modifying the document. */
  ignore_missing?: boolean
  /** Quote used in CSV, has to be single character string. */
  quote?: string
  /** Separator used in CSV, has to be single character string. */
  separator?: string
  /** The array of fields to assign extracted values to. */
  target_fields: Fields
  /** Trim whitespaces in unquoted fields. */
  trim?: boolean
}

/** The configuration necessary to identify which IP geolocation provider to use to download a database, as well as any provider-specific configuration necessary for such downloading. At present, the only supported providers are `maxmind` and `ipinfo`, and the `maxmind` provider requires that an `account_id` (string) is configured. A provider (either `maxmind` or `ipinfo`) must be specified. The web and local providers can be returned as read only configurations. */
export interface IngestDatabaseConfiguration {
  /** The provider-assigned name of the IP geolocation database to download. */
  name: Name
  maxmind?: IngestMaxmind
  ipinfo?: IngestIpinfo
}

export interface IngestDatabaseConfigurationFull {
  web?: IngestWeb
  local?: IngestLocal
  /** The provider-assigned name of the IP geolocation database to download. */
  name: Name
  maxmind?: IngestMaxmind
  ipinfo?: IngestIpinfo
}

export interface IngestDateIndexNameProcessor extends IngestProcessorBase {
  /** An array of the expected date formats for parsing dates / timestamps in the document being preprocessed. Can be a java time pattern or one of the following formats: ISO8601, UNIX, UNIX_MS, or TAI64N. */
  date_formats?: string[]
  /** How to round the date when formatting the date into the index name. Valid values are: `y` (year), `M` (month), `w` (week), `d` (day), `h` (hour), `m` (minute) and `s` (second). Supports template snippets. */
  date_rounding: string
  /** The field to get the date or timestamp from. */
  field: Field
  /** The format to be used when printing the parsed date into the index name. A valid java time pattern is expected here. Supports template snippets. */
  index_name_format?: string
  /** A prefix of the index name to be prepended before the printed date. Supports template snippets. */
  index_name_prefix?: string
  /** The locale to use when parsing the date from the document being preprocessed, relevant when parsing month names or week days. */
  locale?: string
  /** The timezone to use when parsing the date and when date math index supports resolves expressions into concrete index names. */
  timezone?: string
}

export interface IngestDateProcessor extends IngestProcessorBase {
  /** The field to get the date from. */
  field: Field
  /** An array of the expected date formats. Can be a java time pattern or one of the following formats: ISO8601, UNIX, UNIX_MS, or TAI64N. */
  formats: string[]
  /** The locale to use when parsing the date, relevant when parsing month names or week days. Supports template snippets. */
  locale?: string
  /** The field that will hold the parsed date. */
  target_field?: Field
  /** The timezone to use when parsing the date. Supports template snippets. */
  timezone?: string
  /** The format to use when writing the date to target_field. Must be a valid java time pattern. */
  output_format?: string
}

/** Request of `ingest.delete_geoip_database`. */
export interface IngestDeleteGeoipDatabaseRequest extends RequestBase {
  /** A comma-separated list of geoip database configurations to delete */
  id: Ids
  /** The period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
  /** The period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
}

export type IngestDeleteGeoipDatabaseResponse = AcknowledgedResponseBase

/** Request of `ingest.delete_ip_location_database`. */
export interface IngestDeleteIpLocationDatabaseRequest extends RequestBase {
  /** A comma-separated list of IP location database configurations. */
  id: Ids
  /** The period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. A value of `-1` indicates that the request should never time out. */
  master_timeout?: Duration
  /** The period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. A value of `-1` indicates that the request should never time out. */
  timeout?: Duration
}

export type IngestDeleteIpLocationDatabaseResponse = AcknowledgedResponseBase

/** Request of `ingest.delete_pipeline`. */
export interface IngestDeletePipelineRequest extends RequestBase {
  /** Pipeline ID or wildcard expression of pipeline IDs used to limit the request. To delete all ingest pipelines in a cluster, use a value of `*`. */
  id: Id
  /** Period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
  /** Period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
}

export type IngestDeletePipelineResponse = AcknowledgedResponseBase

export interface IngestDissectProcessor extends IngestProcessorBase {
  /** The character(s) that separate the appended fields. */
  append_separator?: string
  /** The field to dissect. */
  field: Field
  /** If `true` and `field` does not exist or is `null`, the processor quietly exits without modifying the document. */
  ignore_missing?: boolean
  /** The pattern to apply to the field. */
  pattern: string
}

export interface IngestDocument {
  /** Unique identifier for the document. This ID must be unique within the `_index`. */
  _id?: Id
  /** Name of the index containing the document. */
  _index?: IndexName
  /** JSON body for the document. */
  _source: any
}

/** The simulated document, with optional metadata. */
export interface IngestDocumentSimulationKeys {
  /** Unique identifier for the document. This ID must be unique within the `_index`. */
  _id: Id
  /** Name of the index containing the document. */
  _index: IndexName
  _ingest: IngestIngest
  /** Value used to send the document to a specific primary shard. */
  _routing?: string
  /** JSON body for the document. */
  _source: Record<string, any>
  _version?: SpecUtilsStringified<VersionNumber>
  _version_type?: VersionType
}
export type IngestDocumentSimulation = IngestDocumentSimulationKeys & { [property: string]: string | Id | IndexName | IngestIngest | Record<string, any> | SpecUtilsStringified<VersionNumber> | VersionType }

export interface IngestDotExpanderProcessor extends IngestProcessorBase {
  /** The field to expand into an object field. If set to `*`, all top-level fields will be expanded. */
  field: Field
  /** Controls the behavior when there is already an existing nested object that conflicts with the expanded field. When `false`, the processor will merge conflicts by combining the old and the new values into an array. When `true`, the value from the expanded field will overwrite the existing value. */
  override?: boolean
  /** The field that contains the field to expand. Only required if the field to expand is part another object field, because the `field` option can only understand leaf fields. */
  path?: string
}

export interface IngestDropProcessor extends IngestProcessorBase {
}

export interface IngestEnrichProcessor extends IngestProcessorBase {
  /** The field in the input document that matches the policies match_field used to retrieve the enrichment data. Supports template snippets. */
  field: Field
  /** If `true` and `field` does not exist, the processor quietly exits without modifying the document. */
  ignore_missing?: boolean
  /** The maximum number of matched documents to include under the configured target field. The `target_field` will be turned into a json array if `max_matches` is higher than 1, otherwise `target_field` will become a json object. In order to avoid documents getting too large, the maximum allowed value is 128. */
  max_matches?: integer
  /** If processor will update fields with pre-existing non-null-valued field. When set to `false`, such fields will not be touched. */
  override?: boolean
  /** The name of the enrich policy to use. */
  policy_name: string
  /** A spatial relation operator used to match the geoshape of incoming documents to documents in the enrich index. This option is only used for `geo_match` enrich policy types. */
  shape_relation?: GeoShapeRelation
  /** Field added to incoming documents to contain enrich data. This field contains both the `match_field` and `enrich_fields` specified in the enrich policy. Supports template snippets. */
  target_field: Field
}

export interface IngestFailProcessor extends IngestProcessorBase {
  /** The error message thrown by the processor. Supports template snippets. */
  message: string
}

export type IngestFieldAccessPattern = 'classic' | 'flexible'

export type IngestFingerprintDigest = 'MD5' | 'SHA-1' | 'SHA-256' | 'SHA-512' | 'MurmurHash3'

export interface IngestFingerprintProcessor extends IngestProcessorBase {
  /** Array of fields to include in the fingerprint. For objects, the processor hashes both the field key and value. For other fields, the processor hashes only the field value. */
  fields: Fields
  /** Output field for the fingerprint. */
  target_field?: Field
  /** Salt value for the hash function. */
  salt?: string
  /** The hash method used to compute the fingerprint. Must be one of MD5, SHA-1, SHA-256, SHA-512, or MurmurHash3. */
  method?: IngestFingerprintDigest
  /** If true, the processor ignores any missing fields. If all fields are missing, the processor silently exits without modifying the document. */
  ignore_missing?: boolean
}

export interface IngestForeachProcessor extends IngestProcessorBase {
  /** Field containing array or object values. */
  field: Field
  /** If `true`, the processor silently exits without changing the document if the `field` is `null` or missing. */
  ignore_missing?: boolean
  /** Ingest processor to run on each element. */
  processor: IngestProcessorContainer
}

export interface IngestGeoGridProcessor extends IngestProcessorBase {
  /** The field to interpret as a geo-tile.= The field format is determined by the `tile_type`. */
  field: string
  /** Three tile formats are understood: geohash, geotile and geohex. */
  tile_type: IngestGeoGridTileType
  /** The field to assign the polygon shape to, by default, the `field` is updated in-place. */
  target_field?: Field
  /** If specified and a parent tile exists, save that tile address to this field. */
  parent_field?: Field
  /** If specified and children tiles exist, save those tile addresses to this field as an array of strings. */
  children_field?: Field
  /** If specified and intersecting non-child tiles exist, save their addresses to this field as an array of strings. */
  non_children_field?: Field
  /** If specified, save the tile precision (zoom) as an integer to this field. */
  precision_field?: Field
  /** If `true` and `field` does not exist, the processor quietly exits without modifying the document. */
  ignore_missing?: boolean
  /** Which format to save the generated polygon in. */
  target_format?: IngestGeoGridTargetFormat
}

export type IngestGeoGridTargetFormat = 'geojson' | 'wkt'

export type IngestGeoGridTileType = 'geotile' | 'geohex' | 'geohash'

export interface IngestGeoIpProcessor extends IngestProcessorBase {
  /** The database filename referring to a database the module ships with (GeoLite2-City.mmdb, GeoLite2-Country.mmdb, or GeoLite2-ASN.mmdb) or a custom database in the ingest-geoip config directory. */
  database_file?: string
  /** The field to get the ip address from for the geographical lookup. */
  field: Field
  /** If `true`, only the first found geoip data will be returned, even if the field contains an array. */
  first_only?: boolean
  /** If `true` and `field` does not exist, the processor quietly exits without modifying the document. */
  ignore_missing?: boolean
  /** Controls what properties are added to the `target_field` based on the geoip lookup. */
  properties?: string[]
  /** The field that will hold the geographical information looked up from the MaxMind database. */
  target_field?: Field
  /** If `true` (and if `ingest.geoip.downloader.eager.download` is `false`), the missing database is downloaded when the pipeline is created. Else, the download is triggered by when the pipeline is used as the `default_pipeline` or `final_pipeline` in an index. */
  download_database_on_pipeline_creation?: boolean
}

export interface IngestGeoIpStatsGeoIpDownloadStatistics {
  /** Total number of successful database downloads. */
  successful_downloads: integer
  /** Total number of failed database downloads. */
  failed_downloads: integer
  /** Total milliseconds spent downloading databases. */
  total_download_time: DurationValue<UnitMillis>
  /** Current number of databases available for use. */
  databases_count: integer
  /** Total number of database updates skipped. */
  skipped_updates: integer
  /** Total number of databases not updated after 30 days */
  expired_databases: integer
}

export interface IngestGeoIpStatsGeoIpNodeDatabaseName {
  /** Name of the database. */
  name: Name
}

/** Downloaded databases for the node. The field key is the node ID. */
export interface IngestGeoIpStatsGeoIpNodeDatabases {
  /** Downloaded databases for the node. */
  databases: IngestGeoIpStatsGeoIpNodeDatabaseName[]
  /** Downloaded database files, including related license files. Elasticsearch stores these files in the node’s temporary directory: $ES_TMPDIR/geoip-databases/<node_id>. */
  files_in_temp: string[]
}

/** Request of `ingest.geo_ip_stats`. */
export interface IngestGeoIpStatsRequest extends RequestBase {
}

export interface IngestGeoIpStatsResponse {
  /** Download statistics for all GeoIP2 databases. */
  stats: IngestGeoIpStatsGeoIpDownloadStatistics
  /** Downloaded GeoIP2 databases for each node. */
  nodes: Record<Id, IngestGeoIpStatsGeoIpNodeDatabases>
}

export interface IngestGetGeoipDatabaseDatabaseConfigurationMetadata {
  id: Id
  version: long
  modified_date_millis: EpochTime<UnitMillis>
  database: IngestDatabaseConfiguration
}

/** Request of `ingest.get_geoip_database`. */
export interface IngestGetGeoipDatabaseRequest extends RequestBase {
  /** A comma-separated list of database configuration IDs to retrieve. Wildcard (`*`) expressions are supported. To get all database configurations, omit this parameter or use `*`. */
  id?: Ids
}

export interface IngestGetGeoipDatabaseResponse {
  databases: IngestGetGeoipDatabaseDatabaseConfigurationMetadata[]
}

export interface IngestGetIpLocationDatabaseDatabaseConfigurationMetadata {
  id: Id
  version: VersionNumber
  modified_date_millis?: EpochTime<UnitMillis>
  modified_date?: EpochTime<UnitMillis>
  database: IngestDatabaseConfigurationFull
}

/** Request of `ingest.get_ip_location_database`. */
export interface IngestGetIpLocationDatabaseRequest extends RequestBase {
  /** Comma-separated list of database configuration IDs to retrieve. Wildcard (`*`) expressions are supported. To get all database configurations, omit this parameter or use `*`. */
  id?: Ids
}

export interface IngestGetIpLocationDatabaseResponse {
  databases: IngestGetIpLocationDatabaseDatabaseConfigurationMetadata[]
}

/** Request of `ingest.get_pipeline`. */
export interface IngestGetPipelineRequest extends RequestBase {
  /** Comma-separated list of pipeline IDs to retrieve. Wildcard (`*`) expressions are supported. To get all ingest pipelines, omit this parameter or use `*`. */
  id?: Id
  /** Period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
  /** Return pipelines without their definitions */
  summary?: boolean
}

export type IngestGetPipelineResponse = Record<string, IngestPipeline>

export interface IngestGrokProcessor extends IngestProcessorBase {
  /** Must be disabled or v1. If v1, the processor uses patterns with Elastic Common Schema (ECS) field names. */
  ecs_compatibility?: string
  /** The field to use for grok expression parsing. */
  field: Field
  /** If `true` and `field` does not exist or is `null`, the processor quietly exits without modifying the document. */
  ignore_missing?: boolean
  /** A map of pattern-name and pattern tuples defining custom patterns to be used by the current processor. Patterns matching existing names will override the pre-existing definition. */
  pattern_definitions?: Record<string, string>
  /** An ordered list of grok expression to match and extract named captures with. Returns on the first expression in the list that matches. */
  patterns: GrokPattern[]
  /** When `true`, `_ingest._grok_match_index` will be inserted into your matched document’s metadata with the index into the pattern found in `patterns` that matched. */
  trace_match?: boolean
  /** When `true`, the processor does matching but does not extract structured fields */
  validate_only?: boolean
}

export interface IngestGsubProcessor extends IngestProcessorBase {
  /** The field to apply the replacement to. */
  field: Field
  /** If `true` and `field` does not exist or is `null`, the processor quietly exits without modifying the document. */
  ignore_missing?: boolean
  /** The pattern to be replaced. */
  pattern: string
  /** The string to replace the matching patterns with. */
  replacement: string
  /** The field to assign the converted value to By default, the `field` is updated in-place. */
  target_field?: Field
}

export interface IngestHtmlStripProcessor extends IngestProcessorBase {
  /** The string-valued field to remove HTML tags from. */
  field: Field
  /** If `true` and `field` does not exist or is `null`, the processor quietly exits without modifying the document, */
  ignore_missing?: boolean
  /** The field to assign the converted value to By default, the `field` is updated in-place. */
  target_field?: Field
}

export interface IngestInferenceConfig {
  /** Regression configuration for inference. */
  regression?: IngestInferenceConfigRegression
  /** Classification configuration for inference. */
  classification?: IngestInferenceConfigClassification
}

export interface IngestInferenceConfigClassification {
  /** Specifies the number of top class predictions to return. */
  num_top_classes?: integer
  /** Specifies the maximum number of feature importance values per document. */
  num_top_feature_importance_values?: integer
  /** The field that is added to incoming documents to contain the inference prediction. */
  results_field?: Field
  /** Specifies the field to which the top classes are written. */
  top_classes_results_field?: Field
  /** Specifies the type of the predicted field to write. Valid values are: `string`, `number`, `boolean`. */
  prediction_field_type?: string
}

export interface IngestInferenceConfigRegression {
  /** The field that is added to incoming documents to contain the inference prediction. */
  results_field?: Field
  /** Specifies the maximum number of feature importance values per document. */
  num_top_feature_importance_values?: integer
}

export interface IngestInferenceProcessor extends IngestProcessorBase {
  /** The ID or alias for the trained model, or the ID of the deployment. */
  model_id: Id
  /** Field added to incoming documents to contain results objects. */
  target_field?: Field
  /** Maps the document field names to the known field names of the model. This mapping takes precedence over any default mappings provided in the model configuration. */
  field_map?: Record<Field, any>
  /** Contains the inference type and its options. */
  inference_config?: IngestInferenceConfig
  /** Input fields for inference and output (destination) fields for the inference results. This option is incompatible with the target_field and field_map options. */
  input_output?: IngestInputConfig | IngestInputConfig[]
  /** If true and any of the input fields defined in input_ouput are missing then those missing fields are quietly ignored, otherwise a missing field causes a failure. Only applies when using input_output configurations to explicitly list the input fields. */
  ignore_missing?: boolean
}

export interface IngestIngest {
  _redact?: IngestRedact
  timestamp: DateTime
  pipeline?: Name
}

export interface IngestInputConfig {
  input_field: string
  output_field: string
}

export interface IngestIpLocationProcessor extends IngestProcessorBase {
  /** The database filename referring to a database the module ships with (GeoLite2-City.mmdb, GeoLite2-Country.mmdb, or GeoLite2-ASN.mmdb) or a custom database in the ingest-geoip config directory. */
  database_file?: string
  /** The field to get the ip address from for the geographical lookup. */
  field: Field
  /** If `true`, only the first found IP location data will be returned, even if the field contains an array. */
  first_only?: boolean
  /** If `true` and `field` does not exist, the processor quietly exits without modifying the document. */
  ignore_missing?: boolean
  /** Controls what properties are added to the `target_field` based on the IP location lookup. */
  properties?: string[]
  /** The field that will hold the geographical information looked up from the MaxMind database. */
  target_field?: Field
  /** If `true` (and if `ingest.geoip.downloader.eager.download` is `false`), the missing database is downloaded when the pipeline is created. Else, the download is triggered by when the pipeline is used as the `default_pipeline` or `final_pipeline` in an index. */
  download_database_on_pipeline_creation?: boolean
}

export interface IngestIpinfo {
}

export interface IngestJoinProcessor extends IngestProcessorBase {
  /** Field containing array values to join. */
  field: Field
  /** The separator character. */
  separator: string
  /** The field to assign the joined value to. By default, the field is updated in-place. */
  target_field?: Field
}

export interface IngestJsonProcessor extends IngestProcessorBase {
  /** Flag that forces the parsed JSON to be added at the top level of the document. `target_field` must not be set when this option is chosen. */
  add_to_root?: boolean
  /** When set to `replace`, root fields that conflict with fields from the parsed JSON will be overridden. When set to `merge`, conflicting fields will be merged. Only applicable `if add_to_root` is set to true. */
  add_to_root_conflict_strategy?: IngestJsonProcessorConflictStrategy
  /** When set to `true`, the JSON parser will not fail if the JSON contains duplicate keys. Instead, the last encountered value for any duplicate key wins. */
  allow_duplicate_keys?: boolean
  /** The field to be parsed. */
  field: Field
  /** The field that the converted structured object will be written into. Any existing content in this field will be overwritten. */
  target_field?: Field
}

export type IngestJsonProcessorConflictStrategy = 'replace' | 'merge'

export interface IngestKeyValueProcessor extends IngestProcessorBase {
  /** List of keys to exclude from document. */
  exclude_keys?: string[]
  /** The field to be parsed. Supports template snippets. */
  field: Field
  /** Regex pattern to use for splitting key-value pairs. */
  field_split: string
  /** If `true` and `field` does not exist or is `null`, the processor quietly exits without modifying the document. */
  ignore_missing?: boolean
  /** List of keys to filter and insert into document. Defaults to including all keys. */
  include_keys?: string[]
  /** Prefix to be added to extracted keys. */
  prefix?: string
  /** If `true`. strip brackets `()`, `<>`, `[]` as well as quotes `'` and `"` from extracted values. */
  strip_brackets?: boolean
  /** The field to insert the extracted keys into. Defaults to the root of the document. Supports template snippets. */
  target_field?: Field
  /** String of characters to trim from extracted keys. */
  trim_key?: string
  /** String of characters to trim from extracted values. */
  trim_value?: string
  /** Regex pattern to use for splitting the key from the value within a key-value pair. */
  value_split: string
}

export interface IngestLocal {
  type: string
}

export interface IngestLowercaseProcessor extends IngestProcessorBase {
  /** The field to make lowercase. */
  field: Field
  /** If `true` and `field` does not exist or is `null`, the processor quietly exits without modifying the document. */
  ignore_missing?: boolean
  /** The field to assign the converted value to. By default, the field is updated in-place. */
  target_field?: Field
}

export interface IngestMaxmind {
  account_id: Id
}

export interface IngestNetworkDirectionProcessor extends IngestProcessorBase {
  /** Field containing the source IP address. */
  source_ip?: Field
  /** Field containing the destination IP address. */
  destination_ip?: Field
  /** Output field for the network direction. */
  target_field?: Field
  /** List of internal networks. Supports IPv4 and IPv6 addresses and ranges in CIDR notation. Also supports the named ranges listed below. These may be constructed with template snippets. Must specify only one of internal_networks or internal_networks_field. */
  internal_networks?: string[]
  /** A field on the given document to read the internal_networks configuration from. */
  internal_networks_field?: Field
  /** If true and any required fields are missing, the processor quietly exits without modifying the document. */
  ignore_missing?: boolean
}

export interface IngestPipeline {
  /** Description of the ingest pipeline. */
  description?: string
  /** Processors to run immediately after a processor failure. */
  on_failure?: IngestProcessorContainer[]
  /** Processors used to perform transformations on documents before indexing. Processors run sequentially in the order specified. */
  processors?: IngestProcessorContainer[]
  /** Version number used by external systems to track ingest pipelines. */
  version?: VersionNumber
  /** Marks this ingest pipeline as deprecated. When a deprecated ingest pipeline is referenced as the default or final pipeline when creating or updating a non-deprecated index template, Elasticsearch will emit a deprecation warning. */
  deprecated?: boolean
  /** Arbitrary metadata about the ingest pipeline. This map is not automatically generated by Elasticsearch. */
  _meta?: Metadata
  /** Date and time when the pipeline was created. Only returned if the `human` query parameter is `true`. */
  created_date?: DateTime
  /** Date and time when the pipeline was created, in milliseconds since the epoch. */
  created_date_millis?: EpochTime<UnitMillis>
  /** Date and time when the pipeline was last modified. Only returned if the `human` query parameter is `true`. */
  modified_date?: DateTime
  /** Date and time when the pipeline was last modified, in milliseconds since the epoch. */
  modified_date_millis?: EpochTime<UnitMillis>
  /** Controls how processors in this pipeline should read and write data on a document's source. */
  field_access_pattern?: IngestFieldAccessPattern
}

export interface IngestPipelineConfig {
  /** Description of the ingest pipeline. */
  description?: string
  /** Version number used by external systems to track ingest pipelines. */
  version?: VersionNumber
  /** Processors used to perform transformations on documents before indexing. Processors run sequentially in the order specified. */
  processors: IngestProcessorContainer[]
}

export interface IngestPipelineProcessor extends IngestProcessorBase {
  /** The name of the pipeline to execute. Supports template snippets. */
  name: Name
  /** Whether to ignore missing pipelines instead of failing. */
  ignore_missing_pipeline?: boolean
}

export interface IngestPipelineProcessorResult {
  doc?: IngestDocumentSimulation
  tag?: string
  processor_type?: string
  status?: IngestPipelineSimulationStatusOptions
  description?: string
  ignored_error?: ErrorCause
  error?: ErrorCause
}

export type IngestPipelineSimulationStatusOptions = 'success' | 'error' | 'error_ignored' | 'skipped' | 'dropped'

export interface IngestProcessorBase {
  /** Description of the processor. Useful for describing the purpose of the processor or its configuration. */
  description?: string
  /** Conditionally execute the processor. */
  if?: Script | ScriptSource
  /** Ignore failures for the processor. */
  ignore_failure?: boolean
  /** Handle failures for the processor. */
  on_failure?: IngestProcessorContainer[]
  /** Identifier for the processor. Useful for debugging and metrics. */
  tag?: string
}

export interface IngestProcessorContainer {
  /** Appends one or more values to an existing array if the field already exists and it is an array. Converts a scalar to an array and appends one or more values to it if the field exists and it is a scalar. Creates an array containing the provided values if the field doesn’t exist. Accepts a single value or an array of values. */
  append?: IngestAppendProcessor
  /** The attachment processor lets Elasticsearch extract file attachments in common formats (such as PPT, XLS, and PDF) by using the Apache text extraction library Tika. */
  attachment?: IngestAttachmentProcessor
  /** Converts a human readable byte value (for example `1kb`) to its value in bytes (for example `1024`). If the field is an array of strings, all members of the array will be converted. Supported human readable units are "b", "kb", "mb", "gb", "tb", "pb" case insensitive. An error will occur if the field is not a supported format or resultant value exceeds 2^63. */
  bytes?: IngestBytesProcessor
  /** Converts a CEF message into a structured format. */
  cef?: IngestCefProcessor
  /** Converts circle definitions of shapes to regular polygons which approximate them. */
  circle?: IngestCircleProcessor
  /** Computes the Community ID for network flow data as defined in the Community ID Specification. You can use a community ID to correlate network events related to a single flow. */
  community_id?: IngestCommunityIDProcessor
  /** Converts a field in the currently ingested document to a different type, such as converting a string to an integer. If the field value is an array, all members will be converted. */
  convert?: IngestConvertProcessor
  /** Extracts fields from CSV line out of a single text field within a document. Any empty field in CSV will be skipped. */
  csv?: IngestCsvProcessor
  /** Parses dates from fields, and then uses the date or timestamp as the timestamp for the document. */
  date?: IngestDateProcessor
  /** The purpose of this processor is to point documents to the right time based index based on a date or timestamp field in a document by using the date math index name support. */
  date_index_name?: IngestDateIndexNameProcessor
  /** Extracts structured fields out of a single text field by matching the text field against a delimiter-based pattern. */
  dissect?: IngestDissectProcessor
  /** Expands a field with dots into an object field. This processor allows fields with dots in the name to be accessible by other processors in the pipeline. Otherwise these fields can’t be accessed by any processor. */
  dot_expander?: IngestDotExpanderProcessor
  /** Drops the document without raising any errors. This is useful to prevent the document from getting indexed based on some condition. */
  drop?: IngestDropProcessor
  /** The `enrich` processor can enrich documents with data from another index. */
  enrich?: IngestEnrichProcessor
  /** Raises an exception. This is useful for when you expect a pipeline to fail and want to relay a specific message to the requester. */
  fail?: IngestFailProcessor
  /** Computes a hash of the document’s content. You can use this hash for content fingerprinting. */
  fingerprint?: IngestFingerprintProcessor
  /** Runs an ingest processor on each element of an array or object. */
  foreach?: IngestForeachProcessor
  /** Currently an undocumented alias for GeoIP Processor. */
  ip_location?: IngestIpLocationProcessor
  /** Converts geo-grid definitions of grid tiles or cells to regular bounding boxes or polygons which describe their shape. This is useful if there is a need to interact with the tile shapes as spatially indexable fields. */
  geo_grid?: IngestGeoGridProcessor
  /** The `geoip` processor adds information about the geographical location of an IPv4 or IPv6 address. */
  geoip?: IngestGeoIpProcessor
  /** Extracts structured fields out of a single text field within a document. You choose which field to extract matched fields from, as well as the grok pattern you expect will match. A grok pattern is like a regular expression that supports aliased expressions that can be reused. */
  grok?: IngestGrokProcessor
  /** Converts a string field by applying a regular expression and a replacement. If the field is an array of string, all members of the array will be converted. If any non-string values are encountered, the processor will throw an exception. */
  gsub?: IngestGsubProcessor
  /** Removes HTML tags from the field. If the field is an array of strings, HTML tags will be removed from all members of the array. */
  html_strip?: IngestHtmlStripProcessor
  /** Uses a pre-trained data frame analytics model or a model deployed for natural language processing tasks to infer against the data that is being ingested in the pipeline. */
  inference?: IngestInferenceProcessor
  /** Joins each element of an array into a single string using a separator character between each element. Throws an error when the field is not an array. */
  join?: IngestJoinProcessor
  /** Parses a string containing JSON data into a structured object, string, or other value. */
  json?: IngestJsonProcessor
  /** This processor helps automatically parse messages (or specific event fields) which are of the `foo=bar` variety. */
  kv?: IngestKeyValueProcessor
  /** Converts a string to its lowercase equivalent. If the field is an array of strings, all members of the array will be converted. */
  lowercase?: IngestLowercaseProcessor
  /** Calculates the network direction given a source IP address, destination IP address, and a list of internal networks. */
  network_direction?: IngestNetworkDirectionProcessor
  /** Executes another pipeline. */
  pipeline?: IngestPipelineProcessor
  /** The Redact processor uses the Grok rules engine to obscure text in the input document matching the given Grok patterns. The processor can be used to obscure Personal Identifying Information (PII) by configuring it to detect known patterns such as email or IP addresses. Text that matches a Grok pattern is replaced with a configurable string such as `<EMAIL>` where an email address is matched or simply replace all matches with the text `<REDACTED>` if preferred. */
  redact?: IngestRedactProcessor
  /** Extracts the registered domain (also known as the effective top-level domain or eTLD), sub-domain, and top-level domain from a fully qualified domain name (FQDN). Uses the registered domains defined in the Mozilla Public Suffix List. */
  registered_domain?: IngestRegisteredDomainProcessor
  /** Removes existing fields. If one field doesn’t exist, an exception will be thrown. */
  remove?: IngestRemoveProcessor
  /** Renames an existing field. If the field doesn’t exist or the new name is already used, an exception will be thrown. */
  rename?: IngestRenameProcessor
  /** Routes a document to another target index or data stream. When setting the `destination` option, the target is explicitly specified and the dataset and namespace options can’t be set. When the `destination` option is not set, this processor is in a data stream mode. Note that in this mode, the reroute processor can only be used on data streams that follow the data stream naming scheme. */
  reroute?: IngestRerouteProcessor
  /** Runs an inline or stored script on incoming documents. The script runs in the `ingest` context. */
  script?: IngestScriptProcessor
  /** Adds a field with the specified value. If the field already exists, its value will be replaced with the provided one. */
  set?: IngestSetProcessor
  /** Sets user-related details (such as `username`, `roles`, `email`, `full_name`, `metadata`, `api_key`, `realm` and `authentication_type`) from the current authenticated user to the current document by pre-processing the ingest. */
  set_security_user?: IngestSetSecurityUserProcessor
  /** Sorts the elements of an array ascending or descending. Homogeneous arrays of numbers will be sorted numerically, while arrays of strings or heterogeneous arrays of strings + numbers will be sorted lexicographically. Throws an error when the field is not an array. */
  sort?: IngestSortProcessor
  /** Splits a field into an array using a separator character. Only works on string fields. */
  split?: IngestSplitProcessor
  /** Terminates the current ingest pipeline, causing no further processors to be run. This will normally be executed conditionally, using the `if` option. */
  terminate?: IngestTerminateProcessor
  /** Trims whitespace from a field. If the field is an array of strings, all members of the array will be trimmed. This only works on leading and trailing whitespace. */
  trim?: IngestTrimProcessor
  /** Converts a string to its uppercase equivalent. If the field is an array of strings, all members of the array will be converted. */
  uppercase?: IngestUppercaseProcessor
  /** URL-decodes a string. If the field is an array of strings, all members of the array will be decoded. */
  urldecode?: IngestUrlDecodeProcessor
  /** Parses a Uniform Resource Identifier (URI) string and extracts its components as an object. This URI object includes properties for the URI’s domain, path, fragment, port, query, scheme, user info, username, and password. */
  uri_parts?: IngestUriPartsProcessor
  /** The `user_agent` processor extracts details from the user agent string a browser sends with its web requests. This processor adds this information by default under the `user_agent` field. */
  user_agent?: IngestUserAgentProcessor
}

/** Request of `ingest.processor_grok`. */
export interface IngestProcessorGrokRequest extends RequestBase {
}

export interface IngestProcessorGrokResponse {
  patterns: Record<string, string>
}

/** Request of `ingest.put_geoip_database`. */
export interface IngestPutGeoipDatabaseRequest extends RequestBase {
  /** ID of the database configuration to create or update. */
  id: Id
  /** Period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
  /** Period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
  /** The provider-assigned name of the IP geolocation database to download. */
  name: Name
  /** The configuration necessary to identify which IP geolocation provider to use to download the database, as well as any provider-specific configuration necessary for such downloading. At present, the only supported provider is maxmind, and the maxmind provider requires that an account_id (string) is configured. */
  maxmind: IngestMaxmind
}

export type IngestPutGeoipDatabaseResponse = AcknowledgedResponseBase

/** Request of `ingest.put_ip_location_database`. */
export interface IngestPutIpLocationDatabaseRequest extends RequestBase {
  /** The database configuration identifier. */
  id: Id
  /** The period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. A value of `-1` indicates that the request should never time out. */
  master_timeout?: Duration
  /** The period to wait for a response from all relevant nodes in the cluster after updating the cluster metadata. If no response is received before the timeout expires, the cluster metadata update still applies but the response indicates that it was not completely acknowledged. A value of `-1` indicates that the request should never time out. */
  timeout?: Duration
  configuration: IngestDatabaseConfiguration
}

export type IngestPutIpLocationDatabaseResponse = AcknowledgedResponseBase

/** Request of `ingest.put_pipeline`. */
export interface IngestPutPipelineRequest extends RequestBase {
  /** ID of the ingest pipeline to create or update. */
  id: Id
  /** Period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
  /** Period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
  /** Required version for optimistic concurrency control for pipeline updates */
  if_version?: integer
  /** Optional metadata about the ingest pipeline. May have any contents. This map is not automatically generated by Elasticsearch. */
  _meta?: Metadata
  /** Description of the ingest pipeline. */
  description?: string
  /** Processors to run immediately after a processor failure. Each processor supports a processor-level `on_failure` value. If a processor without an `on_failure` value fails, Elasticsearch uses this pipeline-level parameter as a fallback. The processors in this parameter run sequentially in the order specified. Elasticsearch will not attempt to run the pipeline's remaining processors. */
  on_failure?: IngestProcessorContainer[]
  /** Processors used to perform transformations on documents before indexing. Processors run sequentially in the order specified. */
  processors?: IngestProcessorContainer[]
  /** Version number used by external systems to track ingest pipelines. This parameter is intended for external systems only. Elasticsearch does not use or validate pipeline version numbers. */
  version?: VersionNumber
  /** Marks this ingest pipeline as deprecated. When a deprecated ingest pipeline is referenced as the default or final pipeline when creating or updating a non-deprecated index template, Elasticsearch will emit a deprecation warning. */
  deprecated?: boolean
  /** Controls how processors in this pipeline should read and write data on a document's source. */
  field_access_pattern?: IngestFieldAccessPattern
}

export type IngestPutPipelineResponse = AcknowledgedResponseBase

export interface IngestRedact {
  /** indicates if document has been redacted */
  _is_redacted: boolean
}

export interface IngestRedactProcessor extends IngestProcessorBase {
  /** The field to be redacted */
  field: Field
  /** A list of grok expressions to match and redact named captures with */
  patterns: GrokPattern[]
  pattern_definitions?: Record<string, string>
  /** Start a redacted section with this token */
  prefix?: string
  /** End a redacted section with this token */
  suffix?: string
  /** If `true` and `field` does not exist or is `null`, the processor quietly exits without modifying the document. */
  ignore_missing?: boolean
  /** If `true` and the current license does not support running redact processors, then the processor quietly exits without modifying the document */
  skip_if_unlicensed?: boolean
  /** If `true` then ingest metadata `_ingest._redact._is_redacted` is set to `true` if the document has been redacted */
  trace_redact?: boolean
}

export interface IngestRegisteredDomainProcessor extends IngestProcessorBase {
  /** Field containing the source FQDN. */
  field: Field
  /** Object field containing extracted domain components. If an empty string, the processor adds components to the document’s root. */
  target_field?: Field
  /** If true and any required fields are missing, the processor quietly exits without modifying the document. */
  ignore_missing?: boolean
}

export interface IngestRemoveProcessor extends IngestProcessorBase {
  /** Fields to be removed. Supports template snippets. */
  field: Fields
  /** Fields to be kept. When set, all fields other than those specified are removed. */
  keep?: Fields
  /** If `true` and `field` does not exist or is `null`, the processor quietly exits without modifying the document. */
  ignore_missing?: boolean
}

export interface IngestRenameProcessor extends IngestProcessorBase {
  /** The field to be renamed. Supports template snippets. */
  field: Field
  /** If `true` and `field` does not exist, the processor quietly exits without modifying the document. */
  ignore_missing?: boolean
  /** The new name of the field. Supports template snippets. */
  target_field: Field
}

export interface IngestRerouteProcessor extends IngestProcessorBase {
  /** A static value for the target. Can’t be set when the dataset or namespace option is set. */
  destination?: string
  /** Field references or a static value for the dataset part of the data stream name. In addition to the criteria for index names, cannot contain - and must be no longer than 100 characters. Example values are nginx.access and nginx.error. */
  dataset?: string | string[]
  /** Field references or a static value for the namespace part of the data stream name. See the criteria for index names for allowed characters. Must be no longer than 100 characters. */
  namespace?: string | string[]
}

export interface IngestScriptProcessor extends IngestProcessorBase {
  /** ID of a stored script. If no `source` is specified, this parameter is required. */
  id?: Id
  /** Script language. */
  lang?: ScriptLanguage
  /** Object containing parameters for the script. */
  params?: Record<string, any>
  /** Inline script. If no `id` is specified, this parameter is required. */
  source?: ScriptSource
}

export interface IngestSetProcessor extends IngestProcessorBase {
  /** The origin field which will be copied to `field`, cannot set `value` simultaneously. Supported data types are `boolean`, `number`, `array`, `object`, `string`, `date`, etc. */
  copy_from?: Field
  /** The field to insert, upsert, or update. Supports template snippets. */
  field: Field
  /** If `true` and `value` is a template snippet that evaluates to `null` or the empty string, the processor quietly exits without modifying the document. */
  ignore_empty_value?: boolean
  /** The media type for encoding `value`. Applies only when value is a template snippet. Must be one of `application/json`, `text/plain`, or `application/x-www-form-urlencoded`. */
  media_type?: string
  /** If `true` processor will update fields with pre-existing non-null-valued field. When set to `false`, such fields will not be touched. */
  override?: boolean
  /** The value to be set for the field. Supports template snippets. May specify only one of `value` or `copy_from`. */
  value?: any
}

export interface IngestSetSecurityUserProcessor extends IngestProcessorBase {
  /** The field to store the user information into. */
  field: Field
  /** Controls what user related properties are added to the field. */
  properties?: string[]
}

export type IngestShapeType = 'geo_shape' | 'shape'

export interface IngestSimulateDocumentResult {
  doc?: IngestDocumentSimulation
  error?: ErrorCause
  processor_results?: IngestPipelineProcessorResult[]
}

/** Request of `ingest.simulate`. */
export interface IngestSimulateRequest extends RequestBase {
  /** The pipeline to test. If you don't specify a `pipeline` in the request body, this parameter is required. */
  id?: Id
  /** If `true`, the response includes output data for each processor in the executed pipeline. */
  verbose?: boolean
  /** Sample documents to test in the pipeline. */
  docs: IngestDocument[]
  /** The pipeline to test. If you don't specify the `pipeline` request path parameter, this parameter is required. If you specify both this and the request path parameter, the API only uses the request path parameter. */
  pipeline?: IngestPipeline
}

export interface IngestSimulateResponse {
  docs: IngestSimulateDocumentResult[]
}

export interface IngestSortProcessor extends IngestProcessorBase {
  /** The field to be sorted. */
  field: Field
  /** The sort order to use. Accepts `"asc"` or `"desc"`. */
  order?: SortOrder
  /** The field to assign the sorted value to. By default, the field is updated in-place. */
  target_field?: Field
}

export interface IngestSplitProcessor extends IngestProcessorBase {
  /** The field to split. */
  field: Field
  /** If `true` and `field` does not exist, the processor quietly exits without modifying the document. */
  ignore_missing?: boolean
  /** Preserves empty trailing fields, if any. */
  preserve_trailing?: boolean
  /** A regex which matches the separator, for example, `,` or `\s+`. */
  separator: string
  /** The field to assign the split value to. By default, the field is updated in-place. */
  target_field?: Field
}

export interface IngestTerminateProcessor extends IngestProcessorBase {
}

export interface IngestTrimProcessor extends IngestProcessorBase {
  /** The string-valued field to trim whitespace from. */
  field: Field
  /** If `true` and `field` does not exist, the processor quietly exits without modifying the document. */
  ignore_missing?: boolean
  /** The field to assign the trimmed value to. By default, the field is updated in-place. */
  target_field?: Field
}

export interface IngestUppercaseProcessor extends IngestProcessorBase {
  /** The field to make uppercase. */
  field: Field
  /** If `true` and `field` does not exist or is `null`, the processor quietly exits without modifying the document. */
  ignore_missing?: boolean
  /** The field to assign the converted value to. By default, the field is updated in-place. */
  target_field?: Field
}

export interface IngestUriPartsProcessor extends IngestProcessorBase {
  /** Field containing the URI string. */
  field: Field
  /** If `true` and `field` does not exist, the processor quietly exits without modifying the document. */
  ignore_missing?: boolean
  /** If `true`, the processor copies the unparsed URI to `<target_field>.original`. */
  keep_original?: boolean
  /** If `true`, the processor removes the `field` after parsing the URI string. If parsing fails, the processor does not remove the `field`. */
  remove_if_successful?: boolean
  /** Output field for the URI object. */
  target_field?: Field
}

export interface IngestUrlDecodeProcessor extends IngestProcessorBase {
  /** The field to decode. */
  field: Field
  /** If `true` and `field` does not exist or is `null`, the processor quietly exits without modifying the document. */
  ignore_missing?: boolean
  /** The field to assign the converted value to. By default, the field is updated in-place. */
  target_field?: Field
}

export interface IngestUserAgentProcessor extends IngestProcessorBase {
  /** The field containing the user agent string. */
  field: Field
  /** If `true` and `field` does not exist, the processor quietly exits without modifying the document. */
  ignore_missing?: boolean
  /** The name of the file in the `config/ingest-user-agent` directory containing the regular expressions for parsing the user agent string. Both the directory and the file have to be created before starting Elasticsearch. If not specified, ingest-user-agent will use the `regexes.yaml` from uap-core it ships with. */
  regex_file?: string
  /** The field that will be filled with the user agent details. */
  target_field?: Field
  /** Controls what properties are added to `target_field`. */
  properties?: IngestUserAgentProperty[]
  /** Extracts device type from the user agent string on a best-effort basis. */
  extract_device_type?: boolean
}

export type IngestUserAgentProperty = 'name' | 'os' | 'device' | 'original' | 'version'

export interface IngestWeb {
}
