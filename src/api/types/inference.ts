// Generated from the Elasticsearch specification by scripts/spec/types.mjs. Do not edit: regenerate with `npm run generate`.
import type { AcknowledgedResponseBase, DateTime, Duration, Id, RequestBase, StreamResult, byte, double, float, integer, long } from './common.js'

export interface InferenceAdaptiveAllocations {
  /** Turn on `adaptive_allocations`. */
  enabled?: boolean
  /** The maximum number of allocations to scale to. If set, it must be greater than or equal to `min_number_of_allocations`. */
  max_number_of_allocations?: integer
  /** The minimum number of allocations to scale to. If set, it must be greater than or equal to 0. If not defined, the deployment scales to 0. */
  min_number_of_allocations?: integer
}

export interface InferenceAi21ServiceSettings {
  /** The name of the model to use for the inference task. Refer to the AI21 models documentation for the list of supported models and versions. Service has been tested and confirmed to be working for `completion` and `chat_completion` tasks with the following models: * `jamba-mini` * `jamba-large` */
  model_id: string
  /** A valid API key for accessing AI21 API. */
  api_key?: string
  /** This setting helps to minimize the number of rate limit errors returned from the AI21 API. By default, the `ai21` service sets the number of requests allowed per minute to 200. Please refer to AI21 documentation for more details. */
  rate_limit?: InferenceRateLimitSetting
}

export type InferenceAi21ServiceType = 'ai21'

export type InferenceAi21TaskType = 'completion' | 'chat_completion'

export interface InferenceAlibabaCloudServiceSettings {
  /** A valid API key for the AlibabaCloud AI Search API. */
  api_key: string
  /** The name of the host address used for the inference task. You can find the host address in the API keys section of the documentation. */
  host: string
  /** This setting helps to minimize the number of rate limit errors returned from AlibabaCloud AI Search. By default, the `alibabacloud-ai-search` service sets the number of requests allowed per minute to `1000`. */
  rate_limit?: InferenceRateLimitSetting
  /** The name of the model service to use for the inference task. The following service IDs are available for the `completion` task: */
  service_id: string
  /** The name of the workspace used for the inference task. */
  workspace: string
}

export type InferenceAlibabaCloudServiceType = 'alibabacloud-ai-search'

export interface InferenceAlibabaCloudTaskSettings {
  /** For a `sparse_embedding` or `text_embedding` task, specify the type of input passed to the model. Valid values are: */
  input_type?: string
  /** For a `sparse_embedding` task, it affects whether the token name will be returned in the response. It defaults to `false`, which means only the token ID will be returned in the response. */
  return_token?: boolean
}

export type InferenceAlibabaCloudTaskType = 'completion' | 'rerank' | 'sparse_embedding' | 'text_embedding'

export interface InferenceAmazonBedrockServiceSettings {
  /** A valid AWS access key that has permissions to use Amazon Bedrock and access to models for inference requests. */
  access_key: string
  /** The base model ID or an ARN to a custom model based on a foundational model. The base model IDs can be found in the Amazon Bedrock documentation. Note that the model ID must be available for the provider chosen and your IAM user must have access to the model. */
  model: string
  /** The model provider for your deployment. Note that some providers may support only certain task types. Supported providers include: */
  provider?: string
  /** The region that your model or ARN is deployed in. The list of available regions per model can be found in the Amazon Bedrock documentation. */
  region: string
  /** This setting helps to minimize the number of rate limit errors returned from Amazon Bedrock. By default, the `amazonbedrock` service sets the number of requests allowed per minute to 240. */
  rate_limit?: InferenceRateLimitSetting
  /** A valid AWS secret key that is paired with the `access_key`. For informationg about creating and managing access and secret keys, refer to the AWS documentation. */
  secret_key: string
}

export type InferenceAmazonBedrockServiceType = 'amazonbedrock'

export interface InferenceAmazonBedrockTaskSettings {
  /** For `chat_completion` and `completion` tasks, it sets the maximum number for the output tokens to be generated. */
  max_new_tokens?: integer
  /** For `chat_completion` and `completion` tasks, it is a number between 0.0 and 1.0 that controls the apparent creativity of the results. At temperature 0.0 the model is most deterministic, at temperature 1.0 most random. It should not be used if `top_p` or `top_k` is specified. */
  temperature?: float
  /** For `chat_completion` and `completion` tasks, it limits samples to the top-K most likely words, balancing coherence and variability. It is only available for anthropic, cohere, and mistral providers. It is an alternative to `temperature`; it should not be used if `temperature` is specified. */
  top_k?: float
  /** For `chat_completion` and `completion` tasks, it is a number in the range of 0.0 to 1.0, to eliminate low-probability tokens. Top-p uses nucleus sampling to select top tokens whose sum of likelihoods does not exceed a certain value, ensuring both variety and coherence. It is an alternative to `temperature`; it should not be used if `temperature` is specified. */
  top_p?: float
}

export type InferenceAmazonBedrockTaskType = 'chat_completion' | 'completion' | 'text_embedding'

export type InferenceAmazonSageMakerApi = 'openai' | 'elastic'

export type InferenceAmazonSageMakerElementType = 'byte' | 'float' | 'bit'

export interface InferenceAmazonSageMakerServiceSettings {
  /** A valid AWS access key that has permissions to use Amazon SageMaker and access to models for invoking requests. */
  access_key: string
  /** The name of the SageMaker endpoint. */
  endpoint_name: string
  /** The API format to use when calling SageMaker. Elasticsearch will convert the POST _inference request to this data format when invoking the SageMaker endpoint. */
  api: InferenceAmazonSageMakerApi
  /** The region that your endpoint or Amazon Resource Name (ARN) is deployed in. The list of available regions per model can be found in the Amazon SageMaker documentation. */
  region: string
  /** A valid AWS secret key that is paired with the `access_key`. For information about creating and managing access and secret keys, refer to the AWS documentation. */
  secret_key: string
  /** Required when `api` is `elastic` and task type is `text_embedding`. The similarity measure used when invoking the `text_embedding` task type. */
  similarity?: InferenceAmazonSageMakerSimilarity
  /** Required when `api` is `elastic` and task type is `text_embedding`. The data type returned by the text embedding model. This value is used when parsing the response back to Elasticsearch data structures. */
  element_type?: InferenceAmazonSageMakerElementType
  /** The model ID when calling a multi-model endpoint. */
  target_model?: string
  /** The container to directly invoke when calling a multi-container endpoint. */
  target_container_hostname?: string
  /** The inference component to directly invoke when calling a multi-component endpoint. */
  inference_component_name?: string
  /** The maximum number of inputs in each batch. This value is used by inference ingestion pipelines when processing semantic values. It correlates to the number of times the SageMaker endpoint is invoked (one per batch of input). */
  batch_size?: integer
  /** The number of dimensions returned by the text embedding models. If this value is not provided, then it is guessed by making invoking the endpoint for the `text_embedding` task. */
  dimensions?: integer
}

export type InferenceAmazonSageMakerServiceType = 'amazon_sagemaker'

export type InferenceAmazonSageMakerSimilarity = 'cosine' | 'dot_product' | 'l2_norm'

export interface InferenceAmazonSageMakerTaskSettings {
  /** The AWS custom attributes passed verbatim through to the model running in the SageMaker Endpoint. Values will be returned in the `X-elastic-sagemaker-custom-attributes` header. */
  custom_attributes?: string
  /** The optional JMESPath expression used to override the EnableExplanations provided during endpoint creation. */
  enable_explanations?: string
  /** The capture data ID when enabled in the endpoint. */
  inference_id?: string
  /** The stateful session identifier for a new or existing session. New sessions will be returned in the `X-elastic-sagemaker-new-session-id` header. Closed sessions will be returned in the `X-elastic-sagemaker-closed-session-id` header. */
  session_id?: string
  /** Specifies the variant when running with multi-variant Endpoints. */
  target_variant?: string
}

export interface InferenceAnthropicServiceSettings {
  /** A valid API key for the Anthropic API. */
  api_key: string
  /** The name of the model to use for the inference task. Refer to the Anthropic documentation for the list of supported models. */
  model_id: string
  /** This setting helps to minimize the number of rate limit errors returned from Anthropic. By default, the `anthropic` service sets the number of requests allowed per minute to 50. */
  rate_limit?: InferenceRateLimitSetting
}

export type InferenceAnthropicServiceType = 'anthropic'

export interface InferenceAnthropicTaskSettings {
  /** For a `completion` or `chat_completion` task, it is the maximum number of tokens to generate before stopping. */
  max_tokens: integer
  /** For a `completion` or `chat_completion` task, it is the amount of randomness injected into the response. For more details about the supported range, refer to Anthropic documentation. */
  temperature?: float
  /** For a `completion` or `chat_completion` task, it specifies to only sample from the top K options for each subsequent token. It is recommended for advanced use cases only. You usually only need to use `temperature`. */
  top_k?: integer
  /** For a `completion` or `chat_completion` task, it specifies to use Anthropic's nucleus sampling. In nucleus sampling, Anthropic computes the cumulative distribution over all the options for each subsequent token in decreasing probability order and cuts it off once it reaches the specified probability. You should either alter `temperature` or `top_p`, but not both. It is recommended for advanced use cases only. You usually only need to use `temperature`. */
  top_p?: float
}

export type InferenceAnthropicTaskType = 'completion' | 'chat_completion'

export interface InferenceAzureAiStudioServiceSettings {
  /** A valid API key of your Azure AI Studio model deployment. This key can be found on the overview page for your deployment in the management section of your Azure AI Studio account. */
  api_key: string
  /** The type of endpoint that is available for deployment through Azure AI Studio: `token` or `realtime`. The `token` endpoint type is for "pay as you go" endpoints that are billed per token. The `realtime` endpoint type is for "real-time" endpoints that are billed per hour of usage. */
  endpoint_type: string
  /** The target URL of your Azure AI Studio model deployment. This can be found on the overview page for your deployment in the management section of your Azure AI Studio account. */
  target: string
  /** The model provider for your deployment. Note that some providers may support only certain task types. Supported providers include: */
  provider: string
  /** This setting helps to minimize the number of rate limit errors returned from Azure AI Studio. By default, the `azureaistudio` service sets the number of requests allowed per minute to 240. */
  rate_limit?: InferenceRateLimitSetting
}

export type InferenceAzureAiStudioServiceType = 'azureaistudio'

export interface InferenceAzureAiStudioTaskSettings {
  /** For a `completion` task, instruct the inference process to perform sampling. It has no effect unless `temperature` or `top_p` is specified. */
  do_sample?: float
  /** For a `completion` task, provide a hint for the maximum number of output tokens to be generated. */
  max_new_tokens?: integer
  /** For a `completion` task, control the apparent creativity of generated completions with a sampling temperature. It must be a number in the range of 0.0 to 2.0. It should not be used if `top_p` is specified. */
  temperature?: float
  /** For a `completion` task, make the model consider the results of the tokens with nucleus sampling probability. It is an alternative value to `temperature` and must be a number in the range of 0.0 to 2.0. It should not be used if `temperature` is specified. */
  top_p?: float
  /** For a `text_embedding` task, specify the user issuing the request. This information can be used for abuse detection. */
  user?: string
  /** For a `rerank` task, return doc text within the results. */
  return_documents?: boolean
  /** For a `rerank` task, the number of most relevant documents to return. It defaults to the number of the documents. */
  top_n?: integer
}

export type InferenceAzureAiStudioTaskType = 'completion' | 'rerank' | 'text_embedding'

export interface InferenceAzureOpenAIServiceSettings {
  /** A valid API key for your Azure OpenAI account. */
  api_key?: string
  /** The Azure API version ID to use. It is recommended to use the latest supported non-preview version. */
  api_version: string
  /** For OAuth 2.0 authorization using the client credentials grant flow. The application ID that's assigned to your app. */
  client_id?: string
  /** For OAuth 2.0 authorization using the client credentials grant flow. The application secret that you created in the Microsoft app registration portal for your app. */
  client_secret?: string
  /** The deployment name of your deployed models. Your Azure OpenAI deployments can be found though the Azure OpenAI Studio portal that is linked to your subscription. */
  deployment_id: string
  /** A valid Microsoft Entra token. */
  entra_id?: string
  /** This setting helps to minimize the number of rate limit errors returned from Azure. The `azureopenai` service sets a default number of requests allowed per minute depending on the task type. For `text_embedding`, it is set to `1440`. For `completion` and `chat_completion`, it is set to `120`. */
  rate_limit?: InferenceRateLimitSetting
  /** The name of your Azure OpenAI resource. You can find this from the list of resources in the Azure Portal for your subscription. */
  resource_name: string
  /** For OAuth 2.0 authorization using the client credentials grant flow. The resource identifier (application ID URI) of the resource you want, suffixed with .default For example: ``` "scopes": [ "https://cognitiveservices.azure.com/.default" ] ``` */
  scopes?: string[]
  /** For OAuth 2.0 authorization using the client credentials grant flow. The directory tenant the application plans to operate against. */
  tenant_id?: string
}

export type InferenceAzureOpenAIServiceType = 'azureopenai'

export interface InferenceAzureOpenAITaskSettings {
  /** Specifies the user issuing the request. This information can be used for abuse detection. */
  user?: string
  /** Specifies custom HTTP header parameters. For example: ``` "headers": { "Custom-Header": "Some-Value", "Another-Custom-Header": "Another-Value" } ``` */
  headers?: Record<string, string>
}

export type InferenceAzureOpenAITaskType = 'completion' | 'chat_completion' | 'text_embedding'

/** The base reasoning detail that includes common fields across different types of reasoning details. */
export interface InferenceBaseReasoningDetail {
  /** The format of the reasoning detail. */
  format?: string
  /** The identifier of the reasoning detail. */
  id?: string
  /** The index of the reasoning detail, which indicates its position in the sequence of reasoning details generated by the model. */
  index?: integer
}

/** Request of `inference.chat_completion_unified`. */
export interface InferenceChatCompletionUnifiedRequest extends RequestBase {
  /** The inference Id */
  inference_id: Id
  /** Specifies the amount of time to wait for the inference request to complete. */
  timeout?: Duration
  chat_completion_request: InferenceRequestChatCompletion
}

export type InferenceChatCompletionUnifiedResponse = StreamResult

export type InferenceCohereEmbeddingType = 'binary' | 'bit' | 'byte' | 'float' | 'int8'

export type InferenceCohereInputType = 'classification' | 'clustering' | 'ingest' | 'search'

export interface InferenceCohereServiceSettings {
  /** A valid API key for your Cohere account. You can find or create your Cohere API keys on the Cohere API key settings page. */
  api_key: string
  /** For a `text_embedding` task, the types of embeddings you want to get back. Use `binary` for binary embeddings, which are encoded as bytes with signed int8 precision. Use `bit` for binary embeddings, which are encoded as bytes with signed int8 precision (this is a synonym of `binary`). Use `byte` for signed int8 embeddings (this is a synonym of `int8`). Use `float` for the default float embeddings. Use `int8` for signed int8 embeddings. */
  embedding_type?: InferenceCohereEmbeddingType
  /** For a `completion`, `rerank`, or `text_embedding` task, the name of the model to use for the inference task. */
  model_id: string
  /** This setting helps to minimize the number of rate limit errors returned from Cohere. By default, the `cohere` service sets the number of requests allowed per minute to 10000. */
  rate_limit?: InferenceRateLimitSetting
  /** The similarity measure. If the `embedding_type` is `float`, the default value is `dot_product`. If the `embedding_type` is `int8` or `byte`, the default value is `cosine`. */
  similarity?: InferenceCohereSimilarityType
}

export type InferenceCohereServiceType = 'cohere'

export type InferenceCohereSimilarityType = 'cosine' | 'dot_product' | 'l2_norm'

export interface InferenceCohereTaskSettings {
  /** For a `text_embedding` task, the type of input passed to the model. Valid values are: */
  input_type: InferenceCohereInputType
  /** For a `rerank` task, return doc text within the results. */
  return_documents?: boolean
  /** For a `rerank` task, the number of most relevant documents to return. It defaults to the number of the documents. If this inference endpoint is used in a `text_similarity_reranker` retriever query and `top_n` is set, it must be greater than or equal to `rank_window_size` in the query. */
  top_n?: integer
  /** For a `text_embedding` task, the method to handle inputs longer than the maximum token length. Valid values are: */
  truncate?: InferenceCohereTruncateType
}

export type InferenceCohereTaskType = 'completion' | 'rerank' | 'text_embedding'

export type InferenceCohereTruncateType = 'END' | 'NONE' | 'START'

/** Defines the completion result. */
export interface InferenceCompletionInferenceResult {
  completion: InferenceCompletionResult[]
}

/** Request of `inference.completion`. */
export interface InferenceCompletionRequest extends RequestBase {
  /** The inference Id */
  inference_id: Id
  /** Specifies the amount of time to wait for the inference request to complete. */
  timeout?: Duration
  /** Inference input. Either a string or an array of strings. */
  input: string | string[]
  /** Task settings for the individual inference request. These settings are specific to the <task_type> you specified and override the task settings specified when initializing the service. */
  task_settings?: InferenceTaskSettings
}

export type InferenceCompletionResponse = InferenceCompletionInferenceResult

/** The completion result object */
export interface InferenceCompletionResult {
  result: string
}

/** A list of tools that the model can call. */
export interface InferenceCompletionTool {
  /** The type of tool. */
  type: string
  /** The function definition. */
  function: InferenceCompletionToolFunction
}

/** Controls which tool is called by the model. */
export interface InferenceCompletionToolChoice {
  /** The type of the tool. */
  type: string
  /** The tool choice function. */
  function: InferenceCompletionToolChoiceFunction
}

/** The tool choice function. */
export interface InferenceCompletionToolChoiceFunction {
  /** The name of the function to call. */
  name: string
}

/** The completion tool function definition. */
export interface InferenceCompletionToolFunction {
  /** A description of what the function does. This is used by the model to choose when and how to call the function. */
  description?: string
  /** The name of the function. */
  name: string
  /** The parameters the functional accepts. This should be formatted as a JSON object. */
  parameters?: any
  /** Whether to enable schema adherence when generating the function call. */
  strict?: boolean
}

export type InferenceCompletionToolType = string | InferenceCompletionToolChoice

/** An object style representation of a single portion of a conversation. */
export interface InferenceContentObject {
  /** The type of content. Must be one of `text`, `image_url` or `file`. Not all services/models support content types other than "text" */
  type: InferenceContentType
  /** The text content. Only applicable for the `text` type */
  text: string
  /** The image content. Only applicable for the `image_url` type */
  image_url: InferenceImageUrl
  /** The file content. Only applicable for the `file` type */
  file: InferenceFileContent
}

export type InferenceContentType = 'text' | 'image_url' | 'file'

export interface InferenceContextualAIServiceSettings {
  /** A valid API key for your Contexutual AI account. */
  api_key: string
  /** The name of the model to use for the inference task. Refer to the Contextual AI documentation for the list of available rerank models. */
  model_id: string
  /** This setting helps to minimize the number of rate limit errors returned from Contextual AI. The `contextualai` service sets a default number of requests allowed per minute depending on the task type. For `rerank`, it is set to `1000`. */
  rate_limit?: InferenceRateLimitSetting
}

export type InferenceContextualAIServiceType = 'contextualai'

export interface InferenceContextualAITaskSettings {
  /** Instructions for the reranking model. Refer to <https://docs.contextual.ai/api-reference/rerank/rerank#body-instruction> Only for the `rerank` task type. */
  instruction?: string
  /** The number of most relevant documents to return. If not specified, the reranking results of all documents will be returned. Only for the `rerank` task type. */
  top_k?: integer
}

/** A cloud service provider region. */
export interface InferenceCspRegion {
  /** The cloud service provider, for example `aws`, `gcp`, or `azure`. */
  csp: string
  /** The region of the cloud service provider, for example `us-east-1`. */
  region: string
}

export interface InferenceCustomRequestParams {
  /** The body structure of the request. It requires passing in the string-escaped result of the JSON format HTTP request body. For example: ``` "request": "{\"input\":${input}}" ``` > info > The content string needs to be a single line except when using the Kibana console. */
  content: string
}

export interface InferenceCustomResponseParams {
  /** Specifies the JSON parser that is used to parse the response from the custom service. Different task types require different json_parser parameters. For example: ``` # text_embedding # For a response like this: */
  json_parser: Record<string, string>
}

export type InferenceCustomServiceInputType = 'classification' | 'clustering' | 'ingest' | 'search'

export type InferenceCustomServiceQueryParameter = string[]

export interface InferenceCustomServiceSettings {
  /** Specifies the batch size used for the semantic_text field. If the field is not provided, the default is 10. The batch size is the maximum number of inputs in a single request to the upstream service. The chunk within the batch are controlled by the selected chunking strategy for the semantic_text field. */
  batch_size?: integer
  /** Specifies the HTTP header parameters – such as `Authorization` or `Content-Type` – that are required to access the custom service. For example: ``` "headers": { "Authorization": "Bearer ${api_key}", "Content-Type": "application/json;charset=utf-8" } ``` */
  headers?: Record<string, string>
  /** Specifies the input type translation values that are used to replace the `${input_type}` template in the request body. For example: ``` "input_type": { "translation": { "ingest": "do_ingest", "search": "do_search" }, "default": "a_default" }, ``` If the subsequent inference requests come from a search context, the `search` key will be used and the template will be replaced with `do_search`. If it comes from the ingest context `do_ingest` is used. If it's a different context that is not specified, the default value will be used. If no default is specified an empty string is used. `translation` can be: * `classification` * `clustering` * `ingest` * `search` */
  input_type?: Partial<Record<InferenceCustomServiceInputType, string>>
  /** Specifies the query parameters as a list of tuples. The arrays inside the `query_parameters` must have two items, a key and a value. For example: ``` "query_parameters":[ ["param_key", "some_value"], ["param_key", "another_value"], ["other_key", "other_value"] ] ``` If the base url is `https://www.elastic.co` it results in: `https://www.elastic.co?param_key=some_value&param_key=another_value&other_key=other_value`. */
  query_parameters?: InferenceCustomServiceQueryParameter[]
  /** The request configuration object. */
  request: InferenceCustomRequestParams
  /** The response configuration object. */
  response: InferenceCustomResponseParams
  /** Specifies secret parameters, like `api_key` or `api_token`, that are required to access the custom service. For example: ``` "secret_parameters":{ "api_key":"<api_key>" } ``` */
  secret_parameters: Record<string, string>
  /** The URL endpoint to use for the requests. */
  url?: string
}

export type InferenceCustomServiceType = 'custom'

export type InferenceCustomTaskParameter = string | integer | double | float | boolean

export interface InferenceCustomTaskSettings {
  /** Specifies parameters that are required to run the custom service. The parameters depend on the model your custom service uses. For example: ``` "task_settings":{ "parameters":{ "input_type":"query", "return_token":true } } ``` */
  parameters?: Record<string, InferenceCustomTaskParameter>
}

export type InferenceCustomTaskType = 'text_embedding' | 'sparse_embedding' | 'rerank' | 'completion'

export interface InferenceDeepSeekServiceSettings {
  /** A valid API key for your DeepSeek account. You can find or create your DeepSeek API keys on the DeepSeek API key page. */
  api_key: string
  /** For a `completion` or `chat_completion` task, the name of the model to use for the inference task. */
  model_id: string
  /** The URL endpoint to use for the requests. Defaults to `https://api.deepseek.com/chat/completions`. */
  url?: string
}

export type InferenceDeepSeekServiceType = 'deepseek'

/** Acknowledged response. For dry_run, contains the list of pipelines which reference the inference endpoint */
export interface InferenceDeleteInferenceEndpointResult extends AcknowledgedResponseBase {
  pipelines: string[]
}

/** Request of `inference.delete_region_policy`. */
export interface InferenceDeleteRegionPolicyRequest extends RequestBase {
}

export type InferenceDeleteRegionPolicyResponse = AcknowledgedResponseBase

/** Request of `inference.delete`. */
export interface InferenceDeleteRequest extends RequestBase {
  /** The task type */
  task_type?: InferenceTaskType
  /** The inference identifier. */
  inference_id: Id
  /** When true, checks the semantic_text fields and inference processors that reference the endpoint and returns them in a list, but does not delete the endpoint. */
  dry_run?: boolean
  /** When true, the inference endpoint is forcefully deleted even if it is still being used by ingest processors or semantic text fields. */
  force?: boolean
}

export type InferenceDeleteResponse = InferenceDeleteInferenceEndpointResult

/** Dense Embedding results containing bytes are represented as Dense Vectors of bytes. */
export type InferenceDenseByteVector = byte[]

/** The dense embedding result object for byte representation */
export interface InferenceDenseEmbeddingByteResult {
  embedding: InferenceDenseByteVector
}

/** The dense embedding result object for float representation */
export interface InferenceDenseEmbeddingResult {
  embedding: InferenceDenseVector
}

/** Dense Embedding results are represented as Dense Vectors of floats. */
export type InferenceDenseVector = float[]

export interface InferenceElasticsearchServiceSettings {
  /** Adaptive allocations configuration details. If `enabled` is true, the number of allocations of the model is set based on the current load the process gets. When the load is high, a new model allocation is automatically created, respecting the value of `max_number_of_allocations` if it's set. When the load is low, a model allocation is automatically removed, respecting the value of `min_number_of_allocations` if it's set. If `enabled` is true, do not set the number of allocations manually. */
  adaptive_allocations?: InferenceAdaptiveAllocations
  /** The deployment identifier for a trained model deployment. When `deployment_id` is used the `model_id` is optional. */
  deployment_id?: string
  /** The name of the model to use for the inference task. It can be the ID of a built-in model (for example, `.multilingual-e5-small` for E5) or a text embedding model that was uploaded by using the Eland client. */
  model_id: string
  /** The total number of allocations that are assigned to the model across machine learning nodes. Increasing this value generally increases the throughput. If adaptive allocations are enabled, do not set this value because it's automatically set. */
  num_allocations?: integer
  /** The number of threads used by each model allocation during inference. This setting generally increases the speed per inference request. The inference process is a compute-bound process; `threads_per_allocations` must not exceed the number of available allocated processors per node. The value must be a power of 2. The maximum value is 32. */
  num_threads: integer
  /** Available only for the `rerank` task type using the Elastic reranker model. Controls the strategy used for processing long documents during inference. */
  long_document_strategy?: string
  /** Only for the `rerank` task type. Limits the number of chunks per document that are sent for inference when chunking is enabled. If not set, all chunks generated for the document are processed. */
  max_chunks_per_doc?: integer
}

export type InferenceElasticsearchServiceType = 'elasticsearch'

export interface InferenceElasticsearchTaskSettings {
  /** For a `rerank` task, return the document instead of only the index. */
  return_documents?: boolean
}

export type InferenceElasticsearchTaskType = 'rerank' | 'sparse_embedding' | 'text_embedding'

export interface InferenceElserServiceSettings {
  /** Adaptive allocations configuration details. If `enabled` is true, the number of allocations of the model is set based on the current load the process gets. When the load is high, a new model allocation is automatically created, respecting the value of `max_number_of_allocations` if it's set. When the load is low, a model allocation is automatically removed, respecting the value of `min_number_of_allocations` if it's set. If `enabled` is true, do not set the number of allocations manually. */
  adaptive_allocations?: InferenceAdaptiveAllocations
  /** The total number of allocations this model is assigned across machine learning nodes. Increasing this value generally increases the throughput. If adaptive allocations is enabled, do not set this value because it's automatically set. */
  num_allocations: integer
  /** The number of threads used by each model allocation during inference. Increasing this value generally increases the speed per inference request. The inference process is a compute-bound process; `threads_per_allocations` must not exceed the number of available allocated processors per node. The value must be a power of 2. The maximum value is 32. */
  num_threads: integer
}

export type InferenceElserServiceType = 'elser'

export type InferenceElserTaskType = 'sparse_embedding'

export type InferenceEmbeddingContentFormat = 'text' | 'base64'

/** Allows specifying multimodal inputs for the `embedding` task. */
export type InferenceEmbeddingContentInput = InferenceEmbeddingContentObject | InferenceEmbeddingContentObject[]

/** A wrapper object which contains the fields required to specify multimodal inputs */
export interface InferenceEmbeddingContentObject {
  /** An object or an array of objects containing the input data for the model to embed */
  content: InferenceEmbeddingContentObjectGroup
}

/** Allows specifying one or multiple items for the `embedding` task, which should result in a single embedding vector. Support for multiple items is available in Elasticsearch 9.5.0 and later. */
export type InferenceEmbeddingContentObjectGroup = InferenceEmbeddingContentObjectItem | InferenceEmbeddingContentObjectItem[]

/** An object containing the input data for a single item for the model to embed. */
export interface InferenceEmbeddingContentObjectItem {
  /** The type of input to embed. Not all models support all input types. The `audio`, `video`, and `pdf` types are available in Elasticsearch 9.5.0 and later. */
  type: InferenceEmbeddingContentType
  /** The format of the input. For the `text` type this must be `text`. For all other types, this must be `base64`. If not specified, this will default to `text` for the `text` type and `base64` for all other types. */
  format?: InferenceEmbeddingContentFormat
  /** The value of the input to embed. For images, this must be a base64-encoded data URI, i.e. "data:content/type;base64,..." */
  value: string
}

export type InferenceEmbeddingContentType = 'text' | 'image' | 'audio' | 'video' | 'pdf'

/** EmbeddingInferenceResult is an aggregation of mutually exclusive embeddings variants */
export interface InferenceEmbeddingInferenceResult {
  embeddings_bytes?: InferenceDenseEmbeddingByteResult[]
  embeddings_bits?: InferenceDenseEmbeddingByteResult[]
  embeddings?: InferenceDenseEmbeddingResult[]
}

/** Inference input. Either a string, an array of strings, a `content` object, or an array of `content` objects. */
export type InferenceEmbeddingInput = InferenceEmbeddingStringInput | InferenceEmbeddingContentInput

/** Request of `inference.embedding`. */
export interface InferenceEmbeddingRequest extends RequestBase {
  /** The inference Id */
  inference_id: Id
  /** Specifies the amount of time to wait for the inference request to complete. */
  timeout?: Duration
  embedding: InferenceRequestEmbedding
}

export type InferenceEmbeddingResponse = InferenceEmbeddingInferenceResult

/** Allows specifying text-only inputs for the `embedding` task. */
export type InferenceEmbeddingStringInput = string | string[]

/** The reasoning detail with encrypted reasoning data that may be redacted or protected. */
export interface InferenceEncryptedReasoningDetail extends InferenceBaseReasoningDetail {
  type: 'reasoning.encrypted'
  /** The encrypted reasoning data generated by the model, which may be redacted or protected based on the model's configuration and the nature of the reasoning information. */
  data: string
}

export interface InferenceFileContent {
  /** The base64 encoded file data */
  file_data: string
  /** The name of the file */
  filename: string
}

export interface InferenceFireworksAIServiceSettings {
  /** A valid API key for your Fireworks AI account. You can find or create your API keys in the Fireworks AI dashboard. */
  api_key: string
  /** The name of the model to use for the inference task. Refer to the Fireworks AI documentation for the list of available models for chat completion, completion, and text embedding. For text embedding, supported models include the Qwen3 embedding family (e.g. `fireworks/qwen3-embedding-8b`) and other models in the Fireworks model library. */
  model_id: string
  /** The URL endpoint to use for the requests. If not provided, the default Fireworks AI API endpoint is used. */
  url?: string
  /** For a `text_embedding` task, the number of dimensions the resulting output embeddings should have. Variable-length embeddings are supported via this parameter. */
  dimensions?: integer
  /** For a `text_embedding` task, the similarity measure. One of cosine, dot_product, l2_norm. */
  similarity?: InferenceFireworksAISimilarityType
  /** This setting helps to minimize the number of rate limit errors returned from the Fireworks AI API. Rate limit grouping is per API key only. By default, the `fireworksai` service sets the number of requests allowed per minute to 6000. */
  rate_limit?: InferenceRateLimitSetting
}

export type InferenceFireworksAIServiceType = 'fireworksai'

export type InferenceFireworksAISimilarityType = 'cosine' | 'dot_product' | 'l2_norm'

export interface InferenceFireworksAITaskSettings {
  /** For a `completion` or`chat_completion` task, specify the user issuing the request. This information can be used for abuse detection. */
  user?: string
  /** For a `completion` or`chat_completion` task. Specifies custom HTTP header parameters. For example: ``` "headers": { "Custom-Header": "Some-Value", "Another-Custom-Header": "Another-Value" } ``` */
  headers?: Record<string, string>
}

export type InferenceFireworksAITaskType = 'chat_completion' | 'completion' | 'text_embedding'

/** Request of `inference.get_region_policy`. */
export interface InferenceGetRegionPolicyRequest extends RequestBase {
}

export type InferenceGetRegionPolicyResponse = InferenceRegionPolicyDoc

/** Request of `inference.get`. */
export interface InferenceGetRequest extends RequestBase {
  /** The task type of the endpoint to return */
  task_type?: InferenceTaskType
  /** The inference Id of the endpoint to return. Using `_all` or `*` will return all endpoints with the specified `task_type` if one is specified, or all endpoints for all task types if no `task_type` is specified */
  inference_id?: Id
}

export interface InferenceGetResponse {
  endpoints: InferenceInferenceEndpointInfo[]
}

export type InferenceGoogleAiServiceType = 'googleaistudio'

export interface InferenceGoogleAiStudioServiceSettings {
  /** A valid API key of your Google Gemini account. */
  api_key: string
  /** The name of the model to use for the inference task. Refer to the Google documentation for the list of supported models. */
  model_id: string
  /** This setting helps to minimize the number of rate limit errors returned from Google AI Studio. By default, the `googleaistudio` service sets the number of requests allowed per minute to 360. */
  rate_limit?: InferenceRateLimitSetting
}

export type InferenceGoogleAiStudioTaskType = 'completion' | 'text_embedding'

export type InferenceGoogleModelGardenProvider = 'google' | 'anthropic' | 'meta' | 'hugging_face' | 'mistral' | 'ai21'

export interface InferenceGoogleVertexAIServiceSettings {
  /** The name of the Google Model Garden Provider for `completion` and `chat_completion` tasks. In order for a Google Model Garden endpoint to be used `provider` must be defined and be other than `google`. Modes: - Google Model Garden (third-party models): set `provider` to a supported non-`google` value and provide `url` and/or `streaming_url`. - Google Vertex AI: omit `provider` or set it to `google`. In this mode, do not set `url` or `streaming_url` and Elastic will construct the endpoint url from `location`, `model_id`, and `project_id` parameters. */
  provider?: InferenceGoogleModelGardenProvider
  /** The URL for non-streaming `completion` requests to a Google Model Garden provider endpoint. If both `url` and `streaming_url` are provided, each is used for its respective mode. If `streaming_url` is not provided, `url` is also used for streaming `completion` and `chat_completion`. If `provider` is not provided or set to `google` (Google Vertex AI), do not set `url` (or `streaming_url`). At least one of `url` or `streaming_url` must be provided for Google Model Garden endpoint usage. Certain providers require separate URLs for streaming and non-streaming operations (e.g., Anthropic, Mistral, AI21). Others support both operation types through a single URL (e.g., Meta, Hugging Face). Information on constructing the URL for various providers can be found in the Google Model Garden documentation for the model, or on the endpoint’s `Sample request` page. The request examples also illustrate the proper formatting for the `url`. */
  url?: string
  /** The URL for streaming `completion` and `chat_completion` requests to a Google Model Garden provider endpoint. If both `streaming_url` and `url` are provided, each is used for its respective mode. If `url` is not provided, `streaming_url` is also used for non-streaming `completion` requests. If `provider` is not provided or set to `google` (Google Vertex AI), do not set `streaming_url` (or `url`). At least one of `streaming_url` or `url` must be provided for Google Model Garden endpoint usage. Certain providers require separate URLs for streaming and non-streaming operations (e.g., Anthropic, Mistral, AI21). Others support both operation types through a single URL (e.g., Meta, Hugging Face). Information on constructing the URL for various providers can be found in the Google Model Garden documentation for the model, or on the endpoint’s `Sample request` page. The request examples also illustrate the proper formatting for the `streaming_url`. */
  streaming_url?: string
  /** The name of the location to use for the inference task for the Google Vertex AI inference task. For Google Vertex AI, when `provider` is omitted or `google`, `location` is optional. When `location` is omitted, the request targets the Google Vertex AI global endpoint (`https://aiplatform.googleapis.com`); when it is provided, the corresponding regional endpoint (`https://<location>-aiplatform.googleapis.com`) is used. The field must be omitted to select the global endpoint; an empty string is not a valid `location`. For Google Model Garden's `completion` and `chat_completion` tasks, when `provider` is a supported non-`google` value - `location` is ignored. Refer to the Google documentation for the list of supported locations. */
  location?: string
  /** The name of the model to use for the inference task. For Google Vertex AI `model_id` is mandatory. For Google Model Garden's `completion` and `chat_completion` tasks, when `provider` is a supported non-`google` value - `model_id` will be used for some providers that require it, otherwise - ignored. Refer to the Google documentation for the list of supported models for Google Vertex AI. */
  model_id?: string
  /** The name of the project to use for the Google Vertex AI inference task. For Google Vertex AI `project_id` is mandatory. For Google Model Garden's `completion` and `chat_completion` tasks, when `provider` is a supported non-`google` value - `project_id` is ignored. */
  project_id?: string
  /** This setting helps to minimize the number of rate limit errors returned from Google Vertex AI. By default, the `googlevertexai` service sets the number of requests allowed per minute to 30.000. */
  rate_limit?: InferenceRateLimitSetting
  /** A valid service account in JSON format for the Google Vertex AI API. */
  service_account_json: string
  /** For a `text_embedding` task, the number of dimensions the resulting output embeddings should have. By default, the model's standard output dimension is used. Refer to the Google documentation for more information. */
  dimensions?: integer
  /** Only applicable for the `text_embedding` task type. Controls the batch size of chunked inference requests sent to Google Vertex AI. */
  max_batch_size?: integer
}

export type InferenceGoogleVertexAIServiceType = 'googlevertexai'

export interface InferenceGoogleVertexAITaskSettings {
  /** For a `text_embedding` task, truncate inputs longer than the maximum token length automatically. */
  auto_truncate?: boolean
  /** For a `rerank` task, the number of the top N documents that should be returned. */
  top_n?: integer
  /** For a `completion` or `chat_completion` task, allows configuration of the thinking features for the model. Refer to the Google documentation for the allowable configurations for each model type. */
  thinking_config?: InferenceThinkingConfig
  /** For `completion` and `chat_completion` tasks, specifies the `max_tokens` value for requests sent to the Google Model Garden `anthropic` provider. If `provider` is not set to `anthropic`, this field is ignored. If `max_tokens` is specified - it must be a positive integer. If not specified, the default value of 1024 is used. Anthropic models require `max_tokens` to be set for each request. Please refer to the Anthropic documentation for more information. */
  max_tokens?: integer
}

export type InferenceGoogleVertexAITaskType = 'rerank' | 'text_embedding' | 'completion' | 'chat_completion'

export interface InferenceGroqServiceSettings {
  /** The name of the model to use for the inference task. Refer to the Groq model documentation for the list of supported models and versions. Service has been tested and confirmed to be working for `completion` and `chat_completion` tasks with the following models: * `llama-3.3-70b-versatile` */
  model_id: string
  /** A valid API key for accessing Groq API. */
  api_key?: string
  /** This setting helps to minimize the number of rate limit errors returned from the Groq API. By default, the `groq` service sets the number of requests allowed per minute to 1000. Refer to Groq documentation for more details. */
  rate_limit?: InferenceRateLimitSetting
}

export type InferenceGroqServiceType = 'groq'

export type InferenceGroqTaskType = 'chat_completion'

export interface InferenceHuggingFaceServiceSettings {
  /** A valid access token for your HuggingFace account. You can create or find your access tokens on the HuggingFace settings page. */
  api_key: string
  /** This setting helps to minimize the number of rate limit errors returned from Hugging Face. By default, the `hugging_face` service sets the number of requests allowed per minute to 3000 for all supported tasks. Hugging Face does not publish a universal rate limit — actual limits may vary. It is recommended to adjust this value based on the capacity and limits of your specific deployment environment. */
  rate_limit?: InferenceRateLimitSetting
  /** The URL endpoint to use for the requests. For `completion` and `chat_completion` tasks, the deployed model must be compatible with the Hugging Face Chat Completion interface (see the linked external documentation for details). The endpoint URL for the request must include `/v1/chat/completions`. If the model supports the OpenAI Chat Completion schema, a toggle should appear in the interface. Enabling this toggle doesn't change any model behavior, it reveals the full endpoint URL needed (which should include `/v1/chat/completions`) when configuring the inference endpoint in Elasticsearch. If the model doesn't support this schema, the toggle may not be shown. */
  url: string
  /** The name of the HuggingFace model to use for the inference task. For `completion` and `chat_completion` tasks, this field is optional but may be required for certain models — particularly when using serverless inference endpoints. For the `text_embedding` task, this field should not be included. Otherwise, the request will fail. */
  model_id?: string
}

export type InferenceHuggingFaceServiceType = 'hugging_face'

export interface InferenceHuggingFaceTaskSettings {
  /** For a `rerank` task, return doc text within the results. */
  return_documents?: boolean
  /** For a `rerank` task, the number of most relevant documents to return. It defaults to the number of the documents. */
  top_n?: integer
}

export type InferenceHuggingFaceTaskType = 'chat_completion' | 'completion' | 'rerank' | 'text_embedding'

export interface InferenceImageUrl {
  /** The base64 encoded image data as a data URI */
  url: string
  /** Specifies the detail level of the image */
  detail?: InferenceImageUrlDetail
}

export type InferenceImageUrlDetail = 'auto' | 'low' | 'high'

/** Chunking configuration object */
export interface InferenceInferenceChunkingSettings {
  /** The maximum size of a chunk in words. This value cannot be lower than `20` (for `sentence` strategy) or `10` (for `word` strategy). This value should not exceed the window size for the associated model. */
  max_chunk_size?: integer
  /** The number of overlapping words for chunks. It is applicable only to a `word` chunking strategy. This value cannot be higher than half the `max_chunk_size` value. */
  overlap?: integer
  /** The number of overlapping sentences for chunks. It is applicable only for a `sentence` chunking strategy. It can be either `1` or `0`. */
  sentence_overlap?: integer
  /** Only applicable to the `recursive` strategy and required when using it. */
  separator_group?: string
  /** Only applicable to the `recursive` strategy and required when using it. */
  separators?: string[]
  /** The chunking strategy: `sentence`, `word`, `none` or `recursive`. */
  strategy?: string
}

/** Configuration options when storing the inference endpoint */
export interface InferenceInferenceEndpoint {
  /** The chunking configuration object. Applies only to the `embedding`, `sparse_embedding` and `text_embedding` task types. Not applicable to the `rerank`, `completion`, or `chat_completion` task types. */
  chunking_settings?: InferenceInferenceChunkingSettings
  /** The service type */
  service: string
  /** Settings specific to the service */
  service_settings: InferenceServiceSettings
  /** Task settings specific to the service and task type */
  task_settings?: InferenceTaskSettings
}

/** Represents an inference endpoint as returned by the GET API */
export interface InferenceInferenceEndpointInfo extends InferenceInferenceEndpoint {
  /** The inference Id */
  inference_id: string
  /** The task type */
  task_type: InferenceTaskType
}

export interface InferenceInferenceEndpointInfoAi21 extends InferenceInferenceEndpoint {
  /** The inference Id */
  inference_id: string
  /** The task type */
  task_type: InferenceTaskTypeAi21
}

export interface InferenceInferenceEndpointInfoAlibabaCloudAI extends InferenceInferenceEndpoint {
  /** The inference Id */
  inference_id: string
  /** The task type */
  task_type: InferenceTaskTypeAlibabaCloudAI
}

export interface InferenceInferenceEndpointInfoAmazonBedrock extends InferenceInferenceEndpoint {
  /** The inference Id */
  inference_id: string
  /** The task type */
  task_type: InferenceTaskTypeAmazonBedrock
}

export interface InferenceInferenceEndpointInfoAmazonSageMaker extends InferenceInferenceEndpoint {
  /** The inference Id */
  inference_id: string
  /** The task type */
  task_type: InferenceTaskTypeAmazonSageMaker
}

export interface InferenceInferenceEndpointInfoAnthropic extends InferenceInferenceEndpoint {
  /** The inference Id */
  inference_id: string
  /** The task type */
  task_type: InferenceTaskTypeAnthropic
}

export interface InferenceInferenceEndpointInfoAzureAIStudio extends InferenceInferenceEndpoint {
  /** The inference Id */
  inference_id: string
  /** The task type */
  task_type: InferenceTaskTypeAzureAIStudio
}

export interface InferenceInferenceEndpointInfoAzureOpenAI extends InferenceInferenceEndpoint {
  /** The inference Id */
  inference_id: string
  /** The task type */
  task_type: InferenceTaskTypeAzureOpenAI
}

export interface InferenceInferenceEndpointInfoCohere extends InferenceInferenceEndpoint {
  /** The inference Id */
  inference_id: string
  /** The task type */
  task_type: InferenceTaskTypeCohere
}

export interface InferenceInferenceEndpointInfoContextualAi extends InferenceInferenceEndpoint {
  /** The inference Id */
  inference_id: string
  /** The task type */
  task_type: InferenceTaskTypeContextualAI
}

export interface InferenceInferenceEndpointInfoCustom extends InferenceInferenceEndpoint {
  /** The inference Id */
  inference_id: string
  /** The task type */
  task_type: InferenceTaskTypeCustom
}

export interface InferenceInferenceEndpointInfoDeepSeek extends InferenceInferenceEndpoint {
  /** The inference Id */
  inference_id: string
  /** The task type */
  task_type: InferenceTaskTypeDeepSeek
}

export interface InferenceInferenceEndpointInfoELSER extends InferenceInferenceEndpoint {
  /** The inference Id */
  inference_id: string
  /** The task type */
  task_type: InferenceTaskTypeELSER
}

export interface InferenceInferenceEndpointInfoElasticsearch extends InferenceInferenceEndpoint {
  /** The inference Id */
  inference_id: string
  /** The task type */
  task_type: InferenceTaskTypeElasticsearch
}

export interface InferenceInferenceEndpointInfoFireworksAI extends InferenceInferenceEndpoint {
  /** The inference Id */
  inference_id: string
  /** The task type */
  task_type: InferenceTaskTypeFireworksAI
}

export interface InferenceInferenceEndpointInfoGoogleAIStudio extends InferenceInferenceEndpoint {
  /** The inference Id */
  inference_id: string
  /** The task type */
  task_type: InferenceTaskTypeGoogleAIStudio
}

export interface InferenceInferenceEndpointInfoGoogleVertexAI extends InferenceInferenceEndpoint {
  /** The inference Id */
  inference_id: string
  /** The task type */
  task_type: InferenceTaskTypeGoogleVertexAI
}

export interface InferenceInferenceEndpointInfoGroq extends InferenceInferenceEndpoint {
  /** The inference Id */
  inference_id: string
  /** The task type */
  task_type: InferenceTaskTypeGroq
}

export interface InferenceInferenceEndpointInfoHuggingFace extends InferenceInferenceEndpoint {
  /** The inference Id */
  inference_id: string
  /** The task type */
  task_type: InferenceTaskTypeHuggingFace
}

export interface InferenceInferenceEndpointInfoJinaAi extends InferenceInferenceEndpoint {
  /** The inference Id */
  inference_id: string
  /** The task type */
  task_type: InferenceTaskTypeJinaAi
}

export interface InferenceInferenceEndpointInfoLlama extends InferenceInferenceEndpoint {
  /** The inference Id */
  inference_id: string
  /** The task type */
  task_type: InferenceTaskTypeLlama
}

export interface InferenceInferenceEndpointInfoMistral extends InferenceInferenceEndpoint {
  /** The inference Id */
  inference_id: string
  /** The task type */
  task_type: InferenceTaskTypeMistral
}

export interface InferenceInferenceEndpointInfoNvidia extends InferenceInferenceEndpoint {
  /** The inference ID */
  inference_id: string
  /** The task type */
  task_type: InferenceTaskTypeNvidia
}

export interface InferenceInferenceEndpointInfoOpenAI extends InferenceInferenceEndpoint {
  /** The inference Id */
  inference_id: string
  /** The task type */
  task_type: InferenceTaskTypeOpenAI
}

export interface InferenceInferenceEndpointInfoOpenShiftAi extends InferenceInferenceEndpoint {
  /** The inference Id */
  inference_id: string
  /** The task type */
  task_type: InferenceTaskTypeOpenShiftAi
}

export interface InferenceInferenceEndpointInfoVoyageAI extends InferenceInferenceEndpoint {
  /** The inference Id */
  inference_id: string
  /** The task type */
  task_type: InferenceTaskTypeVoyageAI
}

export interface InferenceInferenceEndpointInfoWatsonx extends InferenceInferenceEndpoint {
  /** The inference Id */
  inference_id: string
  /** The task type */
  task_type: InferenceTaskTypeWatsonx
}

/** Request of `inference.inference`. */
export interface InferenceInferenceRequest extends RequestBase {
  /** The type of inference task that the model performs. */
  task_type?: InferenceTaskType
  /** The unique identifier for the inference endpoint. */
  inference_id: Id
  /** The amount of time to wait for the inference request to complete. */
  timeout?: Duration
  /** The query input, which is required only for the `rerank` task. It is not required for other tasks. */
  query?: string
  /** The text on which you want to perform the inference task. It can be a single string or an array. */
  input: string | string[]
  /** Specifies the input data type for the embedding model. The `input_type` parameter only applies to Inference Endpoints with the `embedding` or `text_embedding` task type. Possible values include: * `SEARCH` * `INGEST` * `CLASSIFICATION` * `CLUSTERING` Not all services support all values. Unsupported values will trigger a validation exception. Accepted values depend on the configured inference service, refer to the relevant service-specific documentation for more info. */
  input_type?: string
  /** Task settings for the individual inference request. These settings are specific to the task type you specified and override the task settings specified when initializing the service. */
  task_settings?: InferenceTaskSettings
}

export type InferenceInferenceResponse = InferenceInferenceResult

/** InferenceResult is an aggregation of mutually exclusive variants */
export interface InferenceInferenceResult {
  embeddings_bytes?: InferenceDenseEmbeddingByteResult[]
  embeddings_bits?: InferenceDenseEmbeddingByteResult[]
  embeddings?: InferenceDenseEmbeddingResult[]
  text_embedding_bytes?: InferenceDenseEmbeddingByteResult[]
  text_embedding_bits?: InferenceDenseEmbeddingByteResult[]
  text_embedding?: InferenceDenseEmbeddingResult[]
  sparse_embedding?: InferenceSparseEmbeddingResult[]
  completion?: InferenceCompletionResult[]
  rerank?: InferenceRankedDocument[]
}

export type InferenceJinaAIElementType = 'binary' | 'bit' | 'float'

export interface InferenceJinaAIServiceSettings {
  /** A valid API key of your JinaAI account. */
  api_key: string
  /** The name of the model to use for the inference task. */
  model_id: string
  /** This setting helps to minimize the number of rate limit errors returned from JinaAI. By default, the `jinaai` service sets the number of requests allowed per minute to 2000 for all task types. */
  rate_limit?: InferenceRateLimitSetting
  /** For an `embedding` or `text_embedding` task, the similarity measure. One of cosine, dot_product, l2_norm. The default values varies with the embedding type. For example, a float embedding type uses a `dot_product` similarity measure by default. */
  similarity?: InferenceJinaAISimilarityType
  /** For an `embedding` or `text_embedding` task, the number of dimensions the resulting output embeddings should have. By default, the model's standard output dimension is used. Refer to the Jina documentation for more information. */
  dimensions?: integer
  /** For an `embedding` or `text_embedding` task, the data type returned by the model. Use `bit` for binary embeddings, which are encoded as bytes with signed int8 precision. Use `binary` for binary embeddings, which are encoded as bytes with signed int8 precision (this is a synonym of `bit`). Use `float` for the default float embeddings. */
  embedding_type?: InferenceJinaAIElementType
  /** For the `embedding` task, whether the model supports multimodal inputs. If true, requests sent to the Jina model will use the multimodal request format (a list of objects). If false, requests sent to the model will use the same format as the `text_embedding` task (a list of strings). Setting this to `false` allows the `embedding` task to be used with models that do not support multimodal requests. */
  multimodal_model?: boolean
}

export type InferenceJinaAIServiceType = 'jinaai'

export type InferenceJinaAISimilarityType = 'cosine' | 'dot_product' | 'l2_norm'

export interface InferenceJinaAITaskSettings {
  /** For a `rerank` task, return the doc text within the results. */
  return_documents?: boolean
  /** For an `embedding` or `text_embedding` task, the task passed to the model. Valid values are: */
  input_type?: InferenceJinaAITextEmbeddingTask
  /** For an `embedding` or `text_embedding` task, controls when text is split into chunks. When set to `true`, a request from Elasticsearch contains only chunks related to a single document. Instead of batching chunks across documents, Elasticsearch sends them in separate requests. This ensures that chunk embeddings retain context from the entire document, improving semantic quality. */
  late_chunking?: boolean
  /** For a `rerank` task, the number of most relevant documents to return. It defaults to the number of the documents. If this inference endpoint is used in a `text_similarity_reranker` retriever query and `top_n` is set, it must be greater than or equal to `rank_window_size` in the query. */
  top_n?: integer
}

export type InferenceJinaAITaskType = 'embedding' | 'rerank' | 'text_embedding'

export type InferenceJinaAITextEmbeddingTask = 'classification' | 'clustering' | 'ingest' | 'search'

export interface InferenceLlamaServiceSettings {
  /** The URL endpoint of the Llama stack endpoint. URL must contain: * For `text_embedding` task - `/v1/inference/embeddings`. * For `completion` and `chat_completion` tasks - `/v1/openai/v1/chat/completions`. */
  url: string
  /** The name of the model to use for the inference task. Refer to the Llama downloading models documentation for different ways of getting a list of available models and downloading them. Service has been tested and confirmed to be working with the following models: * For `text_embedding` task - `all-MiniLM-L6-v2`. * For `completion` and `chat_completion` tasks - `llama3.2:3b`. */
  model_id: string
  /** For a `text_embedding` task, the maximum number of tokens per input before chunking occurs. */
  max_input_tokens?: integer
  /** For a `text_embedding` task, the similarity measure. One of cosine, dot_product, l2_norm. */
  similarity?: InferenceLlamaSimilarityType
  /** This setting helps to minimize the number of rate limit errors returned from the Llama API. By default, the `llama` service sets the number of requests allowed per minute to 3000. */
  rate_limit?: InferenceRateLimitSetting
}

export type InferenceLlamaServiceType = 'llama'

export type InferenceLlamaSimilarityType = 'cosine' | 'dot_product' | 'l2_norm'

export type InferenceLlamaTaskType = 'text_embedding' | 'completion' | 'chat_completion'

/** An object representing part of the conversation. */
export interface InferenceMessage {
  /** The content of the message. */
  content?: InferenceMessageContent
  /** The role of the message author. Valid values are `user`, `assistant`, `system`, and `tool`. */
  role: string
  /** Only for `tool` role messages. The tool call that this message is responding to. */
  tool_call_id?: Id
  /** Only for `assistant` role messages. The tool calls generated by the model. If it's specified, the `content` field is optional. Example: ``` { "tool_calls": [ { "id": "call_KcAjWtAww20AihPHphUh46Gd", "type": "function", "function": { "name": "get_current_weather", "arguments": "{\"location\":\"Boston, MA\"}" } } ] } ``` */
  tool_calls?: InferenceToolCall[]
  /** Only for `assistant` role messages. The reasoning details generated by the model as plaintext. Currently supported only for `elastic` provider. */
  reasoning?: string
  /** Only for `assistant` role messages. The reasoning details generated by the model as structured data. Currently supported only for `elastic` provider. */
  reasoning_details?: InferenceReasoningDetail[]
}

export type InferenceMessageContent = string | InferenceContentObject[]

export interface InferenceMistralServiceSettings {
  /** A valid API key of your Mistral account. You can find your Mistral API keys or you can create a new one on the API Keys page. */
  api_key: string
  /** The maximum number of tokens per input before chunking occurs. */
  max_input_tokens?: integer
  /** The name of the model to use for the inference task. Refer to the Mistral models documentation for the list of available models. */
  model: string
  /** This setting helps to minimize the number of rate limit errors returned from the Mistral API. By default, the `mistral` service sets the number of requests allowed per minute to 240. */
  rate_limit?: InferenceRateLimitSetting
}

export type InferenceMistralServiceType = 'mistral'

export type InferenceMistralTaskType = 'text_embedding' | 'completion' | 'chat_completion'

export type InferenceNvidiaInputType = 'ingest' | 'search'

export interface InferenceNvidiaServiceSettings {
  /** A valid API key for your Nvidia endpoint. Can be found in `API Keys` section of Nvidia account settings. */
  api_key: string
  /** The URL of the Nvidia model endpoint. If not provided, the default endpoint URL is used depending on the task type: */
  url?: string
  /** The name of the model to use for the inference task. Refer to the model's documentation for the name if needed. Service has been tested and confirmed to be working with the following models: */
  model_id: string
  /** For a `text_embedding` task, the maximum number of tokens per input. Inputs exceeding this value are truncated prior to sending to the Nvidia API. */
  max_input_tokens?: integer
  /** For a `text_embedding` task, the similarity measure. One of cosine, dot_product, l2_norm. */
  similarity?: InferenceNvidiaSimilarityType
  /** This setting helps to minimize the number of rate limit errors returned from the Nvidia API. By default, the `nvidia` service sets the number of requests allowed per minute to 3000. */
  rate_limit?: InferenceRateLimitSetting
}

export type InferenceNvidiaServiceType = 'nvidia'

export type InferenceNvidiaSimilarityType = 'cosine' | 'dot_product' | 'l2_norm'

export interface InferenceNvidiaTaskSettings {
  /** For a `text_embedding` task, type of input sent to the Nvidia endpoint. Valid values are: */
  input_type?: InferenceNvidiaInputType
  /** For a `text_embedding` task, the method used by the Nvidia model to handle inputs longer than the maximum token length. Valid values are: */
  truncate?: InferenceCohereTruncateType
}

export type InferenceNvidiaTaskType = 'chat_completion' | 'completion' | 'rerank' | 'text_embedding'

export interface InferenceOpenAIServiceSettings {
  /** A valid API key of your OpenAI account. You can find your OpenAI API keys in your OpenAI account under the API keys section. */
  api_key?: string
  /** For OAuth 2.0 authorization using the client credentials grant flow. The application ID that's assigned to your app. */
  client_id?: string
  /** For OAuth 2.0 authorization using the client credentials grant flow. The application secret that you created for your app. */
  client_secret?: string
  /** For a `text_embedding` or `embedding` task, the number of dimensions the resulting output embeddings should have. It is supported only in `text-embedding-3` and later models. If it is not set, the OpenAI defined default for the model is used. */
  dimensions?: integer
  /** The name of the model to use for the inference task. Refer to the OpenAI documentation for the list of available text embedding models. */
  model_id: string
  /** The unique identifier for your organization. You can find the Organization ID in your OpenAI account under *Settings > Organizations*. */
  organization_id?: string
  /** This setting helps to minimize the number of rate limit errors returned from OpenAI. The `openai` service sets a default number of requests allowed per minute depending on the task type. For `text_embedding` and `embedding`, it is set to `3000`. For `completion` and `chat_completion`, it is set to `500`. */
  rate_limit?: InferenceRateLimitSetting
  /** For OAuth 2.0 authorization using the client credentials grant flow. The resource identifier of the resource you want. For example: ``` "scopes": [ "scope1", "scope2" ] ``` */
  scopes?: string[]
  /** For a `text_embedding` or `embedding` task, the similarity measure. One of `cosine`, `dot_product`, `l2_norm`. Defaults to `dot_product`. */
  similarity?: InferenceOpenAISimilarityType
  /** For OAuth 2.0 authorization using the client credentials grant flow. An OAuth2 token endpoint where Elasticsearch sends a request to exchange client credentials for an access token. */
  token_url?: string
  /** The URL endpoint to use for the requests. It can be changed for testing purposes. Default value is `https://api.openai.com/v1/embeddings` for a `text_embedding` or `embedding` task, `https://api.openai.com/v1/chat/completions` for a `completion` or `chat_completion` task. */
  url?: string
}

export type InferenceOpenAIServiceType = 'openai'

export type InferenceOpenAISimilarityType = 'cosine' | 'dot_product' | 'l2_norm'

export interface InferenceOpenAITaskSettings {
  /** Specifies the user issuing the request. This information can be used for abuse detection. */
  user?: string
  /** Specifies custom HTTP header parameters. For example: ``` "headers": { "Custom-Header": "Some-Value", "Another-Custom-Header": "Another-Value" } ``` */
  headers?: Record<string, string>
}

export type InferenceOpenAITaskType = 'chat_completion' | 'completion' | 'text_embedding' | 'embedding'

export interface InferenceOpenShiftAiServiceSettings {
  /** A valid API key for your OpenShift AI endpoint. Can be found in `Token authentication` section of model related information. */
  api_key: string
  /** The URL of the OpenShift AI hosted model endpoint. */
  url: string
  /** The name of the model to use for the inference task. Refer to the hosted model's documentation for the name if needed. Service has been tested and confirmed to be working with the following models: * For `text_embedding` task - `gritlm-7b`. * For `completion` and `chat_completion` tasks - `llama-31-8b-instruct`. * For `rerank` task - `bge-reranker-v2-m3`. */
  model_id?: string
  /** For a `text_embedding` task, the maximum number of tokens per input before chunking occurs. */
  max_input_tokens?: integer
  /** For a `text_embedding` task, the similarity measure. One of cosine, dot_product, l2_norm. If not specified, the default dot_product value is used. */
  similarity?: InferenceOpenShiftAiSimilarityType
  /** This setting helps to minimize the number of rate limit errors returned from the OpenShift AI API. By default, the `openshift_ai` service sets the number of requests allowed per minute to 3000. */
  rate_limit?: InferenceRateLimitSetting
}

export type InferenceOpenShiftAiServiceType = 'openshift_ai'

export type InferenceOpenShiftAiSimilarityType = 'cosine' | 'dot_product' | 'l2_norm'

export interface InferenceOpenShiftAiTaskSettings {
  /** For a `rerank` task, whether to return the source documents in the response. */
  return_documents?: boolean
  /** For a `rerank` task, the number of most relevant documents to return. */
  top_n?: integer
}

export type InferenceOpenShiftAiTaskType = 'text_embedding' | 'completion' | 'chat_completion' | 'rerank'

/** Request of `inference.put_ai21`. */
export interface InferencePutAi21Request extends RequestBase {
  /** The type of the inference task that the model will perform. */
  task_type: InferenceAi21TaskType
  /** The unique identifier of the inference endpoint. */
  ai21_inference_id: Id
  /** Specifies the amount of time to wait for the inference endpoint to be created. */
  timeout?: Duration
  /** The type of service supported for the specified task type. In this case, `ai21`. */
  service: InferenceAi21ServiceType
  /** Settings used to install the inference model. These settings are specific to the `ai21` service. */
  service_settings: InferenceAi21ServiceSettings
}

export type InferencePutAi21Response = InferenceInferenceEndpointInfoAi21

/** Request of `inference.put_alibabacloud`. */
export interface InferencePutAlibabacloudRequest extends RequestBase {
  /** The type of the inference task that the model will perform. */
  task_type: InferenceAlibabaCloudTaskType
  /** The unique identifier of the inference endpoint. */
  alibabacloud_inference_id: Id
  /** Specifies the amount of time to wait for the inference endpoint to be created. */
  timeout?: Duration
  /** The chunking configuration object. Applies only to the `sparse_embedding` or `text_embedding` task types. Not applicable to the `rerank` or `completion` task types. */
  chunking_settings?: InferenceInferenceChunkingSettings
  /** The type of service supported for the specified task type. In this case, `alibabacloud-ai-search`. */
  service: InferenceAlibabaCloudServiceType
  /** Settings used to install the inference model. These settings are specific to the `alibabacloud-ai-search` service. */
  service_settings: InferenceAlibabaCloudServiceSettings
  /** Settings to configure the inference task. These settings are specific to the task type you specified. */
  task_settings?: InferenceAlibabaCloudTaskSettings
}

export type InferencePutAlibabacloudResponse = InferenceInferenceEndpointInfoAlibabaCloudAI

/** Request of `inference.put_amazonbedrock`. */
export interface InferencePutAmazonbedrockRequest extends RequestBase {
  /** The type of the inference task that the model will perform. */
  task_type: InferenceAmazonBedrockTaskType
  /** The unique identifier of the inference endpoint. */
  amazonbedrock_inference_id: Id
  /** Specifies the amount of time to wait for the inference endpoint to be created. */
  timeout?: Duration
  /** The chunking configuration object. Applies only to the `text_embedding` task type. Not applicable to the `chat_completion` and `completion` task types. */
  chunking_settings?: InferenceInferenceChunkingSettings
  /** The type of service supported for the specified task type. In this case, `amazonbedrock`. */
  service: InferenceAmazonBedrockServiceType
  /** Settings used to install the inference model. These settings are specific to the `amazonbedrock` service. */
  service_settings: InferenceAmazonBedrockServiceSettings
  /** Settings to configure the inference task. These settings are specific to the task type you specified. */
  task_settings?: InferenceAmazonBedrockTaskSettings
}

export type InferencePutAmazonbedrockResponse = InferenceInferenceEndpointInfoAmazonBedrock

/** Request of `inference.put_amazonsagemaker`. */
export interface InferencePutAmazonsagemakerRequest extends RequestBase {
  /** The type of the inference task that the model will perform. */
  task_type: InferenceTaskTypeAmazonSageMaker
  /** The unique identifier of the inference endpoint. */
  amazonsagemaker_inference_id: Id
  /** Specifies the amount of time to wait for the inference endpoint to be created. */
  timeout?: Duration
  /** The chunking configuration object. Applies only to the `sparse_embedding` or `text_embedding` task types. Not applicable to the `rerank`, `completion`, or `chat_completion` task types. */
  chunking_settings?: InferenceInferenceChunkingSettings
  /** The type of service supported for the specified task type. In this case, `amazon_sagemaker`. */
  service: InferenceAmazonSageMakerServiceType
  /** Settings used to install the inference model. These settings are specific to the `amazon_sagemaker` service and `service_settings.api` you specified. */
  service_settings: InferenceAmazonSageMakerServiceSettings
  /** Settings to configure the inference task. These settings are specific to the task type and `service_settings.api` you specified. */
  task_settings?: InferenceAmazonSageMakerTaskSettings
}

export type InferencePutAmazonsagemakerResponse = InferenceInferenceEndpointInfoAmazonSageMaker

/** Request of `inference.put_anthropic`. */
export interface InferencePutAnthropicRequest extends RequestBase {
  /** The task type. The valid task types for the model to perform are `completion` and `chat_completion`. NOTE: The `chat_completion` task type only supports streaming and only through the _stream API. */
  task_type: InferenceAnthropicTaskType
  /** The unique identifier of the inference endpoint. */
  anthropic_inference_id: Id
  /** Specifies the amount of time to wait for the inference endpoint to be created. */
  timeout?: Duration
  /** The type of service supported for the specified task type. In this case, `anthropic`. */
  service: InferenceAnthropicServiceType
  /** Settings used to install the inference model. These settings are specific to the `anthropic` service. */
  service_settings: InferenceAnthropicServiceSettings
  /** Settings to configure the inference task. These settings are specific to the task type you specified. */
  task_settings?: InferenceAnthropicTaskSettings
}

export type InferencePutAnthropicResponse = InferenceInferenceEndpointInfoAnthropic

/** Request of `inference.put_azureaistudio`. */
export interface InferencePutAzureaistudioRequest extends RequestBase {
  /** The type of the inference task that the model will perform. */
  task_type: InferenceAzureAiStudioTaskType
  /** The unique identifier of the inference endpoint. */
  azureaistudio_inference_id: Id
  /** Specifies the amount of time to wait for the inference endpoint to be created. */
  timeout?: Duration
  /** The chunking configuration object. Applies only to the `text_embedding` task type. Not applicable to the `rerank` or `completion` task types. */
  chunking_settings?: InferenceInferenceChunkingSettings
  /** The type of service supported for the specified task type. In this case, `azureaistudio`. */
  service: InferenceAzureAiStudioServiceType
  /** Settings used to install the inference model. These settings are specific to the `azureaistudio` service. */
  service_settings: InferenceAzureAiStudioServiceSettings
  /** Settings to configure the inference task. These settings are specific to the task type you specified. */
  task_settings?: InferenceAzureAiStudioTaskSettings
}

export type InferencePutAzureaistudioResponse = InferenceInferenceEndpointInfoAzureAIStudio

/** Request of `inference.put_azureopenai`. */
export interface InferencePutAzureopenaiRequest extends RequestBase {
  /** The type of the inference task that the model will perform. NOTE: The `chat_completion` task type only supports streaming and only through the _stream API. */
  task_type: InferenceAzureOpenAITaskType
  /** The unique identifier of the inference endpoint. */
  azureopenai_inference_id: Id
  /** Specifies the amount of time to wait for the inference endpoint to be created. */
  timeout?: Duration
  /** The chunking configuration object. Applies only to the `text_embedding` task type. Not applicable to the `completion` and `chat_completion` task types. */
  chunking_settings?: InferenceInferenceChunkingSettings
  /** The type of service supported for the specified task type. In this case, `azureopenai`. */
  service: InferenceAzureOpenAIServiceType
  /** Settings used to install the inference model. These settings are specific to the `azureopenai` service. */
  service_settings: InferenceAzureOpenAIServiceSettings
  /** Settings to configure the inference task. These settings are specific to the task type you specified. */
  task_settings?: InferenceAzureOpenAITaskSettings
}

export type InferencePutAzureopenaiResponse = InferenceInferenceEndpointInfoAzureOpenAI

/** Request of `inference.put_cohere`. */
export interface InferencePutCohereRequest extends RequestBase {
  /** The type of the inference task that the model will perform. */
  task_type: InferenceCohereTaskType
  /** The unique identifier of the inference endpoint. */
  cohere_inference_id: Id
  /** Specifies the amount of time to wait for the inference endpoint to be created. */
  timeout?: Duration
  /** The chunking configuration object. Applies only to the `text_embedding` task type. Not applicable to the `rerank` or `completion` task type. */
  chunking_settings?: InferenceInferenceChunkingSettings
  /** The type of service supported for the specified task type. In this case, `cohere`. */
  service: InferenceCohereServiceType
  /** Settings used to install the inference model. These settings are specific to the `cohere` service. */
  service_settings: InferenceCohereServiceSettings
  /** Settings to configure the inference task. These settings are specific to the task type you specified. */
  task_settings?: InferenceCohereTaskSettings
}

export type InferencePutCohereResponse = InferenceInferenceEndpointInfoCohere

/** Request of `inference.put_contextualai`. */
export interface InferencePutContextualaiRequest extends RequestBase {
  /** The type of the inference task that the model will perform. */
  task_type: InferenceTaskTypeContextualAI
  /** The unique identifier of the inference endpoint. */
  contextualai_inference_id: Id
  /** Specifies the amount of time to wait for the inference endpoint to be created. */
  timeout?: Duration
  /** The type of service supported for the specified task type. In this case, `contextualai`. */
  service: InferenceContextualAIServiceType
  /** Settings used to install the inference model. These settings are specific to the `contextualai` service. */
  service_settings: InferenceContextualAIServiceSettings
  /** Settings to configure the inference task. These settings are specific to the task type you specified. */
  task_settings?: InferenceContextualAITaskSettings
}

export type InferencePutContextualaiResponse = InferenceInferenceEndpointInfoContextualAi

/** Request of `inference.put_custom`. */
export interface InferencePutCustomRequest extends RequestBase {
  /** The type of the inference task that the model will perform. */
  task_type: InferenceCustomTaskType
  /** The unique identifier of the inference endpoint. */
  custom_inference_id: Id
  /** The chunking configuration object. Applies only to the `sparse_embedding` or `text_embedding` task types. Not applicable to the `rerank` or `completion` task types. */
  chunking_settings?: InferenceInferenceChunkingSettings
  /** The type of service supported for the specified task type. In this case, `custom`. */
  service: InferenceCustomServiceType
  /** Settings used to install the inference model. These settings are specific to the `custom` service. */
  service_settings: InferenceCustomServiceSettings
  /** Settings to configure the inference task. These settings are specific to the task type you specified. */
  task_settings?: InferenceCustomTaskSettings
}

export type InferencePutCustomResponse = InferenceInferenceEndpointInfoCustom

/** Request of `inference.put_deepseek`. */
export interface InferencePutDeepseekRequest extends RequestBase {
  /** The type of the inference task that the model will perform. */
  task_type: InferenceTaskTypeDeepSeek
  /** The unique identifier of the inference endpoint. */
  deepseek_inference_id: Id
  /** Specifies the amount of time to wait for the inference endpoint to be created. */
  timeout?: Duration
  /** The type of service supported for the specified task type. In this case, `deepseek`. */
  service: InferenceDeepSeekServiceType
  /** Settings used to install the inference model. These settings are specific to the `deepseek` service. */
  service_settings: InferenceDeepSeekServiceSettings
}

export type InferencePutDeepseekResponse = InferenceInferenceEndpointInfoDeepSeek

/** Request of `inference.put_elasticsearch`. */
export interface InferencePutElasticsearchRequest extends RequestBase {
  /** The type of the inference task that the model will perform. */
  task_type: InferenceElasticsearchTaskType
  /** The unique identifier of the inference endpoint. The must not match the `model_id`. */
  elasticsearch_inference_id: Id
  /** Specifies the amount of time to wait for the inference endpoint to be created. */
  timeout?: Duration
  /** The chunking configuration object. Applies only to the `sparse_embedding` and `text_embedding` task types. Not applicable to the `rerank` task type. */
  chunking_settings?: InferenceInferenceChunkingSettings
  /** The type of service supported for the specified task type. In this case, `elasticsearch`. */
  service: InferenceElasticsearchServiceType
  /** Settings used to install the inference model. These settings are specific to the `elasticsearch` service. */
  service_settings: InferenceElasticsearchServiceSettings
  /** Settings to configure the inference task. These settings are specific to the task type you specified. */
  task_settings?: InferenceElasticsearchTaskSettings
}

export type InferencePutElasticsearchResponse = InferenceInferenceEndpointInfoElasticsearch

/**
 * Request of `inference.put_elser`.
 * @deprecated 8.16.0: The elser service is deprecated and will be removed in a future release. Use the Elasticsearch inference integration instead, with model_id included in the service_settings.
 */
export interface InferencePutElserRequest extends RequestBase {
  /** The type of the inference task that the model will perform. */
  task_type: InferenceElserTaskType
  /** The unique identifier of the inference endpoint. */
  elser_inference_id: Id
  /** Specifies the amount of time to wait for the inference endpoint to be created. */
  timeout?: Duration
  /** The chunking configuration object. Note that for ELSER endpoints, the max_chunk_size may not exceed `300`. */
  chunking_settings?: InferenceInferenceChunkingSettings
  /** The type of service supported for the specified task type. In this case, `elser`. */
  service: InferenceElserServiceType
  /** Settings used to install the inference model. These settings are specific to the `elser` service. */
  service_settings: InferenceElserServiceSettings
}

export type InferencePutElserResponse = InferenceInferenceEndpointInfoELSER

/** Request of `inference.put_fireworksai`. */
export interface InferencePutFireworksaiRequest extends RequestBase {
  /** The type of the inference task that the model will perform. */
  task_type: InferenceFireworksAITaskType
  /** The unique identifier of the inference endpoint. */
  fireworksai_inference_id: Id
  /** Specifies the amount of time to wait for the inference endpoint to be created. */
  timeout?: Duration
  /** The chunking configuration object. Applies only to the `text_embedding` task type. Not applicable to the `completion` or `chat_completion` task types. */
  chunking_settings?: InferenceInferenceChunkingSettings
  /** The type of service supported for the specified task type. In this case, `fireworksai`. */
  service: InferenceFireworksAIServiceType
  /** Settings used to install the inference model. These settings are specific to the `fireworksai` service. */
  service_settings: InferenceFireworksAIServiceSettings
  /** Settings to configure the inference task. Applies only to the `completion` or `chat_completion` task types. Not applicable to the `text_embedding` task type. These settings are specific to the task type you specified. */
  task_settings?: InferenceFireworksAITaskSettings
}

export type InferencePutFireworksaiResponse = InferenceInferenceEndpointInfoFireworksAI

/** Request of `inference.put_googleaistudio`. */
export interface InferencePutGoogleaistudioRequest extends RequestBase {
  /** The type of the inference task that the model will perform. */
  task_type: InferenceGoogleAiStudioTaskType
  /** The unique identifier of the inference endpoint. */
  googleaistudio_inference_id: Id
  /** Specifies the amount of time to wait for the inference endpoint to be created. */
  timeout?: Duration
  /** The chunking configuration object. Applies only to the `text_embedding` task type. Not applicable to the `completion` task type. */
  chunking_settings?: InferenceInferenceChunkingSettings
  /** The type of service supported for the specified task type. In this case, `googleaistudio`. */
  service: InferenceGoogleAiServiceType
  /** Settings used to install the inference model. These settings are specific to the `googleaistudio` service. */
  service_settings: InferenceGoogleAiStudioServiceSettings
}

export type InferencePutGoogleaistudioResponse = InferenceInferenceEndpointInfoGoogleAIStudio

/** Request of `inference.put_googlevertexai`. */
export interface InferencePutGooglevertexaiRequest extends RequestBase {
  /** The type of the inference task that the model will perform. */
  task_type: InferenceGoogleVertexAITaskType
  /** The unique identifier of the inference endpoint. */
  googlevertexai_inference_id: Id
  /** Specifies the amount of time to wait for the inference endpoint to be created. */
  timeout?: Duration
  /** The chunking configuration object. Applies only to the `text_embedding` task type. Not applicable to the `rerank`, `completion`, or `chat_completion` task types. */
  chunking_settings?: InferenceInferenceChunkingSettings
  /** The type of service supported for the specified task type. In this case, `googlevertexai`. */
  service: InferenceGoogleVertexAIServiceType
  /** Settings used to install the inference model. These settings are specific to the `googlevertexai` service. */
  service_settings: InferenceGoogleVertexAIServiceSettings
  /** Settings to configure the inference task. These settings are specific to the task type you specified. */
  task_settings?: InferenceGoogleVertexAITaskSettings
}

export type InferencePutGooglevertexaiResponse = InferenceInferenceEndpointInfoGoogleVertexAI

/** Request of `inference.put_groq`. */
export interface InferencePutGroqRequest extends RequestBase {
  /** The type of the inference task that the model will perform. */
  task_type: InferenceGroqTaskType
  /** The unique identifier of the inference endpoint. */
  groq_inference_id: Id
  /** Specifies the amount of time to wait for the inference endpoint to be created. */
  timeout?: Duration
  /** The type of service supported for the specified task type. In this case, `groq`. */
  service: InferenceGroqServiceType
  /** Settings used to install the inference model. These settings are specific to the `groq` service. */
  service_settings: InferenceGroqServiceSettings
}

export type InferencePutGroqResponse = InferenceInferenceEndpointInfoGroq

/** Request of `inference.put_hugging_face`. */
export interface InferencePutHuggingFaceRequest extends RequestBase {
  /** The type of the inference task that the model will perform. */
  task_type: InferenceHuggingFaceTaskType
  /** The unique identifier of the inference endpoint. */
  huggingface_inference_id: Id
  /** Specifies the amount of time to wait for the inference endpoint to be created. */
  timeout?: Duration
  /** The chunking configuration object. Applies only to the `text_embedding` task type. Not applicable to the `rerank`, `completion`, or `chat_completion` task types. */
  chunking_settings?: InferenceInferenceChunkingSettings
  /** The type of service supported for the specified task type. In this case, `hugging_face`. */
  service: InferenceHuggingFaceServiceType
  /** Settings used to install the inference model. These settings are specific to the `hugging_face` service. */
  service_settings: InferenceHuggingFaceServiceSettings
  /** Settings to configure the inference task. These settings are specific to the task type you specified. */
  task_settings?: InferenceHuggingFaceTaskSettings
}

export type InferencePutHuggingFaceResponse = InferenceInferenceEndpointInfoHuggingFace

/** Request of `inference.put_jinaai`. */
export interface InferencePutJinaaiRequest extends RequestBase {
  /** The type of the inference task that the model will perform. */
  task_type: InferenceJinaAITaskType
  /** The unique identifier of the inference endpoint. */
  jinaai_inference_id: Id
  /** Specifies the amount of time to wait for the inference endpoint to be created. */
  timeout?: Duration
  /** The chunking configuration object. Applies only to the `embedding` and text_embedding` task types. Not applicable to the `rerank` task type. */
  chunking_settings?: InferenceInferenceChunkingSettings
  /** The type of service supported for the specified task type. In this case, `jinaai`. */
  service: InferenceJinaAIServiceType
  /** Settings used to install the inference model. These settings are specific to the `jinaai` service. */
  service_settings: InferenceJinaAIServiceSettings
  /** Settings to configure the inference task. These settings are specific to the task type you specified. */
  task_settings?: InferenceJinaAITaskSettings
}

export type InferencePutJinaaiResponse = InferenceInferenceEndpointInfoJinaAi

/** Request of `inference.put_llama`. */
export interface InferencePutLlamaRequest extends RequestBase {
  /** The type of the inference task that the model will perform. */
  task_type: InferenceLlamaTaskType
  /** The unique identifier of the inference endpoint. */
  llama_inference_id: Id
  /** Specifies the amount of time to wait for the inference endpoint to be created. */
  timeout?: Duration
  /** The chunking configuration object. Applies only to the `text_embedding` task type. Not applicable to the `completion` or `chat_completion` task types. */
  chunking_settings?: InferenceInferenceChunkingSettings
  /** The type of service supported for the specified task type. In this case, `llama`. */
  service: InferenceLlamaServiceType
  /** Settings used to install the inference model. These settings are specific to the `llama` service. */
  service_settings: InferenceLlamaServiceSettings
}

export type InferencePutLlamaResponse = InferenceInferenceEndpointInfoLlama

/** Request of `inference.put_mistral`. */
export interface InferencePutMistralRequest extends RequestBase {
  /** The type of the inference task that the model will perform. */
  task_type: InferenceMistralTaskType
  /** The unique identifier of the inference endpoint. */
  mistral_inference_id: Id
  /** Specifies the amount of time to wait for the inference endpoint to be created. */
  timeout?: Duration
  /** The chunking configuration object. Applies only to the `text_embedding` task type. Not applicable to the `completion` or `chat_completion` task types. */
  chunking_settings?: InferenceInferenceChunkingSettings
  /** The type of service supported for the specified task type. In this case, `mistral`. */
  service: InferenceMistralServiceType
  /** Settings used to install the inference model. These settings are specific to the `mistral` service. */
  service_settings: InferenceMistralServiceSettings
}

export type InferencePutMistralResponse = InferenceInferenceEndpointInfoMistral

/** Request of `inference.put_nvidia`. */
export interface InferencePutNvidiaRequest extends RequestBase {
  /** The type of the inference task that the model will perform. NOTE: The `chat_completion` task type only supports streaming and only through the _stream API. */
  task_type: InferenceNvidiaTaskType
  /** The unique identifier of the inference endpoint. */
  nvidia_inference_id: Id
  /** Specifies the amount of time to wait for the inference endpoint to be created. */
  timeout?: Duration
  /** The chunking configuration object. Applies only to the `text_embedding` task type. Not applicable to the `rerank`, `completion`, or `chat_completion` task types. */
  chunking_settings?: InferenceInferenceChunkingSettings
  /** The type of service supported for the specified task type. In this case, `nvidia`. */
  service: InferenceNvidiaServiceType
  /** Settings used to install the inference model. These settings are specific to the `nvidia` service. */
  service_settings: InferenceNvidiaServiceSettings
  /** Settings to configure the inference task. Applies only to the `text_embedding` task type. Not applicable to the `rerank`, `completion`, or `chat_completion` task types. These settings are specific to the task type you specified. */
  task_settings?: InferenceNvidiaTaskSettings
}

export type InferencePutNvidiaResponse = InferenceInferenceEndpointInfoNvidia

/** Request of `inference.put_openai`. */
export interface InferencePutOpenaiRequest extends RequestBase {
  /** The type of the inference task that the model will perform. NOTE: The `chat_completion` task type only supports streaming and only through the _stream API. */
  task_type: InferenceOpenAITaskType
  /** The unique identifier of the inference endpoint. */
  openai_inference_id: Id
  /** Specifies the amount of time to wait for the inference endpoint to be created. */
  timeout?: Duration
  /** The chunking configuration object. Applies only to the `text_embedding` task type. Not applicable to the `completion` or `chat_completion` task types. */
  chunking_settings?: InferenceInferenceChunkingSettings
  /** The type of service supported for the specified task type. In this case, `openai`. */
  service: InferenceOpenAIServiceType
  /** Settings used to install the inference model. These settings are specific to the `openai` service. */
  service_settings: InferenceOpenAIServiceSettings
  /** Settings to configure the inference task. These settings are specific to the task type you specified. */
  task_settings?: InferenceOpenAITaskSettings
}

export type InferencePutOpenaiResponse = InferenceInferenceEndpointInfoOpenAI

/** Request of `inference.put_openshift_ai`. */
export interface InferencePutOpenshiftAiRequest extends RequestBase {
  /** The type of the inference task that the model will perform. NOTE: The `chat_completion` task type only supports streaming and only through the _stream API. */
  task_type: InferenceOpenShiftAiTaskType
  /** The unique identifier of the inference endpoint. */
  openshiftai_inference_id: Id
  /** Specifies the amount of time to wait for the inference endpoint to be created. */
  timeout?: Duration
  /** The chunking configuration object. Applies only to the `text_embedding` task type. Not applicable to the `rerank`, `completion`, or `chat_completion` task types. */
  chunking_settings?: InferenceInferenceChunkingSettings
  /** The type of service supported for the specified task type. In this case, `openshift_ai`. */
  service: InferenceOpenShiftAiServiceType
  /** Settings used to install the inference model. These settings are specific to the `openshift_ai` service. */
  service_settings: InferenceOpenShiftAiServiceSettings
  /** Settings to configure the inference task. Applies only to the `rerank` task type. Not applicable to the `text_embedding`, `completion`, or `chat_completion` task types. These settings are specific to the task type you specified. */
  task_settings?: InferenceOpenShiftAiTaskSettings
}

export type InferencePutOpenshiftAiResponse = InferenceInferenceEndpointInfoOpenShiftAi

/** Request of `inference.put_region_policy`. */
export interface InferencePutRegionPolicyRequest extends RequestBase {
  /** If `true`, the region policy is applied even if it would deny access to inference endpoints that are currently in use by ingest pipeline or indices. */
  force?: boolean
  /** The region policy configuration. */
  region_policy: InferenceRegionPolicy
}

export type InferencePutRegionPolicyResponse = InferenceRegionPolicyDoc

/** Request of `inference.put`. */
export interface InferencePutRequest extends RequestBase {
  /** The task type. Refer to the integration list in the API description for the available task types. */
  task_type?: InferenceTaskType
  /** The inference Id */
  inference_id: Id
  /** Specifies the amount of time to wait for the inference endpoint to be created. The default depends on the task type: 120s for `completion` and `chat_completion`, and 30s for all other task types. */
  timeout?: Duration
  inference_config: InferenceInferenceEndpoint
}

export type InferencePutResponse = InferenceInferenceEndpointInfo

/** Request of `inference.put_voyageai`. */
export interface InferencePutVoyageaiRequest extends RequestBase {
  /** The type of the inference task that the model will perform. */
  task_type: InferenceVoyageAITaskType
  /** The unique identifier of the inference endpoint. */
  voyageai_inference_id: Id
  /** Specifies the amount of time to wait for the inference endpoint to be created. */
  timeout?: Duration
  /** The chunking configuration object. Applies only to the `text_embedding` task type. Not applicable to the `rerank` task type. */
  chunking_settings?: InferenceInferenceChunkingSettings
  /** The type of service supported for the specified task type. In this case, `voyageai`. */
  service: InferenceVoyageAIServiceType
  /** Settings used to install the inference model. These settings are specific to the `voyageai` service. */
  service_settings: InferenceVoyageAIServiceSettings
  /** Settings to configure the inference task. These settings are specific to the task type you specified. */
  task_settings?: InferenceVoyageAITaskSettings
}

export type InferencePutVoyageaiResponse = InferenceInferenceEndpointInfoVoyageAI

/** Request of `inference.put_watsonx`. */
export interface InferencePutWatsonxRequest extends RequestBase {
  /** The type of the inference task that the model will perform. */
  task_type: InferenceWatsonxTaskType
  /** The unique identifier of the inference endpoint. */
  watsonx_inference_id: Id
  /** Specifies the amount of time to wait for the inference endpoint to be created. */
  timeout?: Duration
  /** The chunking configuration object. Applies only to the `text_embedding` task type. Not applicable to the `rerank`, `completion` or `chat_completion` task types. */
  chunking_settings?: InferenceInferenceChunkingSettings
  /** The type of service supported for the specified task type. In this case, `watsonxai`. */
  service: InferenceWatsonxServiceType
  /** Settings used to install the inference model. These settings are specific to the `watsonxai` service. */
  service_settings: InferenceWatsonxServiceSettings
}

export type InferencePutWatsonxResponse = InferenceInferenceEndpointInfoWatsonx

/** The rerank result object representing a single ranked document id: the original index of the document in the request relevance_score: the relevance_score of the document relative to the query text: Optional, the text of the document, if requested */
export interface InferenceRankedDocument {
  index: integer
  relevance_score: float
  text?: string
}

/** This setting helps to minimize the number of rate limit errors returned from the service. */
export interface InferenceRateLimitSetting {
  /** The number of requests allowed per minute. By default, the number of requests allowed per minute is set by each service as follows: */
  requests_per_minute?: integer
}

/** The reasoning configuration to use for the completion request. Currently supported only for `elastic` provider. */
export interface InferenceReasoning {
  /** The level of effort the model should put into reasoning. This is a hint that guides the model in how much effort to put into reasoning, with `xhigh` being the most effort and `none` being no effort. */
  effort?: InferenceReasoningEffort
  /** Whether to enable reasoning with default settings. This is a shortcut for enabling reasoning without having to specify the other parameters. If `enabled` is set to `true`, then reasoning at the `medium` effort level is enabled. Ignored if `effort` is specified, in which case that parameter will control the reasoning process instead. */
  enabled?: boolean
  /** Whether to exclude reasoning information from the response. If `true`, the response will not include any reasoning details. */
  exclude?: boolean
  /** The level of detail included in the reasoning summary returned in the response. This is a hint on how much detail to include in the summary of the reasoning that is returned in the response, with `auto` being the default level of detail, `concise` being less detail, and `detailed` being more detail. */
  summary?: InferenceReasoningSummary
}

/** Type representing the different types of reasoning details that can be included in the response from the model. Currently supported only for `elastic` provider. */
export type InferenceReasoningDetail = InferenceEncryptedReasoningDetail | InferenceSummaryReasoningDetail | InferenceTextReasoningDetail

export type InferenceReasoningEffort = 'xhigh' | 'high' | 'medium' | 'low' | 'minimal' | 'none'

export type InferenceReasoningSummary = 'auto' | 'concise' | 'detailed'

/** The region policy configuration. Specify exactly one of `allowed_geos` or `allowed_regions`. */
export interface InferenceRegionPolicy {
  /** The list of allowed geographic areas. Mutually exclusive with `allowed_regions`. */
  allowed_geos?: string[]
  /** The list of allowed cloud service provider regions. Mutually exclusive with `allowed_geos`. */
  allowed_regions?: InferenceCspRegion[]
}

/** The stored region policy document. */
export interface InferenceRegionPolicyDoc {
  region_policy: InferenceRegionPolicy
  /** The date and time the region policy was created. */
  created_at: DateTime
  /** The user who created the region policy. */
  created_by?: string
  /** The date and time the region policy was last updated. */
  updated_at?: DateTime
  /** The user who last updated the region policy. */
  updated_by?: string
}

export interface InferenceRequestChatCompletion {
  /** A list of objects representing the conversation. Requests should generally only add new messages from the user (role `user`). The other message roles (`assistant`, `system`, or `tool`) should generally only be copied from the response to a previous completion request, such that the messages array is built up throughout a conversation. */
  messages: InferenceMessage[]
  /** The ID of the model to use. By default, the model ID is set to the value included when creating the inference endpoint. */
  model?: string
  /** The upper bound limit for the number of tokens that can be generated for a completion request. */
  max_completion_tokens?: long
  /** The reasoning configuration for the completion request. This controls the model's reasoning process in one of two ways: */
  reasoning?: InferenceReasoning
  /** A sequence of strings to control when the model should stop generating additional tokens. */
  stop?: string[]
  /** The sampling temperature to use. */
  temperature?: float
  /** Controls which tool is called by the model. String representation: One of `auto`, `none`, or `requrired`. `auto` allows the model to choose between calling tools and generating a message. `none` causes the model to not call any tools. `required` forces the model to call one or more tools. Example (object representation): ``` { "tool_choice": { "type": "function", "function": { "name": "get_current_weather" } } } ``` */
  tool_choice?: InferenceCompletionToolType
  /** A list of tools that the model can call. Example: ``` { "tools": [ { "type": "function", "function": { "name": "get_price_of_item", "description": "Get the current price of an item", "parameters": { "type": "object", "properties": { "item": { "id": "12345" }, "unit": { "type": "currency" } } } } } ] } ``` */
  tools?: InferenceCompletionTool[]
  /** Nucleus sampling, an alternative to sampling with temperature. */
  top_p?: float
}

export interface InferenceRequestEmbedding {
  /** Inference input. Either a string, an array of strings, a `content` object, or an array of `content` objects. `content` objects may contain a single item or an array of items. Models that support multiple items per `content` object will return a single embedding for each `content` object, regardless of how many items it contains. Support for multiple items in a single `content` object is available in Elasticsearch 9.5.0 and later. */
  input: InferenceEmbeddingInput
  /** The input data type for the embedding model. Possible values include: * `SEARCH` * `INGEST` * `CLASSIFICATION` * `CLUSTERING` */
  input_type?: string
  /** Task settings for the individual inference request. These settings are specific to the <task_type> you specified and override the task settings specified when initializing the service. */
  task_settings?: InferenceTaskSettings
}

/** Request of `inference.rerank`. */
export interface InferenceRerankRequest extends RequestBase {
  /** The unique identifier for the inference endpoint. */
  inference_id: Id
  /** The amount of time to wait for the inference request to complete. */
  timeout?: Duration
  /** Query input. The query can be specified as a single string, or as an object. The object form additionally allows specifying non-text inputs, such as images. */
  query: InferenceRerankRerankQuery
  /** The documents to rank. The input can be specified as a single string or an array of strings, or as an object or an array of objects. The object form additionally allows specifying non-text inputs, such as images. */
  input: InferenceRerankRerankInput
  /** Include the document text in the response. */
  return_documents?: boolean
  /** Limit the response to the top N documents. */
  top_n?: integer
  /** Task settings for the individual inference request. These settings are specific to the task type you specified and override the task settings specified when initializing the service. */
  task_settings?: InferenceTaskSettings
}

/** The documents to rank for the `rerank` task. Either a string, an array of strings, an object, or an array of objects. The object form additionally allows specifying non-text inputs, such as images. */
export type InferenceRerankRerankInput = InferenceRerankRerankStringInput | InferenceRerankRerankObjectInput

export type InferenceRerankRerankInputFormat = 'text' | 'base64'

/** An object describing a single input for the `rerank` task, which additionally allows specifying non-text inputs, such as images. */
export interface InferenceRerankRerankInputObject {
  /** The type of input. Not all services and models support all input types. */
  type: InferenceRerankRerankInputType
  /** The format of the input. For the `text` type this must be `text`. For the `image` type this must be `base64`. If not specified, this defaults to `text` for the `text` type and `base64` for the `image` type. */
  format?: InferenceRerankRerankInputFormat
  /** The value of the input. For images, this must be a base64-encoded data URI, that is, "data:content/type;base64,...". */
  value: string
}

export type InferenceRerankRerankInputType = 'text' | 'image'

/** Allows specifying documents to rank as objects, which additionally supports non-text inputs, such as images. */
export type InferenceRerankRerankObjectInput = InferenceRerankRerankInputObject | InferenceRerankRerankInputObject[]

/** Query input for the `rerank` task. Either a string, or an object. The object form additionally allows specifying non-text inputs, such as images. */
export type InferenceRerankRerankQuery = string | InferenceRerankRerankInputObject

/** Allows specifying text-only documents to rank for the `rerank` task. */
export type InferenceRerankRerankStringInput = string | string[]

export type InferenceRerankResponse = InferenceRerankedInferenceResult

/** Defines the response for a rerank request. */
export interface InferenceRerankedInferenceResult {
  rerank: InferenceRankedDocument[]
}

export type InferenceServiceSettings = any

/** The response format for the sparse embedding request. */
export interface InferenceSparseEmbeddingInferenceResult {
  sparse_embedding: InferenceSparseEmbeddingResult[]
}

/** Request of `inference.sparse_embedding`. */
export interface InferenceSparseEmbeddingRequest extends RequestBase {
  /** The inference Id */
  inference_id: Id
  /** Specifies the amount of time to wait for the inference request to complete. */
  timeout?: Duration
  /** Inference input. Either a string or an array of strings. */
  input: string | string[]
  /** Task settings for the individual inference request. These settings are specific to the <task_type> you specified and override the task settings specified when initializing the service. */
  task_settings?: InferenceTaskSettings
}

export type InferenceSparseEmbeddingResponse = InferenceSparseEmbeddingInferenceResult

export interface InferenceSparseEmbeddingResult {
  /** Indicates if the text input was truncated in the request sent to the service */
  is_truncated: boolean
  embedding: InferenceSparseVector
}

/** Sparse Embedding tokens are represented as a dictionary of string to double. */
export type InferenceSparseVector = Record<string, float>

/** Request of `inference.stream_completion`. */
export interface InferenceStreamCompletionRequest extends RequestBase {
  /** The unique identifier for the inference endpoint. */
  inference_id: Id
  /** The amount of time to wait for the inference request to complete. */
  timeout?: Duration
  /** The text on which you want to perform the inference task. It can be a single string or an array. */
  input: string | string[]
  /** Task settings for the individual inference request. These settings are specific to the <task_type> you specified and override the task settings specified when initializing the service. */
  task_settings?: InferenceTaskSettings
}

export type InferenceStreamCompletionResponse = StreamResult

/** The reasoning summary detail includes a high-level summary of the model's reasoning process. */
export interface InferenceSummaryReasoningDetail extends InferenceBaseReasoningDetail {
  type: 'reasoning.summary'
  /** The summary of the reasoning process generated by the model, which provides an overview of the key points and conclusions reached during the reasoning process. */
  summary: string
}

export type InferenceTaskSettings = any

export type InferenceTaskType = 'sparse_embedding' | 'text_embedding' | 'rerank' | 'completion' | 'chat_completion' | 'embedding'

export type InferenceTaskTypeAi21 = 'completion' | 'chat_completion'

export type InferenceTaskTypeAlibabaCloudAI = 'text_embedding' | 'rerank' | 'completion' | 'sparse_embedding'

export type InferenceTaskTypeAmazonBedrock = 'chat_completion' | 'completion' | 'text_embedding'

export type InferenceTaskTypeAmazonSageMaker = 'text_embedding' | 'completion' | 'chat_completion' | 'sparse_embedding' | 'rerank'

export type InferenceTaskTypeAnthropic = 'completion' | 'chat_completion'

export type InferenceTaskTypeAzureAIStudio = 'text_embedding' | 'completion' | 'rerank'

export type InferenceTaskTypeAzureOpenAI = 'text_embedding' | 'completion' | 'chat_completion'

export type InferenceTaskTypeCohere = 'text_embedding' | 'rerank' | 'completion'

export type InferenceTaskTypeContextualAI = 'rerank'

export type InferenceTaskTypeCustom = 'text_embedding' | 'sparse_embedding' | 'rerank' | 'completion'

export type InferenceTaskTypeDeepSeek = 'completion' | 'chat_completion'

export type InferenceTaskTypeELSER = 'sparse_embedding'

export type InferenceTaskTypeElasticsearch = 'sparse_embedding' | 'text_embedding' | 'rerank'

export type InferenceTaskTypeFireworksAI = 'chat_completion' | 'completion' | 'text_embedding'

export type InferenceTaskTypeGoogleAIStudio = 'text_embedding' | 'completion'

export type InferenceTaskTypeGoogleVertexAI = 'chat_completion' | 'completion' | 'text_embedding' | 'rerank'

export type InferenceTaskTypeGroq = 'chat_completion'

export type InferenceTaskTypeHuggingFace = 'chat_completion' | 'completion' | 'rerank' | 'text_embedding'

export type InferenceTaskTypeJinaAi = 'embedding' | 'text_embedding' | 'rerank'

export type InferenceTaskTypeLlama = 'text_embedding' | 'chat_completion' | 'completion'

export type InferenceTaskTypeMistral = 'text_embedding' | 'chat_completion' | 'completion'

export type InferenceTaskTypeNvidia = 'chat_completion' | 'completion' | 'rerank' | 'text_embedding'

export type InferenceTaskTypeOpenAI = 'text_embedding' | 'chat_completion' | 'completion' | 'embedding'

export type InferenceTaskTypeOpenShiftAi = 'text_embedding' | 'chat_completion' | 'completion' | 'rerank'

export type InferenceTaskTypeVoyageAI = 'text_embedding' | 'rerank'

export type InferenceTaskTypeWatsonx = 'text_embedding' | 'chat_completion' | 'completion'

/** TextEmbeddingInferenceResult is an aggregation of mutually exclusive text_embedding variants */
export interface InferenceTextEmbeddingInferenceResult {
  text_embedding_bytes?: InferenceDenseEmbeddingByteResult[]
  text_embedding_bits?: InferenceDenseEmbeddingByteResult[]
  text_embedding?: InferenceDenseEmbeddingResult[]
}

/** Request of `inference.text_embedding`. */
export interface InferenceTextEmbeddingRequest extends RequestBase {
  /** The inference Id */
  inference_id: Id
  /** Specifies the amount of time to wait for the inference request to complete. */
  timeout?: Duration
  /** Inference input. Either a string or an array of strings. */
  input: string | string[]
  /** The input data type for the text embedding model. Possible values include: * `SEARCH` * `INGEST` * `CLASSIFICATION` * `CLUSTERING` Not all services support all values. Unsupported values will trigger a validation exception. Accepted values depend on the configured inference service, refer to the relevant service-specific documentation for more info. */
  input_type?: string
  /** Task settings for the individual inference request. These settings are specific to the <task_type> you specified and override the task settings specified when initializing the service. */
  task_settings?: InferenceTaskSettings
}

export type InferenceTextEmbeddingResponse = InferenceTextEmbeddingInferenceResult

/** The reasoning text detail includes plaintext reasoning with optional signature verification. */
export interface InferenceTextReasoningDetail extends InferenceBaseReasoningDetail {
  type: 'reasoning.text'
  /** The signature of the reasoning text, which can be used to verify the authenticity and integrity of the reasoning information provided by the model. */
  signature?: string
  /** The plaintext reasoning generated by the model, which provides a detailed explanation of the model's reasoning process in human-readable form. */
  text?: string
}

export interface InferenceThinkingConfig {
  /** Indicates the desired thinking budget in tokens. */
  thinking_budget?: integer
}

/** A tool call generated by the model. */
export interface InferenceToolCall {
  /** The identifier of the tool call. */
  id: Id
  /** The function that the model called. */
  function: InferenceToolCallFunction
  /** The type of the tool call. */
  type: string
}

/** The function that the model called. */
export interface InferenceToolCallFunction {
  /** The arguments to call the function with in JSON format. */
  arguments: string
  /** The name of the function to call. */
  name: string
}

/** Request of `inference.update`. */
export interface InferenceUpdateRequest extends RequestBase {
  /** The unique identifier of the inference endpoint. */
  inference_id: Id
  /** The type of inference task that the model performs. */
  task_type?: InferenceTaskType
  /** Specifies the amount of time to wait for the inference endpoint to be updated. The default depends on the task type: 120s for `completion` and `chat_completion`, and 30s for all other task types. */
  timeout?: Duration
  inference_config: InferenceInferenceEndpoint
}

export type InferenceUpdateResponse = InferenceInferenceEndpointInfo

export interface InferenceVoyageAIServiceSettings {
  /** The number of dimensions for resulting output embeddings. This setting maps to `output_dimension` in the VoyageAI documentation. Only for the `text_embedding` task type. */
  dimensions?: integer
  /** The name of the model to use for the inference task. Refer to the VoyageAI documentation for the list of available text embedding and rerank models. */
  model_id: string
  /** This setting helps to minimize the number of rate limit errors returned from VoyageAI. The `voyageai` service sets a default number of requests allowed per minute depending on the task type. For both `text_embedding` and `rerank`, it is set to `2000`. */
  rate_limit?: InferenceRateLimitSetting
  /** The data type for the embeddings to be returned. This setting maps to `output_dtype` in the VoyageAI documentation. Permitted values: float, int8, bit. `int8` is a synonym of `byte` in the VoyageAI documentation. `bit` is a synonym of `binary` in the VoyageAI documentation. Only for the `text_embedding` task type. */
  embedding_type?: float
}

export type InferenceVoyageAIServiceType = 'voyageai'

export interface InferenceVoyageAITaskSettings {
  /** Type of the input text. Permitted values: `ingest` (maps to `document` in the VoyageAI documentation), `search` (maps to `query` in the VoyageAI documentation). Only for the `text_embedding` task type. */
  input_type?: string
  /** Whether to return the source documents in the response. Only for the `rerank` task type. */
  return_documents?: boolean
  /** The number of most relevant documents to return. If not specified, the reranking results of all documents will be returned. Only for the `rerank` task type. */
  top_k?: integer
  /** Whether to truncate the input texts to fit within the context length. */
  truncation?: boolean
}

export type InferenceVoyageAITaskType = 'text_embedding' | 'rerank'

export interface InferenceWatsonxServiceSettings {
  /** A valid API key of your Watsonx account. You can find your Watsonx API keys or you can create a new one on the API keys page. */
  api_key: string
  /** A version parameter that takes a version date in the format of `YYYY-MM-DD`. For the active version data parameters, refer to the Wastonx documentation. */
  api_version: string
  /** The name of the model to use for the inference task. Refer to the IBM Embedding Models section in the Watsonx documentation for the list of available text embedding models. Refer to the IBM library - Foundation models in Watsonx.ai. */
  model_id: string
  /** The identifier of the IBM Cloud project to use for the inference task. */
  project_id: string
  /** This setting helps to minimize the number of rate limit errors returned from Watsonx. By default, the `watsonxai` service sets the number of requests allowed per minute to 120. */
  rate_limit?: InferenceRateLimitSetting
  /** The URL of the inference endpoint that you created on Watsonx. */
  url: string
}

export type InferenceWatsonxServiceType = 'watsonxai'

export type InferenceWatsonxTaskType = 'text_embedding' | 'rerank' | 'chat_completion' | 'completion'
