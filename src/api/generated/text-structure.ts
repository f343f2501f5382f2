// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import { endpointTable } from '../endpoint-table.js'
import { installMethods, type ApiNamespace } from '../install-methods.js'
import type { BodyFields, Call, OptionalCall } from '../types.js'
import type { CommonParams, QueryParams } from './common.js'

/** The `text_structure` endpoints, by method name. */
export const endpoints = endpointTable({
  findFieldStructure: ['text_structure.find_field_structure', 'GET /_text_structure/find_field_structure', 'column_names delimiter documents_to_sample ecs_compatibility explain field format grok_pattern index quote should_trim_fields should_parse_recursively timeout timestamp_field timestamp_format', 'none'],
  findMessageStructure: ['text_structure.find_message_structure', 'GET,POST /_text_structure/find_message_structure', 'column_names delimiter ecs_compatibility explain format grok_pattern quote should_trim_fields should_parse_recursively timeout timestamp_field timestamp_format', 'fields messages'],
  findStructure: ['text_structure.find_structure', 'POST /_text_structure/find_structure', 'charset column_names delimiter ecs_compatibility explain format grok_pattern has_header_row line_merge_size_limit lines_to_sample quote should_trim_fields should_parse_recursively timeout timestamp_field timestamp_format', 'ndjson text_files'],
  testGrokPattern: ['text_structure.test_grok_pattern', 'GET,POST /_text_structure/test_grok_pattern', 'ecs_compatibility', 'fields grok_pattern text'],
})

export interface TextStructureFindFieldStructureParams extends CommonParams, QueryParams<'column_names' | 'delimiter' | 'documents_to_sample' | 'ecs_compatibility' | 'explain' | 'grok_pattern' | 'quote' | 'should_trim_fields' | 'should_parse_recursively' | 'timeout' | 'timestamp_field' | 'timestamp_format'> {
  /** The field that should be analyzed. */
  field: string
  /** The high level structure of the text. */
  format?: 'delimited' | 'ndjson' | 'semi_structured_text' | 'xml'
  /** The name of the index that contains the analyzed field. */
  index: string
}
export interface TextStructureFindMessageStructureParams extends CommonParams, QueryParams<'column_names' | 'delimiter' | 'ecs_compatibility' | 'explain' | 'grok_pattern' | 'quote' | 'should_trim_fields' | 'should_parse_recursively' | 'timeout' | 'timestamp_field' | 'timestamp_format'> {
  /** The high level structure of the text. */
  format?: 'delimited' | 'ndjson' | 'semi_structured_text' | 'xml'
  messages?: unknown
}
export interface TextStructureFindStructureParams extends CommonParams, QueryParams<'charset' | 'column_names' | 'delimiter' | 'explain' | 'grok_pattern' | 'has_header_row' | 'line_merge_size_limit' | 'lines_to_sample' | 'quote' | 'should_trim_fields' | 'should_parse_recursively' | 'timeout' | 'timestamp_field' | 'timestamp_format'> {
  /** The mode of compatibility with ECS compliant Grok patterns. */
  ecs_compatibility?: string
  /** The high level structure of the text. */
  format?: 'ndjson' | 'xml' | 'delimited' | 'semi_structured_text'
  /** An array of lines (objects, or strings/Buffers sent as they are), or one NDJSON string/Buffer. */
  text_files?: readonly unknown[] | string | Buffer
}
export interface TextStructureTestGrokPatternParams extends CommonParams {
  /** The mode of compatibility with ECS compliant Grok patterns. */
  ecs_compatibility?: string
  grok_pattern?: unknown
  text?: unknown
}

/** The `text_structure` APIs, reached as `client.textStructure`. */
export class TextStructureApi implements ApiNamespace {
  readonly transport: ApiNamespace['transport']

  constructor(transport: ApiNamespace['transport']) {
    this.transport = transport
  }

  /**
   * Find the structure of a text field.
   * `GET /_text_structure/find_field_structure`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/group/endpoint-text_structure
   */
  declare findFieldStructure: Call<TextStructureFindFieldStructureParams>
  /**
   * Find the structure of text messages.
   * `GET|POST /_text_structure/find_message_structure`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-text-structure-find-message-structure
   */
  declare findMessageStructure: OptionalCall<TextStructureFindMessageStructureParams & BodyFields>
  /**
   * Find the structure of a text file.
   * `POST /_text_structure/find_structure`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-text-structure-find-structure
   */
  declare findStructure: OptionalCall<TextStructureFindStructureParams>
  /**
   * Test a Grok pattern.
   * `GET|POST /_text_structure/test_grok_pattern`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-text-structure-test-grok-pattern
   */
  declare testGrokPattern: OptionalCall<TextStructureTestGrokPatternParams & BodyFields>
}
installMethods(TextStructureApi, endpoints)
