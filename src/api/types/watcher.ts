// Generated from the Elasticsearch specification by scripts/spec/types.mjs. Do not edit: regenerate with `npm run generate`.
import type { AcknowledgedResponseBase, DateTime, Duration, DurationValue, EpochTime, ErrorCause, Field, FieldValue, Host, HttpHeaders, Id, IndexName, Indices, IndicesOptions, Metadata, Name, Names, NodeStatistics, OpType, Password, Refresh, RequestBase, Result, ScriptLanguage, ScriptSource, SearchType, SequenceNumber, Sort, SortResults, TransformContainer, UnitMillis, UnitSeconds, Username, VersionNumber, integer, long, uint } from './common.js'
import type { SearchSearchRequestBody } from './core.js'
import type { IndicesIndexSettings } from './indices.js'
import type { QueryDslQueryContainer } from './query-dsl.js'

/** Request of `watcher.ack_watch`. */
export interface WatcherAckWatchRequest extends RequestBase {
  /** The watch identifier. */
  watch_id: Name
  /** A comma-separated list of the action identifiers to acknowledge. If you omit this parameter, all of the actions of the watch are acknowledged. */
  action_id?: Names
}

export interface WatcherAckWatchResponse {
  status: WatcherWatchStatus
}

export interface WatcherAcknowledgeState {
  state: WatcherAcknowledgementOptions
  timestamp: DateTime
}

export type WatcherAcknowledgementOptions = 'awaits_successful_execution' | 'ackable' | 'acked'

export interface WatcherAction {
  action_type?: WatcherActionType
  condition?: WatcherConditionContainer
  foreach?: string
  max_iterations?: integer
  name?: Name
  throttle_period?: Duration
  throttle_period_in_millis?: DurationValue<UnitMillis>
  transform?: TransformContainer
  index?: WatcherIndexAction
  logging?: WatcherLoggingAction
  email?: WatcherEmailAction
  pagerduty?: WatcherPagerDutyAction
  slack?: WatcherSlackAction
  webhook?: WatcherWebhookAction
}

export type WatcherActionExecutionMode = 'simulate' | 'force_simulate' | 'execute' | 'force_execute' | 'skip'

export interface WatcherActionStatus {
  ack: WatcherAcknowledgeState
  last_execution?: WatcherExecutionState
  last_successful_execution?: WatcherExecutionState
  last_throttle?: WatcherThrottleState
}

export type WatcherActionStatusOptions = 'success' | 'failure' | 'partial_failure' | 'acknowledged' | 'throttled' | 'condition_failed' | 'simulated'

export type WatcherActionType = 'email' | 'webhook' | 'index' | 'logging' | 'slack' | 'pagerduty'

export type WatcherActions = Record<IndexName, WatcherActionStatus>

/** Request of `watcher.activate_watch`. */
export interface WatcherActivateWatchRequest extends RequestBase {
  /** The watch identifier. */
  watch_id: Name
}

export interface WatcherActivateWatchResponse {
  status: WatcherActivationStatus
}

export interface WatcherActivationState {
  active: boolean
  timestamp: DateTime
}

export interface WatcherActivationStatus {
  actions: WatcherActions
  state: WatcherActivationState
  version: VersionNumber
}

export interface WatcherAlwaysCondition {
}

export interface WatcherArrayCompareConditionKeys {
  path: string
}
export type WatcherArrayCompareCondition = WatcherArrayCompareConditionKeys & { [property: string]: WatcherArrayCompareOpParams | string }

export interface WatcherArrayCompareOpParams {
  quantifier: WatcherQuantifier
  value: FieldValue
}

export interface WatcherChainInput {
  inputs: Partial<Record<string, WatcherInputContainer>>[]
}

export interface WatcherConditionContainer {
  always?: WatcherAlwaysCondition
  array_compare?: Partial<Record<string, WatcherArrayCompareCondition>>
  compare?: Partial<Record<string, Partial<Record<WatcherConditionOp, FieldValue>>>>
  never?: WatcherNeverCondition
  script?: WatcherScriptCondition
}

export type WatcherConditionOp = 'not_eq' | 'eq' | 'lt' | 'gt' | 'lte' | 'gte'

export type WatcherConditionType = 'always' | 'never' | 'script' | 'compare' | 'array_compare'

export type WatcherConnectionScheme = 'http' | 'https'

export type WatcherCronExpression = string

export interface WatcherDailySchedule {
  at: WatcherScheduleTimeOfDay[]
}

export type WatcherDataAttachmentFormat = 'json' | 'yaml'

export interface WatcherDataEmailAttachment {
  format?: WatcherDataAttachmentFormat
}

export type WatcherDay = 'sunday' | 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday'

/** Request of `watcher.deactivate_watch`. */
export interface WatcherDeactivateWatchRequest extends RequestBase {
  /** The watch identifier. */
  watch_id: Name
}

export interface WatcherDeactivateWatchResponse {
  status: WatcherActivationStatus
}

/** Request of `watcher.delete_watch`. */
export interface WatcherDeleteWatchRequest extends RequestBase {
  /** The watch identifier. */
  id: Name
}

export interface WatcherDeleteWatchResponse {
  found: boolean
  _id: Id
  _version: VersionNumber
}

export interface WatcherEmail {
  id?: Id
  bcc?: string | string[]
  body?: WatcherEmailBody
  cc?: string | string[]
  from?: string
  priority?: WatcherEmailPriority
  reply_to?: string | string[]
  sent_date?: DateTime
  subject: string
  to: string | string[]
  attachments?: Record<string, WatcherEmailAttachmentContainer>
}

export interface WatcherEmailAction extends WatcherEmail {
}

export interface WatcherEmailAttachmentContainer {
  http?: WatcherHttpEmailAttachment
  reporting?: WatcherReportingEmailAttachment
  data?: WatcherDataEmailAttachment
}

export interface WatcherEmailBody {
  html?: string
  text?: string
}

export type WatcherEmailPriority = 'lowest' | 'low' | 'normal' | 'high' | 'highest'

export interface WatcherEmailResult {
  account?: string
  message: WatcherEmail
  reason?: string
}

/** Request of `watcher.execute_watch`. */
export interface WatcherExecuteWatchRequest extends RequestBase {
  /** The watch identifier. */
  id?: Id
  /** Defines whether the watch runs in debug mode. */
  debug?: boolean
  /** Determines how to handle the watch actions as part of the watch execution. */
  action_modes?: Record<string, WatcherActionExecutionMode>
  /** When present, the watch uses this object as a payload instead of executing its own input. */
  alternative_input?: Record<string, any>
  /** When set to `true`, the watch execution uses the always condition. This can also be specified as an HTTP parameter. */
  ignore_condition?: boolean
  /** When set to `true`, the watch record representing the watch execution result is persisted to the `.watcher-history` index for the current time. In addition, the status of the watch is updated, possibly throttling subsequent runs. This can also be specified as an HTTP parameter. */
  record_execution?: boolean
  simulated_actions?: WatcherSimulatedActions
  /** This structure is parsed as the data of the trigger event that will be used during the watch execution. */
  trigger_data?: WatcherScheduleTriggerEvent
  /** When present, this watch is used instead of the one specified in the request. This watch is not persisted to the index and `record_execution` cannot be set. */
  watch?: WatcherWatch
}

export interface WatcherExecuteWatchResponse {
  /** The watch record identifier as it would be stored in the `.watcher-history` index. */
  _id: Id
  /** The watch record document as it would be stored in the `.watcher-history` index. */
  watch_record: WatcherExecuteWatchWatchRecord
}

export interface WatcherExecuteWatchWatchRecord {
  '@timestamp': DateTime
  node: string
  state: WatcherExecutionStatus
  trigger_event: WatcherTriggerEventResult
  watch_id: Id
  condition?: WatcherConditionContainer
  input?: WatcherInputContainer
  metadata?: Metadata
  result?: WatcherExecutionResult
  user?: Username
  status?: WatcherWatchStatus
  messages?: string[]
  vars?: Record<string, any>
  exception?: ErrorCause
}

export type WatcherExecutionPhase = 'awaits_execution' | 'started' | 'input' | 'condition' | 'actions' | 'watch_transform' | 'aborted' | 'finished'

export interface WatcherExecutionResult {
  actions: WatcherExecutionResultAction[]
  condition?: WatcherExecutionResultCondition
  execution_duration: DurationValue<UnitMillis>
  execution_time: DateTime
  input?: WatcherExecutionResultInput
  transform?: WatcherExecutionResultTransform
}

export interface WatcherExecutionResultAction extends WatcherExecutionResultForeachAction {
  id: Id
  type: WatcherActionType
  status: WatcherActionStatusOptions
  condition?: WatcherExecutionResultCondition
  transform?: WatcherExecutionResultTransform
  foreach?: WatcherExecutionResultForeachAction[]
  max_iterations?: integer
  number_of_actions_executed?: integer
}

export interface WatcherExecutionResultCondition {
  met: boolean
  status: WatcherExecutionResultStatus
  type: WatcherConditionType
  compare?: WatcherExecutionResultConditionResolved
  array_compare?: WatcherExecutionResultConditionResolved
}

export interface WatcherExecutionResultConditionResolved {
  resolved_values?: Record<string, any>
}

/** The result of a single action execution. */
export interface WatcherExecutionResultForeachAction {
  email?: WatcherEmailResult
  index?: WatcherIndexResult
  logging?: WatcherLoggingResult
  pagerduty?: WatcherPagerDutyResult
  slack?: WatcherSlackResult
  webhook?: WatcherWebhookResult
  error?: ErrorCause
  reason?: string
}

export interface WatcherExecutionResultHttpInput {
  request: WatcherHttpInputRequestResult
  /** The HTTP status code returned by the request. It is only present when the request was executed. */
  status_code?: integer
}

export interface WatcherExecutionResultInput {
  payload?: Record<string, any>
  status: WatcherExecutionResultStatus
  type: WatcherInputType
  /** The resolved search request, present when the input is a search input. */
  search?: WatcherExecutionResultSearchInput
  /** The resolved HTTP request, present when the input is an HTTP input. */
  http?: WatcherExecutionResultHttpInput
  /** The result of each named input, present when the input is a chain input. */
  chain?: Record<string, WatcherExecutionResultInput>
  error?: ErrorCause
}

export interface WatcherExecutionResultSearchInput {
  request: WatcherSearchInputRequestDefinition
}

export type WatcherExecutionResultStatus = 'success' | 'failure'

export interface WatcherExecutionResultTransform {
  payload?: Record<string, any>
  status: WatcherExecutionResultStatus
  type: WatcherExecutionResultTransformType
  search?: WatcherExecutionResultSearchInput
  error?: ErrorCause
  reason?: string
}

export type WatcherExecutionResultTransformType = 'script' | 'search' | 'chain'

export interface WatcherExecutionState {
  successful: boolean
  timestamp: DateTime
  reason?: string
}

export type WatcherExecutionStatus = 'awaits_execution' | 'checking' | 'execution_not_needed' | 'throttled' | 'executed' | 'failed' | 'deleted_while_queued' | 'not_executed_already_queued'

export interface WatcherExecutionThreadPool {
  /** The largest size of the execution thread pool, which indicates the largest number of concurrent running watches. */
  max_size: long
  /** The number of watches that were triggered and are currently queued. */
  queue_size: long
}

/** Request of `watcher.get_settings`. */
export interface WatcherGetSettingsRequest extends RequestBase {
  /** The period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
}

export interface WatcherGetSettingsResponse {
  index: IndicesIndexSettings
}

/** Request of `watcher.get_watch`. */
export interface WatcherGetWatchRequest extends RequestBase {
  /** The watch identifier. */
  id: Name
}

export interface WatcherGetWatchResponse {
  found: boolean
  _id: Id
  status?: WatcherWatchStatus
  watch?: WatcherWatch
  _primary_term?: integer
  _seq_no?: SequenceNumber
  _version?: VersionNumber
}

export interface WatcherHourAndMinute {
  hour: integer[]
  minute: integer[]
}

export interface WatcherHourlySchedule {
  minute: integer[]
}

export interface WatcherHttpEmailAttachment {
  content_type?: string
  inline?: boolean
  request?: WatcherHttpInputRequestDefinition
}

export interface WatcherHttpInput {
  extract?: string[]
  request?: WatcherHttpInputRequestDefinition
  response_content_type?: WatcherResponseContentType
}

export interface WatcherHttpInputAuthentication {
  basic: WatcherHttpInputBasicAuthentication
}

export interface WatcherHttpInputBasicAuthentication {
  password: Password
  username: Username
}

export type WatcherHttpInputMethod = 'head' | 'get' | 'post' | 'put' | 'delete'

export interface WatcherHttpInputProxy {
  host: Host
  port: uint
}

export interface WatcherHttpInputRequestDefinition {
  auth?: WatcherHttpInputAuthentication
  body?: string
  connection_timeout?: Duration
  headers?: Record<string, string>
  host?: Host
  method?: WatcherHttpInputMethod
  params?: Record<string, string>
  path?: string
  port?: uint
  proxy?: WatcherHttpInputProxy
  read_timeout?: Duration
  scheme?: WatcherConnectionScheme
  url?: string
}

export interface WatcherHttpInputRequestResult extends WatcherHttpInputRequestDefinition {
}

export interface WatcherHttpInputResponseResult {
  body: string
  headers: HttpHeaders
  status: integer
}

export interface WatcherIndexAction {
  index?: IndexName
  doc_id?: Id
  refresh?: Refresh
  op_type?: OpType
  timeout?: Duration
  execution_time_field?: Field
}

/** The result of an index action. It is a container that holds either the `response` of an executed index operation, or the `request` that would have run when the action is simulated. */
export interface WatcherIndexResult {
  /** The outcome of the index operation. A single summary is returned when a single document is indexed, or an array when several documents are indexed at once. When a bulk operation ends in `failure` or `partial_failure`, the array includes failed items. */
  response?: WatcherIndexResultSummary | WatcherIndexResultSummary[]
  /** The request that would have been executed. It is only present when the action is simulated. */
  request?: WatcherIndexResultRequestSummary
}

export interface WatcherIndexResultRequestSummary {
  doc_id?: Id
  index: IndexName
  refresh?: Refresh
  source: any
}

/** A single item of an index action result. Successful items and failed items expose different fields; only `id` and `index` are present in both. Failed items appear when a bulk index action ends in `failure` or `partial_failure`. */
export interface WatcherIndexResultSummary {
  id: Id
  index: IndexName
  created?: boolean
  result?: Result
  version?: VersionNumber
  /** Only present for failed items */
  failed?: boolean
  /** Only present for failed items */
  message?: string
}

export interface WatcherInputContainer {
  chain?: WatcherChainInput
  http?: WatcherHttpInput
  search?: WatcherSearchInput
  simple?: Record<string, any>
  transform?: TransformContainer
}

export type WatcherInputType = 'chain' | 'http' | 'none' | 'search' | 'simple' | 'transform'

export interface WatcherLoggingAction {
  level?: string
  text: string
  category?: string
}

export interface WatcherLoggingResult {
  logged_text: string
}

export type WatcherMonth = 'january' | 'february' | 'march' | 'april' | 'may' | 'june' | 'july' | 'august' | 'september' | 'october' | 'november' | 'december'

export interface WatcherNeverCondition {
}

export interface WatcherPagerDutyAction extends WatcherPagerDutyEvent {
}

export interface WatcherPagerDutyContext {
  href?: string
  src?: string
  type: WatcherPagerDutyContextType
}

export type WatcherPagerDutyContextType = 'link' | 'image'

export interface WatcherPagerDutyEvent {
  account?: string
  attach_payload: boolean
  client?: string
  client_url?: string
  contexts?: WatcherPagerDutyContext[]
  context?: WatcherPagerDutyContext[]
  description: string
  event_type?: WatcherPagerDutyEventType
  incident_key: string
  proxy?: WatcherPagerDutyEventProxy
}

export interface WatcherPagerDutyEventProxy {
  host?: Host
  port?: integer
}

export type WatcherPagerDutyEventType = 'trigger' | 'resolve' | 'acknowledge'

export interface WatcherPagerDutyResult {
  event: WatcherPagerDutyEvent
  reason?: string
  request?: WatcherHttpInputRequestResult
  response?: WatcherHttpInputResponseResult
}

/** Request of `watcher.put_watch`. */
export interface WatcherPutWatchRequest extends RequestBase {
  /** The identifier for the watch. */
  id: Id
  /** The initial state of the watch. The default value is `true`, which means the watch is active by default. */
  active?: boolean
  /** Only update the watch if the last operation that has changed the watch has the specified primary term */
  if_primary_term?: long
  /** Only update the watch if the last operation that has changed the watch has the specified sequence number */
  if_seq_no?: SequenceNumber
  /** Explicit version number for concurrency control */
  version?: VersionNumber
  /** The list of actions that will be run if the condition matches. */
  actions?: Record<string, WatcherAction>
  /** The condition that defines if the actions should be run. */
  condition?: WatcherConditionContainer
  /** The input that defines the input that loads the data for the watch. */
  input?: WatcherInputContainer
  /** Metadata JSON that will be copied into the history entries. */
  metadata?: Metadata
  /** The minimum time between actions being run. The default is 5 seconds. This default can be changed in the config file with the setting `xpack.watcher.throttle.period.default_period`. If both this value and the `throttle_period_in_millis` parameter are specified, Watcher uses the last parameter included in the request. */
  throttle_period?: Duration
  /** Minimum time in milliseconds between actions being run. Defaults to 5000. If both this value and the throttle_period parameter are specified, Watcher uses the last parameter included in the request. */
  throttle_period_in_millis?: DurationValue<UnitMillis>
  /** The transform that processes the watch payload to prepare it for the watch actions. */
  transform?: TransformContainer
  /** The trigger that defines when the watch should run. */
  trigger?: WatcherTriggerContainer
}

export interface WatcherPutWatchResponse {
  created: boolean
  _id: Id
  _primary_term: long
  _seq_no: SequenceNumber
  _version: VersionNumber
}

export type WatcherQuantifier = 'some' | 'all'

export interface WatcherQueryWatch {
  _id: Id
  status?: WatcherWatchStatus
  watch?: WatcherWatch
  _primary_term?: integer
  _seq_no?: SequenceNumber
}

/** Request of `watcher.query_watches`. */
export interface WatcherQueryWatchesRequest extends RequestBase {
  /** The offset from the first result to fetch. It must be non-negative. */
  from?: integer
  /** The number of hits to return. It must be non-negative. */
  size?: integer
  /** A query that filters the watches to be returned. */
  query?: QueryDslQueryContainer
  /** One or more fields used to sort the search results. */
  sort?: Sort
  /** Retrieve the next page of hits using a set of sort values from the previous page. */
  search_after?: SortResults
}

export interface WatcherQueryWatchesResponse {
  /** The total number of watches found. */
  count: integer
  /** A list of watches based on the `from`, `size`, or `search_after` request body parameters. */
  watches: WatcherQueryWatch[]
}

export interface WatcherReportingEmailAttachment {
  url: string
  inline?: boolean
  retries?: integer
  interval?: Duration
  request?: WatcherHttpInputRequestDefinition
}

export type WatcherResponseContentType = 'json' | 'yaml' | 'text'

export interface WatcherScheduleContainer {
  timezone?: string
  cron?: WatcherCronExpression
  daily?: WatcherDailySchedule
  hourly?: WatcherHourlySchedule
  interval?: Duration
  monthly?: WatcherTimeOfMonth | WatcherTimeOfMonth[]
  weekly?: WatcherTimeOfWeek | WatcherTimeOfWeek[]
  yearly?: WatcherTimeOfYear | WatcherTimeOfYear[]
}

/** A time of day, expressed either as `hh:mm`, `noon`, `midnight`, or an hour/minutes structure. */
export type WatcherScheduleTimeOfDay = string | WatcherHourAndMinute

export interface WatcherScheduleTriggerEvent {
  scheduled_time: DateTime
  triggered_time?: DateTime
}

export interface WatcherScriptCondition {
  lang?: ScriptLanguage
  params?: Record<string, any>
  source?: ScriptSource
  id?: string
}

export interface WatcherSearchInput {
  extract?: string[]
  request: WatcherSearchInputRequestDefinition
  timeout?: Duration
}

export interface WatcherSearchInputRequestDefinition {
  body?: SearchSearchRequestBody
  indices?: Indices
  indices_options?: IndicesOptions
  search_type?: SearchType
  template?: WatcherSearchTemplateRequestBody
  rest_total_hits_as_int?: boolean
}

export interface WatcherSearchTemplateRequestBody {
  explain?: boolean
  /** ID of the search template to use. If no source is specified, this parameter is required. */
  id?: Id
  /** The language the template is written in. It is reported in the resolved search input of a watch record. */
  lang?: ScriptLanguage
  params?: Record<string, any>
  profile?: boolean
  /** An inline search template. Supports the same parameters as the search API's request body. Also supports Mustache variables. If no id is specified, this parameter is required. */
  source?: string
}

export interface WatcherSimulatedActions {
  actions: string[]
  all: WatcherSimulatedActions
  use_all: boolean
}

export interface WatcherSlackAction {
  account?: string
  message: WatcherSlackMessage
}

export interface WatcherSlackAttachment {
  author_icon?: string
  author_link?: string
  author_name: string
  color?: string
  fallback?: string
  fields?: WatcherSlackAttachmentField[]
  footer?: string
  footer_icon?: string
  image_url?: string
  pretext?: string
  text?: string
  thumb_url?: string
  title: string
  title_link?: string
  ts?: EpochTime<UnitSeconds>
}

export interface WatcherSlackAttachmentField {
  short: boolean
  title: string
  value: string
}

export interface WatcherSlackDynamicAttachment {
  attachment_template: WatcherSlackAttachment
  list_path: string
}

export interface WatcherSlackMessage {
  attachments: WatcherSlackAttachment[]
  dynamic_attachments?: WatcherSlackDynamicAttachment
  from: string
  icon?: string
  text: string
  to: string[]
}

export interface WatcherSlackResult {
  account?: string
  message: WatcherSlackMessage
}

/** Request of `watcher.start`. */
export interface WatcherStartRequest extends RequestBase {
  /** Period to wait for a connection to the master node. */
  master_timeout?: Duration
}

export type WatcherStartResponse = AcknowledgedResponseBase

/** Request of `watcher.stats`. */
export interface WatcherStatsRequest extends RequestBase {
  /** Defines which additional metrics are included in the response. */
  metric?: WatcherStatsWatcherMetric | WatcherStatsWatcherMetric[]
  /** Defines whether stack traces are generated for each watch that is running. */
  emit_stacktraces?: boolean
}

export interface WatcherStatsResponse {
  _nodes: NodeStatistics
  cluster_name: Name
  manually_stopped: boolean
  stats: WatcherStatsWatcherNodeStats[]
}

export interface WatcherStatsWatchRecordQueuedStats {
  /** The time the watch was run. This is just before the input is being run. */
  execution_time: DateTime
}

export interface WatcherStatsWatchRecordStats extends WatcherStatsWatchRecordQueuedStats {
  /** The current watch execution phase. */
  execution_phase: WatcherExecutionPhase
  /** The time the watch was triggered by the trigger engine. */
  triggered_time: DateTime
  executed_actions?: string[]
  watch_id: Id
  /** The watch record identifier. */
  watch_record_id: Id
}

export type WatcherStatsWatcherMetric = '_all' | 'all' | 'queued_watches' | 'current_watches' | 'pending_watches'

export interface WatcherStatsWatcherNodeStats {
  /** The current executing watches metric gives insight into the watches that are currently being executed by Watcher. Additional information is shared per watch that is currently executing. This information includes the `watch_id`, the time its execution started and its current execution phase. To include this metric, the `metric` option should be set to `current_watches` or `_all`. In addition you can also specify the `emit_stacktraces=true` parameter, which adds stack traces for each watch that is being run. These stack traces can give you more insight into an execution of a watch. */
  current_watches?: WatcherStatsWatchRecordStats[]
  execution_thread_pool: WatcherExecutionThreadPool
  /** Watcher moderates the execution of watches such that their execution won't put too much pressure on the node and its resources. If too many watches trigger concurrently and there isn't enough capacity to run them all, some of the watches are queued, waiting for the current running watches to finish.s The queued watches metric gives insight on these queued watches. */
  queued_watches?: WatcherStatsWatchRecordQueuedStats[]
  /** The number of watches currently registered. */
  watch_count: long
  /** The current state of Watcher. */
  watcher_state: WatcherStatsWatcherState
  node_id: Id
}

export type WatcherStatsWatcherState = 'stopped' | 'starting' | 'started' | 'stopping'

/** Request of `watcher.stop`. */
export interface WatcherStopRequest extends RequestBase {
  /** The period to wait for the master node. If the master node is not available before the timeout expires, the request fails and returns an error. To indicate that the request should never timeout, set it to `-1`. */
  master_timeout?: Duration
}

export type WatcherStopResponse = AcknowledgedResponseBase

export interface WatcherThrottleState {
  reason: string
  timestamp: DateTime
}

export interface WatcherTimeOfMonth {
  at: string[]
  on: integer[]
}

export interface WatcherTimeOfWeek {
  at: string[]
  on: WatcherDay[]
}

export interface WatcherTimeOfYear {
  at: string[]
  int: WatcherMonth[]
  on: integer[]
}

export interface WatcherTriggerContainer {
  schedule?: WatcherScheduleContainer
}

export interface WatcherTriggerEventContainer {
  schedule?: WatcherScheduleTriggerEvent
}

export interface WatcherTriggerEventResult {
  manual: WatcherTriggerEventContainer
  triggered_time: DateTime
  type: string
}

/** Request of `watcher.update_settings`. */
export interface WatcherUpdateSettingsRequest extends RequestBase {
  /** The period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
  /** The period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
  'index.auto_expand_replicas'?: string
  'index.number_of_replicas'?: integer
}

export interface WatcherUpdateSettingsResponse {
  acknowledged: boolean
}

export interface WatcherWatch {
  actions: Record<IndexName, WatcherAction>
  condition?: WatcherConditionContainer
  input: WatcherInputContainer
  metadata?: Metadata
  status?: WatcherWatchStatus
  throttle_period?: Duration
  throttle_period_in_millis?: DurationValue<UnitMillis>
  transform?: TransformContainer
  trigger: WatcherTriggerContainer
}

export interface WatcherWatchStatus {
  actions: WatcherActions
  last_checked?: DateTime
  last_met_condition?: DateTime
  state: WatcherActivationState
  version: VersionNumber
  execution_state?: string
}

export interface WatcherWebhookAction extends WatcherHttpInputRequestDefinition {
}

export interface WatcherWebhookResult {
  request: WatcherHttpInputRequestResult
  response?: WatcherHttpInputResponseResult
}
