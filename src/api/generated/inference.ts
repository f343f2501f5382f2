// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import { endpointTable } from '../endpoint-table.js'
import { installMethods, type ApiNamespace } from '../install-methods.js'
import type { BodyFields, Call, OptionalCall } from '../types.js'
import type { CommonParams, QueryParams } from './common.js'

/** The `inference` endpoints, by method name. */
export const endpoints = endpointTable({
  chatCompletionUnified: ['inference.chat_completion_unified', 'POST /_inference/chat_completion/{inference_id}/_stream', 'timeout', 'value chat_completion_request'],
  completion: ['inference.completion', 'POST /_inference/completion/{inference_id}', 'timeout', 'fields input task_settings'],
  delete: ['inference.delete', 'DELETE /_inference/{task_type}/{inference_id}|DELETE /_inference/{inference_id}', 'dry_run force', 'none'],
  deleteRegionPolicy: ['inference.delete_region_policy', 'DELETE /_inference/_region_policy', '', 'none'],
  embedding: ['inference.embedding', 'POST /_inference/embedding/{inference_id}', 'timeout', 'value embedding'],
  get: ['inference.get', 'GET /_inference/{task_type}/{inference_id}|GET /_inference/{inference_id}|GET /_inference/{task_type}/_all|GET /_inference', '', 'none'],
  getRegionPolicy: ['inference.get_region_policy', 'GET /_inference/_region_policy', '', 'none'],
  inference: ['inference.inference', 'POST /_inference/{task_type}/{inference_id}|POST /_inference/{inference_id}', 'timeout', 'fields query input input_type task_settings'],
  put: ['inference.put', 'PUT /_inference/{task_type}/{inference_id}|PUT /_inference/{inference_id}', 'timeout', 'value inference_config'],
  putAi21: ['inference.put_ai21', 'PUT /_inference/{task_type}/{ai21_inference_id}', 'timeout', 'fields service service_settings'],
  putAlibabacloud: ['inference.put_alibabacloud', 'PUT /_inference/{task_type}/{alibabacloud_inference_id}', 'timeout', 'fields chunking_settings service service_settings task_settings'],
  putAmazonbedrock: ['inference.put_amazonbedrock', 'PUT /_inference/{task_type}/{amazonbedrock_inference_id}', 'timeout', 'fields chunking_settings service service_settings task_settings'],
  putAmazonsagemaker: ['inference.put_amazonsagemaker', 'PUT /_inference/{task_type}/{amazonsagemaker_inference_id}', 'timeout', 'fields chunking_settings service service_settings task_settings'],
  putAnthropic: ['inference.put_anthropic', 'PUT /_inference/{task_type}/{anthropic_inference_id}', 'timeout', 'fields service service_settings task_settings'],
  putAzureaistudio: ['inference.put_azureaistudio', 'PUT /_inference/{task_type}/{azureaistudio_inference_id}', 'timeout', 'fields chunking_settings service service_settings task_settings'],
  putAzureopenai: ['inference.put_azureopenai', 'PUT /_inference/{task_type}/{azureopenai_inference_id}', 'timeout', 'fields chunking_settings service service_settings task_settings'],
  putCohere: ['inference.put_cohere', 'PUT /_inference/{task_type}/{cohere_inference_id}', 'timeout', 'fields chunking_settings service service_settings task_settings'],
  putContextualai: ['inference.put_contextualai', 'PUT /_inference/{task_type}/{contextualai_inference_id}', 'timeout', 'fields service service_settings task_settings'],
  putCustom: ['inference.put_custom', 'PUT /_inference/{task_type}/{custom_inference_id}', '', 'fields chunking_settings service service_settings task_settings'],
  putDeepseek: ['inference.put_deepseek', 'PUT /_inference/{task_type}/{deepseek_inference_id}', 'timeout', 'fields service service_settings'],
  putElasticsearch: ['inference.put_elasticsearch', 'PUT /_inference/{task_type}/{elasticsearch_inference_id}', 'timeout', 'fields chunking_settings service service_settings task_settings'],
  putElser: ['inference.put_elser', 'PUT /_inference/{task_type}/{elser_inference_id}', 'timeout', 'fields chunking_settings service service_settings'],
  putFireworksai: ['inference.put_fireworksai', 'PUT /_inference/{task_type}/{fireworksai_inference_id}', 'timeout', 'fields chunking_settings service service_settings task_settings'],
  putGoogleaistudio: ['inference.put_googleaistudio', 'PUT /_inference/{task_type}/{googleaistudio_inference_id}', 'timeout', 'fields chunking_settings service service_settings'],
  putGooglevertexai: ['inference.put_googlevertexai', 'PUT /_inference/{task_type}/{googlevertexai_inference_id}', 'timeout', 'fields chunking_settings service service_settings task_settings'],
  putGroq: ['inference.put_groq', 'PUT /_inference/{task_type}/{groq_inference_id}', 'timeout', 'fields service service_settings'],
  putHuggingFace: ['inference.put_hugging_face', 'PUT /_inference/{task_type}/{huggingface_inference_id}', 'timeout', 'fields chunking_settings service service_settings task_settings'],
  putJinaai: ['inference.put_jinaai', 'PUT /_inference/{task_type}/{jinaai_inference_id}', 'timeout', 'fields chunking_settings service service_settings task_settings'],
  putLlama: ['inference.put_llama', 'PUT /_inference/{task_type}/{llama_inference_id}', 'timeout', 'fields chunking_settings service service_settings'],
  putMistral: ['inference.put_mistral', 'PUT /_inference/{task_type}/{mistral_inference_id}', 'timeout', 'fields chunking_settings service service_settings'],
  putNvidia: ['inference.put_nvidia', 'PUT /_inference/{task_type}/{nvidia_inference_id}', 'timeout', 'fields chunking_settings service service_settings task_settings'],
  putOpenai: ['inference.put_openai', 'PUT /_inference/{task_type}/{openai_inference_id}', 'timeout', 'fields chunking_settings service service_settings task_settings'],
  putOpenshiftAi: ['inference.put_openshift_ai', 'PUT /_inference/{task_type}/{openshiftai_inference_id}', 'timeout', 'fields chunking_settings service service_settings task_settings'],
  putRegionPolicy: ['inference.put_region_policy', 'PUT /_inference/_region_policy', 'force', 'fields region_policy'],
  putVoyageai: ['inference.put_voyageai', 'PUT /_inference/{task_type}/{voyageai_inference_id}', 'timeout', 'fields chunking_settings service service_settings task_settings'],
  putWatsonx: ['inference.put_watsonx', 'PUT /_inference/{task_type}/{watsonx_inference_id}', 'timeout', 'fields chunking_settings service service_settings'],
  rerank: ['inference.rerank', 'POST /_inference/rerank/{inference_id}', 'timeout', 'fields query input return_documents top_n task_settings'],
  sparseEmbedding: ['inference.sparse_embedding', 'POST /_inference/sparse_embedding/{inference_id}', 'timeout', 'fields input task_settings'],
  streamCompletion: ['inference.stream_completion', 'POST /_inference/completion/{inference_id}/_stream', 'timeout', 'fields input task_settings'],
  textEmbedding: ['inference.text_embedding', 'POST /_inference/text_embedding/{inference_id}', 'timeout', 'fields input input_type task_settings'],
  update: ['inference.update', 'PUT /_inference/{task_type}/{inference_id}/_update|PUT /_inference/{inference_id}/_update', 'timeout', 'value inference_config'],
})

export interface InferenceChatCompletionUnifiedParams extends CommonParams, QueryParams<'timeout'> {
  inference_id: string
  chat_completion_request?: unknown
}
export interface InferenceCompletionParams extends CommonParams, QueryParams<'timeout'> {
  inference_id: string
  input?: unknown
  task_settings?: unknown
}
export interface InferenceDeleteParams extends CommonParams, QueryParams<'dry_run' | 'force'> {
  task_type?: 'sparse_embedding' | 'text_embedding' | 'rerank' | 'completion' | 'chat_completion' | 'embedding'
  inference_id: string
}
export interface InferenceDeleteRegionPolicyParams extends CommonParams {}
export interface InferenceEmbeddingParams extends CommonParams, QueryParams<'timeout'> {
  inference_id: string
  embedding?: unknown
}
export interface InferenceGetParams extends CommonParams {
  task_type?: 'sparse_embedding' | 'text_embedding' | 'rerank' | 'completion' | 'chat_completion' | 'embedding'
  inference_id?: string
}
export interface InferenceGetRegionPolicyParams extends CommonParams {}
export interface InferenceInferenceParams extends CommonParams, QueryParams<'timeout'> {
  task_type?: 'sparse_embedding' | 'text_embedding' | 'rerank' | 'completion' | 'chat_completion' | 'embedding'
  inference_id: string
  query?: unknown
  input?: unknown
  input_type?: unknown
  task_settings?: unknown
}
export interface InferencePutParams extends CommonParams, QueryParams<'timeout'> {
  task_type?: 'sparse_embedding' | 'text_embedding' | 'rerank' | 'completion' | 'chat_completion' | 'embedding'
  inference_id: string
  inference_config?: unknown
}
export interface InferencePutAi21Params extends CommonParams, QueryParams<'timeout'> {
  task_type: 'completion' | 'chat_completion'
  ai21_inference_id: string
  service?: unknown
  service_settings?: unknown
}
export interface InferencePutAlibabacloudParams extends CommonParams, QueryParams<'timeout'> {
  task_type: 'completion' | 'rerank' | 'sparse_embedding' | 'text_embedding'
  alibabacloud_inference_id: string
  chunking_settings?: unknown
  service?: unknown
  service_settings?: unknown
  task_settings?: unknown
}
export interface InferencePutAmazonbedrockParams extends CommonParams, QueryParams<'timeout'> {
  task_type: 'chat_completion' | 'completion' | 'text_embedding'
  amazonbedrock_inference_id: string
  chunking_settings?: unknown
  service?: unknown
  service_settings?: unknown
  task_settings?: unknown
}
export interface InferencePutAmazonsagemakerParams extends CommonParams, QueryParams<'timeout'> {
  task_type: 'text_embedding' | 'completion' | 'chat_completion' | 'sparse_embedding' | 'rerank'
  amazonsagemaker_inference_id: string
  chunking_settings?: unknown
  service?: unknown
  service_settings?: unknown
  task_settings?: unknown
}
export interface InferencePutAnthropicParams extends CommonParams, QueryParams<'timeout'> {
  task_type: 'completion' | 'chat_completion'
  anthropic_inference_id: string
  service?: unknown
  service_settings?: unknown
  task_settings?: unknown
}
export interface InferencePutAzureaistudioParams extends CommonParams, QueryParams<'timeout'> {
  task_type: 'completion' | 'rerank' | 'text_embedding'
  azureaistudio_inference_id: string
  chunking_settings?: unknown
  service?: unknown
  service_settings?: unknown
  task_settings?: unknown
}
export interface InferencePutAzureopenaiParams extends CommonParams, QueryParams<'timeout'> {
  task_type: 'completion' | 'chat_completion' | 'text_embedding'
  azureopenai_inference_id: string
  chunking_settings?: unknown
  service?: unknown
  service_settings?: unknown
  task_settings?: unknown
}
export interface InferencePutCohereParams extends CommonParams, QueryParams<'timeout'> {
  task_type: 'completion' | 'rerank' | 'text_embedding'
  cohere_inference_id: string
  chunking_settings?: unknown
  service?: unknown
  service_settings?: unknown
  task_settings?: unknown
}
export interface InferencePutContextualaiParams extends CommonParams, QueryParams<'timeout'> {
  task_type: 'rerank'
  contextualai_inference_id: string
  service?: unknown
  service_settings?: unknown
  task_settings?: unknown
}
export interface InferencePutCustomParams extends CommonParams {
  task_type: 'text_embedding' | 'sparse_embedding' | 'rerank' | 'completion'
  custom_inference_id: string
  chunking_settings?: unknown
  service?: unknown
  service_settings?: unknown
  task_settings?: unknown
}
export interface InferencePutDeepseekParams extends CommonParams, QueryParams<'timeout'> {
  task_type: 'completion' | 'chat_completion'
  deepseek_inference_id: string
  service?: unknown
  service_settings?: unknown
}
export interface InferencePutElasticsearchParams extends CommonParams, QueryParams<'timeout'> {
  task_type: 'rerank' | 'sparse_embedding' | 'text_embedding'
  elasticsearch_inference_id: string
  chunking_settings?: unknown
  service?: unknown
  service_settings?: unknown
  task_settings?: unknown
}
export interface InferencePutElserParams extends CommonParams, QueryParams<'timeout'> {
  task_type: 'sparse_embedding'
  elser_inference_id: string
  chunking_settings?: unknown
  service?: unknown
  service_settings?: unknown
}
export interface InferencePutFireworksaiParams extends CommonParams, QueryParams<'timeout'> {
  task_type: 'chat_completion' | 'completion' | 'text_embedding'
  fireworksai_inference_id: string
  chunking_settings?: unknown
  service?: unknown
  service_settings?: unknown
  task_settings?: unknown
}
export interface InferencePutGoogleaistudioParams extends CommonParams, QueryParams<'timeout'> {
  task_type: 'completion' | 'text_embedding'
  googleaistudio_inference_id: string
  chunking_settings?: unknown
  service?: unknown
  service_settings?: unknown
}
export interface InferencePutGooglevertexaiParams extends CommonParams, QueryParams<'timeout'> {
  task_type: 'rerank' | 'text_embedding' | 'completion' | 'chat_completion'
  googlevertexai_inference_id: string
  chunking_settings?: unknown
  service?: unknown
  service_settings?: unknown
  task_settings?: unknown
}
export interface InferencePutGroqParams extends CommonParams, QueryParams<'timeout'> {
  task_type: 'chat_completion'
  groq_inference_id: string
  service?: unknown
  service_settings?: unknown
}
export interface InferencePutHuggingFaceParams extends CommonParams, QueryParams<'timeout'> {
  task_type: 'chat_completion' | 'completion' | 'rerank' | 'text_embedding'
  huggingface_inference_id: string
  chunking_settings?: unknown
  service?: unknown
  service_settings?: unknown
  task_settings?: unknown
}
export interface InferencePutJinaaiParams extends CommonParams, QueryParams<'timeout'> {
  task_type: 'embedding' | 'rerank' | 'text_embedding'
  jinaai_inference_id: string
  chunking_settings?: unknown
  service?: unknown
  service_settings?: unknown
  task_settings?: unknown
}
export interface InferencePutLlamaParams extends CommonParams, QueryParams<'timeout'> {
  task_type: 'text_embedding' | 'completion' | 'chat_completion'
  llama_inference_id: string
  chunking_settings?: unknown
  service?: unknown
  service_settings?: unknown
}
export interface InferencePutMistralParams extends CommonParams, QueryParams<'timeout'> {
  task_type: 'text_embedding' | 'completion' | 'chat_completion'
  mistral_inference_id: string
  chunking_settings?: unknown
  service?: unknown
  service_settings?: unknown
}
export interface InferencePutNvidiaParams extends CommonParams, QueryParams<'timeout'> {
  task_type: 'chat_completion' | 'completion' | 'rerank' | 'text_embedding'
  nvidia_inference_id: string
  chunking_settings?: unknown
  service?: unknown
  service_settings?: unknown
  task_settings?: unknown
}
export interface InferencePutOpenaiParams extends CommonParams, QueryParams<'timeout'> {
  task_type: 'chat_completion' | 'completion' | 'text_embedding' | 'embedding'
  openai_inference_id: string
  chunking_settings?: unknown
  service?: unknown
  service_settings?: unknown
  task_settings?: unknown
}
export interface InferencePutOpenshiftAiParams extends CommonParams, QueryParams<'timeout'> {
  task_type: 'text_embedding' | 'completion' | 'chat_completion' | 'rerank'
  openshiftai_inference_id: string
  chunking_settings?: unknown
  service?: unknown
  service_settings?: unknown
  task_settings?: unknown
}
export interface InferencePutRegionPolicyParams extends CommonParams, QueryParams<'force'> {
  region_policy?: unknown
}
export interface InferencePutVoyageaiParams extends CommonParams, QueryParams<'timeout'> {
  task_type: 'text_embedding' | 'rerank'
  voyageai_inference_id: string
  chunking_settings?: unknown
  service?: unknown
  service_settings?: unknown
  task_settings?: unknown
}
export interface InferencePutWatsonxParams extends CommonParams, QueryParams<'timeout'> {
  task_type: 'text_embedding' | 'rerank' | 'chat_completion' | 'completion'
  watsonx_inference_id: string
  chunking_settings?: unknown
  service?: unknown
  service_settings?: unknown
}
export interface InferenceRerankParams extends CommonParams, QueryParams<'timeout'> {
  inference_id: string
  query?: unknown
  input?: unknown
  return_documents?: unknown
  top_n?: unknown
  task_settings?: unknown
}
export interface InferenceSparseEmbeddingParams extends CommonParams, QueryParams<'timeout'> {
  inference_id: string
  input?: unknown
  task_settings?: unknown
}
export interface InferenceStreamCompletionParams extends CommonParams, QueryParams<'timeout'> {
  inference_id: string
  input?: unknown
  task_settings?: unknown
}
export interface InferenceTextEmbeddingParams extends CommonParams, QueryParams<'timeout'> {
  inference_id: string
  input?: unknown
  input_type?: unknown
  task_settings?: unknown
}
export interface InferenceUpdateParams extends CommonParams, QueryParams<'timeout'> {
  inference_id: string
  task_type?: 'sparse_embedding' | 'text_embedding' | 'rerank' | 'completion' | 'chat_completion' | 'embedding'
  inference_config?: unknown
}

/** The `inference` APIs, reached as `client.inference`. */
export class InferenceApi implements ApiNamespace {
  readonly transport: ApiNamespace['transport']

  constructor(transport: ApiNamespace['transport']) {
    this.transport = transport
  }

  /**
   * Perform chat completion inference on the service.
   * `POST /_inference/chat_completion/{inference_id}/_stream`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-unified-inference
   */
  declare chatCompletionUnified: Call<InferenceChatCompletionUnifiedParams>
  /**
   * Perform completion inference on the service.
   * `POST /_inference/completion/{inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-inference
   */
  declare completion: Call<InferenceCompletionParams & BodyFields>
  /**
   * Delete an inference endpoint.
   * `DELETE /_inference/{task_type}/{inference_id}`, `DELETE /_inference/{inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-delete
   */
  declare delete: Call<InferenceDeleteParams>
  /**
   * Delete the inference region policy.
   * `DELETE /_inference/_region_policy`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-delete-region-policy
   */
  declare deleteRegionPolicy: OptionalCall<InferenceDeleteRegionPolicyParams>
  /**
   * Perform dense embedding inference on the service.
   * `POST /_inference/embedding/{inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-inference
   */
  declare embedding: Call<InferenceEmbeddingParams>
  /**
   * Get an inference endpoint.
   * `GET /_inference/{task_type}/{inference_id}`, `GET /_inference/{inference_id}`, `GET /_inference/{task_type}/_all`, `GET /_inference`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-get
   */
  declare get: OptionalCall<InferenceGetParams>
  /**
   * Get the inference region policy.
   * `GET /_inference/_region_policy`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-get-region-policy
   */
  declare getRegionPolicy: OptionalCall<InferenceGetRegionPolicyParams>
  /**
   * Perform inference on the service.
   * `POST /_inference/{task_type}/{inference_id}`, `POST /_inference/{inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-inference
   */
  declare inference: Call<InferenceInferenceParams & BodyFields>
  /**
   * Create an inference endpoint.
   * `PUT /_inference/{task_type}/{inference_id}`, `PUT /_inference/{inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put
   */
  declare put: Call<InferencePutParams>
  /**
   * Create a AI21 inference endpoint.
   * `PUT /_inference/{task_type}/{ai21_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-ai21
   */
  declare putAi21: Call<InferencePutAi21Params & BodyFields>
  /**
   * Create an AlibabaCloud AI Search inference endpoint.
   * `PUT /_inference/{task_type}/{alibabacloud_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-alibabacloud
   */
  declare putAlibabacloud: Call<InferencePutAlibabacloudParams & BodyFields>
  /**
   * Create an Amazon Bedrock inference endpoint.
   * `PUT /_inference/{task_type}/{amazonbedrock_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-amazonbedrock
   */
  declare putAmazonbedrock: Call<InferencePutAmazonbedrockParams & BodyFields>
  /**
   * Create an Amazon SageMaker inference endpoint.
   * `PUT /_inference/{task_type}/{amazonsagemaker_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-amazonsagemaker
   */
  declare putAmazonsagemaker: Call<InferencePutAmazonsagemakerParams & BodyFields>
  /**
   * Create an Anthropic inference endpoint.
   * `PUT /_inference/{task_type}/{anthropic_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-anthropic
   */
  declare putAnthropic: Call<InferencePutAnthropicParams & BodyFields>
  /**
   * Create an Azure AI studio inference endpoint.
   * `PUT /_inference/{task_type}/{azureaistudio_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-azureaistudio
   */
  declare putAzureaistudio: Call<InferencePutAzureaistudioParams & BodyFields>
  /**
   * Create an Azure OpenAI inference endpoint.
   * `PUT /_inference/{task_type}/{azureopenai_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-azureopenai
   */
  declare putAzureopenai: Call<InferencePutAzureopenaiParams & BodyFields>
  /**
   * Create a Cohere inference endpoint.
   * `PUT /_inference/{task_type}/{cohere_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-cohere
   */
  declare putCohere: Call<InferencePutCohereParams & BodyFields>
  /**
   * Create an Contextual AI inference endpoint.
   * `PUT /_inference/{task_type}/{contextualai_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-contextualai
   */
  declare putContextualai: Call<InferencePutContextualaiParams & BodyFields>
  /**
   * Create a custom inference endpoint.
   * `PUT /_inference/{task_type}/{custom_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-custom
   */
  declare putCustom: Call<InferencePutCustomParams & BodyFields>
  /**
   * Create a DeepSeek inference endpoint.
   * `PUT /_inference/{task_type}/{deepseek_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-deepseek
   */
  declare putDeepseek: Call<InferencePutDeepseekParams & BodyFields>
  /**
   * Create an Elasticsearch inference endpoint.
   * `PUT /_inference/{task_type}/{elasticsearch_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-elasticsearch
   */
  declare putElasticsearch: Call<InferencePutElasticsearchParams & BodyFields>
  /**
   * Create an ELSER inference endpoint.
   * `PUT /_inference/{task_type}/{elser_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-elser
   * @deprecated The elser service is deprecated and will be removed in a future release. Use the Elasticsearch inference integration instead, with model_id included in the service_settings.
   */
  declare putElser: Call<InferencePutElserParams & BodyFields>
  /**
   * Create a Fireworks AI inference endpoint.
   * `PUT /_inference/{task_type}/{fireworksai_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-fireworksai
   */
  declare putFireworksai: Call<InferencePutFireworksaiParams & BodyFields>
  /**
   * Create an Google AI Studio inference endpoint.
   * `PUT /_inference/{task_type}/{googleaistudio_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-googleaistudio
   */
  declare putGoogleaistudio: Call<InferencePutGoogleaistudioParams & BodyFields>
  /**
   * Create a Google Vertex AI inference endpoint.
   * `PUT /_inference/{task_type}/{googlevertexai_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-googlevertexai
   */
  declare putGooglevertexai: Call<InferencePutGooglevertexaiParams & BodyFields>
  /**
   * Create a Groq inference endpoint.
   * `PUT /_inference/{task_type}/{groq_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-groq
   */
  declare putGroq: Call<InferencePutGroqParams & BodyFields>
  /**
   * Create a Hugging Face inference endpoint.
   * `PUT /_inference/{task_type}/{huggingface_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-hugging-face
   */
  declare putHuggingFace: Call<InferencePutHuggingFaceParams & BodyFields>
  /**
   * Create an JinaAI inference endpoint.
   * `PUT /_inference/{task_type}/{jinaai_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-jinaai
   */
  declare putJinaai: Call<InferencePutJinaaiParams & BodyFields>
  /**
   * Create a Llama inference endpoint.
   * `PUT /_inference/{task_type}/{llama_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-llama
   */
  declare putLlama: Call<InferencePutLlamaParams & BodyFields>
  /**
   * Create a Mistral inference endpoint.
   * `PUT /_inference/{task_type}/{mistral_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-mistral
   */
  declare putMistral: Call<InferencePutMistralParams & BodyFields>
  /**
   * Create an Nvidia inference endpoint.
   * `PUT /_inference/{task_type}/{nvidia_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-nvidia
   */
  declare putNvidia: Call<InferencePutNvidiaParams & BodyFields>
  /**
   * Create an OpenAI inference endpoint.
   * `PUT /_inference/{task_type}/{openai_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-openai
   */
  declare putOpenai: Call<InferencePutOpenaiParams & BodyFields>
  /**
   * Create an OpenShift AI inference endpoint.
   * `PUT /_inference/{task_type}/{openshiftai_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-openshift-ai
   */
  declare putOpenshiftAi: Call<InferencePutOpenshiftAiParams & BodyFields>
  /**
   * Create or update the inference region policy.
   * `PUT /_inference/_region_policy`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-region-policy
   */
  declare putRegionPolicy: OptionalCall<InferencePutRegionPolicyParams & BodyFields>
  /**
   * Create a VoyageAI inference endpoint.
   * `PUT /_inference/{task_type}/{voyageai_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-voyageai
   */
  declare putVoyageai: Call<InferencePutVoyageaiParams & BodyFields>
  /**
   * Create a Watsonx inference endpoint.
   * `PUT /_inference/{task_type}/{watsonx_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-watsonx
   */
  declare putWatsonx: Call<InferencePutWatsonxParams & BodyFields>
  /**
   * Perform reranking inference on the service.
   * `POST /_inference/rerank/{inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-inference
   */
  declare rerank: Call<InferenceRerankParams & BodyFields>
  /**
   * Perform sparse embedding inference on the service.
   * `POST /_inference/sparse_embedding/{inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-inference
   */
  declare sparseEmbedding: Call<InferenceSparseEmbeddingParams & BodyFields>
  /**
   * Perform streaming completion inference on the service.
   * `POST /_inference/completion/{inference_id}/_stream`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-stream-completion
   */
  declare streamCompletion: Call<InferenceStreamCompletionParams & BodyFields>
  /**
   * Perform text embedding inference on the service.
   * `POST /_inference/text_embedding/{inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-inference
   */
  declare textEmbedding: Call<InferenceTextEmbeddingParams & BodyFields>
  /**
   * Update an inference endpoint.
   * `PUT /_inference/{task_type}/{inference_id}/_update`, `PUT /_inference/{inference_id}/_update`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-update
   */
  declare update: Call<InferenceUpdateParams>
}
installMethods(InferenceApi, endpoints)
