// Generated from org.elasticsearch:rest-api-spec:9.5.3 by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import type { TransportLike, TransportResult } from '../../transport/types.js'
import type { Endpoint } from '../endpoint.js'
import { callEndpoint } from '../endpoint.js'
import type { BodyFields, MetaOptions, RequestOptions } from '../types.js'
import type { CommonBodyParams, CommonParams } from './common.js'

/** Descriptors of the `inference` endpoints, by spec name. */
export const endpoints: Record<string, Endpoint> = {
  chat_completion_unified: { name: 'inference.chat_completion_unified', paths: [{ path: '/_inference/chat_completion/{inference_id}/_stream', parts: ['inference_id'], methods: ['POST'] }], params: { timeout: 'time' }, body: 'json', bodyRequired: true },
  completion: { name: 'inference.completion', paths: [{ path: '/_inference/completion/{inference_id}', parts: ['inference_id'], methods: ['POST'] }], params: { timeout: 'time' }, body: 'json', bodyRequired: true },
  delete: { name: 'inference.delete', paths: [{ path: '/_inference/{inference_id}', parts: ['inference_id'], methods: ['DELETE'] }, { path: '/_inference/{task_type}/{inference_id}', parts: ['task_type', 'inference_id'], methods: ['DELETE'] }], params: { dry_run: 'boolean', force: 'boolean' }, body: 'none' },
  delete_region_policy: { name: 'inference.delete_region_policy', paths: [{ path: '/_inference/_region_policy', parts: [], methods: ['DELETE'] }], params: {}, body: 'none' },
  embedding: { name: 'inference.embedding', paths: [{ path: '/_inference/embedding/{inference_id}', parts: ['inference_id'], methods: ['POST'] }], params: { timeout: 'time' }, body: 'json', bodyRequired: true },
  get: { name: 'inference.get', paths: [{ path: '/_inference', parts: [], methods: ['GET'] }, { path: '/_inference/{inference_id}', parts: ['inference_id'], methods: ['GET'] }, { path: '/_inference/{task_type}/{inference_id}', parts: ['task_type', 'inference_id'], methods: ['GET'] }], params: {}, body: 'none' },
  get_region_policy: { name: 'inference.get_region_policy', paths: [{ path: '/_inference/_region_policy', parts: [], methods: ['GET'] }], params: {}, body: 'none' },
  inference: { name: 'inference.inference', paths: [{ path: '/_inference/{inference_id}', parts: ['inference_id'], methods: ['POST'] }, { path: '/_inference/{task_type}/{inference_id}', parts: ['task_type', 'inference_id'], methods: ['POST'] }], params: { timeout: 'time' }, body: 'json', bodyRequired: true },
  put: { name: 'inference.put', paths: [{ path: '/_inference/{inference_id}', parts: ['inference_id'], methods: ['PUT'] }, { path: '/_inference/{task_type}/{inference_id}', parts: ['task_type', 'inference_id'], methods: ['PUT'] }], params: { timeout: 'time' }, body: 'json', bodyRequired: true },
  put_ai21: { name: 'inference.put_ai21', paths: [{ path: '/_inference/{task_type}/{ai21_inference_id}', parts: ['task_type', 'ai21_inference_id'], methods: ['PUT'] }], params: { timeout: 'time' }, body: 'json', bodyRequired: true },
  put_alibabacloud: { name: 'inference.put_alibabacloud', paths: [{ path: '/_inference/{task_type}/{alibabacloud_inference_id}', parts: ['task_type', 'alibabacloud_inference_id'], methods: ['PUT'] }], params: { timeout: 'time' }, body: 'json', bodyRequired: true },
  put_amazonbedrock: { name: 'inference.put_amazonbedrock', paths: [{ path: '/_inference/{task_type}/{amazonbedrock_inference_id}', parts: ['task_type', 'amazonbedrock_inference_id'], methods: ['PUT'] }], params: { timeout: 'time' }, body: 'json', bodyRequired: true },
  put_amazonsagemaker: { name: 'inference.put_amazonsagemaker', paths: [{ path: '/_inference/{task_type}/{amazonsagemaker_inference_id}', parts: ['task_type', 'amazonsagemaker_inference_id'], methods: ['PUT'] }], params: { timeout: 'time' }, body: 'json', bodyRequired: true },
  put_anthropic: { name: 'inference.put_anthropic', paths: [{ path: '/_inference/{task_type}/{anthropic_inference_id}', parts: ['task_type', 'anthropic_inference_id'], methods: ['PUT'] }], params: { timeout: 'time' }, body: 'json', bodyRequired: true },
  put_azureaistudio: { name: 'inference.put_azureaistudio', paths: [{ path: '/_inference/{task_type}/{azureaistudio_inference_id}', parts: ['task_type', 'azureaistudio_inference_id'], methods: ['PUT'] }], params: { timeout: 'time' }, body: 'json', bodyRequired: true },
  put_azureopenai: { name: 'inference.put_azureopenai', paths: [{ path: '/_inference/{task_type}/{azureopenai_inference_id}', parts: ['task_type', 'azureopenai_inference_id'], methods: ['PUT'] }], params: { timeout: 'time' }, body: 'json', bodyRequired: true },
  put_cohere: { name: 'inference.put_cohere', paths: [{ path: '/_inference/{task_type}/{cohere_inference_id}', parts: ['task_type', 'cohere_inference_id'], methods: ['PUT'] }], params: { timeout: 'time' }, body: 'json', bodyRequired: true },
  put_contextualai: { name: 'inference.put_contextualai', paths: [{ path: '/_inference/{task_type}/{contextualai_inference_id}', parts: ['task_type', 'contextualai_inference_id'], methods: ['PUT'] }], params: { timeout: 'time' }, body: 'json', bodyRequired: true },
  put_custom: { name: 'inference.put_custom', paths: [{ path: '/_inference/{task_type}/{custom_inference_id}', parts: ['task_type', 'custom_inference_id'], methods: ['PUT'] }], params: {}, body: 'json', bodyRequired: true },
  put_deepseek: { name: 'inference.put_deepseek', paths: [{ path: '/_inference/{task_type}/{deepseek_inference_id}', parts: ['task_type', 'deepseek_inference_id'], methods: ['PUT'] }], params: { timeout: 'time' }, body: 'json', bodyRequired: true },
  put_elasticsearch: { name: 'inference.put_elasticsearch', paths: [{ path: '/_inference/{task_type}/{elasticsearch_inference_id}', parts: ['task_type', 'elasticsearch_inference_id'], methods: ['PUT'] }], params: { timeout: 'time' }, body: 'json', bodyRequired: true },
  put_elser: { name: 'inference.put_elser', paths: [{ path: '/_inference/{task_type}/{elser_inference_id}', parts: ['task_type', 'elser_inference_id'], methods: ['PUT'] }], params: { timeout: 'time' }, body: 'json', bodyRequired: true },
  put_fireworksai: { name: 'inference.put_fireworksai', paths: [{ path: '/_inference/{task_type}/{fireworksai_inference_id}', parts: ['task_type', 'fireworksai_inference_id'], methods: ['PUT'] }], params: { timeout: 'time' }, body: 'json', bodyRequired: true },
  put_googleaistudio: { name: 'inference.put_googleaistudio', paths: [{ path: '/_inference/{task_type}/{googleaistudio_inference_id}', parts: ['task_type', 'googleaistudio_inference_id'], methods: ['PUT'] }], params: { timeout: 'time' }, body: 'json', bodyRequired: true },
  put_googlevertexai: { name: 'inference.put_googlevertexai', paths: [{ path: '/_inference/{task_type}/{googlevertexai_inference_id}', parts: ['task_type', 'googlevertexai_inference_id'], methods: ['PUT'] }], params: { timeout: 'time' }, body: 'json', bodyRequired: true },
  put_groq: { name: 'inference.put_groq', paths: [{ path: '/_inference/{task_type}/{groq_inference_id}', parts: ['task_type', 'groq_inference_id'], methods: ['PUT'] }], params: { timeout: 'time' }, body: 'json', bodyRequired: true },
  put_hugging_face: { name: 'inference.put_hugging_face', paths: [{ path: '/_inference/{task_type}/{huggingface_inference_id}', parts: ['task_type', 'huggingface_inference_id'], methods: ['PUT'] }], params: { timeout: 'time' }, body: 'json', bodyRequired: true },
  put_jinaai: { name: 'inference.put_jinaai', paths: [{ path: '/_inference/{task_type}/{jinaai_inference_id}', parts: ['task_type', 'jinaai_inference_id'], methods: ['PUT'] }], params: { timeout: 'time' }, body: 'json', bodyRequired: true },
  put_llama: { name: 'inference.put_llama', paths: [{ path: '/_inference/{task_type}/{llama_inference_id}', parts: ['task_type', 'llama_inference_id'], methods: ['PUT'] }], params: { timeout: 'time' }, body: 'json', bodyRequired: true },
  put_mistral: { name: 'inference.put_mistral', paths: [{ path: '/_inference/{task_type}/{mistral_inference_id}', parts: ['task_type', 'mistral_inference_id'], methods: ['PUT'] }], params: { timeout: 'time' }, body: 'json', bodyRequired: true },
  put_nvidia: { name: 'inference.put_nvidia', paths: [{ path: '/_inference/{task_type}/{nvidia_inference_id}', parts: ['task_type', 'nvidia_inference_id'], methods: ['PUT'] }], params: { timeout: 'time' }, body: 'json', bodyRequired: true },
  put_openai: { name: 'inference.put_openai', paths: [{ path: '/_inference/{task_type}/{openai_inference_id}', parts: ['task_type', 'openai_inference_id'], methods: ['PUT'] }], params: { timeout: 'time' }, body: 'json', bodyRequired: true },
  put_openshift_ai: { name: 'inference.put_openshift_ai', paths: [{ path: '/_inference/{task_type}/{openshiftai_inference_id}', parts: ['task_type', 'openshiftai_inference_id'], methods: ['PUT'] }], params: { timeout: 'time' }, body: 'json', bodyRequired: true },
  put_region_policy: { name: 'inference.put_region_policy', paths: [{ path: '/_inference/_region_policy', parts: [], methods: ['PUT'] }], params: { force: 'boolean' }, body: 'json', bodyRequired: true },
  put_voyageai: { name: 'inference.put_voyageai', paths: [{ path: '/_inference/{task_type}/{voyageai_inference_id}', parts: ['task_type', 'voyageai_inference_id'], methods: ['PUT'] }], params: { timeout: 'time' }, body: 'json', bodyRequired: true },
  put_watsonx: { name: 'inference.put_watsonx', paths: [{ path: '/_inference/{task_type}/{watsonx_inference_id}', parts: ['task_type', 'watsonx_inference_id'], methods: ['PUT'] }], params: { timeout: 'time' }, body: 'json', bodyRequired: true },
  rerank: { name: 'inference.rerank', paths: [{ path: '/_inference/rerank/{inference_id}', parts: ['inference_id'], methods: ['POST'] }], params: { timeout: 'time' }, body: 'json', bodyRequired: true },
  sparse_embedding: { name: 'inference.sparse_embedding', paths: [{ path: '/_inference/sparse_embedding/{inference_id}', parts: ['inference_id'], methods: ['POST'] }], params: { timeout: 'time' }, body: 'json', bodyRequired: true },
  stream_completion: { name: 'inference.stream_completion', paths: [{ path: '/_inference/completion/{inference_id}/_stream', parts: ['inference_id'], methods: ['POST'] }], params: { timeout: 'time' }, body: 'json', bodyRequired: true },
  text_embedding: { name: 'inference.text_embedding', paths: [{ path: '/_inference/text_embedding/{inference_id}', parts: ['inference_id'], methods: ['POST'] }], params: { timeout: 'time' }, body: 'json', bodyRequired: true },
  update: { name: 'inference.update', paths: [{ path: '/_inference/{inference_id}/_update', parts: ['inference_id'], methods: ['PUT'] }, { path: '/_inference/{task_type}/{inference_id}/_update', parts: ['task_type', 'inference_id'], methods: ['PUT'] }], params: { timeout: 'time' }, body: 'json', bodyRequired: true },
}

/** Parameters of `inference.chat_completion_unified`. */
export interface InferenceChatCompletionUnifiedParams extends CommonBodyParams {
  /** The inference Id */
  inference_id: string
  /**
   * Specifies the amount of time to wait for the inference request to complete.
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `inference.completion`. */
export interface InferenceCompletionParams extends CommonBodyParams {
  /** The inference Id */
  inference_id: string
  /**
   * Specifies the amount of time to wait for the inference request to complete.
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `inference.delete`. */
export interface InferenceDeleteParams extends CommonParams {
  /** The inference Id */
  inference_id: string
  /** The task type */
  task_type?: 'chat_completion' | 'completion' | 'embedding' | 'rerank' | 'sparse_embedding' | 'text_embedding'
  /**
   * If true the endpoint will not be deleted and a list of ingest processors which reference this endpoint will be returned.
   * Default: `false`.
   */
  dry_run?: boolean
  /**
   * If true the endpoint will be forcefully stopped (regardless of whether or not it is referenced by any ingest processors or semantic text fields).
   * Default: `false`.
   */
  force?: boolean
}

/** Parameters of `inference.delete_region_policy`. */
export interface InferenceDeleteRegionPolicyParams extends CommonParams {
}

/** Parameters of `inference.embedding`. */
export interface InferenceEmbeddingParams extends CommonBodyParams {
  /** The inference Id */
  inference_id: string
  /**
   * Specifies the amount of time to wait for the inference request to complete.
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `inference.get`. */
export interface InferenceGetParams extends CommonParams {
  /** The inference Id */
  inference_id?: string
  /** The task type */
  task_type?: 'chat_completion' | 'completion' | 'embedding' | 'rerank' | 'sparse_embedding' | 'text_embedding'
}

/** Parameters of `inference.get_region_policy`. */
export interface InferenceGetRegionPolicyParams extends CommonParams {
}

/** Parameters of `inference.inference`. */
export interface InferenceInferenceParams extends CommonBodyParams {
  /** The inference Id */
  inference_id: string
  /** The task type */
  task_type?: 'chat_completion' | 'completion' | 'embedding' | 'rerank' | 'sparse_embedding' | 'text_embedding'
  /**
   * The amount of time to wait for the inference request to complete.
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `inference.put`. */
export interface InferencePutParams extends CommonBodyParams {
  /** The inference Id */
  inference_id: string
  /** The task type */
  task_type?: 'chat_completion' | 'completion' | 'embedding' | 'rerank' | 'sparse_embedding' | 'text_embedding'
  /**
   * Specifies the amount of time to wait for the inference endpoint to be created.
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `inference.put_ai21`. */
export interface InferencePutAi21Params extends CommonBodyParams {
  /** The inference ID */
  ai21_inference_id: string
  /** The task type */
  task_type: 'completion' | 'chat_completion'
  /**
   * Specifies the amount of time to wait for the inference endpoint to be created.
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `inference.put_alibabacloud`. */
export interface InferencePutAlibabacloudParams extends CommonBodyParams {
  /** The inference Id */
  alibabacloud_inference_id: string
  /** The task type */
  task_type: 'completion' | 'rerank' | 'sparse_embedding' | 'text_embedding'
  /**
   * Specifies the amount of time to wait for the inference endpoint to be created.
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `inference.put_amazonbedrock`. */
export interface InferencePutAmazonbedrockParams extends CommonBodyParams {
  /** The inference Id */
  amazonbedrock_inference_id: string
  /** The task type */
  task_type: 'completion' | 'text_embedding'
  /**
   * Specifies the amount of time to wait for the inference endpoint to be created.
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `inference.put_amazonsagemaker`. */
export interface InferencePutAmazonsagemakerParams extends CommonBodyParams {
  /** The inference Id */
  amazonsagemaker_inference_id: string
  /** The task type */
  task_type: 'text_embedding' | 'completion' | 'chat_completion' | 'sparse_embedding' | 'rerank'
  /**
   * Specifies the amount of time to wait for the inference endpoint to be created.
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `inference.put_anthropic`. */
export interface InferencePutAnthropicParams extends CommonBodyParams {
  /** The inference Id */
  anthropic_inference_id: string
  /** The task type */
  task_type: 'completion' | 'chat_completion'
  /**
   * Specifies the amount of time to wait for the inference endpoint to be created.
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `inference.put_azureaistudio`. */
export interface InferencePutAzureaistudioParams extends CommonBodyParams {
  /** The inference Id */
  azureaistudio_inference_id: string
  /** The task type */
  task_type: 'completion' | 'rerank' | 'text_embedding'
  /**
   * Specifies the amount of time to wait for the inference endpoint to be created.
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `inference.put_azureopenai`. */
export interface InferencePutAzureopenaiParams extends CommonBodyParams {
  /** The inference Id */
  azureopenai_inference_id: string
  /** The task type */
  task_type: 'completion' | 'chat_completion' | 'text_embedding'
  /**
   * Specifies the amount of time to wait for the inference endpoint to be created.
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `inference.put_cohere`. */
export interface InferencePutCohereParams extends CommonBodyParams {
  /** The inference Id */
  cohere_inference_id: string
  /** The task type */
  task_type: 'completion' | 'rerank' | 'text_embedding'
  /**
   * Specifies the amount of time to wait for the inference endpoint to be created.
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `inference.put_contextualai`. */
export interface InferencePutContextualaiParams extends CommonBodyParams {
  /** The inference Id */
  contextualai_inference_id: string
  /** The task type */
  task_type: 'rerank'
  /**
   * Specifies the amount of time to wait for the inference endpoint to be created.
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `inference.put_custom`. */
export interface InferencePutCustomParams extends CommonBodyParams {
  /** The inference Id */
  custom_inference_id: string
  /** The task type */
  task_type: 'text_embedding' | 'sparse_embedding' | 'rerank' | 'completion'
}

/** Parameters of `inference.put_deepseek`. */
export interface InferencePutDeepseekParams extends CommonBodyParams {
  /** The inference Id */
  deepseek_inference_id: string
  /** The task type */
  task_type: 'completion' | 'chat_completion'
  /**
   * Specifies the amount of time to wait for the inference endpoint to be created.
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `inference.put_elasticsearch`. */
export interface InferencePutElasticsearchParams extends CommonBodyParams {
  /** The inference Id */
  elasticsearch_inference_id: string
  /** The task type */
  task_type: 'rerank' | 'sparse_embedding' | 'text_embedding'
  /**
   * Specifies the amount of time to wait for the inference endpoint to be created.
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `inference.put_elser`. */
export interface InferencePutElserParams extends CommonBodyParams {
  /** The inference Id */
  elser_inference_id: string
  /** The task type */
  task_type: 'sparse_embedding'
  /**
   * Specifies the amount of time to wait for the inference endpoint to be created.
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `inference.put_fireworksai`. */
export interface InferencePutFireworksaiParams extends CommonBodyParams {
  /** The inference ID */
  fireworksai_inference_id: string
  /** The task type */
  task_type: 'text_embedding' | 'completion' | 'chat_completion'
  /**
   * Specifies the amount of time to wait for the inference endpoint to be created.
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `inference.put_googleaistudio`. */
export interface InferencePutGoogleaistudioParams extends CommonBodyParams {
  /** The inference Id */
  googleaistudio_inference_id: string
  /** The task type */
  task_type: 'completion' | 'text_embedding'
  /**
   * Specifies the amount of time to wait for the inference endpoint to be created.
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `inference.put_googlevertexai`. */
export interface InferencePutGooglevertexaiParams extends CommonBodyParams {
  /** The inference Id */
  googlevertexai_inference_id: string
  /** The task type */
  task_type: 'rerank' | 'text_embedding' | 'completion' | 'chat_completion'
  /**
   * Specifies the amount of time to wait for the inference endpoint to be created.
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `inference.put_groq`. */
export interface InferencePutGroqParams extends CommonBodyParams {
  /** The inference ID */
  groq_inference_id: string
  /** The task type */
  task_type: 'chat_completion'
  /**
   * Specifies the amount of time to wait for the inference endpoint to be created.
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `inference.put_hugging_face`. */
export interface InferencePutHuggingFaceParams extends CommonBodyParams {
  /** The inference Id */
  huggingface_inference_id: string
  /** The task type */
  task_type: 'chat_completion' | 'completion' | 'rerank' | 'text_embedding'
  /**
   * Specifies the amount of time to wait for the inference endpoint to be created.
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `inference.put_jinaai`. */
export interface InferencePutJinaaiParams extends CommonBodyParams {
  /** The inference Id */
  jinaai_inference_id: string
  /** The task type */
  task_type: 'embedding' | 'rerank' | 'text_embedding'
  /**
   * Specifies the amount of time to wait for the inference endpoint to be created.
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `inference.put_llama`. */
export interface InferencePutLlamaParams extends CommonBodyParams {
  /** The inference ID */
  llama_inference_id: string
  /** The task type */
  task_type: 'text_embedding' | 'completion' | 'chat_completion'
  /**
   * Specifies the amount of time to wait for the inference endpoint to be created.
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `inference.put_mistral`. */
export interface InferencePutMistralParams extends CommonBodyParams {
  /** The inference Id */
  mistral_inference_id: string
  /** The task type */
  task_type: 'text_embedding' | 'completion' | 'chat_completion'
  /**
   * Specifies the amount of time to wait for the inference endpoint to be created.
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `inference.put_nvidia`. */
export interface InferencePutNvidiaParams extends CommonBodyParams {
  /** The inference ID */
  nvidia_inference_id: string
  /** The task type */
  task_type: 'rerank' | 'text_embedding' | 'completion' | 'chat_completion'
  /**
   * Specifies the amount of time to wait for the inference endpoint to be created.
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `inference.put_openai`. */
export interface InferencePutOpenaiParams extends CommonBodyParams {
  /** The inference ID */
  openai_inference_id: string
  /** The task type */
  task_type: 'chat_completion' | 'completion' | 'text_embedding'
  /**
   * Specifies the amount of time to wait for the inference endpoint to be created.
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `inference.put_openshift_ai`. */
export interface InferencePutOpenshiftAiParams extends CommonBodyParams {
  /** The inference ID */
  openshiftai_inference_id: string
  /** The task type */
  task_type: 'rerank' | 'text_embedding' | 'completion' | 'chat_completion'
  /**
   * Specifies the amount of time to wait for the inference endpoint to be created.
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `inference.put_region_policy`. */
export interface InferencePutRegionPolicyParams extends CommonBodyParams {
  /**
   * If true, the region policy will be applied even if it would deny access to inference endpoints that are currently in use by ingest pipelines or semantic text fields.
   * Default: `false`.
   */
  force?: boolean
}

/** Parameters of `inference.put_voyageai`. */
export interface InferencePutVoyageaiParams extends CommonBodyParams {
  /** The task type */
  task_type: 'text_embedding' | 'rerank'
  /** The inference ID */
  voyageai_inference_id: string
  /**
   * Specifies the amount of time to wait for the inference endpoint to be created.
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `inference.put_watsonx`. */
export interface InferencePutWatsonxParams extends CommonBodyParams {
  /** The task type */
  task_type: 'text_embedding' | 'chat_completion' | 'completion' | 'rerank'
  /** The inference Id */
  watsonx_inference_id: string
  /**
   * Specifies the amount of time to wait for the inference endpoint to be created.
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `inference.rerank`. */
export interface InferenceRerankParams extends CommonBodyParams {
  /** The inference Id */
  inference_id: string
  /**
   * The amount of time to wait for the inference request to complete.
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `inference.sparse_embedding`. */
export interface InferenceSparseEmbeddingParams extends CommonBodyParams {
  /** The inference Id */
  inference_id: string
  /**
   * Specifies the amount of time to wait for the inference request to complete.
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `inference.stream_completion`. */
export interface InferenceStreamCompletionParams extends CommonBodyParams {
  /** The inference Id */
  inference_id: string
  /**
   * The amount of time to wait for the inference request to complete.
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `inference.text_embedding`. */
export interface InferenceTextEmbeddingParams extends CommonBodyParams {
  /** The inference Id */
  inference_id: string
  /**
   * Specifies the amount of time to wait for the inference request to complete.
   * Default: `"30s"`.
   */
  timeout?: string
}

/** Parameters of `inference.update`. */
export interface InferenceUpdateParams extends CommonBodyParams {
  /** The inference Id */
  inference_id: string
  /** The task type */
  task_type?: 'chat_completion' | 'completion' | 'embedding' | 'rerank' | 'sparse_embedding' | 'text_embedding'
  /** Specifies the amount of time to wait for the inference endpoint to be updated. The default depends on the task type: 120s for completion and chat_completion, and 30s for all other task types. */
  timeout?: string
}

const E = endpoints

/** The `inference` APIs, reached as `client.inference`. */
export class InferenceApi {
  readonly transport: TransportLike

  constructor(transport: TransportLike) {
    this.transport = transport
  }

  /**
   * Perform chat completion inference
   * `POST /_inference/chat_completion/{inference_id}/_stream`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-unified-inference
   */
  chatCompletionUnified<TResponse = unknown>(params: InferenceChatCompletionUnifiedParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  chatCompletionUnified<TResponse = unknown>(params: InferenceChatCompletionUnifiedParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  chatCompletionUnified(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.chat_completion_unified, params, options)
  }

  /**
   * Perform completion inference on the service
   * `POST /_inference/completion/{inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-inference
   */
  completion<TResponse = unknown>(params: InferenceCompletionParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  completion<TResponse = unknown>(params: InferenceCompletionParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  completion(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.completion, params, options)
  }

  /**
   * Delete an inference endpoint
   * `DELETE /_inference/{inference_id}`
   * `DELETE /_inference/{task_type}/{inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-delete
   */
  delete<TResponse = unknown>(params: InferenceDeleteParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  delete<TResponse = unknown>(params: InferenceDeleteParams, options?: RequestOptions): Promise<TResponse>
  delete(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.delete, params, options)
  }

  /**
   * Delete the inference region policy
   * `DELETE /_inference/_region_policy`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-delete-region-policy
   */
  deleteRegionPolicy<TResponse = unknown>(params: InferenceDeleteRegionPolicyParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  deleteRegionPolicy<TResponse = unknown>(params?: InferenceDeleteRegionPolicyParams, options?: RequestOptions): Promise<TResponse>
  deleteRegionPolicy(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.delete_region_policy, params, options)
  }

  /**
   * Perform embedding inference on the service
   * `POST /_inference/embedding/{inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-embedding
   */
  embedding<TResponse = unknown>(params: InferenceEmbeddingParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  embedding<TResponse = unknown>(params: InferenceEmbeddingParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  embedding(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.embedding, params, options)
  }

  /**
   * Get an inference endpoint
   * `GET /_inference`
   * `GET /_inference/{inference_id}`
   * `GET /_inference/{task_type}/{inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-get
   */
  get<TResponse = unknown>(params: InferenceGetParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  get<TResponse = unknown>(params?: InferenceGetParams, options?: RequestOptions): Promise<TResponse>
  get(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get, params, options)
  }

  /**
   * Get the inference region policy
   * `GET /_inference/_region_policy`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-get-region-policy
   */
  getRegionPolicy<TResponse = unknown>(params: InferenceGetRegionPolicyParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  getRegionPolicy<TResponse = unknown>(params?: InferenceGetRegionPolicyParams, options?: RequestOptions): Promise<TResponse>
  getRegionPolicy(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_region_policy, params, options)
  }

  /**
   * Perform inference on the service
   * `POST /_inference/{inference_id}`
   * `POST /_inference/{task_type}/{inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-inference
   */
  inference<TResponse = unknown>(params: InferenceInferenceParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  inference<TResponse = unknown>(params: InferenceInferenceParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  inference(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.inference, params, options)
  }

  /**
   * Create an inference endpoint
   * `PUT /_inference/{inference_id}`
   * `PUT /_inference/{task_type}/{inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put
   */
  put<TResponse = unknown>(params: InferencePutParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  put<TResponse = unknown>(params: InferencePutParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  put(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put, params, options)
  }

  /**
   * Create a AI21 inference endpoint
   * `PUT /_inference/{task_type}/{ai21_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-ai21
   */
  putAi21<TResponse = unknown>(params: InferencePutAi21Params & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putAi21<TResponse = unknown>(params: InferencePutAi21Params & BodyFields, options?: RequestOptions): Promise<TResponse>
  putAi21(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_ai21, params, options)
  }

  /**
   * Create an AlibabaCloud AI Search inference endpoint
   * `PUT /_inference/{task_type}/{alibabacloud_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-alibabacloud
   */
  putAlibabacloud<TResponse = unknown>(params: InferencePutAlibabacloudParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putAlibabacloud<TResponse = unknown>(params: InferencePutAlibabacloudParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putAlibabacloud(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_alibabacloud, params, options)
  }

  /**
   * Create an Amazon Bedrock inference endpoint
   * `PUT /_inference/{task_type}/{amazonbedrock_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-amazonbedrock
   */
  putAmazonbedrock<TResponse = unknown>(params: InferencePutAmazonbedrockParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putAmazonbedrock<TResponse = unknown>(params: InferencePutAmazonbedrockParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putAmazonbedrock(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_amazonbedrock, params, options)
  }

  /**
   * Create an Amazon SageMaker inference endpoint
   * `PUT /_inference/{task_type}/{amazonsagemaker_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-amazonsagemaker
   */
  putAmazonsagemaker<TResponse = unknown>(params: InferencePutAmazonsagemakerParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putAmazonsagemaker<TResponse = unknown>(params: InferencePutAmazonsagemakerParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putAmazonsagemaker(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_amazonsagemaker, params, options)
  }

  /**
   * Create an Anthropic inference endpoint
   * `PUT /_inference/{task_type}/{anthropic_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-anthropic
   */
  putAnthropic<TResponse = unknown>(params: InferencePutAnthropicParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putAnthropic<TResponse = unknown>(params: InferencePutAnthropicParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putAnthropic(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_anthropic, params, options)
  }

  /**
   * Create an Azure AI studio inference endpoint
   * `PUT /_inference/{task_type}/{azureaistudio_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-azureaistudio
   */
  putAzureaistudio<TResponse = unknown>(params: InferencePutAzureaistudioParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putAzureaistudio<TResponse = unknown>(params: InferencePutAzureaistudioParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putAzureaistudio(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_azureaistudio, params, options)
  }

  /**
   * Create an Azure OpenAI inference endpoint
   * `PUT /_inference/{task_type}/{azureopenai_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-azureopenai
   */
  putAzureopenai<TResponse = unknown>(params: InferencePutAzureopenaiParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putAzureopenai<TResponse = unknown>(params: InferencePutAzureopenaiParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putAzureopenai(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_azureopenai, params, options)
  }

  /**
   * Create a Cohere inference endpoint
   * `PUT /_inference/{task_type}/{cohere_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-cohere
   */
  putCohere<TResponse = unknown>(params: InferencePutCohereParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putCohere<TResponse = unknown>(params: InferencePutCohereParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putCohere(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_cohere, params, options)
  }

  /**
   * Create an Contextual AI inference endpoint
   * `PUT /_inference/{task_type}/{contextualai_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-contextualai
   */
  putContextualai<TResponse = unknown>(params: InferencePutContextualaiParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putContextualai<TResponse = unknown>(params: InferencePutContextualaiParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putContextualai(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_contextualai, params, options)
  }

  /**
   * Create a custom inference endpoint
   * `PUT /_inference/{task_type}/{custom_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-custom
   */
  putCustom<TResponse = unknown>(params: InferencePutCustomParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putCustom<TResponse = unknown>(params: InferencePutCustomParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putCustom(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_custom, params, options)
  }

  /**
   * Create a DeepSeek inference endpoint
   * `PUT /_inference/{task_type}/{deepseek_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-deepseek
   */
  putDeepseek<TResponse = unknown>(params: InferencePutDeepseekParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putDeepseek<TResponse = unknown>(params: InferencePutDeepseekParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putDeepseek(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_deepseek, params, options)
  }

  /**
   * Create an Elasticsearch inference endpoint
   * `PUT /_inference/{task_type}/{elasticsearch_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-elasticsearch
   */
  putElasticsearch<TResponse = unknown>(params: InferencePutElasticsearchParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putElasticsearch<TResponse = unknown>(params: InferencePutElasticsearchParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putElasticsearch(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_elasticsearch, params, options)
  }

  /**
   * Create an ELSER inference endpoint
   * `PUT /_inference/{task_type}/{elser_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-elser
   * @deprecated The elser service is deprecated. Use the Elasticsearch inference integration instead, with model_id included in the service_settings.
   */
  putElser<TResponse = unknown>(params: InferencePutElserParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putElser<TResponse = unknown>(params: InferencePutElserParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putElser(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_elser, params, options)
  }

  /**
   * Create a Fireworks AI inference endpoint
   * `PUT /_inference/{task_type}/{fireworksai_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-fireworksai
   */
  putFireworksai<TResponse = unknown>(params: InferencePutFireworksaiParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putFireworksai<TResponse = unknown>(params: InferencePutFireworksaiParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putFireworksai(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_fireworksai, params, options)
  }

  /**
   * Create an Google AI Studio inference endpoint
   * `PUT /_inference/{task_type}/{googleaistudio_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-googleaistudio
   */
  putGoogleaistudio<TResponse = unknown>(params: InferencePutGoogleaistudioParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putGoogleaistudio<TResponse = unknown>(params: InferencePutGoogleaistudioParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putGoogleaistudio(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_googleaistudio, params, options)
  }

  /**
   * Create a Google Vertex AI inference endpoint
   * `PUT /_inference/{task_type}/{googlevertexai_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-googlevertexai
   */
  putGooglevertexai<TResponse = unknown>(params: InferencePutGooglevertexaiParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putGooglevertexai<TResponse = unknown>(params: InferencePutGooglevertexaiParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putGooglevertexai(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_googlevertexai, params, options)
  }

  /**
   * Create a Groq inference endpoint
   * `PUT /_inference/{task_type}/{groq_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-groq
   */
  putGroq<TResponse = unknown>(params: InferencePutGroqParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putGroq<TResponse = unknown>(params: InferencePutGroqParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putGroq(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_groq, params, options)
  }

  /**
   * Create a Hugging Face inference endpoint
   * `PUT /_inference/{task_type}/{huggingface_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-hugging-face
   */
  putHuggingFace<TResponse = unknown>(params: InferencePutHuggingFaceParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putHuggingFace<TResponse = unknown>(params: InferencePutHuggingFaceParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putHuggingFace(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_hugging_face, params, options)
  }

  /**
   * Create an JinaAI inference endpoint
   * `PUT /_inference/{task_type}/{jinaai_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-jinaai
   */
  putJinaai<TResponse = unknown>(params: InferencePutJinaaiParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putJinaai<TResponse = unknown>(params: InferencePutJinaaiParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putJinaai(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_jinaai, params, options)
  }

  /**
   * Create a Llama inference endpoint
   * `PUT /_inference/{task_type}/{llama_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-llama
   */
  putLlama<TResponse = unknown>(params: InferencePutLlamaParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putLlama<TResponse = unknown>(params: InferencePutLlamaParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putLlama(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_llama, params, options)
  }

  /**
   * Create a Mistral inference endpoint
   * `PUT /_inference/{task_type}/{mistral_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-mistral
   */
  putMistral<TResponse = unknown>(params: InferencePutMistralParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putMistral<TResponse = unknown>(params: InferencePutMistralParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putMistral(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_mistral, params, options)
  }

  /**
   * Create an NVIDIA inference endpoint
   * `PUT /_inference/{task_type}/{nvidia_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-nvidia
   */
  putNvidia<TResponse = unknown>(params: InferencePutNvidiaParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putNvidia<TResponse = unknown>(params: InferencePutNvidiaParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putNvidia(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_nvidia, params, options)
  }

  /**
   * Create an OpenAI inference endpoint
   * `PUT /_inference/{task_type}/{openai_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-openai
   */
  putOpenai<TResponse = unknown>(params: InferencePutOpenaiParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putOpenai<TResponse = unknown>(params: InferencePutOpenaiParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putOpenai(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_openai, params, options)
  }

  /**
   * Create an OpenShift AI inference endpoint
   * `PUT /_inference/{task_type}/{openshiftai_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-openshift-ai
   */
  putOpenshiftAi<TResponse = unknown>(params: InferencePutOpenshiftAiParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putOpenshiftAi<TResponse = unknown>(params: InferencePutOpenshiftAiParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putOpenshiftAi(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_openshift_ai, params, options)
  }

  /**
   * Create or update the inference region policy
   * `PUT /_inference/_region_policy`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-region-policy
   */
  putRegionPolicy<TResponse = unknown>(params: InferencePutRegionPolicyParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putRegionPolicy<TResponse = unknown>(params: InferencePutRegionPolicyParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putRegionPolicy(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_region_policy, params, options)
  }

  /**
   * Create a VoyageAI inference endpoint
   * `PUT /_inference/{task_type}/{voyageai_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-voyageai
   */
  putVoyageai<TResponse = unknown>(params: InferencePutVoyageaiParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putVoyageai<TResponse = unknown>(params: InferencePutVoyageaiParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putVoyageai(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_voyageai, params, options)
  }

  /**
   * Create a Watsonx inference endpoint
   * `PUT /_inference/{task_type}/{watsonx_inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-put-watsonx
   */
  putWatsonx<TResponse = unknown>(params: InferencePutWatsonxParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putWatsonx<TResponse = unknown>(params: InferencePutWatsonxParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putWatsonx(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_watsonx, params, options)
  }

  /**
   * Perform reranking inference on the service
   * `POST /_inference/rerank/{inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-inference
   */
  rerank<TResponse = unknown>(params: InferenceRerankParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  rerank<TResponse = unknown>(params: InferenceRerankParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  rerank(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.rerank, params, options)
  }

  /**
   * Perform sparse embedding inference on the service
   * `POST /_inference/sparse_embedding/{inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-inference
   */
  sparseEmbedding<TResponse = unknown>(params: InferenceSparseEmbeddingParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  sparseEmbedding<TResponse = unknown>(params: InferenceSparseEmbeddingParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  sparseEmbedding(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.sparse_embedding, params, options)
  }

  /**
   * Perform streaming inference
   * `POST /_inference/completion/{inference_id}/_stream`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-stream-inference
   */
  streamCompletion<TResponse = unknown>(params: InferenceStreamCompletionParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  streamCompletion<TResponse = unknown>(params: InferenceStreamCompletionParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  streamCompletion(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.stream_completion, params, options)
  }

  /**
   * Perform text embedding inference on the service
   * `POST /_inference/text_embedding/{inference_id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-inference
   */
  textEmbedding<TResponse = unknown>(params: InferenceTextEmbeddingParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  textEmbedding<TResponse = unknown>(params: InferenceTextEmbeddingParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  textEmbedding(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.text_embedding, params, options)
  }

  /**
   * Update an inference endpoint
   * `PUT /_inference/{inference_id}/_update`
   * `PUT /_inference/{task_type}/{inference_id}/_update`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-inference-update
   */
  update<TResponse = unknown>(params: InferenceUpdateParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  update<TResponse = unknown>(params: InferenceUpdateParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  update(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.update, params, options)
  }
}
