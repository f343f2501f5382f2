// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import { endpointTable } from '../endpoint-table.js'
import { type ApiNamespace, installMethods } from '../install-methods.js'
import type { Call, OptionalCall } from '../types.js'
import type { InferenceChatCompletionUnifiedRequest, InferenceChatCompletionUnifiedResponse, InferenceCompletionRequest, InferenceCompletionResponse, InferenceDeleteRegionPolicyRequest, InferenceDeleteRegionPolicyResponse, InferenceDeleteRequest, InferenceDeleteResponse, InferenceEmbeddingRequest, InferenceEmbeddingResponse, InferenceGetRegionPolicyRequest, InferenceGetRegionPolicyResponse, InferenceGetRequest, InferenceGetResponse, InferenceInferenceRequest, InferenceInferenceResponse, InferencePutAi21Request, InferencePutAi21Response, InferencePutAlibabacloudRequest, InferencePutAlibabacloudResponse, InferencePutAmazonbedrockRequest, InferencePutAmazonbedrockResponse, InferencePutAmazonsagemakerRequest, InferencePutAmazonsagemakerResponse, InferencePutAnthropicRequest, InferencePutAnthropicResponse, InferencePutAzureaistudioRequest, InferencePutAzureaistudioResponse, InferencePutAzureopenaiRequest, InferencePutAzureopenaiResponse, InferencePutCohereRequest, InferencePutCohereResponse, InferencePutContextualaiRequest, InferencePutContextualaiResponse, InferencePutCustomRequest, InferencePutCustomResponse, InferencePutDeepseekRequest, InferencePutDeepseekResponse, InferencePutElasticsearchRequest, InferencePutElasticsearchResponse, InferencePutElserRequest, InferencePutElserResponse, InferencePutFireworksaiRequest, InferencePutFireworksaiResponse, InferencePutGoogleaistudioRequest, InferencePutGoogleaistudioResponse, InferencePutGooglevertexaiRequest, InferencePutGooglevertexaiResponse, InferencePutGroqRequest, InferencePutGroqResponse, InferencePutHuggingFaceRequest, InferencePutHuggingFaceResponse, InferencePutJinaaiRequest, InferencePutJinaaiResponse, InferencePutLlamaRequest, InferencePutLlamaResponse, InferencePutMistralRequest, InferencePutMistralResponse, InferencePutNvidiaRequest, InferencePutNvidiaResponse, InferencePutOpenaiRequest, InferencePutOpenaiResponse, InferencePutOpenshiftAiRequest, InferencePutOpenshiftAiResponse, InferencePutRegionPolicyRequest, InferencePutRegionPolicyResponse, InferencePutRequest, InferencePutResponse, InferencePutVoyageaiRequest, InferencePutVoyageaiResponse, InferencePutWatsonxRequest, InferencePutWatsonxResponse, InferenceRerankRequest, InferenceRerankResponse, InferenceSparseEmbeddingRequest, InferenceSparseEmbeddingResponse, InferenceStreamCompletionRequest, InferenceStreamCompletionResponse, InferenceTextEmbeddingRequest, InferenceTextEmbeddingResponse, InferenceUpdateRequest, InferenceUpdateResponse } from '../types/index.js'

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
  declare chatCompletionUnified: Call<InferenceChatCompletionUnifiedRequest, InferenceChatCompletionUnifiedResponse>
  /**
   * Perform completion inference on the service.
   * `POST /_inference/completion/{inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-inference
   */
  declare completion: Call<InferenceCompletionRequest, InferenceCompletionResponse>
  /**
   * Delete an inference endpoint.
   * `DELETE /_inference/{task_type}/{inference_id}`, `DELETE /_inference/{inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-delete
   */
  declare delete: Call<InferenceDeleteRequest, InferenceDeleteResponse>
  /**
   * Delete the inference region policy.
   * `DELETE /_inference/_region_policy`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-delete-region-policy
   */
  declare deleteRegionPolicy: OptionalCall<InferenceDeleteRegionPolicyRequest, InferenceDeleteRegionPolicyResponse>
  /**
   * Perform dense embedding inference on the service.
   * `POST /_inference/embedding/{inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-inference
   */
  declare embedding: Call<InferenceEmbeddingRequest, InferenceEmbeddingResponse>
  /**
   * Get an inference endpoint.
   * `GET /_inference/{task_type}/{inference_id}`, `GET /_inference/{inference_id}`, `GET /_inference/{task_type}/_all`, `GET /_inference`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-get
   */
  declare get: OptionalCall<InferenceGetRequest, InferenceGetResponse>
  /**
   * Get the inference region policy.
   * `GET /_inference/_region_policy`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-get-region-policy
   */
  declare getRegionPolicy: OptionalCall<InferenceGetRegionPolicyRequest, InferenceGetRegionPolicyResponse>
  /**
   * Perform inference on the service.
   * `POST /_inference/{task_type}/{inference_id}`, `POST /_inference/{inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-inference
   */
  declare inference: Call<InferenceInferenceRequest, InferenceInferenceResponse>
  /**
   * Create an inference endpoint.
   * `PUT /_inference/{task_type}/{inference_id}`, `PUT /_inference/{inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put
   */
  declare put: Call<InferencePutRequest, InferencePutResponse>
  /**
   * Create a AI21 inference endpoint.
   * `PUT /_inference/{task_type}/{ai21_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-ai21
   */
  declare putAi21: Call<InferencePutAi21Request, InferencePutAi21Response>
  /**
   * Create an AlibabaCloud AI Search inference endpoint.
   * `PUT /_inference/{task_type}/{alibabacloud_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-alibabacloud
   */
  declare putAlibabacloud: Call<InferencePutAlibabacloudRequest, InferencePutAlibabacloudResponse>
  /**
   * Create an Amazon Bedrock inference endpoint.
   * `PUT /_inference/{task_type}/{amazonbedrock_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-amazonbedrock
   */
  declare putAmazonbedrock: Call<InferencePutAmazonbedrockRequest, InferencePutAmazonbedrockResponse>
  /**
   * Create an Amazon SageMaker inference endpoint.
   * `PUT /_inference/{task_type}/{amazonsagemaker_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-amazonsagemaker
   */
  declare putAmazonsagemaker: Call<InferencePutAmazonsagemakerRequest, InferencePutAmazonsagemakerResponse>
  /**
   * Create an Anthropic inference endpoint.
   * `PUT /_inference/{task_type}/{anthropic_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-anthropic
   */
  declare putAnthropic: Call<InferencePutAnthropicRequest, InferencePutAnthropicResponse>
  /**
   * Create an Azure AI studio inference endpoint.
   * `PUT /_inference/{task_type}/{azureaistudio_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-azureaistudio
   */
  declare putAzureaistudio: Call<InferencePutAzureaistudioRequest, InferencePutAzureaistudioResponse>
  /**
   * Create an Azure OpenAI inference endpoint.
   * `PUT /_inference/{task_type}/{azureopenai_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-azureopenai
   */
  declare putAzureopenai: Call<InferencePutAzureopenaiRequest, InferencePutAzureopenaiResponse>
  /**
   * Create a Cohere inference endpoint.
   * `PUT /_inference/{task_type}/{cohere_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-cohere
   */
  declare putCohere: Call<InferencePutCohereRequest, InferencePutCohereResponse>
  /**
   * Create an Contextual AI inference endpoint.
   * `PUT /_inference/{task_type}/{contextualai_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-contextualai
   */
  declare putContextualai: Call<InferencePutContextualaiRequest, InferencePutContextualaiResponse>
  /**
   * Create a custom inference endpoint.
   * `PUT /_inference/{task_type}/{custom_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-custom
   */
  declare putCustom: Call<InferencePutCustomRequest, InferencePutCustomResponse>
  /**
   * Create a DeepSeek inference endpoint.
   * `PUT /_inference/{task_type}/{deepseek_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-deepseek
   */
  declare putDeepseek: Call<InferencePutDeepseekRequest, InferencePutDeepseekResponse>
  /**
   * Create an Elasticsearch inference endpoint.
   * `PUT /_inference/{task_type}/{elasticsearch_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-elasticsearch
   */
  declare putElasticsearch: Call<InferencePutElasticsearchRequest, InferencePutElasticsearchResponse>
  /**
   * Create an ELSER inference endpoint.
   * `PUT /_inference/{task_type}/{elser_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-elser
   * @deprecated The elser service is deprecated and will be removed in a future release. Use the Elasticsearch inference integration instead, with model_id included in the service_settings.
   */
  declare putElser: Call<InferencePutElserRequest, InferencePutElserResponse>
  /**
   * Create a Fireworks AI inference endpoint.
   * `PUT /_inference/{task_type}/{fireworksai_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-fireworksai
   */
  declare putFireworksai: Call<InferencePutFireworksaiRequest, InferencePutFireworksaiResponse>
  /**
   * Create an Google AI Studio inference endpoint.
   * `PUT /_inference/{task_type}/{googleaistudio_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-googleaistudio
   */
  declare putGoogleaistudio: Call<InferencePutGoogleaistudioRequest, InferencePutGoogleaistudioResponse>
  /**
   * Create a Google Vertex AI inference endpoint.
   * `PUT /_inference/{task_type}/{googlevertexai_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-googlevertexai
   */
  declare putGooglevertexai: Call<InferencePutGooglevertexaiRequest, InferencePutGooglevertexaiResponse>
  /**
   * Create a Groq inference endpoint.
   * `PUT /_inference/{task_type}/{groq_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-groq
   */
  declare putGroq: Call<InferencePutGroqRequest, InferencePutGroqResponse>
  /**
   * Create a Hugging Face inference endpoint.
   * `PUT /_inference/{task_type}/{huggingface_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-hugging-face
   */
  declare putHuggingFace: Call<InferencePutHuggingFaceRequest, InferencePutHuggingFaceResponse>
  /**
   * Create an JinaAI inference endpoint.
   * `PUT /_inference/{task_type}/{jinaai_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-jinaai
   */
  declare putJinaai: Call<InferencePutJinaaiRequest, InferencePutJinaaiResponse>
  /**
   * Create a Llama inference endpoint.
   * `PUT /_inference/{task_type}/{llama_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-llama
   */
  declare putLlama: Call<InferencePutLlamaRequest, InferencePutLlamaResponse>
  /**
   * Create a Mistral inference endpoint.
   * `PUT /_inference/{task_type}/{mistral_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-mistral
   */
  declare putMistral: Call<InferencePutMistralRequest, InferencePutMistralResponse>
  /**
   * Create an Nvidia inference endpoint.
   * `PUT /_inference/{task_type}/{nvidia_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-nvidia
   */
  declare putNvidia: Call<InferencePutNvidiaRequest, InferencePutNvidiaResponse>
  /**
   * Create an OpenAI inference endpoint.
   * `PUT /_inference/{task_type}/{openai_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-openai
   */
  declare putOpenai: Call<InferencePutOpenaiRequest, InferencePutOpenaiResponse>
  /**
   * Create an OpenShift AI inference endpoint.
   * `PUT /_inference/{task_type}/{openshiftai_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-openshift-ai
   */
  declare putOpenshiftAi: Call<InferencePutOpenshiftAiRequest, InferencePutOpenshiftAiResponse>
  /**
   * Create or update the inference region policy.
   * `PUT /_inference/_region_policy`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-region-policy
   */
  declare putRegionPolicy: Call<InferencePutRegionPolicyRequest, InferencePutRegionPolicyResponse>
  /**
   * Create a VoyageAI inference endpoint.
   * `PUT /_inference/{task_type}/{voyageai_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-voyageai
   */
  declare putVoyageai: Call<InferencePutVoyageaiRequest, InferencePutVoyageaiResponse>
  /**
   * Create a Watsonx inference endpoint.
   * `PUT /_inference/{task_type}/{watsonx_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-watsonx
   */
  declare putWatsonx: Call<InferencePutWatsonxRequest, InferencePutWatsonxResponse>
  /**
   * Perform reranking inference on the service.
   * `POST /_inference/rerank/{inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-inference
   */
  declare rerank: Call<InferenceRerankRequest, InferenceRerankResponse>
  /**
   * Perform sparse embedding inference on the service.
   * `POST /_inference/sparse_embedding/{inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-inference
   */
  declare sparseEmbedding: Call<InferenceSparseEmbeddingRequest, InferenceSparseEmbeddingResponse>
  /**
   * Perform streaming completion inference on the service.
   * `POST /_inference/completion/{inference_id}/_stream`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-stream-completion
   */
  declare streamCompletion: Call<InferenceStreamCompletionRequest, InferenceStreamCompletionResponse>
  /**
   * Perform text embedding inference on the service.
   * `POST /_inference/text_embedding/{inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-inference
   */
  declare textEmbedding: Call<InferenceTextEmbeddingRequest, InferenceTextEmbeddingResponse>
  /**
   * Update an inference endpoint.
   * `PUT /_inference/{task_type}/{inference_id}/_update`, `PUT /_inference/{inference_id}/_update`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-update
   */
  declare update: Call<InferenceUpdateRequest, InferenceUpdateResponse>
}
installMethods(InferenceApi, endpoints)
