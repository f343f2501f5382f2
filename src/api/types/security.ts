// Generated from the Elasticsearch specification by scripts/spec/types.mjs. Do not edit: regenerate with `npm run generate`.
import type { AggregationsBucketAggregationBase, AggregationsBuckets, AggregationsCardinalityAggregate, AggregationsCardinalityAggregation, AggregationsCompositeAggregate, AggregationsCompositeAggregation, AggregationsDateRangeAggregate, AggregationsDateRangeAggregation, AggregationsDoubleTermsAggregate, AggregationsFilterAggregate, AggregationsFiltersAggregate, AggregationsLongTermsAggregate, AggregationsMissingAggregate, AggregationsMissingAggregation, AggregationsMultiTermsAggregate, AggregationsRangeAggregate, AggregationsRangeAggregation, AggregationsStringTermsAggregate, AggregationsTermsAggregation, AggregationsUnmappedTermsAggregate, AggregationsValueCountAggregate, AggregationsValueCountAggregation } from './aggregations.js'
import type { AcknowledgedResponseBase, AggregateName, Duration, DurationLarge, DurationValue, EpochTime, ErrorCause, Field, FieldValue, Fields, Id, Ids, IndexName, Indices, Metadata, Name, Names, Namespace, NodeStatistics, Password, Refresh, RelationName, RequestBase, Script, ScriptLanguage, ScriptSource, SequenceNumber, Service, Sort, SortResults, UnitMillis, Username, float, integer, long } from './common.js'
import type { IndicesIndexSettings } from './indices.js'
import type { QueryDslBoolQuery, QueryDslExistsQuery, QueryDslIdsQuery, QueryDslMatchAllQuery, QueryDslMatchQuery, QueryDslPrefixQuery, QueryDslQueryContainer, QueryDslRangeQuery, QueryDslSimpleQueryStringQuery, QueryDslTermQuery, QueryDslTermsQuery, QueryDslWildcardQuery } from './query-dsl.js'
import type { XpackUsageSecurityRolesDls } from './xpack.js'

export interface SecurityAccess {
  /** A list of indices permission entries for cross-cluster replication. */
  replication?: SecurityReplicationAccess[]
  /** A list of indices permission entries for cross-cluster search. */
  search?: SecuritySearchAccess[]
}

/** Request of `security.activate_user_profile`. */
export interface SecurityActivateUserProfileRequest extends RequestBase {
  /** The user's Elasticsearch access token or JWT. Both `access` and `id` JWT token types are supported and they depend on the underlying JWT realm configuration. If you specify the `access_token` grant type, this parameter is required. It is not valid with other grant types. */
  access_token?: string
  /** The type of grant. */
  grant_type: SecurityGrantType
  /** The user's password. If you specify the `password` grant type, this parameter is required. It is not valid with other grant types. */
  password?: string
  /** The username that identifies the user. If you specify the `password` grant type, this parameter is required. It is not valid with other grant types. */
  username?: string
}

export type SecurityActivateUserProfileResponse = SecurityUserProfileWithMetadata

export interface SecurityApiKey {
  /** Id for the API key */
  id: Id
  /** Name of the API key. */
  name: Name
  /** The type of the API key (e.g. `rest` or `cross_cluster`). */
  type: SecurityApiKeyType
  /** Creation time for the API key in milliseconds. */
  creation: EpochTime<UnitMillis>
  /** Expiration time for the API key in milliseconds. */
  expiration?: EpochTime<UnitMillis>
  /** Invalidation status for the API key. If the key has been invalidated, it has a value of `true`. Otherwise, it is `false`. */
  invalidated: boolean
  /** If the key has been invalidated, invalidation time in milliseconds. */
  invalidation?: EpochTime<UnitMillis>
  /** Principal for which this API key was created */
  username: Username
  /** Realm name of the principal for which this API key was created. */
  realm: string
  /** Realm type of the principal for which this API key was created */
  realm_type?: string
  /** Metadata of the API key */
  metadata: Metadata
  /** The role descriptors assigned to this API key when it was created or last updated. An empty role descriptor means the API key inherits the owner user’s permissions. */
  role_descriptors?: Record<string, SecurityRoleDescriptor>
  /** The owner user’s permissions associated with the API key. It is a point-in-time snapshot captured at creation and subsequent updates. An API key’s effective permissions are an intersection of its assigned privileges and the owner user’s permissions. */
  limited_by?: Record<string, SecurityRoleDescriptor>[]
  /** The access granted to cross-cluster API keys. The access is composed of permissions for cross cluster search and cross cluster replication. At least one of them must be specified. When specified, the new access assignment fully replaces the previously assigned access. */
  access?: SecurityAccess
  /** The certificate identity associated with a cross-cluster API key. Restricts the API key to connections authenticated by a specific TLS certificate. Only applicable to cross-cluster API keys. */
  certificate_identity?: string
  /** The profile uid for the API key owner principal, if requested and if it exists */
  profile_uid?: string
  /** Sorting values when using the `sort` parameter with the `security.query_api_keys` API. */
  _sort?: SortResults
}

export type SecurityApiKeyType = 'rest' | 'cross_cluster'

export interface SecurityApplicationGlobalUserPrivileges {
  manage: SecurityManageUserPrivileges
}

export interface SecurityApplicationPrivileges {
  /** The name of the application to which this entry applies. */
  application: string
  /** A list of strings, where each element is the name of an application privilege or action. */
  privileges: string[]
  /** A list resources to which the privileges are applied. */
  resources: string[]
}

export interface SecurityAuthenticateAuthenticateApiKey {
  id: Id
  name?: Name
  managed_by: SecurityCredentialManagedBy
  internal?: boolean
}

/** Request of `security.authenticate`. */
export interface SecurityAuthenticateRequest extends RequestBase {
}

export interface SecurityAuthenticateResponse {
  api_key?: SecurityAuthenticateAuthenticateApiKey
  authentication_realm: SecurityRealmInfo
  email?: string | null
  full_name?: Name | null
  lookup_realm: SecurityRealmInfo
  metadata: Metadata
  roles: string[]
  username: Username
  enabled: boolean
  authentication_type: string
  token?: SecurityAuthenticateToken
}

export interface SecurityAuthenticateToken {
  name?: Name
  type?: string
  managed_by?: SecurityCredentialManagedBy
}

/** Request of `security.bulk_delete_role`. */
export interface SecurityBulkDeleteRoleRequest extends RequestBase {
  /** If `true` (the default) then refresh the affected shards to make this operation visible to search, if `wait_for` then wait for a refresh to make this operation visible to search, if `false` then do nothing with refreshes. */
  refresh?: Refresh
  /** An array of role names to delete */
  names: string[]
}

export interface SecurityBulkDeleteRoleResponse {
  /** Array of deleted roles */
  deleted?: string[]
  /** Array of roles that could not be found */
  not_found?: string[]
  /** Present if any deletes resulted in errors */
  errors?: SecurityBulkError
}

export interface SecurityBulkError {
  /** The number of errors */
  count: integer
  /** Details about the errors, keyed by role name */
  details: Record<string, ErrorCause>
}

/** Request of `security.bulk_put_role`. */
export interface SecurityBulkPutRoleRequest extends RequestBase {
  /** If `true` (the default) then refresh the affected shards to make this operation visible to search, if `wait_for` then wait for a refresh to make this operation visible to search, if `false` then do nothing with refreshes. */
  refresh?: Refresh
  /** A dictionary of role name to RoleDescriptor objects to add or update */
  roles: Record<string, SecurityRoleDescriptor>
}

export interface SecurityBulkPutRoleResponse {
  /** Array of created roles */
  created?: string[]
  /** Array of updated roles */
  updated?: string[]
  /** Array of role names without any changes */
  noop?: string[]
  /** Present if any updates resulted in errors */
  errors?: SecurityBulkError
}

/** Request of `security.bulk_update_api_keys`. */
export interface SecurityBulkUpdateApiKeysRequest extends RequestBase {
  /** Expiration time for the API keys. By default, API keys never expire. This property can be omitted to leave the value unchanged. */
  expiration?: Duration
  /** The API key identifiers. */
  ids: string | string[]
  /** Arbitrary nested metadata to associate with the API keys. Within the `metadata` object, top-level keys beginning with an underscore (`_`) are reserved for system usage. Any information specified with this parameter fully replaces metadata previously associated with the API key. */
  metadata?: Metadata
  /** The role descriptors to assign to the API keys. An API key's effective permissions are an intersection of its assigned privileges and the point-in-time snapshot of permissions of the owner user. You can assign new privileges by specifying them in this parameter. To remove assigned privileges, supply the `role_descriptors` parameter as an empty object `{}`. If an API key has no assigned privileges, it inherits the owner user's full permissions. The snapshot of the owner's permissions is always updated, whether you supply the `role_descriptors` parameter. The structure of a role descriptor is the same as the request for the create API keys API. */
  role_descriptors?: Record<string, SecurityRoleDescriptor>
}

export interface SecurityBulkUpdateApiKeysResponse {
  errors?: SecurityBulkError
  noops: string[]
  updated: string[]
}

/** Request of `security.change_password`. */
export interface SecurityChangePasswordRequest extends RequestBase {
  /** The user whose password you want to change. If you do not specify this parameter, the password is changed for the current user. */
  username?: Username
  /** If `true` (the default) then refresh the affected shards to make this operation visible to search, if `wait_for` then wait for a refresh to make this operation visible to search, if `false` then do nothing with refreshes. */
  refresh?: Refresh
  /** The new password value. Passwords must be at least 6 characters long. */
  password?: Password
  /** A hash of the new password value. This must be produced using the same hashing algorithm as has been configured for password storage. For more details, see the explanation of the `xpack.security.authc.password_hashing.algorithm` setting. */
  password_hash?: string
}

export interface SecurityChangePasswordResponse {
}

/** Request of `security.clear_api_key_cache`. */
export interface SecurityClearApiKeyCacheRequest extends RequestBase {
  /** Comma-separated list of API key IDs to evict from the API key cache. To evict all API keys, use `*`. Does not support other wildcard patterns. */
  ids: Ids
}

export interface SecurityClearApiKeyCacheResponse {
  _nodes: NodeStatistics
  cluster_name: Name
  nodes: Record<string, SecurityClusterNode>
}

/** Request of `security.clear_cached_privileges`. */
export interface SecurityClearCachedPrivilegesRequest extends RequestBase {
  /** A comma-separated list of applications. To clear all applications, use an asterism (`*`). It does not support other wildcard patterns. */
  application: Names
}

export interface SecurityClearCachedPrivilegesResponse {
  _nodes: NodeStatistics
  cluster_name: Name
  nodes: Record<string, SecurityClusterNode>
}

/** Request of `security.clear_cached_realms`. */
export interface SecurityClearCachedRealmsRequest extends RequestBase {
  /** A comma-separated list of realms. To clear all realms, use an asterisk (`*`). It does not support other wildcard patterns. */
  realms: Names
  /** A comma-separated list of the users to clear from the cache. If you do not specify this parameter, the API evicts all users from the user cache. */
  usernames?: string[]
}

export interface SecurityClearCachedRealmsResponse {
  _nodes: NodeStatistics
  cluster_name: Name
  nodes: Record<string, SecurityClusterNode>
}

/** Request of `security.clear_cached_roles`. */
export interface SecurityClearCachedRolesRequest extends RequestBase {
  /** A comma-separated list of roles to evict from the role cache. To evict all roles, use an asterisk (`*`). It does not support other wildcard patterns. */
  name: Names
}

export interface SecurityClearCachedRolesResponse {
  _nodes: NodeStatistics
  cluster_name: Name
  nodes: Record<string, SecurityClusterNode>
}

/** Request of `security.clear_cached_service_tokens`. */
export interface SecurityClearCachedServiceTokensRequest extends RequestBase {
  /** The namespace, which is a top-level grouping of service accounts. */
  namespace: Namespace
  /** The name of the service, which must be unique within its namespace. */
  service: Service
  /** A comma-separated list of token names to evict from the service account token caches. Use a wildcard (`*`) to evict all tokens that belong to a service account. It does not support other wildcard patterns. */
  name: Names
}

export interface SecurityClearCachedServiceTokensResponse {
  _nodes: NodeStatistics
  cluster_name: Name
  nodes: Record<string, SecurityClusterNode>
}

/** Request of `security.clone_api_key`. */
export interface SecurityCloneApiKeyRequest extends RequestBase {
  /** If `true` (the default) then refresh the affected shards to make this operation visible to search, if `wait_for` then wait for a refresh to make this operation visible to search, if `false` then do nothing with refreshes. */
  refresh?: Refresh
  /** The credentials of the API key to clone. This is the secret value returned when the key was originally created. */
  api_key: string
  /** A name for the cloned API key. If not provided, the name of the source key is used. */
  name?: Name
  /** The expiration time for the cloned API key. By default, API keys never expire. Set to `null` to explicitly create a key with no expiration. */
  expiration?: Duration
  /** Arbitrary metadata to associate with the cloned API key. It supports nested data structure. Within the metadata object, keys beginning with `_` are reserved for system usage. */
  metadata?: Metadata
}

export interface SecurityCloneApiKeyResponse {
  /** The generated API key value for the cloned key. */
  api_key: string
  /** Expiration in milliseconds for the API key. */
  expiration?: long
  /** The unique ID of the cloned API key. */
  id: Id
  /** The name of the cloned API key. */
  name: Name
  /** API key credentials which is the base64-encoding of the UTF-8 representation of `id` and `api_key` joined by a colon (`:`). */
  encoded: string
}

export interface SecurityClusterNode {
  name: Name
}

export type SecurityClusterPrivilege = 'all' | 'cancel_task' | 'create_snapshot' | 'cross_cluster_replication' | 'cross_cluster_search' | 'delegate_pki' | 'grant_api_key' | 'manage' | 'manage_api_key' | 'manage_autoscaling' | 'manage_behavioral_analytics' | 'manage_ccr' | 'manage_data_frame_transforms' | 'manage_data_stream_global_retention' | 'manage_enrich' | 'manage_esql' | 'manage_ilm' | 'manage_index_templates' | 'manage_inference' | 'manage_ingest_pipelines' | 'manage_logstash_pipelines' | 'manage_ml' | 'manage_oidc' | 'manage_own_api_key' | 'manage_pipeline' | 'manage_reindex' | 'manage_rollup' | 'manage_saml' | 'manage_search_application' | 'manage_search_query_rules' | 'manage_search_synonyms' | 'manage_security' | 'manage_service_account' | 'manage_slm' | 'manage_token' | 'manage_transform' | 'manage_user_profile' | 'manage_watcher' | 'monitor' | 'monitor_data_frame_transforms' | 'monitor_data_stream_global_retention' | 'monitor_enrich' | 'monitor_esql' | 'monitor_inference' | 'monitor_ml' | 'monitor_reindex' | 'monitor_rollup' | 'monitor_snapshot' | 'monitor_stats' | 'monitor_text_structure' | 'monitor_transform' | 'monitor_watcher' | 'none' | 'post_behavioral_analytics_event' | 'read_ccr' | 'read_fleet_secrets' | 'read_ilm' | 'read_pipeline' | 'read_security' | 'read_slm' | 'transport_client' | 'write_connector_secrets' | 'write_fleet_secrets' | 'read_project_routing' | 'manage_project_routing' | string

/** Request of `security.create_api_key`. */
export interface SecurityCreateApiKeyRequest extends RequestBase {
  /** If `true` (the default) then refresh the affected shards to make this operation visible to search, if `wait_for` then wait for a refresh to make this operation visible to search, if `false` then do nothing with refreshes. */
  refresh?: Refresh
  /** The expiration time for the API key. By default, API keys never expire. */
  expiration?: Duration
  /** A name for the API key. */
  name?: Name
  /** An array of role descriptors for this API key. When it is not specified or it is an empty array, the API key will have a point in time snapshot of permissions of the authenticated user. If you supply role descriptors, the resultant permissions are an intersection of API keys permissions and the authenticated user's permissions thereby limiting the access scope for API keys. The structure of role descriptor is the same as the request for the create role API. For more details, refer to the create or update roles API. */
  role_descriptors?: Record<string, SecurityRoleDescriptor>
  /** Arbitrary metadata that you want to associate with the API key. It supports nested data structure. Within the metadata object, keys beginning with `_` are reserved for system usage. */
  metadata?: Metadata
}

export interface SecurityCreateApiKeyResponse {
  /** Generated API key. */
  api_key: string
  /** Expiration in milliseconds for the API key. */
  expiration?: long
  /** Unique ID for this API key. */
  id: Id
  /** Specifies the name for this API key. */
  name: Name
  /** API key credentials which is the base64-encoding of the UTF-8 representation of `id` and `api_key` joined by a colon (`:`). */
  encoded: string
}

/** Request of `security.create_cross_cluster_api_key`. */
export interface SecurityCreateCrossClusterApiKeyRequest extends RequestBase {
  /** The access to be granted to this API key. The access is composed of permissions for cross-cluster search and cross-cluster replication. At least one of them must be specified. */
  access: SecurityAccess
  /** Expiration time for the API key. By default, API keys never expire. */
  expiration?: Duration
  /** Arbitrary metadata that you want to associate with the API key. It supports nested data structure. Within the metadata object, keys beginning with `_` are reserved for system usage. */
  metadata?: Metadata
  /** Specifies the name for this API key. */
  name: Name
  /** The certificate identity to associate with this API key. This field is used to restrict the API key to connections authenticated by a specific TLS certificate. The value should match the certificate's distinguished name (DN) pattern. */
  certificate_identity?: string
}

export interface SecurityCreateCrossClusterApiKeyResponse {
  /** Generated API key. */
  api_key: string
  /** Expiration in milliseconds for the API key. */
  expiration?: DurationValue<UnitMillis>
  /** Unique ID for this API key. */
  id: Id
  /** Specifies the name for this API key. */
  name: Name
  /** API key credentials which is the base64-encoding of the UTF-8 representation of `id` and `api_key` joined by a colon (`:`). */
  encoded: string
}

/** Request of `security.create_service_token`. */
export interface SecurityCreateServiceTokenRequest extends RequestBase {
  /** The name of the namespace, which is a top-level grouping of service accounts. */
  namespace: Namespace
  /** The name of the service. */
  service: Service
  /** The name for the service account token. If omitted, a random name will be generated. */
  name?: Name
  /** If `true` (the default) then refresh the affected shards to make this operation visible to search, if `wait_for` then wait for a refresh to make this operation visible to search, if `false` then do nothing with refreshes. */
  refresh?: Refresh
}

export interface SecurityCreateServiceTokenResponse {
  created: boolean
  token: SecurityCreateServiceTokenToken
}

export interface SecurityCreateServiceTokenToken {
  name: Name
  value: string
}

export interface SecurityCreatedStatus {
  created: boolean
}

export type SecurityCredentialManagedBy = 'cloud' | 'elasticsearch'

export type SecurityDataSourcePrivilege = 'create' | 'delete' | 'read_metadata' | 'read' | 'manage' | string

export interface SecurityDataSourcePrivileges {
  /** A list of data source names or wildcard patterns to which the permissions in this entry apply. */
  names: string[]
  /** The data source privileges that owners of the role have for the specified data sources. */
  privileges: SecurityDataSourcePrivilege[]
}

export interface SecurityDelegatePkiAuthentication {
  username: string
  roles: string[]
  full_name: string | null
  email: string | null
  token?: Record<string, string>
  metadata: Metadata
  enabled: boolean
  authentication_realm: SecurityDelegatePkiAuthenticationRealm
  lookup_realm: SecurityDelegatePkiAuthenticationRealm
  authentication_type: string
  api_key?: Record<string, string>
}

export interface SecurityDelegatePkiAuthenticationRealm {
  name: string
  type: string
  domain?: string
}

/** Request of `security.delegate_pki`. */
export interface SecurityDelegatePkiRequest extends RequestBase {
  /** The X509Certificate chain, which is represented as an ordered string array. Each string in the array is a base64-encoded (Section 4 of RFC4648 - not base64url-encoded) of the certificate's DER encoding. */
  x509_certificate_chain: string[]
}

export interface SecurityDelegatePkiResponse {
  /** An access token associated with the subject distinguished name of the client's certificate. */
  access_token: string
  /** The amount of time (in seconds) before the token expires. */
  expires_in: long
  /** The type of token. */
  type: string
  authentication?: SecurityDelegatePkiAuthentication
}

export interface SecurityDeletePrivilegesFoundStatus {
  found: boolean
}

/** Request of `security.delete_privileges`. */
export interface SecurityDeletePrivilegesRequest extends RequestBase {
  /** The name of the application. Application privileges are always associated with exactly one application. */
  application: Name
  /** The name of the privilege. */
  name: Names
  /** If `true` (the default) then refresh the affected shards to make this operation visible to search, if `wait_for` then wait for a refresh to make this operation visible to search, if `false` then do nothing with refreshes. */
  refresh?: Refresh
}

export type SecurityDeletePrivilegesResponse = Record<string, Record<string, SecurityDeletePrivilegesFoundStatus>>

/** Request of `security.delete_role_mapping`. */
export interface SecurityDeleteRoleMappingRequest extends RequestBase {
  /** The distinct name that identifies the role mapping. The name is used solely as an identifier to facilitate interaction via the API; it does not affect the behavior of the mapping in any way. */
  name: Name
  /** If `true` (the default) then refresh the affected shards to make this operation visible to search, if `wait_for` then wait for a refresh to make this operation visible to search, if `false` then do nothing with refreshes. */
  refresh?: Refresh
}

export interface SecurityDeleteRoleMappingResponse {
  /** If the mapping is successfully deleted, `found` is `true`. Otherwise, `found` is `false`. */
  found: boolean
}

/** Request of `security.delete_role`. */
export interface SecurityDeleteRoleRequest extends RequestBase {
  /** The name of the role. */
  name: Name
  /** If `true` (the default) then refresh the affected shards to make this operation visible to search, if `wait_for` then wait for a refresh to make this operation visible to search, if `false` then do nothing with refreshes. */
  refresh?: Refresh
}

export interface SecurityDeleteRoleResponse {
  /** If the role is successfully deleted, `found` is `true`. Otherwise, `found` is `false`. */
  found: boolean
}

/** Request of `security.delete_service_token`. */
export interface SecurityDeleteServiceTokenRequest extends RequestBase {
  /** The namespace, which is a top-level grouping of service accounts. */
  namespace: Namespace
  /** The service name. */
  service: Service
  /** The name of the service account token. */
  name: Name
  /** If `true` (the default) then refresh the affected shards to make this operation visible to search, if `wait_for` then wait for a refresh to make this operation visible to search, if `false` then do nothing with refreshes. */
  refresh?: Refresh
}

export interface SecurityDeleteServiceTokenResponse {
  /** If the service account token is successfully deleted, the request returns `{"found": true}`. Otherwise, the response will have status code 404 and `found` is set to `false`. */
  found: boolean
}

/** Request of `security.delete_user`. */
export interface SecurityDeleteUserRequest extends RequestBase {
  /** An identifier for the user. */
  username: Username
  /** If `true` (the default) then refresh the affected shards to make this operation visible to search, if `wait_for` then wait for a refresh to make this operation visible to search, if `false` then do nothing with refreshes. */
  refresh?: Refresh
}

export interface SecurityDeleteUserResponse {
  /** If the user is successfully deleted, the request returns `{"found": true}`. Otherwise, `found` is set to `false`. */
  found: boolean
}

/** Request of `security.disable_user_profile`. */
export interface SecurityDisableUserProfileRequest extends RequestBase {
  /** Unique identifier for the user profile. */
  uid: SecurityUserProfileId
  /** If 'true', Elasticsearch refreshes the affected shards to make this operation visible to search. If 'wait_for', it waits for a refresh to make this operation visible to search. If 'false', it does nothing with refreshes. */
  refresh?: Refresh
}

export type SecurityDisableUserProfileResponse = AcknowledgedResponseBase

/** Request of `security.disable_user`. */
export interface SecurityDisableUserRequest extends RequestBase {
  /** An identifier for the user. */
  username: Username
  /** If `true` (the default) then refresh the affected shards to make this operation visible to search, if `wait_for` then wait for a refresh to make this operation visible to search, if `false` then do nothing with refreshes. */
  refresh?: Refresh
}

export interface SecurityDisableUserResponse {
}

/** Request of `security.enable_user_profile`. */
export interface SecurityEnableUserProfileRequest extends RequestBase {
  /** A unique identifier for the user profile. */
  uid: SecurityUserProfileId
  /** If 'true', Elasticsearch refreshes the affected shards to make this operation visible to search. If 'wait_for', it waits for a refresh to make this operation visible to search. If 'false', nothing is done with refreshes. */
  refresh?: Refresh
}

export type SecurityEnableUserProfileResponse = AcknowledgedResponseBase

/** Request of `security.enable_user`. */
export interface SecurityEnableUserRequest extends RequestBase {
  /** An identifier for the user. */
  username: Username
  /** If `true` (the default) then refresh the affected shards to make this operation visible to search, if `wait_for` then wait for a refresh to make this operation visible to search, if `false` then do nothing with refreshes. */
  refresh?: Refresh
}

export interface SecurityEnableUserResponse {
}

/** Request of `security.enroll_kibana`. */
export interface SecurityEnrollKibanaRequest extends RequestBase {
}

export interface SecurityEnrollKibanaResponse {
  token: SecurityEnrollKibanaToken
  /** The CA certificate used to sign the node certificates that Elasticsearch uses for TLS on the HTTP layer. The certificate is returned as a Base64 encoded string of the ASN.1 DER encoding of the certificate. */
  http_ca: string
}

export interface SecurityEnrollKibanaToken {
  /** The name of the bearer token for the `elastic/kibana` service account. */
  name: string
  /** The value of the bearer token for the `elastic/kibana` service account. Use this value to authenticate the service account with Elasticsearch. */
  value: string
}

/** Request of `security.enroll_node`. */
export interface SecurityEnrollNodeRequest extends RequestBase {
}

export interface SecurityEnrollNodeResponse {
  /** The CA private key that can be used by the new node in order to sign its certificate for the HTTP layer, as a Base64 encoded string of the ASN.1 DER encoding of the key. */
  http_ca_key: string
  /** The CA certificate that can be used by the new node in order to sign its certificate for the HTTP layer, as a Base64 encoded string of the ASN.1 DER encoding of the certificate. */
  http_ca_cert: string
  /** The CA certificate that is used to sign the TLS certificate for the transport layer, as a Base64 encoded string of the ASN.1 DER encoding of the certificate. */
  transport_ca_cert: string
  /** The private key that the node can use for TLS for its transport layer, as a Base64 encoded string of the ASN.1 DER encoding of the key. */
  transport_key: string
  /** The certificate that the node can use for TLS for its transport layer, as a Base64 encoded string of the ASN.1 DER encoding of the certificate. */
  transport_cert: string
  /** A list of transport addresses in the form of `host:port` for the nodes that are already members of the cluster. */
  nodes_addresses: string[]
}

export interface SecurityFieldSecurity {
  except?: Fields
  grant?: Fields
}

/** Request of `security.get_api_key`. */
export interface SecurityGetApiKeyRequest extends RequestBase {
  /** An API key id. This parameter cannot be used with any of `name`, `realm_name` or `username`. */
  id?: Id
  /** An API key name. This parameter cannot be used with any of `id`, `realm_name` or `username`. It supports prefix search with wildcard. */
  name?: Name
  /** A boolean flag that can be used to query API keys owned by the currently authenticated user. The `realm_name` or `username` parameters cannot be specified when this parameter is set to `true` as they are assumed to be the currently authenticated ones. */
  owner?: boolean
  /** The name of an authentication realm. This parameter cannot be used with either `id` or `name` or when `owner` flag is set to `true`. */
  realm_name?: Name
  /** The username of a user. This parameter cannot be used with either `id` or `name` or when `owner` flag is set to `true`. */
  username?: Username
  /** Return the snapshot of the owner user's role descriptors associated with the API key. An API key's actual permission is the intersection of its assigned role descriptors and the owner user's role descriptors. */
  with_limited_by?: boolean
  /** A boolean flag that can be used to query API keys that are currently active. An API key is considered active if it is neither invalidated, nor expired at query time. You can specify this together with other parameters such as `owner` or `name`. If `active_only` is false, the response will include both active and inactive (expired or invalidated) keys. */
  active_only?: boolean
  /** Determines whether to also retrieve the profile uid, for the API key owner principal, if it exists. */
  with_profile_uid?: boolean
}

export interface SecurityGetApiKeyResponse {
  api_keys: SecurityApiKey[]
}

/** Request of `security.get_builtin_privileges`. */
export interface SecurityGetBuiltinPrivilegesRequest extends RequestBase {
}

export interface SecurityGetBuiltinPrivilegesResponse {
  /** The list of cluster privileges that are understood by this version of Elasticsearch. */
  cluster: SecurityClusterPrivilege[]
  /** The list of index privileges that are understood by this version of Elasticsearch. */
  index: IndexName[]
  /** The list of remote_cluster privileges that are understood by this version of Elasticsearch. */
  remote_cluster: SecurityRemoteClusterPrivilege[]
}

/** Request of `security.get_privileges`. */
export interface SecurityGetPrivilegesRequest extends RequestBase {
  /** The name of the application. Application privileges are always associated with exactly one application. If you do not specify this parameter, the API returns information about all privileges for all applications. */
  application?: Name
  /** The name of the privilege. If you do not specify this parameter, the API returns information about all privileges for the requested application. */
  name?: Names
}

export type SecurityGetPrivilegesResponse = Record<string, Record<string, SecurityPutPrivilegesActions>>

/** Read-side variant of `IndicesPrivileges` returned by the get role API. Carries the `implicitly_granted` marker that is set on entries contributed by a registered `ImplicitPrivilegesProvider` when `include_implicit` is `true`. */
export interface SecurityGetRoleIndicesPrivilegesRead {
  /** Set to `true` on entries that were contributed by a registered `ImplicitPrivilegesProvider` rather than explicitly stored on the role. Only present when the get role API is called with `include_implicit=true`. The put role API rejects this field, so clients must not echo it back on a GET-then-PUT round-trip. */
  implicitly_granted?: boolean
  /** The document fields that the owners of the role have read access to. */
  field_security?: SecurityFieldSecurity
  /** A list of indices (or index name patterns) to which the permissions in this entry apply. */
  names: IndexName | IndexName[]
  /** The index level privileges that owners of the role have on the specified indices. */
  privileges: SecurityIndexPrivilege[]
  /** A search query that defines the documents the owners of the role have access to. A document within the specified indices must match this query for it to be accessible by the owners of the role. */
  query?: SecurityIndicesPrivilegesQuery
  /** Set to `true` if using wildcard or regular expressions for patterns that cover restricted indices. Implicitly, restricted indices have limited privileges that can cause pattern tests to fail. If restricted indices are explicitly included in the `names` list, Elasticsearch checks privileges against these indices regardless of the value set for `allow_restricted_indices`. */
  allow_restricted_indices?: boolean
}

/** Request of `security.get_role_mapping`. */
export interface SecurityGetRoleMappingRequest extends RequestBase {
  /** The distinct name that identifies the role mapping. The name is used solely as an identifier to facilitate interaction via the API; it does not affect the behavior of the mapping in any way. You can specify multiple mapping names as a comma-separated list. If you do not specify this parameter, the API returns information about all role mappings. */
  name?: Names
}

export type SecurityGetRoleMappingResponse = Record<string, SecurityRoleMapping>

/** Request of `security.get_role`. */
export interface SecurityGetRoleRequest extends RequestBase {
  /** The name of the role. You can specify multiple roles as a comma-separated list. If you do not specify this parameter, the API returns information about all roles. */
  name?: Names
  /** If `true`, include privileges that are implicitly granted by registered `ImplicitPrivilegesProviders` alongside the explicitly configured privileges. Each implicit entry in the response is annotated with `implicitly_granted: true`. */
  include_implicit?: boolean
}

export type SecurityGetRoleResponse = Record<string, SecurityGetRoleRole>

export interface SecurityGetRoleRole {
  cluster: SecurityClusterPrivilege[]
  indices: SecurityGetRoleIndicesPrivilegesRead[]
  remote_indices?: SecurityRemoteIndicesPrivileges[]
  remote_cluster?: SecurityRemoteClusterPrivileges[]
  metadata: Metadata
  description?: string
  run_as?: string[]
  transient_metadata?: Record<string, any>
  applications: SecurityApplicationPrivileges[]
  role_templates?: SecurityRoleTemplate[]
  global?: Record<string, Record<string, Record<string, string[]>>>
}

/** Request of `security.get_service_accounts`. */
export interface SecurityGetServiceAccountsRequest extends RequestBase {
  /** The name of the namespace. Omit this parameter to retrieve information about all service accounts. If you omit this parameter, you must also omit the `service` parameter. */
  namespace?: Namespace
  /** The service name. Omit this parameter to retrieve information about all service accounts that belong to the specified `namespace`. */
  service?: Service
}

export type SecurityGetServiceAccountsResponse = Record<string, SecurityGetServiceAccountsRoleDescriptorWrapper>

export interface SecurityGetServiceAccountsRoleDescriptorWrapper {
  role_descriptor: SecurityRoleDescriptorRead
}

export interface SecurityGetServiceCredentialsNodesCredentials {
  /** General status showing how nodes respond to the above collection request */
  _nodes: NodeStatistics
  /** File-backed tokens collected from all nodes */
  file_tokens: Record<string, SecurityGetServiceCredentialsNodesCredentialsFileToken>
}

export interface SecurityGetServiceCredentialsNodesCredentialsFileToken {
  nodes: string[]
}

/** Request of `security.get_service_credentials`. */
export interface SecurityGetServiceCredentialsRequest extends RequestBase {
  /** The name of the namespace. */
  namespace: Namespace
  /** The service name. */
  service: Name
}

export interface SecurityGetServiceCredentialsResponse {
  service_account: string
  count: integer
  tokens: Record<string, Metadata>
  /** Service account credentials collected from all nodes of the cluster. */
  nodes_credentials: SecurityGetServiceCredentialsNodesCredentials
}

/** Request of `security.get_settings`. */
export interface SecurityGetSettingsRequest extends RequestBase {
  /** Period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
}

export interface SecurityGetSettingsResponse {
  /** Settings for the index used for most security configuration, including native realm users and roles configured with the API. */
  security: SecuritySecuritySettings
  /** Settings for the index used to store profile information. */
  'security-profile': SecuritySecuritySettings
  /** Settings for the index used to store tokens. */
  'security-tokens': SecuritySecuritySettings
}

/** Request of `security.get_stats`. */
export interface SecurityGetStatsRequest extends RequestBase {
}

export interface SecurityGetStatsResponse {
  /** A map of node IDs to security statistics for that node. */
  nodes: Record<string, SecurityNodeSecurityStats>
}

export type SecurityGetTokenAccessTokenGrantType = 'password' | 'client_credentials' | '_kerberos' | 'refresh_token'

export interface SecurityGetTokenAuthenticatedUser extends SecurityUser {
  authentication_realm: SecurityGetTokenUserRealm
  lookup_realm: SecurityGetTokenUserRealm
  authentication_provider?: SecurityGetTokenAuthenticationProvider
  authentication_type: string
}

export interface SecurityGetTokenAuthenticationProvider {
  type: string
  name: Name
}

/** Request of `security.get_token`. */
export interface SecurityGetTokenRequest extends RequestBase {
  /** The type of grant. Supported grant types are: `password`, `_kerberos`, `client_credentials`, and `refresh_token`. */
  grant_type?: SecurityGetTokenAccessTokenGrantType
  /** The scope of the token. Currently tokens are only issued for a scope of FULL regardless of the value sent with the request. */
  scope?: string
  /** The user's password. If you specify the `password` grant type, this parameter is required. This parameter is not valid with any other supported grant type. */
  password?: Password
  /** The base64 encoded kerberos ticket. If you specify the `_kerberos` grant type, this parameter is required. This parameter is not valid with any other supported grant type. */
  kerberos_ticket?: string
  /** The string that was returned when you created the token, which enables you to extend its life. If you specify the `refresh_token` grant type, this parameter is required. This parameter is not valid with any other supported grant type. */
  refresh_token?: string
  /** The username that identifies the user. If you specify the `password` grant type, this parameter is required. This parameter is not valid with any other supported grant type. */
  username?: Username
}

export interface SecurityGetTokenResponse {
  access_token: string
  expires_in: long
  scope?: string
  type: string
  refresh_token?: string
  kerberos_authentication_response_token?: string
  authentication: SecurityGetTokenAuthenticatedUser
}

export interface SecurityGetTokenUserRealm {
  name: Name
  type: string
}

/** Request of `security.get_user_privileges`. */
export interface SecurityGetUserPrivilegesRequest extends RequestBase {
}

export interface SecurityGetUserPrivilegesResponse {
  applications: SecurityApplicationPrivileges[]
  cluster: string[]
  remote_cluster?: SecurityRemoteClusterPrivileges[]
  global: SecurityGlobalPrivilege[]
  indices: SecurityUserIndicesPrivileges[]
  remote_indices?: SecurityRemoteUserIndicesPrivileges[]
  run_as: string[]
}

export interface SecurityGetUserProfileGetUserProfileErrors {
  count: long
  details: Record<SecurityUserProfileId, ErrorCause>
}

/** Request of `security.get_user_profile`. */
export interface SecurityGetUserProfileRequest extends RequestBase {
  /** A unique identifier for the user profile. */
  uid: SecurityUserProfileId | SecurityUserProfileId[]
  /** A comma-separated list of filters for the `data` field of the profile document. To return all content use `data=*`. To return a subset of content use `data=<key>` to retrieve content nested under the specified `<key>`. By default returns no `data` content. */
  data?: string | string[]
}

export interface SecurityGetUserProfileResponse {
  /** A successful call returns the JSON representation of the user profile and its internal versioning numbers. The API returns an empty object if no profile document is found for the provided `uid`. The content of the data field is not returned by default to avoid deserializing a potential large payload. */
  profiles: SecurityUserProfileWithMetadata[]
  errors?: SecurityGetUserProfileGetUserProfileErrors
}

/** Request of `security.get_user`. */
export interface SecurityGetUserRequest extends RequestBase {
  /** An identifier for the user. You can specify multiple usernames as a comma-separated list. If you omit this parameter, the API retrieves information about all users. */
  username?: Username | Username[]
  /** Determines whether to retrieve the user profile UID, if it exists, for the users. */
  with_profile_uid?: boolean
}

export type SecurityGetUserResponse = Record<string, SecurityUser>

export interface SecurityGlobalPrivilege {
  application: SecurityApplicationGlobalUserPrivileges
  /** A list of data source privilege entries, used to grant access to ES|QL data sources. */
  data_source?: SecurityDataSourcePrivileges[]
}

export type SecurityGrantApiKeyApiKeyGrantType = 'access_token' | 'password'

export interface SecurityGrantApiKeyGrantApiKey {
  name: Name
  /** Expiration time for the API key. By default, API keys never expire. */
  expiration?: DurationLarge
  /** The role descriptors for this API key. When it is not specified or is an empty array, the API key has a point in time snapshot of permissions of the specified user or access token. If you supply role descriptors, the resultant permissions are an intersection of API keys permissions and the permissions of the user or access token. */
  role_descriptors?: Record<string, SecurityRoleDescriptor> | Record<string, SecurityRoleDescriptor>[]
  /** Arbitrary metadata that you want to associate with the API key. It supports nested data structure. Within the `metadata` object, keys beginning with `_` are reserved for system usage. */
  metadata?: Metadata
}

/** Request of `security.grant_api_key`. */
export interface SecurityGrantApiKeyRequest extends RequestBase {
  /** If 'true', Elasticsearch refreshes the affected shards to make this operation visible to search. If 'wait_for', it waits for a refresh to make this operation visible to search. If 'false', nothing is done with refreshes. */
  refresh?: Refresh
  /** The API key. */
  api_key: SecurityGrantApiKeyGrantApiKey
  /** The type of grant. Supported grant types are: `access_token`, `password`. */
  grant_type: SecurityGrantApiKeyApiKeyGrantType
  /** The user's access token. If you specify the `access_token` grant type, this parameter is required. It is not valid with other grant types. */
  access_token?: string
  /** The user name that identifies the user. If you specify the `password` grant type, this parameter is required. It is not valid with other grant types. */
  username?: Username
  /** The user's password. If you specify the `password` grant type, this parameter is required. It is not valid with other grant types. */
  password?: Password
  /** The name of the user to be impersonated. */
  run_as?: Username
}

export interface SecurityGrantApiKeyResponse {
  api_key: string
  id: Id
  name: Name
  expiration?: EpochTime<UnitMillis>
  encoded: string
}

export type SecurityGrantType = 'password' | 'access_token'

export interface SecurityHasPrivilegesApplicationPrivilegesCheck {
  /** The name of the application. */
  application: string
  /** A list of the privileges that you want to check for the specified resources. It may be either application privilege names or the names of actions that are granted by those privileges */
  privileges: string[]
  /** A list of resource names against which the privileges should be checked. */
  resources: string[]
}

export type SecurityHasPrivilegesApplicationsPrivileges = Record<Name, SecurityHasPrivilegesResourcePrivileges>

export interface SecurityHasPrivilegesIndexPrivilegesCheck {
  /** A list of indices. */
  names: Indices
  /** A list of the privileges that you want to check for the specified indices. */
  privileges: SecurityIndexPrivilege[]
  /** This needs to be set to `true` (default is `false`) if using wildcards or regexps for patterns that cover restricted indices. Implicitly, restricted indices do not match index patterns because restricted indices usually have limited privileges and including them in pattern tests would render most such tests false. If restricted indices are explicitly included in the names list, privileges will be checked against them regardless of the value of `allow_restricted_indices`. */
  allow_restricted_indices?: boolean
}

export type SecurityHasPrivilegesPrivileges = Record<string, boolean>

/** Request of `security.has_privileges`. */
export interface SecurityHasPrivilegesRequest extends RequestBase {
  /** Username */
  user?: Name
  application?: SecurityHasPrivilegesApplicationPrivilegesCheck[]
  /** A list of the cluster privileges that you want to check. */
  cluster?: SecurityClusterPrivilege[]
  index?: SecurityHasPrivilegesIndexPrivilegesCheck[]
}

export type SecurityHasPrivilegesResourcePrivileges = Record<Name, SecurityHasPrivilegesPrivileges>

export interface SecurityHasPrivilegesResponse {
  application: SecurityHasPrivilegesApplicationsPrivileges
  cluster: Record<string, boolean>
  has_all_requested: boolean
  index: Record<IndexName, SecurityHasPrivilegesPrivileges>
  username: Username
}

export interface SecurityHasPrivilegesUserProfileHasPrivilegesUserProfileErrors {
  count: long
  details: Record<SecurityUserProfileId, ErrorCause>
}

export interface SecurityHasPrivilegesUserProfilePrivilegesCheck {
  application?: SecurityHasPrivilegesApplicationPrivilegesCheck[]
  /** A list of the cluster privileges that you want to check. */
  cluster?: SecurityClusterPrivilege[]
  index?: SecurityHasPrivilegesIndexPrivilegesCheck[]
}

/** Request of `security.has_privileges_user_profile`. */
export interface SecurityHasPrivilegesUserProfileRequest extends RequestBase {
  /** A list of profile IDs. The privileges are checked for associated users of the profiles. */
  uids: SecurityUserProfileId[]
  /** An object containing all the privileges to be checked. */
  privileges: SecurityHasPrivilegesUserProfilePrivilegesCheck
}

export interface SecurityHasPrivilegesUserProfileResponse {
  /** The subset of the requested profile IDs of the users that have all the requested privileges. */
  has_privilege_uids: SecurityUserProfileId[]
  /** The subset of the requested profile IDs for which an error was encountered. It does not include the missing profile IDs or the profile IDs of the users that do not have all the requested privileges. This field is absent if empty. */
  errors?: SecurityHasPrivilegesUserProfileHasPrivilegesUserProfileErrors
}

export type SecurityIndexPrivilege = 'all' | 'auto_configure' | 'create' | 'create_doc' | 'create_index' | 'create_view' | 'cross_cluster_replication' | 'cross_cluster_replication_internal' | 'delete' | 'delete_index' | 'delete_view' | 'index' | 'maintenance' | 'manage' | 'manage_data_stream_lifecycle' | 'manage_follow_index' | 'manage_ilm' | 'manage_leader_index' | 'manage_view' | 'monitor' | 'none' | 'read' | 'read_cross_cluster' | 'read_view_metadata' | 'view_index_metadata' | 'write' | string

export interface SecurityIndicesPrivileges {
  /** The document fields that the owners of the role have read access to. */
  field_security?: SecurityFieldSecurity
  /** A list of indices (or index name patterns) to which the permissions in this entry apply. */
  names: IndexName | IndexName[]
  /** The index level privileges that owners of the role have on the specified indices. */
  privileges: SecurityIndexPrivilege[]
  /** A search query that defines the documents the owners of the role have access to. A document within the specified indices must match this query for it to be accessible by the owners of the role. */
  query?: SecurityIndicesPrivilegesQuery
  /** Set to `true` if using wildcard or regular expressions for patterns that cover restricted indices. Implicitly, restricted indices have limited privileges that can cause pattern tests to fail. If restricted indices are explicitly included in the `names` list, Elasticsearch checks privileges against these indices regardless of the value set for `allow_restricted_indices`. */
  allow_restricted_indices?: boolean
}

export interface SecurityIndicesPrivilegesBase {
  /** The document fields that the owners of the role have read access to. */
  field_security?: SecurityFieldSecurity
  /** A list of indices (or index name patterns) to which the permissions in this entry apply. */
  names: IndexName | IndexName[]
  /** The index level privileges that owners of the role have on the specified indices. */
  privileges: SecurityIndexPrivilege[]
  /** A search query that defines the documents the owners of the role have access to. A document within the specified indices must match this query for it to be accessible by the owners of the role. */
  query?: SecurityIndicesPrivilegesQuery
  /** Set to `true` if using wildcard or regular expressions for patterns that cover restricted indices. Implicitly, restricted indices have limited privileges that can cause pattern tests to fail. If restricted indices are explicitly included in the `names` list, Elasticsearch checks privileges against these indices regardless of the value set for `allow_restricted_indices`. */
  allow_restricted_indices?: boolean
}

/** While creating or updating a role you can provide either a JSON structure or a string to the API. However, the response provided by Elasticsearch will only be string with a json-as-text content. */
export type SecurityIndicesPrivilegesQuery = string | QueryDslQueryContainer | SecurityRoleTemplateQuery

/** Request of `security.invalidate_api_key`. */
export interface SecurityInvalidateApiKeyRequest extends RequestBase {
  id?: Id
  /** A list of API key ids. This parameter cannot be used with any of `name`, `realm_name`, or `username`. */
  ids?: Id[]
  /** An API key name. This parameter cannot be used with any of `ids`, `realm_name` or `username`. */
  name?: Name
  /** Query API keys owned by the currently authenticated user. The `realm_name` or `username` parameters cannot be specified when this parameter is set to `true` as they are assumed to be the currently authenticated ones. */
  owner?: boolean
  /** The name of an authentication realm. This parameter cannot be used with either `ids` or `name`, or when `owner` flag is set to `true`. */
  realm_name?: string
  /** The username of a user. This parameter cannot be used with either `ids` or `name` or when `owner` flag is set to `true`. */
  username?: Username
}

export interface SecurityInvalidateApiKeyResponse {
  /** The number of errors that were encountered when invalidating the API keys. */
  error_count: integer
  /** Details about the errors. This field is not present in the response when `error_count` is `0`. */
  error_details?: ErrorCause[]
  /** The IDs of the API keys that were invalidated as part of this request. */
  invalidated_api_keys: string[]
  /** The IDs of the API keys that were already invalidated. */
  previously_invalidated_api_keys: string[]
}

/** Request of `security.invalidate_token`. */
export interface SecurityInvalidateTokenRequest extends RequestBase {
  /** An access token. This parameter cannot be used if any of `refresh_token`, `realm_name`, or `username` are used. */
  token?: string
  /** A refresh token. This parameter cannot be used if any of `refresh_token`, `realm_name`, or `username` are used. */
  refresh_token?: string
  /** The name of an authentication realm. This parameter cannot be used with either `refresh_token` or `token`. */
  realm_name?: Name
  /** The username of a user. This parameter cannot be used with either `refresh_token` or `token`. */
  username?: Username
}

export interface SecurityInvalidateTokenResponse {
  /** The number of errors that were encountered when invalidating the tokens. */
  error_count: long
  /** Details about the errors. This field is not present in the response when `error_count` is `0`. */
  error_details?: ErrorCause[]
  /** The number of the tokens that were invalidated as part of this request. */
  invalidated_tokens: long
  /** The number of tokens that were already invalidated. */
  previously_invalidated_tokens: long
}

export interface SecurityManageUserPrivileges {
  applications: string[]
}

export interface SecurityNodeSecurityStats {
  /** Role statistics. */
  roles: SecurityRolesStats
}

/** Request of `security.oidc_authenticate`. */
export interface SecurityOidcAuthenticateRequest extends RequestBase {
  /** Associate a client session with an ID token and mitigate replay attacks. This value needs to be the same as the one that was provided to the `/_security/oidc/prepare` API or the one that was generated by Elasticsearch and included in the response to that call. */
  nonce: string
  /** The name of the OpenID Connect realm. This property is useful in cases where multiple realms are defined. */
  realm?: string
  /** The URL to which the OpenID Connect Provider redirected the User Agent in response to an authentication request after a successful authentication. This URL must be provided as-is (URL encoded), taken from the body of the response or as the value of a location header in the response from the OpenID Connect Provider. */
  redirect_uri: string
  /** Maintain state between the authentication request and the response. This value needs to be the same as the one that was provided to the `/_security/oidc/prepare` API or the one that was generated by Elasticsearch and included in the response to that call. */
  state: string
}

export interface SecurityOidcAuthenticateResponse {
  /** The Elasticsearch access token. */
  access_token: string
  /** The duration (in seconds) of the tokens. */
  expires_in: integer
  /** The Elasticsearch refresh token. */
  refresh_token: string
  /** The type of token. */
  type: string
}

/** Request of `security.oidc_logout`. */
export interface SecurityOidcLogoutRequest extends RequestBase {
  /** The access token to be invalidated. */
  token: string
  /** The refresh token to be invalidated. */
  refresh_token?: string
}

export interface SecurityOidcLogoutResponse {
  /** A URI that points to the end session endpoint of the OpenID Connect Provider with all the parameters of the logout request as HTTP GET parameters. */
  redirect: string
}

/** Request of `security.oidc_prepare_authentication`. */
export interface SecurityOidcPrepareAuthenticationRequest extends RequestBase {
  /** In the case of a third party initiated single sign on, this is the issuer identifier for the OP that the RP is to send the authentication request to. It cannot be specified when *realm* is specified. One of *realm* or *iss* is required. */
  iss?: string
  /** In the case of a third party initiated single sign on, it is a string value that is included in the authentication request as the *login_hint* parameter. This parameter is not valid when *realm* is specified. */
  login_hint?: string
  /** The value used to associate a client session with an ID token and to mitigate replay attacks. If the caller of the API does not provide a value, Elasticsearch will generate one with sufficient entropy and return it in the response. */
  nonce?: string
  /** The name of the OpenID Connect realm in Elasticsearch the configuration of which should be used in order to generate the authentication request. It cannot be specified when *iss* is specified. One of *realm* or *iss* is required. */
  realm?: string
  /** The value used to maintain state between the authentication request and the response, typically used as a Cross-Site Request Forgery mitigation. If the caller of the API does not provide a value, Elasticsearch will generate one with sufficient entropy and return it in the response. */
  state?: string
}

export interface SecurityOidcPrepareAuthenticationResponse {
  nonce: string
  realm: string
  /** A URI that points to the authorization endpoint of the OpenID Connect Provider with all the parameters of the authentication request as HTTP GET parameters. */
  redirect: string
  state: string
}

export interface SecurityPutPrivilegesActions {
  actions: string[]
  application?: string
  name?: Name
  metadata?: Metadata
}

/** Request of `security.put_privileges`. */
export interface SecurityPutPrivilegesRequest extends RequestBase {
  /** If `true` (the default) then refresh the affected shards to make this operation visible to search, if `wait_for` then wait for a refresh to make this operation visible to search, if `false` then do nothing with refreshes. */
  refresh?: Refresh
  privileges: Record<string, Record<string, SecurityPutPrivilegesActions>>
}

export type SecurityPutPrivilegesResponse = Record<string, Record<string, SecurityCreatedStatus>>

/** Request of `security.put_role_mapping`. */
export interface SecurityPutRoleMappingRequest extends RequestBase {
  /** The distinct name that identifies the role mapping. The name is used solely as an identifier to facilitate interaction via the API; it does not affect the behavior of the mapping in any way. */
  name: Name
  /** If `true` (the default) then refresh the affected shards to make this operation visible to search, if `wait_for` then wait for a refresh to make this operation visible to search, if `false` then do nothing with refreshes. */
  refresh?: Refresh
  /** Mappings that have `enabled` set to `false` are ignored when role mapping is performed. */
  enabled?: boolean
  /** Additional metadata that helps define which roles are assigned to each user. Within the metadata object, keys beginning with `_` are reserved for system usage. */
  metadata?: Metadata
  /** A list of role names that are granted to the users that match the role mapping rules. Exactly one of `roles` or `role_templates` must be specified. */
  roles?: string[]
  /** A list of Mustache templates that will be evaluated to determine the roles names that should granted to the users that match the role mapping rules. Exactly one of `roles` or `role_templates` must be specified. */
  role_templates?: SecurityRoleTemplate[]
  /** The rules that determine which users should be matched by the mapping. A rule is a logical condition that is expressed by using a JSON DSL. */
  rules?: SecurityRoleMappingRule
  run_as?: string[]
}

export interface SecurityPutRoleMappingResponse {
  created?: boolean
  role_mapping: SecurityCreatedStatus
}

/** Request of `security.put_role`. */
export interface SecurityPutRoleRequest extends RequestBase {
  /** The name of the role that is being created or updated. On Elasticsearch Serverless, the role name must begin with a letter or digit and can only contain letters, digits and the characters '_', '-', and '.'. Each role must have a unique name, as this will serve as the identifier for that role. */
  name: Name
  /** If `true` (the default) then refresh the affected shards to make this operation visible to search, if `wait_for` then wait for a refresh to make this operation visible to search, if `false` then do nothing with refreshes. */
  refresh?: Refresh
  /** A list of application privilege entries. */
  applications?: SecurityApplicationPrivileges[]
  /** A list of cluster privileges. These privileges define the cluster-level actions for users with this role. */
  cluster?: SecurityClusterPrivilege[]
  /** An object defining global privileges. A global privilege is a form of cluster privilege that is request-aware. Support for global privileges is currently limited to the management of application privileges. */
  global?: Record<string, any>
  /** A list of indices permissions entries. */
  indices?: SecurityIndicesPrivileges[]
  /** A list of remote indices permissions entries. */
  remote_indices?: SecurityRemoteIndicesPrivileges[]
  /** A list of remote cluster permissions entries. */
  remote_cluster?: SecurityRemoteClusterPrivileges[]
  /** Optional metadata. Within the metadata object, keys that begin with an underscore (`_`) are reserved for system use. */
  metadata?: Metadata
  /** A list of users that the owners of this role can impersonate. *Note*: in Serverless, the run-as feature is disabled. For API compatibility, you can still specify an empty `run_as` field, but a non-empty list will be rejected. */
  run_as?: string[]
  /** Optional description of the role descriptor */
  description?: string
  /** Indicates roles that might be incompatible with the current cluster license, specifically roles with document and field level security. When the cluster license doesn’t allow certain features for a given role, this parameter is updated dynamically to list the incompatible features. If `enabled` is `false`, the role is ignored, but is still listed in the response from the authenticate API. */
  transient_metadata?: Record<string, any>
}

export interface SecurityPutRoleResponse {
  /** When an existing role is updated, `created` is set to `false`. */
  role: SecurityCreatedStatus
}

/** Request of `security.put_user`. */
export interface SecurityPutUserRequest extends RequestBase {
  /** An identifier for the user. */
  username: Username
  /** Valid values are `true`, `false`, and `wait_for`. These values have the same meaning as in the index API, but the default value for this API is true. */
  refresh?: Refresh
  /** The email of the user. */
  email?: string | null
  /** The full name of the user. */
  full_name?: string | null
  /** Arbitrary metadata that you want to associate with the user. */
  metadata?: Metadata
  /** The user's password. Passwords must be at least 6 characters long. When adding a user, one of `password` or `password_hash` is required. When updating an existing user, the password is optional, so that other fields on the user (such as their roles) may be updated without modifying the user's password */
  password?: Password
  /** A hash of the user's password. This must be produced using the same hashing algorithm as has been configured for password storage. For more details, see the explanation of the `xpack.security.authc.password_hashing.algorithm` setting in the user cache and password hash algorithm documentation. Using this parameter allows the client to pre-hash the password for performance and/or confidentiality reasons. The `password` parameter and the `password_hash` parameter cannot be used in the same request. */
  password_hash?: string
  /** A set of roles the user has. The roles determine the user's access permissions. To create a user without any roles, specify an empty list (`[]`). */
  roles?: string[]
  /** Specifies whether the user is enabled. */
  enabled?: boolean
}

export interface SecurityPutUserResponse {
  /** A successful call returns a JSON structure that shows whether the user has been created or updated. When an existing user is updated, `created` is set to `false`. */
  created: boolean
}

export type SecurityQueryApiKeysApiKeyAggregate = AggregationsCardinalityAggregate | AggregationsValueCountAggregate | AggregationsStringTermsAggregate | AggregationsLongTermsAggregate | AggregationsDoubleTermsAggregate | AggregationsUnmappedTermsAggregate | AggregationsMultiTermsAggregate | AggregationsMissingAggregate | AggregationsFilterAggregate | AggregationsFiltersAggregate | AggregationsRangeAggregate | AggregationsDateRangeAggregate | AggregationsCompositeAggregate

export interface SecurityQueryApiKeysApiKeyAggregationContainer {
  /** Sub-aggregations for this aggregation. Only applies to bucket aggregations. */
  aggregations?: Record<string, SecurityQueryApiKeysApiKeyAggregationContainer>
  /** Sub-aggregations for this aggregation. Only applies to bucket aggregations. */
  aggs?: Record<string, SecurityQueryApiKeysApiKeyAggregationContainer>
  meta?: Metadata
  /** A single-value metrics aggregation that calculates an approximate count of distinct values. */
  cardinality?: AggregationsCardinalityAggregation
  /** A multi-bucket aggregation that creates composite buckets from different sources. Unlike the other multi-bucket aggregations, you can use the `composite` aggregation to paginate *all* buckets from a multi-level aggregation efficiently. */
  composite?: AggregationsCompositeAggregation
  /** A multi-bucket value source based aggregation that enables the user to define a set of date ranges - each representing a bucket. */
  date_range?: AggregationsDateRangeAggregation
  /** A single bucket aggregation that narrows the set of documents to those that match a query. */
  filter?: SecurityQueryApiKeysApiKeyQueryContainer
  /** A multi-bucket aggregation where each bucket contains the documents that match a query. */
  filters?: SecurityQueryApiKeysApiKeyFiltersAggregation
  missing?: AggregationsMissingAggregation
  /** A multi-bucket value source based aggregation that enables the user to define a set of ranges - each representing a bucket. */
  range?: AggregationsRangeAggregation
  /** A multi-bucket value source based aggregation where buckets are dynamically built - one per unique value. */
  terms?: AggregationsTermsAggregation
  /** A single-value metrics aggregation that counts the number of values that are extracted from the aggregated documents. */
  value_count?: AggregationsValueCountAggregation
}

export interface SecurityQueryApiKeysApiKeyFiltersAggregation extends AggregationsBucketAggregationBase {
  /** Collection of queries from which to build buckets. */
  filters?: AggregationsBuckets<SecurityQueryApiKeysApiKeyQueryContainer>
  /** Set to `true` to add a bucket to the response which will contain all documents that do not match any of the given filters. */
  other_bucket?: boolean
  /** The key with which the other bucket is returned. */
  other_bucket_key?: string
  /** By default, the named filters aggregation returns the buckets as an object. Set to `false` to return the buckets as an array of objects. */
  keyed?: boolean
}

export interface SecurityQueryApiKeysApiKeyQueryContainer {
  /** Matches documents matching boolean combinations of other queries. */
  bool?: QueryDslBoolQuery
  /** Returns documents that contain an indexed value for a field. */
  exists?: QueryDslExistsQuery
  /** Returns documents based on their IDs. This query uses document IDs stored in the `_id` field. */
  ids?: QueryDslIdsQuery
  /** Returns documents that match a provided text, number, date or boolean value. The provided text is analyzed before matching. */
  match?: Partial<Record<Field, QueryDslMatchQuery | string | float | boolean>>
  /** Matches all documents, giving them all a `_score` of 1.0. */
  match_all?: QueryDslMatchAllQuery
  /** Returns documents that contain a specific prefix in a provided field. */
  prefix?: Partial<Record<Field, QueryDslPrefixQuery | string>>
  /** Returns documents that contain terms within a provided range. */
  range?: Partial<Record<Field, QueryDslRangeQuery>>
  /** Returns documents based on a provided query string, using a parser with a limited but fault-tolerant syntax. */
  simple_query_string?: QueryDslSimpleQueryStringQuery
  /** Returns documents that contain an exact term in a provided field. To return a document, the query term must exactly match the queried field's value, including whitespace and capitalization. */
  term?: Partial<Record<Field, QueryDslTermQuery | FieldValue>>
  /** Returns documents that contain one or more exact terms in a provided field. To return a document, one or more terms must exactly match a field value, including whitespace and capitalization. */
  terms?: QueryDslTermsQuery
  /** Returns documents that contain terms matching a wildcard pattern. */
  wildcard?: Partial<Record<Field, QueryDslWildcardQuery | string>>
}

/** Request of `security.query_api_keys`. */
export interface SecurityQueryApiKeysRequest extends RequestBase {
  /** Return the snapshot of the owner user's role descriptors associated with the API key. An API key's actual permission is the intersection of its assigned role descriptors and the owner user's role descriptors (effectively limited by it). An API key cannot retrieve any API key’s limited-by role descriptors (including itself) unless it has `manage_api_key` or higher privileges. */
  with_limited_by?: boolean
  /** Determines whether to also retrieve the profile UID for the API key owner principal. If it exists, the profile UID is returned under the `profile_uid` response field for each API key. */
  with_profile_uid?: boolean
  /** Determines whether aggregation names are prefixed by their respective types in the response. */
  typed_keys?: boolean
  /** Any aggregations to run over the corpus of returned API keys. Aggregations and queries work together. Aggregations are computed only on the API keys that match the query. This supports only a subset of aggregation types, namely: `terms`, `range`, `date_range`, `missing`, `cardinality`, `value_count`, `composite`, `filter`, and `filters`. Additionally, aggregations only run over the same subset of fields that query works with. */
  aggregations?: Record<string, SecurityQueryApiKeysApiKeyAggregationContainer>
  /** Any aggregations to run over the corpus of returned API keys. Aggregations and queries work together. Aggregations are computed only on the API keys that match the query. This supports only a subset of aggregation types, namely: `terms`, `range`, `date_range`, `missing`, `cardinality`, `value_count`, `composite`, `filter`, and `filters`. Additionally, aggregations only run over the same subset of fields that query works with. */
  aggs?: Record<string, SecurityQueryApiKeysApiKeyAggregationContainer>
  /** A query to filter which API keys to return. If the query parameter is missing, it is equivalent to a `match_all` query. The query supports a subset of query types, including `match_all`, `bool`, `term`, `terms`, `match`, `ids`, `prefix`, `wildcard`, `exists`, `range`, and `simple_query_string`. You can query the following public information associated with an API key: `id`, `type`, `name`, `creation`, `expiration`, `invalidated`, `invalidation`, `username`, `realm`, and `metadata`. */
  query?: SecurityQueryApiKeysApiKeyQueryContainer
  /** The starting document offset. It must not be negative. By default, you cannot page through more than 10,000 hits using the `from` and `size` parameters. To page through more hits, use the `search_after` parameter. */
  from?: integer
  /** The sort definition. Other than `id`, all public fields of an API key are eligible for sorting. In addition, sort can also be applied to the `_doc` field to sort by index order. */
  sort?: Sort
  /** The number of hits to return. It must not be negative. The `size` parameter can be set to `0`, in which case no API key matches are returned, only the aggregation results. By default, you cannot page through more than 10,000 hits using the `from` and `size` parameters. To page through more hits, use the `search_after` parameter. */
  size?: integer
  /** The search after definition. */
  search_after?: SortResults
}

export interface SecurityQueryApiKeysResponse {
  /** The total number of API keys found. */
  total: integer
  /** The number of API keys returned in the response. */
  count: integer
  /** A list of API key information. */
  api_keys: SecurityApiKey[]
  /** The aggregations result, if requested. */
  aggregations?: Record<AggregateName, SecurityQueryApiKeysApiKeyAggregate>
}

export interface SecurityQueryRoleQueryRole extends SecurityRoleDescriptor {
  _sort?: SortResults
  /** Name of the role. */
  name: string
}

/** Request of `security.query_role`. */
export interface SecurityQueryRoleRequest extends RequestBase {
  /** A query to filter which roles to return. If the query parameter is missing, it is equivalent to a `match_all` query. The query supports a subset of query types, including `match_all`, `bool`, `term`, `terms`, `match`, `ids`, `prefix`, `wildcard`, `exists`, `range`, and `simple_query_string`. You can query the following information associated with roles: `name`, `description`, `metadata`, `applications.application`, `applications.privileges`, and `applications.resources`. */
  query?: SecurityQueryRoleRoleQueryContainer
  /** The starting document offset. It must not be negative. By default, you cannot page through more than 10,000 hits using the `from` and `size` parameters. To page through more hits, use the `search_after` parameter. */
  from?: integer
  /** The sort definition. You can sort on `name`, `description`, `metadata`, `applications.application`, `applications.privileges`, and `applications.resources`. In addition, sort can also be applied to the `_doc` field to sort by index order. */
  sort?: Sort
  /** The number of hits to return. It must not be negative. By default, you cannot page through more than 10,000 hits using the `from` and `size` parameters. To page through more hits, use the `search_after` parameter. */
  size?: integer
  /** The search after definition. */
  search_after?: SortResults
}

export interface SecurityQueryRoleResponse {
  /** The total number of roles found. */
  total: integer
  /** The number of roles returned in the response. */
  count: integer
  /** A list of roles that match the query. The returned role format is an extension of the role definition format. It adds the `transient_metadata.enabled` and the `_sort` fields. `transient_metadata.enabled` is set to `false` in case the role is automatically disabled, for example when the role grants privileges that are not allowed by the installed license. `_sort` is present when the search query sorts on some field. It contains the array of values that have been used for sorting. */
  roles: SecurityQueryRoleQueryRole[]
}

export interface SecurityQueryRoleRoleQueryContainer {
  /** matches roles matching boolean combinations of other queries. */
  bool?: QueryDslBoolQuery
  /** Returns roles that contain an indexed value for a field. */
  exists?: QueryDslExistsQuery
  /** Returns roles based on their IDs. This query uses role document IDs stored in the `_id` field. */
  ids?: QueryDslIdsQuery
  /** Returns roles that match a provided text, number, date or boolean value. The provided text is analyzed before matching. */
  match?: Partial<Record<Field, QueryDslMatchQuery | string | float | boolean>>
  /** Matches all roles, giving them all a `_score` of 1.0. */
  match_all?: QueryDslMatchAllQuery
  /** Returns roles that contain a specific prefix in a provided field. */
  prefix?: Partial<Record<Field, QueryDslPrefixQuery | string>>
  /** Returns roles that contain terms within a provided range. */
  range?: Partial<Record<Field, QueryDslRangeQuery>>
  /** Returns roles based on a provided query string, using a parser with a limited but fault-tolerant syntax. */
  simple_query_string?: QueryDslSimpleQueryStringQuery
  /** Returns roles that contain an exact term in a provided field. To return a document, the query term must exactly match the queried field's value, including whitespace and capitalization. */
  term?: Partial<Record<Field, QueryDslTermQuery | FieldValue>>
  /** Returns roles that contain one or more exact terms in a provided field. To return a document, one or more terms must exactly match a field value, including whitespace and capitalization. */
  terms?: QueryDslTermsQuery
  /** Returns roles that contain terms matching a wildcard pattern. */
  wildcard?: Partial<Record<Field, QueryDslWildcardQuery | string>>
}

export interface SecurityQueryUserQueryUser extends SecurityUser {
  _sort?: SortResults
}

/** Request of `security.query_user`. */
export interface SecurityQueryUserRequest extends RequestBase {
  /** Determines whether to retrieve the user profile UID, if it exists, for the users. */
  with_profile_uid?: boolean
  /** A query to filter which users to return. If the query parameter is missing, it is equivalent to a `match_all` query. The query supports a subset of query types, including `match_all`, `bool`, `term`, `terms`, `match`, `ids`, `prefix`, `wildcard`, `exists`, `range`, and `simple_query_string`. You can query the following information associated with user: `username`, `roles`, `enabled`, `full_name`, and `email`. */
  query?: SecurityQueryUserUserQueryContainer
  /** The starting document offset. It must not be negative. By default, you cannot page through more than 10,000 hits using the `from` and `size` parameters. To page through more hits, use the `search_after` parameter. */
  from?: integer
  /** The sort definition. Fields eligible for sorting are: `username`, `roles`, `enabled`. In addition, sort can also be applied to the `_doc` field to sort by index order. */
  sort?: Sort
  /** The number of hits to return. It must not be negative. By default, you cannot page through more than 10,000 hits using the `from` and `size` parameters. To page through more hits, use the `search_after` parameter. */
  size?: integer
  /** The search after definition */
  search_after?: SortResults
}

export interface SecurityQueryUserResponse {
  /** The total number of users found. */
  total: integer
  /** The number of users returned in the response. */
  count: integer
  /** A list of users that match the query. */
  users: SecurityQueryUserQueryUser[]
}

export interface SecurityQueryUserUserQueryContainer {
  /** Returns users based on their IDs. This query uses the user document IDs stored in the `_id` field. */
  ids?: QueryDslIdsQuery
  /** matches users matching boolean combinations of other queries. */
  bool?: QueryDslBoolQuery
  /** Returns users that contain an indexed value for a field. */
  exists?: QueryDslExistsQuery
  /** Returns users that match a provided text, number, date or boolean value. The provided text is analyzed before matching. */
  match?: Partial<Record<Field, QueryDslMatchQuery | string | float | boolean>>
  /** Matches all users, giving them all a `_score` of 1.0. */
  match_all?: QueryDslMatchAllQuery
  /** Returns users that contain a specific prefix in a provided field. */
  prefix?: Partial<Record<Field, QueryDslPrefixQuery | string>>
  /** Returns users that contain terms within a provided range. */
  range?: Partial<Record<Field, QueryDslRangeQuery>>
  /** Returns users based on a provided query string, using a parser with a limited but fault-tolerant syntax. */
  simple_query_string?: QueryDslSimpleQueryStringQuery
  /** Returns users that contain an exact term in a provided field. To return a document, the query term must exactly match the queried field's value, including whitespace and capitalization. */
  term?: Partial<Record<Field, QueryDslTermQuery | FieldValue>>
  /** Returns users that contain one or more exact terms in a provided field. To return a document, one or more terms must exactly match a field value, including whitespace and capitalization. */
  terms?: QueryDslTermsQuery
  /** Returns users that contain terms matching a wildcard pattern. */
  wildcard?: Partial<Record<Field, QueryDslWildcardQuery | string>>
}

export interface SecurityRealmInfo {
  name: Name
  type: string
}

export type SecurityRemoteClusterPrivilege = 'monitor_enrich' | 'monitor_stats'

/** The subset of cluster level privileges that can be defined for remote clusters. */
export interface SecurityRemoteClusterPrivileges {
  /** A list of cluster aliases to which the permissions in this entry apply. */
  clusters: Names
  /** The cluster level privileges that owners of the role have on the remote cluster. */
  privileges: SecurityRemoteClusterPrivilege[]
}

/** The subset of index level privileges that can be defined for remote clusters. */
export interface SecurityRemoteIndicesPrivileges {
  /** A list of cluster aliases to which the permissions in this entry apply. */
  clusters: Names
  /** The document fields that the owners of the role have read access to. */
  field_security?: SecurityFieldSecurity
  /** A list of indices (or index name patterns) to which the permissions in this entry apply. */
  names: IndexName | IndexName[]
  /** The index level privileges that owners of the role have on the specified indices. */
  privileges: SecurityIndexPrivilege[]
  /** A search query that defines the documents the owners of the role have access to. A document within the specified indices must match this query for it to be accessible by the owners of the role. */
  query?: SecurityIndicesPrivilegesQuery
  /** Set to `true` if using wildcard or regular expressions for patterns that cover restricted indices. Implicitly, restricted indices have limited privileges that can cause pattern tests to fail. If restricted indices are explicitly included in the `names` list, Elasticsearch checks privileges against these indices regardless of the value set for `allow_restricted_indices`. */
  allow_restricted_indices?: boolean
}

export interface SecurityRemoteUserIndicesPrivileges {
  clusters: string[]
  /** The document fields that the owners of the role have read access to. */
  field_security?: SecurityFieldSecurity[]
  /** A list of indices (or index name patterns) to which the permissions in this entry apply. */
  names: IndexName | IndexName[]
  /** The index level privileges that owners of the role have on the specified indices. */
  privileges: SecurityIndexPrivilege[]
  /** Search queries that define the documents the user has access to. A document within the specified indices must match these queries for it to be accessible by the owners of the role. */
  query?: SecurityIndicesPrivilegesQuery[]
  /** Set to `true` if using wildcard or regular expressions for patterns that cover restricted indices. Implicitly, restricted indices have limited privileges that can cause pattern tests to fail. If restricted indices are explicitly included in the `names` list, Elasticsearch checks privileges against these indices regardless of the value set for `allow_restricted_indices`. */
  allow_restricted_indices: boolean
}

export interface SecurityReplicationAccess {
  /** A list of indices (or index name patterns) to which the permissions in this entry apply. */
  names: IndexName | IndexName[]
  /** This needs to be set to true if the patterns in the names field should cover system indices. */
  allow_restricted_indices?: boolean
}

export interface SecurityRestriction {
  /** A list of workflows to which the API key is restricted. NOTE: In order to use a role restriction, an API key must be created with a single role descriptor. */
  workflows: SecurityRestrictionWorkflow[]
}

export type SecurityRestrictionWorkflow = 'search_application_query' | string

export interface SecurityRoleDescriptor {
  /** A list of cluster privileges. These privileges define the cluster level actions that API keys are able to execute. */
  cluster?: SecurityClusterPrivilege[]
  /** A list of indices permissions entries. */
  indices?: SecurityIndicesPrivileges[]
  /** A list of indices permissions entries. */
  index?: SecurityIndicesPrivileges[]
  /** A list of indices permissions for remote clusters. */
  remote_indices?: SecurityRemoteIndicesPrivileges[]
  /** A list of cluster permissions for remote clusters. NOTE: This is limited a subset of the cluster permissions. */
  remote_cluster?: SecurityRemoteClusterPrivileges[]
  /** An object defining global privileges. A global privilege is a form of cluster privilege that is request-aware. */
  global?: SecurityGlobalPrivilege[] | SecurityGlobalPrivilege
  /** A list of application privilege entries */
  applications?: SecurityApplicationPrivileges[]
  /** Optional meta-data. Within the metadata object, keys that begin with `_` are reserved for system usage. */
  metadata?: Metadata
  /** A list of users that the API keys can impersonate. NOTE: In Elastic Cloud Serverless, the run-as feature is disabled. For API compatibility, you can still specify an empty `run_as` field, but a non-empty list will be rejected. */
  run_as?: string[]
  /** Optional description of the role descriptor */
  description?: string
  /** Restriction for when the role descriptor is allowed to be effective. */
  restriction?: SecurityRestriction
  transient_metadata?: Record<string, any>
}

export interface SecurityRoleDescriptorRead {
  /** A list of cluster privileges. These privileges define the cluster level actions that API keys are able to execute. */
  cluster: SecurityClusterPrivilege[]
  /** A list of indices permissions entries. */
  indices: SecurityIndicesPrivileges[]
  /** A list of indices permissions entries. */
  index?: SecurityIndicesPrivileges[]
  /** A list of indices permissions for remote clusters. */
  remote_indices?: SecurityRemoteIndicesPrivileges[]
  /** A list of cluster permissions for remote clusters. NOTE: This is limited a subset of the cluster permissions. */
  remote_cluster?: SecurityRemoteClusterPrivileges[]
  /** An object defining global privileges. A global privilege is a form of cluster privilege that is request-aware. */
  global?: SecurityGlobalPrivilege[] | SecurityGlobalPrivilege
  /** A list of application privilege entries */
  applications?: SecurityApplicationPrivileges[]
  /** Optional meta-data. Within the metadata object, keys that begin with `_` are reserved for system usage. */
  metadata?: Metadata
  /** A list of users that the API keys can impersonate. NOTE: In Elastic Cloud Serverless, the run-as feature is disabled. For API compatibility, you can still specify an empty `run_as` field, but a non-empty list will be rejected. */
  run_as?: string[]
  /** Optional description of the role descriptor */
  description?: string
  /** Restriction for when the role descriptor is allowed to be effective. */
  restriction?: SecurityRestriction
  transient_metadata?: Record<string, any>
}

export interface SecurityRoleMapping {
  enabled: boolean
  metadata: Metadata
  roles?: string[]
  role_templates?: SecurityRoleTemplate[]
  rules: SecurityRoleMappingRule
}

export interface SecurityRoleMappingRule {
  any?: SecurityRoleMappingRule[]
  all?: SecurityRoleMappingRule[]
  field?: Partial<Record<Field, FieldValue | FieldValue[]>>
  except?: SecurityRoleMappingRule
}

export interface SecurityRoleTemplate {
  format?: SecurityTemplateFormat
  template: Script | ScriptSource
}

export type SecurityRoleTemplateInlineQuery = string | QueryDslQueryContainer

export interface SecurityRoleTemplateQuery {
  /** When you create a role, you can specify a query that defines the document level security permissions. You can optionally use Mustache templates in the role query to insert the username of the current authenticated user into the role. Like other places in Elasticsearch that support templating or scripting, you can specify inline, stored, or file-based templates and define custom parameters. You access the details for the current authenticated user through the _user parameter. */
  template?: SecurityRoleTemplateScript | SecurityRoleTemplateInlineQuery
}

export interface SecurityRoleTemplateScript {
  source?: SecurityRoleTemplateInlineQuery
  /** The `id` for a stored script. */
  id?: Id
  /** Specifies any named parameters that are passed into the script as variables. Use parameters instead of hard-coded values to decrease compile time. */
  params?: Record<string, any>
  /** Specifies the language the script is written in. */
  lang?: ScriptLanguage
  options?: Record<string, string>
}

export interface SecurityRolesStats {
  /** Document-level security (DLS) statistics. */
  dls: XpackUsageSecurityRolesDls
}

/** Request of `security.saml_authenticate`. */
export interface SecuritySamlAuthenticateRequest extends RequestBase {
  /** The SAML response as it was sent by the user's browser, usually a Base64 encoded XML document. */
  content: string
  /** A JSON array with all the valid SAML Request Ids that the caller of the API has for the current user. */
  ids: Ids
  /** The name of the realm that should authenticate the SAML response. Useful in cases where many SAML realms are defined. */
  realm?: string
}

export interface SecuritySamlAuthenticateResponse {
  /** The access token that was generated by Elasticsearch. */
  access_token: string
  /** The authenticated user's name. */
  username: string
  /** The amount of time (in seconds) left until the token expires. */
  expires_in: integer
  /** The refresh token that was generated by Elasticsearch. */
  refresh_token: string
  /** The name of the realm where the user was authenticated. */
  realm: string
  /** The id of the request that initiated the authentication process. */
  in_response_to?: string
}

/** Request of `security.saml_complete_logout`. */
export interface SecuritySamlCompleteLogoutRequest extends RequestBase {
  /** The name of the SAML realm in Elasticsearch for which the configuration is used to verify the logout response. */
  realm: string
  /** A JSON array with all the valid SAML Request Ids that the caller of the API has for the current user. */
  ids: Ids
  /** If the SAML IdP sends the logout response with the HTTP-Redirect binding, this field must be set to the query string of the redirect URI. */
  query_string?: string
  /** If the SAML IdP sends the logout response with the HTTP-Post binding, this field must be set to the value of the SAMLResponse form parameter from the logout response. */
  content?: string
}

/** An empty answer. */
export type SecuritySamlCompleteLogoutResponse = ''

/** Request of `security.saml_invalidate`. */
export interface SecuritySamlInvalidateRequest extends RequestBase {
  /** The Assertion Consumer Service URL that matches the one of the SAML realm in Elasticsearch that should be used. You must specify either this parameter or the `realm` parameter. */
  acs?: string
  /** The query part of the URL that the user was redirected to by the SAML IdP to initiate the Single Logout. This query should include a single parameter named `SAMLRequest` that contains a SAML logout request that is deflated and Base64 encoded. If the SAML IdP has signed the logout request, the URL should include two extra parameters named `SigAlg` and `Signature` that contain the algorithm used for the signature and the signature value itself. In order for Elasticsearch to be able to verify the IdP's signature, the value of the `query_string` field must be an exact match to the string provided by the browser. The client application must not attempt to parse or process the string in any way. */
  query_string: string
  /** The name of the SAML realm in Elasticsearch the configuration. You must specify either this parameter or the `acs` parameter. */
  realm?: string
}

export interface SecuritySamlInvalidateResponse {
  /** The number of tokens that were invalidated as part of this logout. */
  invalidated: integer
  /** The realm name of the SAML realm in Elasticsearch that authenticated the user. */
  realm: string
  /** A SAML logout response as a parameter so that the user can be redirected back to the SAML IdP. */
  redirect: string
}

/** Request of `security.saml_logout`. */
export interface SecuritySamlLogoutRequest extends RequestBase {
  /** The access token that was returned as a response to calling the SAML authenticate API. Alternatively, the most recent token that was received after refreshing the original one by using a `refresh_token`. */
  token: string
  /** The refresh token that was returned as a response to calling the SAML authenticate API. Alternatively, the most recent refresh token that was received after refreshing the original access token. */
  refresh_token?: string
}

export interface SecuritySamlLogoutResponse {
  /** A URL that contains a SAML logout request as a parameter. You can use this URL to be redirected back to the SAML IdP and to initiate Single Logout. */
  redirect: string
}

/** Request of `security.saml_prepare_authentication`. */
export interface SecuritySamlPrepareAuthenticationRequest extends RequestBase {
  /** The Assertion Consumer Service URL that matches the one of the SAML realms in Elasticsearch. The realm is used to generate the authentication request. You must specify either this parameter or the `realm` parameter. */
  acs?: string
  /** The name of the SAML realm in Elasticsearch for which the configuration is used to generate the authentication request. You must specify either this parameter or the `acs` parameter. */
  realm?: string
  /** A string that will be included in the redirect URL that this API returns as the `RelayState` query parameter. If the Authentication Request is signed, this value is used as part of the signature computation. */
  relay_state?: string
}

export interface SecuritySamlPrepareAuthenticationResponse {
  /** A unique identifier for the SAML Request to be stored by the caller of the API. */
  id: Id
  /** The name of the Elasticsearch realm that was used to construct the authentication request. */
  realm: string
  /** The URL to redirect the user to. */
  redirect: string
}

/** Request of `security.saml_service_provider_metadata`. */
export interface SecuritySamlServiceProviderMetadataRequest extends RequestBase {
  /** The name of the SAML realm in Elasticsearch. */
  realm_name: Name
}

export interface SecuritySamlServiceProviderMetadataResponse {
  /** An XML string that contains a SAML Service Provider's metadata for the realm. */
  metadata: string
}

export interface SecuritySearchAccess {
  /** The document fields that the owners of the role have read access to. */
  field_security?: SecurityFieldSecurity
  /** A list of indices (or index name patterns) to which the permissions in this entry apply. */
  names: IndexName | IndexName[]
  /** A search query that defines the documents the owners of the role have access to. A document within the specified indices must match this query for it to be accessible by the owners of the role. */
  query?: SecurityIndicesPrivilegesQuery
  /** Set to `true` if using wildcard or regular expressions for patterns that cover restricted indices. Implicitly, restricted indices have limited privileges that can cause pattern tests to fail. If restricted indices are explicitly included in the `names` list, Elasticsearch checks privileges against these indices regardless of the value set for `allow_restricted_indices`. */
  allow_restricted_indices?: boolean
}

export interface SecuritySecuritySettings {
  index?: IndicesIndexSettings
}

export interface SecuritySuggestUserProfilesHint {
  /** A list of profile UIDs to match against. */
  uids?: SecurityUserProfileId[]
  /** A single key-value pair to match against the labels section of a profile. A profile is considered matching if it matches at least one of the strings. */
  labels?: Record<string, string | string[]>
}

/** Request of `security.suggest_user_profiles`. */
export interface SecuritySuggestUserProfilesRequest extends RequestBase {
  /** A comma-separated list of filters for the `data` field of the profile document. To return all content use `data=*`. To return a subset of content, use `data=<key>` to retrieve content nested under the specified `<key>`. By default, the API returns no `data` content. It is an error to specify `data` as both the query parameter and the request body field. */
  data?: string | string[]
  /** A query string used to match name-related fields in user profile documents. Name-related fields are the user's `username`, `full_name`, and `email`. */
  name?: string
  /** The number of profiles to return. */
  size?: long
  /** Extra search criteria to improve relevance of the suggestion result. Profiles matching the spcified hint are ranked higher in the response. Profiles not matching the hint aren't excluded from the response as long as the profile matches the `name` field query. */
  hint?: SecuritySuggestUserProfilesHint
}

export interface SecuritySuggestUserProfilesResponse {
  /** Metadata about the number of matching profiles. */
  total: SecuritySuggestUserProfilesTotalUserProfiles
  /** The number of milliseconds it took Elasticsearch to run the request. */
  took: long
  /** A list of profile documents, ordered by relevance, that match the search criteria. */
  profiles: SecurityUserProfile[]
}

export interface SecuritySuggestUserProfilesTotalUserProfiles {
  value: long
  relation: RelationName
}

export type SecurityTemplateFormat = 'string' | 'json'

/** Request of `security.update_api_key`. */
export interface SecurityUpdateApiKeyRequest extends RequestBase {
  /** The ID of the API key to update. */
  id: Id
  /** The role descriptors to assign to this API key. The API key's effective permissions are an intersection of its assigned privileges and the point in time snapshot of permissions of the owner user. You can assign new privileges by specifying them in this parameter. To remove assigned privileges, you can supply an empty `role_descriptors` parameter, that is to say, an empty object `{}`. If an API key has no assigned privileges, it inherits the owner user's full permissions. The snapshot of the owner's permissions is always updated, whether you supply the `role_descriptors` parameter or not. The structure of a role descriptor is the same as the request for the create API keys API. */
  role_descriptors?: Record<string, SecurityRoleDescriptor>
  /** Arbitrary metadata that you want to associate with the API key. It supports a nested data structure. Within the metadata object, keys beginning with `_` are reserved for system usage. When specified, this value fully replaces the metadata previously associated with the API key. */
  metadata?: Metadata
  /** The expiration time for the API key. By default, API keys never expire. This property can be omitted to leave the expiration unchanged. */
  expiration?: Duration
}

export interface SecurityUpdateApiKeyResponse {
  /** If `true`, the API key was updated. If `false`, the API key didn't change because no change was detected. */
  updated: boolean
}

/** Request of `security.update_cross_cluster_api_key`. */
export interface SecurityUpdateCrossClusterApiKeyRequest extends RequestBase {
  /** The ID of the cross-cluster API key to update. */
  id: Id
  /** The access to be granted to this API key. The access is composed of permissions for cross cluster search and cross cluster replication. At least one of them must be specified. When specified, the new access assignment fully replaces the previously assigned access. */
  access: SecurityAccess
  /** The expiration time for the API key. By default, API keys never expire. This property can be omitted to leave the value unchanged. */
  expiration?: Duration
  /** Arbitrary metadata that you want to associate with the API key. It supports nested data structure. Within the metadata object, keys beginning with `_` are reserved for system usage. When specified, this information fully replaces metadata previously associated with the API key. */
  metadata?: Metadata
  /** The certificate identity to associate with this API key. This field is used to restrict the API key to connections authenticated by a specific TLS certificate. The value should match the certificate's distinguished name (DN) pattern. When specified, this fully replaces any previously assigned certificate identity. To clear an existing certificate identity, explicitly set this field to `null`. When omitted, the existing certificate identity remains unchanged. */
  certificate_identity?: string
}

export interface SecurityUpdateCrossClusterApiKeyResponse {
  /** If `true`, the API key was updated. If `false`, the API key didn’t change because no change was detected. */
  updated: boolean
}

/** Request of `security.update_settings`. */
export interface SecurityUpdateSettingsRequest extends RequestBase {
  /** The period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. */
  master_timeout?: Duration
  /** The period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. */
  timeout?: Duration
  /** Settings for the index used for most security configuration, including native realm users and roles configured with the API. */
  security?: SecuritySecuritySettings
  /** Settings for the index used to store profile information. */
  'security-profile'?: SecuritySecuritySettings
  /** Settings for the index used to store tokens. */
  'security-tokens'?: SecuritySecuritySettings
}

export interface SecurityUpdateSettingsResponse {
  acknowledged: boolean
}

/** Request of `security.update_user_profile_data`. */
export interface SecurityUpdateUserProfileDataRequest extends RequestBase {
  /** A unique identifier for the user profile. */
  uid: SecurityUserProfileId
  /** Only perform the operation if the document has this sequence number. */
  if_seq_no?: SequenceNumber
  /** Only perform the operation if the document has this primary term. */
  if_primary_term?: long
  /** If 'true', Elasticsearch refreshes the affected shards to make this operation visible to search. If 'wait_for', it waits for a refresh to make this operation visible to search. If 'false', nothing is done with refreshes. */
  refresh?: Refresh
  /** Searchable data that you want to associate with the user profile. This field supports a nested data structure. Within the labels object, top-level keys cannot begin with an underscore (`_`) or contain a period (`.`). */
  labels?: Record<string, any>
  /** Non-searchable data that you want to associate with the user profile. This field supports a nested data structure. Within the `data` object, top-level keys cannot begin with an underscore (`_`) or contain a period (`.`). The data object is not searchable, but can be retrieved with the get user profile API. */
  data?: Record<string, any>
}

export type SecurityUpdateUserProfileDataResponse = AcknowledgedResponseBase

export interface SecurityUser {
  email?: string | null
  full_name?: Name | null
  metadata: Metadata
  roles: string[]
  username: Username
  enabled: boolean
  profile_uid?: SecurityUserProfileId
}

export interface SecurityUserIndicesPrivileges {
  /** The document fields that the owners of the role have read access to. */
  field_security?: SecurityFieldSecurity[]
  /** A list of indices (or index name patterns) to which the permissions in this entry apply. */
  names: IndexName | IndexName[]
  /** The index level privileges that owners of the role have on the specified indices. */
  privileges: SecurityIndexPrivilege[]
  /** Search queries that define the documents the user has access to. A document within the specified indices must match these queries for it to be accessible by the owners of the role. */
  query?: SecurityIndicesPrivilegesQuery[]
  /** Set to `true` if using wildcard or regular expressions for patterns that cover restricted indices. Implicitly, restricted indices have limited privileges that can cause pattern tests to fail. If restricted indices are explicitly included in the `names` list, Elasticsearch checks privileges against these indices regardless of the value set for `allow_restricted_indices`. */
  allow_restricted_indices: boolean
}

export interface SecurityUserIndicesPrivilegesBase {
  /** The document fields that the owners of the role have read access to. */
  field_security?: SecurityFieldSecurity[]
  /** A list of indices (or index name patterns) to which the permissions in this entry apply. */
  names: IndexName | IndexName[]
  /** The index level privileges that owners of the role have on the specified indices. */
  privileges: SecurityIndexPrivilege[]
  /** Search queries that define the documents the user has access to. A document within the specified indices must match these queries for it to be accessible by the owners of the role. */
  query?: SecurityIndicesPrivilegesQuery[]
  /** Set to `true` if using wildcard or regular expressions for patterns that cover restricted indices. Implicitly, restricted indices have limited privileges that can cause pattern tests to fail. If restricted indices are explicitly included in the `names` list, Elasticsearch checks privileges against these indices regardless of the value set for `allow_restricted_indices`. */
  allow_restricted_indices: boolean
}

export interface SecurityUserProfile {
  uid: SecurityUserProfileId
  user: SecurityUserProfileUser
  data: Record<string, any>
  labels: Record<string, any>
  enabled?: boolean
}

export interface SecurityUserProfileHitMetadata {
  _primary_term: long
  _seq_no: SequenceNumber
}

export type SecurityUserProfileId = string

export interface SecurityUserProfileUser {
  email?: string | null
  full_name?: Name | null
  realm_name: Name
  realm_domain?: Name
  roles: string[]
  username: Username
}

export interface SecurityUserProfileWithMetadata extends SecurityUserProfile {
  last_synchronized: long
  _doc: SecurityUserProfileHitMetadata
}
