// Generated from org.elasticsearch:rest-api-spec:9.5.3 by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import type { TransportLike, TransportResult } from '../../transport/types.js'
import type { Endpoint } from '../endpoint.js'
import { callEndpoint } from '../endpoint.js'
import type { BodyFields, BodyValue, MetaOptions, RequestOptions } from '../types.js'
import type { CommonBodyParams, CommonParams } from './common.js'

/** Descriptors of the `text_structure` endpoints, by spec name. */
export const endpoints: Record<string, Endpoint> = {
  find_field_structure: { name: 'text_structure.find_field_structure', paths: [{ path: '/_text_structure/find_field_structure', parts: [], methods: ['GET'] }], params: { column_names: 'list', delimiter: 'string', documents_to_sample: 'number', ecs_compatibility: 'enum', explain: 'boolean', field: 'string', format: 'enum', grok_pattern: 'string', index: 'string', quote: 'string', should_trim_fields: 'boolean', timeout: 'time', timestamp_field: 'string', timestamp_format: 'string' }, required: ['field', 'index'], body: 'none' },
  find_message_structure: { name: 'text_structure.find_message_structure', paths: [{ path: '/_text_structure/find_message_structure', parts: [], methods: ['GET', 'POST'] }], params: { column_names: 'list', delimiter: 'string', ecs_compatibility: 'enum', explain: 'boolean', format: 'enum', grok_pattern: 'string', quote: 'string', should_trim_fields: 'boolean', timeout: 'time', timestamp_field: 'string', timestamp_format: 'string' }, body: 'json', bodyRequired: true },
  find_structure: { name: 'text_structure.find_structure', paths: [{ path: '/_text_structure/find_structure', parts: [], methods: ['POST'] }], params: { charset: 'string', column_names: 'list', delimiter: 'string', ecs_compatibility: 'string', explain: 'boolean', format: 'enum', grok_pattern: 'string', has_header_row: 'boolean', line_merge_size_limit: 'number', lines_to_sample: 'number', quote: 'string', should_trim_fields: 'boolean', timeout: 'time', timestamp_field: 'string', timestamp_format: 'string' }, body: 'ndjson', bodyRequired: true, bodyKey: 'text_files' },
  test_grok_pattern: { name: 'text_structure.test_grok_pattern', paths: [{ path: '/_text_structure/test_grok_pattern', parts: [], methods: ['GET', 'POST'] }], params: { ecs_compatibility: 'string' }, body: 'json', bodyRequired: true },
}

/** Parameters of `text_structure.find_field_structure`. */
export interface TextStructureFindFieldStructureParams extends CommonParams {
  /** Optional parameter containing a comma separated list of the column names for a delimited file */
  column_names?: string | readonly string[]
  /** Optional parameter to specify the delimiter character for a delimited file - must be a single character */
  delimiter?: string
  /**
   * How many documents should be included in the analysis
   * Default: `1000`.
   */
  documents_to_sample?: number
  /**
   * The mode of compatibility with ECS compliant Grok patterns. Use this parameter to specify whether to use ECS Grok patterns instead of legacy ones when the structure finder creates a Grok pattern. This setting primarily has an impact when a whole message Grok pattern such as `%{CATALINALOG}` matches the input. If the structure finder identifies a common structure but has no idea of the meaning then generic field names such as `path`, `ipaddress`, `field1`, and `field2` are used in the `grok_pattern` output. The intention in that situation is that a user who knows the meanings will rename the fields before using them.
   * Default: `"disabled"`.
   */
  ecs_compatibility?: 'disabled' | 'v1'
  /**
   * Whether to include a commentary on how the structure was derived
   * Default: `false`.
   */
  explain?: boolean
  /** The field that should be analyzed */
  field: string
  /** Optional parameter to specify the high level file format */
  format?: 'ndjson' | 'xml' | 'delimited' | 'semi_structured_text'
  /** Optional parameter to specify the Grok pattern that should be used to extract fields from messages in a semi-structured text file */
  grok_pattern?: string
  /** The index containing the analyzed field */
  index: string
  /** Optional parameter to specify the quote character for a delimited file - must be a single character */
  quote?: string
  /** Optional parameter to specify whether the values between delimiters in a delimited file should have whitespace trimmed from them */
  should_trim_fields?: boolean
  /**
   * Timeout after which the analysis will be aborted
   * Default: `"25s"`.
   */
  timeout?: string
  /** Optional parameter to specify the timestamp field in the file */
  timestamp_field?: string
  /** Optional parameter to specify the timestamp format in the file - may be either a Joda or Java time format */
  timestamp_format?: string
}

/** Parameters of `text_structure.find_message_structure`. */
export interface TextStructureFindMessageStructureParams extends CommonBodyParams {
  /** Optional parameter containing a comma separated list of the column names for a delimited file */
  column_names?: string | readonly string[] | BodyValue
  /** Optional parameter to specify the delimiter character for a delimited file - must be a single character */
  delimiter?: string | BodyValue
  /**
   * The mode of compatibility with ECS compliant Grok patterns. Use this parameter to specify whether to use ECS Grok patterns instead of legacy ones when the structure finder creates a Grok pattern. This setting primarily has an impact when a whole message Grok pattern such as `%{CATALINALOG}` matches the input. If the structure finder identifies a common structure but has no idea of meaning then generic field names such as `path`, `ipaddress`, `field1`, and `field2` are used in the `grok_pattern` output, with the intention that a user who knows the meanings rename these fields before using it.
   * Default: `"disabled"`.
   */
  ecs_compatibility?: 'disabled' | 'v1'
  /**
   * Whether to include a commentary on how the structure was derived
   * Default: `false`.
   */
  explain?: boolean
  /** Optional parameter to specify the high level file format */
  format?: 'ndjson' | 'xml' | 'delimited' | 'semi_structured_text'
  /** Optional parameter to specify the Grok pattern that should be used to extract fields from messages in a semi-structured text file */
  grok_pattern?: string | BodyValue
  /** Optional parameter to specify the quote character for a delimited file - must be a single character */
  quote?: string | BodyValue
  /** Optional parameter to specify whether the values between delimiters in a delimited file should have whitespace trimmed from them */
  should_trim_fields?: boolean
  /**
   * Timeout after which the analysis will be aborted
   * Default: `"25s"`.
   */
  timeout?: string
  /** Optional parameter to specify the timestamp field in the file */
  timestamp_field?: string | BodyValue
  /** Optional parameter to specify the timestamp format in the file - may be either a Joda or Java time format */
  timestamp_format?: string | BodyValue
}

/** Parameters of `text_structure.find_structure`. */
export interface TextStructureFindStructureParams extends CommonParams {
  /** Optional parameter to specify the character set of the file */
  charset?: string
  /** Optional parameter containing a comma separated list of the column names for a delimited file */
  column_names?: string | readonly string[]
  /** Optional parameter to specify the delimiter character for a delimited file - must be a single character */
  delimiter?: string
  /**
   * Optional parameter to specify the compatibility mode with ECS Grok patterns - may be either 'v1' or 'disabled'
   * Default: `"disabled"`.
   */
  ecs_compatibility?: string
  /**
   * Whether to include a commentary on how the structure was derived
   * Default: `false`.
   */
  explain?: boolean
  /** Optional parameter to specify the high level file format */
  format?: 'ndjson' | 'xml' | 'delimited' | 'semi_structured_text'
  /** Optional parameter to specify the Grok pattern that should be used to extract fields from messages in a semi-structured text file */
  grok_pattern?: string
  /** Optional parameter to specify whether a delimited file includes the column names in its first row */
  has_header_row?: boolean
  /**
   * Maximum number of characters permitted in a single message when lines are merged to create messages.
   * Default: `10000`.
   */
  line_merge_size_limit?: number
  /**
   * How many lines of the file should be included in the analysis
   * Default: `1000`.
   */
  lines_to_sample?: number
  /** Optional parameter to specify the quote character for a delimited file - must be a single character */
  quote?: string
  /** Optional parameter to specify whether the values between delimiters in a delimited file should have whitespace trimmed from them */
  should_trim_fields?: boolean
  /**
   * Timeout after which the analysis will be aborted
   * Default: `"25s"`.
   */
  timeout?: string
  /** Optional parameter to specify the timestamp field in the file */
  timestamp_field?: string
  /** Optional parameter to specify the timestamp format in the file - may be either a Joda or Java time format */
  timestamp_format?: string
  /** The NDJSON body: an array of lines (objects, or strings/Buffers sent as they are), or one pre-serialized string/Buffer. */
  text_files: readonly unknown[] | string | Buffer
}

/** Parameters of `text_structure.test_grok_pattern`. */
export interface TextStructureTestGrokPatternParams extends CommonBodyParams {
  /**
   * Optional parameter to specify the compatibility mode with ECS Grok patterns - may be either 'v1' or 'disabled'
   * Default: `"disabled"`.
   */
  ecs_compatibility?: string | BodyValue
}

const E = endpoints

/** The `text_structure` APIs, reached as `client.textStructure`. */
export class TextStructureApi {
  readonly transport: TransportLike

  constructor(transport: TransportLike) {
    this.transport = transport
  }

  /**
   * Find the structure of a text field
   * `GET /_text_structure/find_field_structure`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/group/endpoint-text_structure
   */
  findFieldStructure<TResponse = unknown>(params: TextStructureFindFieldStructureParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  findFieldStructure<TResponse = unknown>(params: TextStructureFindFieldStructureParams, options?: RequestOptions): Promise<TResponse>
  findFieldStructure(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.find_field_structure, params, options)
  }

  /**
   * Find the structure of text messages
   * `GET|POST /_text_structure/find_message_structure`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-text-structure-find-message-structure
   */
  findMessageStructure<TResponse = unknown>(params: TextStructureFindMessageStructureParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  findMessageStructure<TResponse = unknown>(params: TextStructureFindMessageStructureParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  findMessageStructure(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.find_message_structure, params, options)
  }

  /**
   * Find the structure of a text file
   * `POST /_text_structure/find_structure`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-text-structure-find-structure
   */
  findStructure<TResponse = unknown>(params: TextStructureFindStructureParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  findStructure<TResponse = unknown>(params: TextStructureFindStructureParams, options?: RequestOptions): Promise<TResponse>
  findStructure(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.find_structure, params, options)
  }

  /**
   * Test a Grok pattern
   * `GET|POST /_text_structure/test_grok_pattern`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-text-structure-test-grok-pattern
   */
  testGrokPattern<TResponse = unknown>(params: TextStructureTestGrokPatternParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  testGrokPattern<TResponse = unknown>(params: TextStructureTestGrokPatternParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  testGrokPattern(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.test_grok_pattern, params, options)
  }
}
