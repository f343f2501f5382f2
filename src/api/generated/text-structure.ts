// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import type { TransportResult } from '../../transport/types.js'
import { endpointTable } from '../endpoint-table.js'
import { type ApiNamespace, installMethods } from '../install-methods.js'
import type { Call, MetaOptions, Ndjson, RequestOptions } from '../types.js'
import type { TextStructureFindFieldStructureRequest, TextStructureFindFieldStructureResponse, TextStructureFindMessageStructureRequest, TextStructureFindMessageStructureResponse, TextStructureFindStructureRequest, TextStructureFindStructureResponse, TextStructureTestGrokPatternRequest, TextStructureTestGrokPatternResponse } from '../types/index.js'

/** The `text_structure` endpoints, by method name. */
export const endpoints = endpointTable({
  findFieldStructure: ['text_structure.find_field_structure', 'GET /_text_structure/find_field_structure', 'column_names delimiter documents_to_sample ecs_compatibility explain field format grok_pattern index quote should_trim_fields should_parse_recursively timeout timestamp_field timestamp_format', 'none'],
  findMessageStructure: ['text_structure.find_message_structure', 'GET,POST /_text_structure/find_message_structure', 'column_names delimiter ecs_compatibility explain format grok_pattern quote should_trim_fields should_parse_recursively timeout timestamp_field timestamp_format', 'fields messages'],
  findStructure: ['text_structure.find_structure', 'POST /_text_structure/find_structure', 'charset column_names delimiter ecs_compatibility explain format grok_pattern has_header_row line_merge_size_limit lines_to_sample quote should_trim_fields should_parse_recursively timeout timestamp_field timestamp_format', 'ndjson text_files'],
  testGrokPattern: ['text_structure.test_grok_pattern', 'GET,POST /_text_structure/test_grok_pattern', 'ecs_compatibility', 'fields grok_pattern text'],
})

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
  declare findFieldStructure: Call<TextStructureFindFieldStructureRequest, TextStructureFindFieldStructureResponse>
  /**
   * Find the structure of text messages.
   * `GET|POST /_text_structure/find_message_structure`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-text-structure-find-message-structure
   */
  declare findMessageStructure: Call<TextStructureFindMessageStructureRequest, TextStructureFindMessageStructureResponse>
  /**
   * Find the structure of a text file.
   * `POST /_text_structure/find_structure`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-text-structure-find-structure
   */
  declare findStructure: { <TJsonDocument = unknown>(params: Ndjson<TextStructureFindStructureRequest<TJsonDocument>, 'text_files'>, options: MetaOptions): Promise<TransportResult<TextStructureFindStructureResponse>>; <TJsonDocument = unknown>(params: Ndjson<TextStructureFindStructureRequest<TJsonDocument>, 'text_files'>, options?: RequestOptions): Promise<TextStructureFindStructureResponse> }
  /**
   * Test a Grok pattern.
   * `GET|POST /_text_structure/test_grok_pattern`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-text-structure-test-grok-pattern
   */
  declare testGrokPattern: Call<TextStructureTestGrokPatternRequest, TextStructureTestGrokPatternResponse>
}
installMethods(TextStructureApi, endpoints)
