// Generated from org.elasticsearch:rest-api-spec:9.5.3 by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import type { TransportLike, TransportResult } from '../../transport/types.js'
import type { Endpoint } from '../endpoint.js'
import { callEndpoint } from '../endpoint.js'
import type { BodyFields, BodyValue, MetaOptions, RequestOptions } from '../types.js'
import type { CommonBodyParams, CommonParams } from './common.js'

/** Descriptors of the `security` endpoints, by spec name. */
export const endpoints: Record<string, Endpoint> = {
  activate_user_profile: { name: 'security.activate_user_profile', paths: [{ path: '/_security/profile/_activate', parts: [], methods: ['POST'] }], params: {}, body: 'json', bodyRequired: true },
  authenticate: { name: 'security.authenticate', paths: [{ path: '/_security/_authenticate', parts: [], methods: ['GET'] }], params: {}, body: 'none' },
  bulk_delete_role: { name: 'security.bulk_delete_role', paths: [{ path: '/_security/role', parts: [], methods: ['DELETE'] }], params: { refresh: 'enum' }, body: 'json', bodyRequired: true },
  bulk_put_role: { name: 'security.bulk_put_role', paths: [{ path: '/_security/role', parts: [], methods: ['POST'] }], params: { refresh: 'enum' }, body: 'json', bodyRequired: true },
  bulk_update_api_keys: { name: 'security.bulk_update_api_keys', paths: [{ path: '/_security/api_key/_bulk_update', parts: [], methods: ['POST'] }], params: {}, body: 'json', bodyRequired: true },
  change_password: { name: 'security.change_password', paths: [{ path: '/_security/user/{username}/_password', parts: ['username'], methods: ['PUT', 'POST'] }, { path: '/_security/user/_password', parts: [], methods: ['PUT', 'POST'] }], params: { refresh: 'enum' }, body: 'json', bodyRequired: true },
  clear_api_key_cache: { name: 'security.clear_api_key_cache', paths: [{ path: '/_security/api_key/{ids}/_clear_cache', parts: ['ids'], methods: ['POST'] }], params: {}, body: 'none' },
  clear_cached_privileges: { name: 'security.clear_cached_privileges', paths: [{ path: '/_security/privilege/{application}/_clear_cache', parts: ['application'], methods: ['POST'] }], params: {}, body: 'none' },
  clear_cached_realms: { name: 'security.clear_cached_realms', paths: [{ path: '/_security/realm/{realms}/_clear_cache', parts: ['realms'], methods: ['POST'] }], params: { usernames: 'list' }, body: 'none' },
  clear_cached_roles: { name: 'security.clear_cached_roles', paths: [{ path: '/_security/role/{name}/_clear_cache', parts: ['name'], methods: ['POST'] }], params: {}, body: 'none' },
  clear_cached_service_tokens: { name: 'security.clear_cached_service_tokens', paths: [{ path: '/_security/service/{namespace}/{service}/credential/token/{name}/_clear_cache', parts: ['namespace', 'service', 'name'], methods: ['POST'] }], params: {}, body: 'none' },
  clone_api_key: { name: 'security.clone_api_key', paths: [{ path: '/_security/api_key/clone', parts: [], methods: ['POST', 'PUT'] }], params: { refresh: 'enum' }, body: 'json', bodyRequired: true },
  create_api_key: { name: 'security.create_api_key', paths: [{ path: '/_security/api_key', parts: [], methods: ['PUT', 'POST'] }], params: { refresh: 'enum' }, body: 'json', bodyRequired: true },
  create_cross_cluster_api_key: { name: 'security.create_cross_cluster_api_key', paths: [{ path: '/_security/cross_cluster/api_key', parts: [], methods: ['POST'] }], params: {}, body: 'json', bodyRequired: true },
  create_service_token: { name: 'security.create_service_token', paths: [{ path: '/_security/service/{namespace}/{service}/credential/token/{name}', parts: ['namespace', 'service', 'name'], methods: ['PUT', 'POST'] }, { path: '/_security/service/{namespace}/{service}/credential/token', parts: ['namespace', 'service'], methods: ['POST'] }], params: { refresh: 'enum' }, body: 'none' },
  delegate_pki: { name: 'security.delegate_pki', paths: [{ path: '/_security/delegate_pki', parts: [], methods: ['POST'] }], params: {}, body: 'json', bodyRequired: true },
  delete_privileges: { name: 'security.delete_privileges', paths: [{ path: '/_security/privilege/{application}/{name}', parts: ['application', 'name'], methods: ['DELETE'] }], params: { refresh: 'enum' }, body: 'none' },
  delete_role: { name: 'security.delete_role', paths: [{ path: '/_security/role/{name}', parts: ['name'], methods: ['DELETE'] }], params: { refresh: 'enum' }, body: 'none' },
  delete_role_mapping: { name: 'security.delete_role_mapping', paths: [{ path: '/_security/role_mapping/{name}', parts: ['name'], methods: ['DELETE'] }], params: { refresh: 'enum' }, body: 'none' },
  delete_service_token: { name: 'security.delete_service_token', paths: [{ path: '/_security/service/{namespace}/{service}/credential/token/{name}', parts: ['namespace', 'service', 'name'], methods: ['DELETE'] }], params: { refresh: 'enum' }, body: 'none' },
  delete_user: { name: 'security.delete_user', paths: [{ path: '/_security/user/{username}', parts: ['username'], methods: ['DELETE'] }], params: { refresh: 'enum' }, body: 'none' },
  disable_user: { name: 'security.disable_user', paths: [{ path: '/_security/user/{username}/_disable', parts: ['username'], methods: ['PUT', 'POST'] }], params: { refresh: 'enum' }, body: 'none' },
  disable_user_profile: { name: 'security.disable_user_profile', paths: [{ path: '/_security/profile/{uid}/_disable', parts: ['uid'], methods: ['PUT', 'POST'] }], params: { refresh: 'enum' }, body: 'none' },
  enable_user: { name: 'security.enable_user', paths: [{ path: '/_security/user/{username}/_enable', parts: ['username'], methods: ['PUT', 'POST'] }], params: { refresh: 'enum' }, body: 'none' },
  enable_user_profile: { name: 'security.enable_user_profile', paths: [{ path: '/_security/profile/{uid}/_enable', parts: ['uid'], methods: ['PUT', 'POST'] }], params: { refresh: 'enum' }, body: 'none' },
  enroll_kibana: { name: 'security.enroll_kibana', paths: [{ path: '/_security/enroll/kibana', parts: [], methods: ['GET'] }], params: {}, body: 'none' },
  enroll_node: { name: 'security.enroll_node', paths: [{ path: '/_security/enroll/node', parts: [], methods: ['GET'] }], params: {}, body: 'none' },
  get_api_key: { name: 'security.get_api_key', paths: [{ path: '/_security/api_key', parts: [], methods: ['GET'] }], params: { active_only: 'boolean', id: 'string', name: 'string', owner: 'boolean', realm_name: 'string', username: 'string', with_limited_by: 'boolean', with_profile_uid: 'boolean' }, body: 'none' },
  get_builtin_privileges: { name: 'security.get_builtin_privileges', paths: [{ path: '/_security/privilege/_builtin', parts: [], methods: ['GET'] }], params: {}, body: 'none' },
  get_privileges: { name: 'security.get_privileges', paths: [{ path: '/_security/privilege', parts: [], methods: ['GET'] }, { path: '/_security/privilege/{application}', parts: ['application'], methods: ['GET'] }, { path: '/_security/privilege/{application}/{name}', parts: ['application', 'name'], methods: ['GET'] }], params: {}, body: 'none' },
  get_role: { name: 'security.get_role', paths: [{ path: '/_security/role/{name}', parts: ['name'], methods: ['GET'] }, { path: '/_security/role', parts: [], methods: ['GET'] }], params: { include_implicit: 'boolean' }, body: 'none' },
  get_role_mapping: { name: 'security.get_role_mapping', paths: [{ path: '/_security/role_mapping/{name}', parts: ['name'], methods: ['GET'] }, { path: '/_security/role_mapping', parts: [], methods: ['GET'] }], params: {}, body: 'none' },
  get_service_accounts: { name: 'security.get_service_accounts', paths: [{ path: '/_security/service/{namespace}/{service}', parts: ['namespace', 'service'], methods: ['GET'] }, { path: '/_security/service/{namespace}', parts: ['namespace'], methods: ['GET'] }, { path: '/_security/service', parts: [], methods: ['GET'] }], params: {}, body: 'none' },
  get_service_credentials: { name: 'security.get_service_credentials', paths: [{ path: '/_security/service/{namespace}/{service}/credential', parts: ['namespace', 'service'], methods: ['GET'] }], params: {}, body: 'none' },
  get_settings: { name: 'security.get_settings', paths: [{ path: '/_security/settings', parts: [], methods: ['GET'] }], params: { master_timeout: 'time' }, body: 'none' },
  get_stats: { name: 'security.get_stats', paths: [{ path: '/_security/stats', parts: [], methods: ['GET'] }], params: {}, body: 'none' },
  get_token: { name: 'security.get_token', paths: [{ path: '/_security/oauth2/token', parts: [], methods: ['POST'] }], params: {}, body: 'json', bodyRequired: true },
  get_user: { name: 'security.get_user', paths: [{ path: '/_security/user/{username}', parts: ['username'], methods: ['GET'] }, { path: '/_security/user', parts: [], methods: ['GET'] }], params: { with_profile_uid: 'boolean' }, body: 'none' },
  get_user_privileges: { name: 'security.get_user_privileges', paths: [{ path: '/_security/user/_privileges', parts: [], methods: ['GET'] }], params: {}, body: 'none' },
  get_user_profile: { name: 'security.get_user_profile', paths: [{ path: '/_security/profile/{uid}', parts: ['uid'], methods: ['GET'] }], params: { data: 'list' }, body: 'none' },
  grant_api_key: { name: 'security.grant_api_key', paths: [{ path: '/_security/api_key/grant', parts: [], methods: ['POST'] }], params: { refresh: 'enum' }, body: 'json', bodyRequired: true },
  has_privileges: { name: 'security.has_privileges', paths: [{ path: '/_security/user/_has_privileges', parts: [], methods: ['GET', 'POST'] }, { path: '/_security/user/{user}/_has_privileges', parts: ['user'], methods: ['GET', 'POST'] }], params: {}, body: 'json', bodyRequired: true },
  has_privileges_user_profile: { name: 'security.has_privileges_user_profile', paths: [{ path: '/_security/profile/_has_privileges', parts: [], methods: ['GET', 'POST'] }], params: {}, body: 'json', bodyRequired: true },
  invalidate_api_key: { name: 'security.invalidate_api_key', paths: [{ path: '/_security/api_key', parts: [], methods: ['DELETE'] }], params: {}, body: 'json', bodyRequired: true },
  invalidate_token: { name: 'security.invalidate_token', paths: [{ path: '/_security/oauth2/token', parts: [], methods: ['DELETE'] }], params: {}, body: 'json', bodyRequired: true },
  oidc_authenticate: { name: 'security.oidc_authenticate', paths: [{ path: '/_security/oidc/authenticate', parts: [], methods: ['POST'] }], params: {}, body: 'json', bodyRequired: true },
  oidc_logout: { name: 'security.oidc_logout', paths: [{ path: '/_security/oidc/logout', parts: [], methods: ['POST'] }], params: {}, body: 'json', bodyRequired: true },
  oidc_prepare_authentication: { name: 'security.oidc_prepare_authentication', paths: [{ path: '/_security/oidc/prepare', parts: [], methods: ['POST'] }], params: {}, body: 'json', bodyRequired: true },
  put_privileges: { name: 'security.put_privileges', paths: [{ path: '/_security/privilege', parts: [], methods: ['PUT', 'POST'] }], params: { refresh: 'enum' }, body: 'json', bodyRequired: true },
  put_role: { name: 'security.put_role', paths: [{ path: '/_security/role/{name}', parts: ['name'], methods: ['PUT', 'POST'] }], params: { refresh: 'enum' }, body: 'json', bodyRequired: true },
  put_role_mapping: { name: 'security.put_role_mapping', paths: [{ path: '/_security/role_mapping/{name}', parts: ['name'], methods: ['PUT', 'POST'] }], params: { refresh: 'enum' }, body: 'json', bodyRequired: true },
  put_user: { name: 'security.put_user', paths: [{ path: '/_security/user/{username}', parts: ['username'], methods: ['PUT', 'POST'] }], params: { refresh: 'enum' }, body: 'json', bodyRequired: true },
  query_api_keys: { name: 'security.query_api_keys', paths: [{ path: '/_security/_query/api_key', parts: [], methods: ['GET', 'POST'] }], params: { typed_keys: 'boolean', with_limited_by: 'boolean', with_profile_uid: 'boolean' }, body: 'json' },
  query_role: { name: 'security.query_role', paths: [{ path: '/_security/_query/role', parts: [], methods: ['GET', 'POST'] }], params: {}, body: 'json' },
  query_user: { name: 'security.query_user', paths: [{ path: '/_security/_query/user', parts: [], methods: ['GET', 'POST'] }], params: { with_profile_uid: 'boolean' }, body: 'json' },
  saml_authenticate: { name: 'security.saml_authenticate', paths: [{ path: '/_security/saml/authenticate', parts: [], methods: ['POST'] }], params: {}, body: 'json', bodyRequired: true },
  saml_complete_logout: { name: 'security.saml_complete_logout', paths: [{ path: '/_security/saml/complete_logout', parts: [], methods: ['POST'] }], params: {}, body: 'json', bodyRequired: true },
  saml_invalidate: { name: 'security.saml_invalidate', paths: [{ path: '/_security/saml/invalidate', parts: [], methods: ['POST'] }], params: {}, body: 'json', bodyRequired: true },
  saml_logout: { name: 'security.saml_logout', paths: [{ path: '/_security/saml/logout', parts: [], methods: ['POST'] }], params: {}, body: 'json', bodyRequired: true },
  saml_prepare_authentication: { name: 'security.saml_prepare_authentication', paths: [{ path: '/_security/saml/prepare', parts: [], methods: ['POST'] }], params: {}, body: 'json', bodyRequired: true },
  saml_service_provider_metadata: { name: 'security.saml_service_provider_metadata', paths: [{ path: '/_security/saml/metadata/{realm_name}', parts: ['realm_name'], methods: ['GET'] }], params: {}, body: 'none' },
  suggest_user_profiles: { name: 'security.suggest_user_profiles', paths: [{ path: '/_security/profile/_suggest', parts: [], methods: ['GET', 'POST'] }], params: { data: 'list' }, body: 'json' },
  update_api_key: { name: 'security.update_api_key', paths: [{ path: '/_security/api_key/{id}', parts: ['id'], methods: ['PUT'] }], params: {}, body: 'json' },
  update_cross_cluster_api_key: { name: 'security.update_cross_cluster_api_key', paths: [{ path: '/_security/cross_cluster/api_key/{id}', parts: ['id'], methods: ['PUT'] }], params: {}, body: 'json', bodyRequired: true },
  update_settings: { name: 'security.update_settings', paths: [{ path: '/_security/settings', parts: [], methods: ['PUT'] }], params: { master_timeout: 'time', timeout: 'time' }, body: 'json', bodyRequired: true },
  update_user_profile_data: { name: 'security.update_user_profile_data', paths: [{ path: '/_security/profile/{uid}/_data', parts: ['uid'], methods: ['PUT', 'POST'] }], params: { if_primary_term: 'number', if_seq_no: 'number', refresh: 'enum' }, body: 'json', bodyRequired: true },
}

/** Parameters of `security.activate_user_profile`. */
export interface SecurityActivateUserProfileParams extends CommonBodyParams {
}

/** Parameters of `security.authenticate`. */
export interface SecurityAuthenticateParams extends CommonParams {
}

/** Parameters of `security.bulk_delete_role`. */
export interface SecurityBulkDeleteRoleParams extends CommonBodyParams {
  /** If `true` (the default) then refresh the affected shards to make this operation visible to search, if `wait_for` then wait for a refresh to make this operation visible to search, if `false` then do nothing with refreshes. */
  refresh?: boolean | 'true' | 'false' | 'wait_for'
}

/** Parameters of `security.bulk_put_role`. */
export interface SecurityBulkPutRoleParams extends CommonBodyParams {
  /** If `true` (the default) then refresh the affected shards to make this operation visible to search, if `wait_for` then wait for a refresh to make this operation visible to search, if `false` then do nothing with refreshes. */
  refresh?: boolean | 'true' | 'false' | 'wait_for'
}

/** Parameters of `security.bulk_update_api_keys`. */
export interface SecurityBulkUpdateApiKeysParams extends CommonBodyParams {
}

/** Parameters of `security.change_password`. */
export interface SecurityChangePasswordParams extends CommonBodyParams {
  /** The username of the user to change the password for */
  username?: string
  /** If `true` (the default) then refresh the affected shards to make this operation visible to search, if `wait_for` then wait for a refresh to make this operation visible to search, if `false` then do nothing with refreshes. */
  refresh?: boolean | 'true' | 'false' | 'wait_for'
}

/** Parameters of `security.clear_api_key_cache`. */
export interface SecurityClearApiKeyCacheParams extends CommonParams {
  /** A comma-separated list of IDs of API keys to clear from the cache */
  ids: string | readonly string[]
}

/** Parameters of `security.clear_cached_privileges`. */
export interface SecurityClearCachedPrivilegesParams extends CommonParams {
  /** A comma-separated list of application names */
  application: string | readonly string[]
}

/** Parameters of `security.clear_cached_realms`. */
export interface SecurityClearCachedRealmsParams extends CommonParams {
  /** Comma-separated list of realms to clear */
  realms: string | readonly string[]
  /** Comma-separated list of usernames to clear from the cache */
  usernames?: string | readonly string[]
}

/** Parameters of `security.clear_cached_roles`. */
export interface SecurityClearCachedRolesParams extends CommonParams {
  /** Role name */
  name: string | readonly string[]
}

/** Parameters of `security.clear_cached_service_tokens`. */
export interface SecurityClearCachedServiceTokensParams extends CommonParams {
  /** A comma-separated list of service token names */
  name: string | readonly string[]
  /** An identifier for the namespace */
  namespace: string
  /** An identifier for the service name */
  service: string
}

/** Parameters of `security.clone_api_key`. */
export interface SecurityCloneApiKeyParams extends CommonBodyParams {
  /** If `true` then refresh the affected shards to make this operation visible to search, if `wait_for` then wait for a refresh to make this operation visible to search, if `false` then do nothing with refreshes. Default is `wait_for` in stateful and `true` in serverless. */
  refresh?: boolean | 'true' | 'false' | 'wait_for'
}

/** Parameters of `security.create_api_key`. */
export interface SecurityCreateApiKeyParams extends CommonBodyParams {
  /** If `true` (the default) then refresh the affected shards to make this operation visible to search, if `wait_for` then wait for a refresh to make this operation visible to search, if `false` then do nothing with refreshes. */
  refresh?: boolean | 'true' | 'false' | 'wait_for'
}

/** Parameters of `security.create_cross_cluster_api_key`. */
export interface SecurityCreateCrossClusterApiKeyParams extends CommonBodyParams {
}

/** Parameters of `security.create_service_token`. */
export interface SecurityCreateServiceTokenParams extends CommonParams {
  /** An identifier for the token name */
  name?: string
  /** An identifier for the namespace */
  namespace: string
  /** An identifier for the service name */
  service: string
  /** If `true` then refresh the affected shards to make this operation visible to search, if `wait_for` (the default) then wait for a refresh to make this operation visible to search, if `false` then do nothing with refreshes. */
  refresh?: boolean | 'true' | 'false' | 'wait_for'
}

/** Parameters of `security.delegate_pki`. */
export interface SecurityDelegatePkiParams extends CommonBodyParams {
}

/** Parameters of `security.delete_privileges`. */
export interface SecurityDeletePrivilegesParams extends CommonParams {
  /** Application name */
  application: string
  /** Comma-separated list of privilege names. */
  name: string | readonly string[]
  /** If `true` (the default) then refresh the affected shards to make this operation visible to search, if `wait_for` then wait for a refresh to make this operation visible to search, if `false` then do nothing with refreshes. */
  refresh?: boolean | 'true' | 'false' | 'wait_for'
}

/** Parameters of `security.delete_role`. */
export interface SecurityDeleteRoleParams extends CommonParams {
  /** Role name */
  name: string
  /** If `true` (the default) then refresh the affected shards to make this operation visible to search, if `wait_for` then wait for a refresh to make this operation visible to search, if `false` then do nothing with refreshes. */
  refresh?: boolean | 'true' | 'false' | 'wait_for'
}

/** Parameters of `security.delete_role_mapping`. */
export interface SecurityDeleteRoleMappingParams extends CommonParams {
  /** Role-mapping name */
  name: string
  /** If `true` (the default) then refresh the affected shards to make this operation visible to search, if `wait_for` then wait for a refresh to make this operation visible to search, if `false` then do nothing with refreshes. */
  refresh?: boolean | 'true' | 'false' | 'wait_for'
}

/** Parameters of `security.delete_service_token`. */
export interface SecurityDeleteServiceTokenParams extends CommonParams {
  /** An identifier for the token name */
  name: string
  /** An identifier for the namespace */
  namespace: string
  /** An identifier for the service name */
  service: string
  /** If `true` then refresh the affected shards to make this operation visible to search, if `wait_for` (the default) then wait for a refresh to make this operation visible to search, if `false` then do nothing with refreshes. */
  refresh?: boolean | 'true' | 'false' | 'wait_for'
}

/** Parameters of `security.delete_user`. */
export interface SecurityDeleteUserParams extends CommonParams {
  /** username */
  username: string
  /** If `true` (the default) then refresh the affected shards to make this operation visible to search, if `wait_for` then wait for a refresh to make this operation visible to search, if `false` then do nothing with refreshes. */
  refresh?: boolean | 'true' | 'false' | 'wait_for'
}

/** Parameters of `security.disable_user`. */
export interface SecurityDisableUserParams extends CommonParams {
  /** The username of the user to disable */
  username: string
  /** If `true` (the default) then refresh the affected shards to make this operation visible to search, if `wait_for` then wait for a refresh to make this operation visible to search, if `false` then do nothing with refreshes. */
  refresh?: boolean | 'true' | 'false' | 'wait_for'
}

/** Parameters of `security.disable_user_profile`. */
export interface SecurityDisableUserProfileParams extends CommonParams {
  /** Unique identifier for the user profile */
  uid: string
  /**
   * If `true` then refresh the affected shards to make this operation visible to search, if `wait_for` (the default) then wait for a refresh to make this operation visible to search, if `false` then do nothing with refreshes.
   * Default: `"false"`.
   */
  refresh?: boolean | 'true' | 'false' | 'wait_for'
}

/** Parameters of `security.enable_user`. */
export interface SecurityEnableUserParams extends CommonParams {
  /** The username of the user to enable */
  username: string
  /** If `true` (the default) then refresh the affected shards to make this operation visible to search, if `wait_for` then wait for a refresh to make this operation visible to search, if `false` then do nothing with refreshes. */
  refresh?: boolean | 'true' | 'false' | 'wait_for'
}

/** Parameters of `security.enable_user_profile`. */
export interface SecurityEnableUserProfileParams extends CommonParams {
  /** An unique identifier of the user profile */
  uid: string
  /**
   * If `true` then refresh the affected shards to make this operation visible to search, if `wait_for` (the default) then wait for a refresh to make this operation visible to search, if `false` then do nothing with refreshes.
   * Default: `"false"`.
   */
  refresh?: boolean | 'true' | 'false' | 'wait_for'
}

/** Parameters of `security.enroll_kibana`. */
export interface SecurityEnrollKibanaParams extends CommonParams {
}

/** Parameters of `security.enroll_node`. */
export interface SecurityEnrollNodeParams extends CommonParams {
}

/** Parameters of `security.get_api_key`. */
export interface SecurityGetApiKeyParams extends CommonParams {
  /**
   * flag to limit response to only active (not invalidated or expired) API keys
   * Default: `false`.
   */
  active_only?: boolean
  /** API key id of the API key to be retrieved */
  id?: string
  /** API key name of the API key to be retrieved */
  name?: string
  /**
   * flag to query API keys owned by the currently authenticated user
   * Default: `false`.
   */
  owner?: boolean
  /** realm name of the user who created this API key to be retrieved */
  realm_name?: string
  /** user name of the user who created this API key to be retrieved */
  username?: string
  /**
   * flag to show the limited-by role descriptors of API Keys
   * Default: `false`.
   */
  with_limited_by?: boolean
  /**
   * flag to also retrieve the API Key's owner profile uid, if it exists
   * Default: `false`.
   */
  with_profile_uid?: boolean
}

/** Parameters of `security.get_builtin_privileges`. */
export interface SecurityGetBuiltinPrivilegesParams extends CommonParams {
}

/** Parameters of `security.get_privileges`. */
export interface SecurityGetPrivilegesParams extends CommonParams {
  /** Application name */
  application?: string
  /** Comma-separated list of privilege names. If you do not specify this parameter, the API returns information about all privileges for the requested application. */
  name?: string | readonly string[]
}

/** Parameters of `security.get_role`. */
export interface SecurityGetRoleParams extends CommonParams {
  /** A comma-separated list of role names */
  name?: string | readonly string[]
  /**
   * If true, include privileges that are implicitly granted by registered ImplicitPrivilegesProviders alongside the explicitly configured privileges. These implicit privileges are computed for each role individually; for a user holding multiple roles, the privileges effectively granted at authorization time may therefore differ from the per-role view returned here.
   * Default: `false`.
   */
  include_implicit?: boolean
}

/** Parameters of `security.get_role_mapping`. */
export interface SecurityGetRoleMappingParams extends CommonParams {
  /** A comma-separated list of role-mapping names */
  name?: string | readonly string[]
}

/** Parameters of `security.get_service_accounts`. */
export interface SecurityGetServiceAccountsParams extends CommonParams {
  /** An identifier for the namespace */
  namespace?: string
  /** An identifier for the service name */
  service?: string
}

/** Parameters of `security.get_service_credentials`. */
export interface SecurityGetServiceCredentialsParams extends CommonParams {
  /** An identifier for the namespace */
  namespace: string
  /** An identifier for the service name */
  service: string
}

/** Parameters of `security.get_settings`. */
export interface SecurityGetSettingsParams extends CommonParams {
  /**
   * Timeout for connection to master
   * Default: `"30s"`.
   */
  master_timeout?: string
}

/** Parameters of `security.get_stats`. */
export interface SecurityGetStatsParams extends CommonParams {
}

/** Parameters of `security.get_token`. */
export interface SecurityGetTokenParams extends CommonBodyParams {
}

/** Parameters of `security.get_user`. */
export interface SecurityGetUserParams extends CommonParams {
  /** A comma-separated list of usernames */
  username?: string | readonly string[]
  /**
   * flag to retrieve profile uid (if exists) associated to the user
   * Default: `false`.
   */
  with_profile_uid?: boolean
}

/** Parameters of `security.get_user_privileges`. */
export interface SecurityGetUserPrivilegesParams extends CommonParams {
}

/** Parameters of `security.get_user_profile`. */
export interface SecurityGetUserProfileParams extends CommonParams {
  /** A comma-separated list of unique identifier for user profiles */
  uid: string | readonly string[]
  /** A comma-separated list of keys for which the corresponding application data are retrieved. */
  data?: string | readonly string[]
}

/** Parameters of `security.grant_api_key`. */
export interface SecurityGrantApiKeyParams extends CommonBodyParams {
  /**
   * If `true` (the default) then refresh the affected shards to make this operation visible to search, if `wait_for` then wait for a refresh to make this operation visible to search, if `false` then do nothing with refreshes.
   * Default: `"false"`.
   */
  refresh?: boolean | 'true' | 'false' | 'wait_for'
}

/** Parameters of `security.has_privileges`. */
export interface SecurityHasPrivilegesParams extends CommonBodyParams {
  /** Username */
  user?: string
}

/** Parameters of `security.has_privileges_user_profile`. */
export interface SecurityHasPrivilegesUserProfileParams extends CommonBodyParams {
}

/** Parameters of `security.invalidate_api_key`. */
export interface SecurityInvalidateApiKeyParams extends CommonBodyParams {
}

/** Parameters of `security.invalidate_token`. */
export interface SecurityInvalidateTokenParams extends CommonBodyParams {
}

/** Parameters of `security.oidc_authenticate`. */
export interface SecurityOidcAuthenticateParams extends CommonBodyParams {
}

/** Parameters of `security.oidc_logout`. */
export interface SecurityOidcLogoutParams extends CommonBodyParams {
}

/** Parameters of `security.oidc_prepare_authentication`. */
export interface SecurityOidcPrepareAuthenticationParams extends CommonBodyParams {
}

/** Parameters of `security.put_privileges`. */
export interface SecurityPutPrivilegesParams extends CommonBodyParams {
  /** If `true` (the default) then refresh the affected shards to make this operation visible to search, if `wait_for` then wait for a refresh to make this operation visible to search, if `false` then do nothing with refreshes. */
  refresh?: boolean | 'true' | 'false' | 'wait_for'
}

/** Parameters of `security.put_role`. */
export interface SecurityPutRoleParams extends CommonBodyParams {
  /** Role name */
  name: string
  /** If `true` (the default) then refresh the affected shards to make this operation visible to search, if `wait_for` then wait for a refresh to make this operation visible to search, if `false` then do nothing with refreshes. */
  refresh?: boolean | 'true' | 'false' | 'wait_for'
}

/** Parameters of `security.put_role_mapping`. */
export interface SecurityPutRoleMappingParams extends CommonBodyParams {
  /** Role-mapping name */
  name: string
  /** If `true` (the default) then refresh the affected shards to make this operation visible to search, if `wait_for` then wait for a refresh to make this operation visible to search, if `false` then do nothing with refreshes. */
  refresh?: boolean | 'true' | 'false' | 'wait_for'
}

/** Parameters of `security.put_user`. */
export interface SecurityPutUserParams extends CommonBodyParams {
  /** The username of the User */
  username: string
  /**
   * If `true` (the default) then refresh the affected shards to make this operation visible to search, if `wait_for` then wait for a refresh to make this operation visible to search, if `false` then do nothing with refreshes.
   * Default: `"true"`.
   */
  refresh?: boolean | 'true' | 'false' | 'wait_for'
}

/** Parameters of `security.query_api_keys`. */
export interface SecurityQueryApiKeysParams extends CommonBodyParams {
  /**
   * flag to prefix aggregation names by their respective types in the response
   * Default: `false`.
   */
  typed_keys?: boolean
  /**
   * flag to show the limited-by role descriptors of API Keys
   * Default: `false`.
   */
  with_limited_by?: boolean
  /**
   * flag to also retrieve the API Key's owner profile uid, if it exists
   * Default: `false`.
   */
  with_profile_uid?: boolean
}

/** Parameters of `security.query_role`. */
export interface SecurityQueryRoleParams extends CommonBodyParams {
}

/** Parameters of `security.query_user`. */
export interface SecurityQueryUserParams extends CommonBodyParams {
  /**
   * flag to retrieve profile uid (if exists) associated with the user
   * Default: `false`.
   */
  with_profile_uid?: boolean
}

/** Parameters of `security.saml_authenticate`. */
export interface SecuritySamlAuthenticateParams extends CommonBodyParams {
}

/** Parameters of `security.saml_complete_logout`. */
export interface SecuritySamlCompleteLogoutParams extends CommonBodyParams {
}

/** Parameters of `security.saml_invalidate`. */
export interface SecuritySamlInvalidateParams extends CommonBodyParams {
}

/** Parameters of `security.saml_logout`. */
export interface SecuritySamlLogoutParams extends CommonBodyParams {
}

/** Parameters of `security.saml_prepare_authentication`. */
export interface SecuritySamlPrepareAuthenticationParams extends CommonBodyParams {
}

/** Parameters of `security.saml_service_provider_metadata`. */
export interface SecuritySamlServiceProviderMetadataParams extends CommonParams {
  /** The name of the SAML realm to get the metadata for */
  realm_name: string
}

/** Parameters of `security.suggest_user_profiles`. */
export interface SecuritySuggestUserProfilesParams extends CommonBodyParams {
  /** A comma-separated list of keys for which the corresponding application data are retrieved. */
  data?: string | readonly string[] | BodyValue
}

/** Parameters of `security.update_api_key`. */
export interface SecurityUpdateApiKeyParams extends CommonBodyParams {
  /** The ID of the API key to update */
  id: string
}

/** Parameters of `security.update_cross_cluster_api_key`. */
export interface SecurityUpdateCrossClusterApiKeyParams extends CommonBodyParams {
  /** The ID of the cross-cluster API key to update */
  id: string
}

/** Parameters of `security.update_settings`. */
export interface SecurityUpdateSettingsParams extends CommonBodyParams {
  /**
   * Timeout for connection to master
   * Default: `"30s"`.
   */
  master_timeout?: string
  /** Timeout for acknowledgements from all nodes */
  timeout?: string
}

/** Parameters of `security.update_user_profile_data`. */
export interface SecurityUpdateUserProfileDataParams extends CommonBodyParams {
  /** An unique identifier of the user profile */
  uid: string
  /** only perform the update operation if the last operation that has changed the document has the specified primary term */
  if_primary_term?: number
  /** only perform the update operation if the last operation that has changed the document has the specified sequence number */
  if_seq_no?: number
  /**
   * If `true` (the default) then refresh the affected shards to make this operation visible to search, if `wait_for` then wait for a refresh to make this operation visible to search, if `false` then do nothing with refreshes.
   * Default: `"false"`.
   */
  refresh?: boolean | 'true' | 'false' | 'wait_for'
}

const E = endpoints

/** The `security` APIs, reached as `client.security`. */
export class SecurityApi {
  readonly transport: TransportLike

  constructor(transport: TransportLike) {
    this.transport = transport
  }

  /**
   * Activate a user profile
   * `POST /_security/profile/_activate`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-activate-user-profile
   */
  activateUserProfile<TResponse = unknown>(params: SecurityActivateUserProfileParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  activateUserProfile<TResponse = unknown>(params: SecurityActivateUserProfileParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  activateUserProfile(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.activate_user_profile, params, options)
  }

  /**
   * Authenticate a user
   * `GET /_security/_authenticate`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-authenticate
   */
  authenticate<TResponse = unknown>(params: SecurityAuthenticateParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  authenticate<TResponse = unknown>(params?: SecurityAuthenticateParams, options?: RequestOptions): Promise<TResponse>
  authenticate(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.authenticate, params, options)
  }

  /**
   * Bulk delete roles
   * `DELETE /_security/role`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-bulk-delete-role
   */
  bulkDeleteRole<TResponse = unknown>(params: SecurityBulkDeleteRoleParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  bulkDeleteRole<TResponse = unknown>(params: SecurityBulkDeleteRoleParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  bulkDeleteRole(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.bulk_delete_role, params, options)
  }

  /**
   * Bulk create or update roles
   * `POST /_security/role`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-bulk-put-role
   */
  bulkPutRole<TResponse = unknown>(params: SecurityBulkPutRoleParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  bulkPutRole<TResponse = unknown>(params: SecurityBulkPutRoleParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  bulkPutRole(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.bulk_put_role, params, options)
  }

  /**
   * Bulk update API keys
   * `POST /_security/api_key/_bulk_update`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-bulk-update-api-keys
   */
  bulkUpdateApiKeys<TResponse = unknown>(params: SecurityBulkUpdateApiKeysParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  bulkUpdateApiKeys<TResponse = unknown>(params: SecurityBulkUpdateApiKeysParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  bulkUpdateApiKeys(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.bulk_update_api_keys, params, options)
  }

  /**
   * Change passwords
   * `PUT|POST /_security/user/{username}/_password`
   * `PUT|POST /_security/user/_password`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-change-password
   */
  changePassword<TResponse = unknown>(params: SecurityChangePasswordParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  changePassword<TResponse = unknown>(params: SecurityChangePasswordParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  changePassword(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.change_password, params, options)
  }

  /**
   * Clear the API key cache
   * `POST /_security/api_key/{ids}/_clear_cache`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-clear-api-key-cache
   */
  clearApiKeyCache<TResponse = unknown>(params: SecurityClearApiKeyCacheParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  clearApiKeyCache<TResponse = unknown>(params: SecurityClearApiKeyCacheParams, options?: RequestOptions): Promise<TResponse>
  clearApiKeyCache(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.clear_api_key_cache, params, options)
  }

  /**
   * Clear the privileges cache
   * `POST /_security/privilege/{application}/_clear_cache`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-clear-cached-privileges
   */
  clearCachedPrivileges<TResponse = unknown>(params: SecurityClearCachedPrivilegesParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  clearCachedPrivileges<TResponse = unknown>(params: SecurityClearCachedPrivilegesParams, options?: RequestOptions): Promise<TResponse>
  clearCachedPrivileges(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.clear_cached_privileges, params, options)
  }

  /**
   * Clear the user cache
   * `POST /_security/realm/{realms}/_clear_cache`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-clear-cached-realms
   */
  clearCachedRealms<TResponse = unknown>(params: SecurityClearCachedRealmsParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  clearCachedRealms<TResponse = unknown>(params: SecurityClearCachedRealmsParams, options?: RequestOptions): Promise<TResponse>
  clearCachedRealms(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.clear_cached_realms, params, options)
  }

  /**
   * Clear the roles cache
   * `POST /_security/role/{name}/_clear_cache`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-clear-cached-roles
   */
  clearCachedRoles<TResponse = unknown>(params: SecurityClearCachedRolesParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  clearCachedRoles<TResponse = unknown>(params: SecurityClearCachedRolesParams, options?: RequestOptions): Promise<TResponse>
  clearCachedRoles(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.clear_cached_roles, params, options)
  }

  /**
   * Clear service account token caches
   * `POST /_security/service/{namespace}/{service}/credential/token/{name}/_clear_cache`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-clear-cached-service-tokens
   */
  clearCachedServiceTokens<TResponse = unknown>(params: SecurityClearCachedServiceTokensParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  clearCachedServiceTokens<TResponse = unknown>(params: SecurityClearCachedServiceTokensParams, options?: RequestOptions): Promise<TResponse>
  clearCachedServiceTokens(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.clear_cached_service_tokens, params, options)
  }

  /**
   * Clone an API key. Creates a new API key with the same role descriptors as an existing key, with a new name, id, and optional expiration and metadata.
   * `POST|PUT /_security/api_key/clone`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-clone-api-key
   */
  cloneApiKey<TResponse = unknown>(params: SecurityCloneApiKeyParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  cloneApiKey<TResponse = unknown>(params: SecurityCloneApiKeyParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  cloneApiKey(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.clone_api_key, params, options)
  }

  /**
   * Create an API key
   * `PUT|POST /_security/api_key`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-create-api-key
   */
  createApiKey<TResponse = unknown>(params: SecurityCreateApiKeyParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  createApiKey<TResponse = unknown>(params: SecurityCreateApiKeyParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  createApiKey(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.create_api_key, params, options)
  }

  /**
   * Create a cross-cluster API key
   * `POST /_security/cross_cluster/api_key`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-create-cross-cluster-api-key
   */
  createCrossClusterApiKey<TResponse = unknown>(params: SecurityCreateCrossClusterApiKeyParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  createCrossClusterApiKey<TResponse = unknown>(params: SecurityCreateCrossClusterApiKeyParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  createCrossClusterApiKey(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.create_cross_cluster_api_key, params, options)
  }

  /**
   * Create a service account token
   * `PUT|POST /_security/service/{namespace}/{service}/credential/token/{name}`
   * `POST /_security/service/{namespace}/{service}/credential/token`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-create-service-token
   */
  createServiceToken<TResponse = unknown>(params: SecurityCreateServiceTokenParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  createServiceToken<TResponse = unknown>(params: SecurityCreateServiceTokenParams, options?: RequestOptions): Promise<TResponse>
  createServiceToken(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.create_service_token, params, options)
  }

  /**
   * Delegate PKI authentication
   * `POST /_security/delegate_pki`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-delegate-pki
   */
  delegatePki<TResponse = unknown>(params: SecurityDelegatePkiParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  delegatePki<TResponse = unknown>(params: SecurityDelegatePkiParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  delegatePki(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.delegate_pki, params, options)
  }

  /**
   * Delete application privileges
   * `DELETE /_security/privilege/{application}/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-delete-privileges
   */
  deletePrivileges<TResponse = unknown>(params: SecurityDeletePrivilegesParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  deletePrivileges<TResponse = unknown>(params: SecurityDeletePrivilegesParams, options?: RequestOptions): Promise<TResponse>
  deletePrivileges(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.delete_privileges, params, options)
  }

  /**
   * Delete roles
   * `DELETE /_security/role/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-delete-role
   */
  deleteRole<TResponse = unknown>(params: SecurityDeleteRoleParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  deleteRole<TResponse = unknown>(params: SecurityDeleteRoleParams, options?: RequestOptions): Promise<TResponse>
  deleteRole(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.delete_role, params, options)
  }

  /**
   * Delete role mappings
   * `DELETE /_security/role_mapping/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-delete-role-mapping
   */
  deleteRoleMapping<TResponse = unknown>(params: SecurityDeleteRoleMappingParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  deleteRoleMapping<TResponse = unknown>(params: SecurityDeleteRoleMappingParams, options?: RequestOptions): Promise<TResponse>
  deleteRoleMapping(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.delete_role_mapping, params, options)
  }

  /**
   * Delete service account tokens
   * `DELETE /_security/service/{namespace}/{service}/credential/token/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-delete-service-token
   */
  deleteServiceToken<TResponse = unknown>(params: SecurityDeleteServiceTokenParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  deleteServiceToken<TResponse = unknown>(params: SecurityDeleteServiceTokenParams, options?: RequestOptions): Promise<TResponse>
  deleteServiceToken(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.delete_service_token, params, options)
  }

  /**
   * Delete users
   * `DELETE /_security/user/{username}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-delete-user
   */
  deleteUser<TResponse = unknown>(params: SecurityDeleteUserParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  deleteUser<TResponse = unknown>(params: SecurityDeleteUserParams, options?: RequestOptions): Promise<TResponse>
  deleteUser(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.delete_user, params, options)
  }

  /**
   * Disable users
   * `PUT|POST /_security/user/{username}/_disable`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-disable-user
   */
  disableUser<TResponse = unknown>(params: SecurityDisableUserParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  disableUser<TResponse = unknown>(params: SecurityDisableUserParams, options?: RequestOptions): Promise<TResponse>
  disableUser(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.disable_user, params, options)
  }

  /**
   * Disable a user profile
   * `PUT|POST /_security/profile/{uid}/_disable`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-disable-user-profile
   */
  disableUserProfile<TResponse = unknown>(params: SecurityDisableUserProfileParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  disableUserProfile<TResponse = unknown>(params: SecurityDisableUserProfileParams, options?: RequestOptions): Promise<TResponse>
  disableUserProfile(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.disable_user_profile, params, options)
  }

  /**
   * Enable users
   * `PUT|POST /_security/user/{username}/_enable`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-enable-user
   */
  enableUser<TResponse = unknown>(params: SecurityEnableUserParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  enableUser<TResponse = unknown>(params: SecurityEnableUserParams, options?: RequestOptions): Promise<TResponse>
  enableUser(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.enable_user, params, options)
  }

  /**
   * Enable a user profile
   * `PUT|POST /_security/profile/{uid}/_enable`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-enable-user-profile
   */
  enableUserProfile<TResponse = unknown>(params: SecurityEnableUserProfileParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  enableUserProfile<TResponse = unknown>(params: SecurityEnableUserProfileParams, options?: RequestOptions): Promise<TResponse>
  enableUserProfile(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.enable_user_profile, params, options)
  }

  /**
   * Enroll Kibana
   * `GET /_security/enroll/kibana`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-enroll-kibana
   */
  enrollKibana<TResponse = unknown>(params: SecurityEnrollKibanaParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  enrollKibana<TResponse = unknown>(params?: SecurityEnrollKibanaParams, options?: RequestOptions): Promise<TResponse>
  enrollKibana(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.enroll_kibana, params, options)
  }

  /**
   * Enroll a node
   * `GET /_security/enroll/node`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-enroll-node
   */
  enrollNode<TResponse = unknown>(params: SecurityEnrollNodeParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  enrollNode<TResponse = unknown>(params?: SecurityEnrollNodeParams, options?: RequestOptions): Promise<TResponse>
  enrollNode(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.enroll_node, params, options)
  }

  /**
   * Get API key information
   * `GET /_security/api_key`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-get-api-key
   */
  getApiKey<TResponse = unknown>(params: SecurityGetApiKeyParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  getApiKey<TResponse = unknown>(params?: SecurityGetApiKeyParams, options?: RequestOptions): Promise<TResponse>
  getApiKey(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_api_key, params, options)
  }

  /**
   * Get builtin privileges
   * `GET /_security/privilege/_builtin`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-get-builtin-privileges
   */
  getBuiltinPrivileges<TResponse = unknown>(params: SecurityGetBuiltinPrivilegesParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  getBuiltinPrivileges<TResponse = unknown>(params?: SecurityGetBuiltinPrivilegesParams, options?: RequestOptions): Promise<TResponse>
  getBuiltinPrivileges(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_builtin_privileges, params, options)
  }

  /**
   * Get application privileges
   * `GET /_security/privilege`
   * `GET /_security/privilege/{application}`
   * `GET /_security/privilege/{application}/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-get-privileges
   */
  getPrivileges<TResponse = unknown>(params: SecurityGetPrivilegesParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  getPrivileges<TResponse = unknown>(params?: SecurityGetPrivilegesParams, options?: RequestOptions): Promise<TResponse>
  getPrivileges(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_privileges, params, options)
  }

  /**
   * Get roles
   * `GET /_security/role/{name}`
   * `GET /_security/role`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-get-role
   */
  getRole<TResponse = unknown>(params: SecurityGetRoleParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  getRole<TResponse = unknown>(params?: SecurityGetRoleParams, options?: RequestOptions): Promise<TResponse>
  getRole(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_role, params, options)
  }

  /**
   * Get role mappings
   * `GET /_security/role_mapping/{name}`
   * `GET /_security/role_mapping`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-get-role-mapping
   */
  getRoleMapping<TResponse = unknown>(params: SecurityGetRoleMappingParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  getRoleMapping<TResponse = unknown>(params?: SecurityGetRoleMappingParams, options?: RequestOptions): Promise<TResponse>
  getRoleMapping(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_role_mapping, params, options)
  }

  /**
   * Get service accounts
   * `GET /_security/service/{namespace}/{service}`
   * `GET /_security/service/{namespace}`
   * `GET /_security/service`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-get-service-accounts
   */
  getServiceAccounts<TResponse = unknown>(params: SecurityGetServiceAccountsParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  getServiceAccounts<TResponse = unknown>(params?: SecurityGetServiceAccountsParams, options?: RequestOptions): Promise<TResponse>
  getServiceAccounts(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_service_accounts, params, options)
  }

  /**
   * Get service account credentials
   * `GET /_security/service/{namespace}/{service}/credential`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-get-service-credentials
   */
  getServiceCredentials<TResponse = unknown>(params: SecurityGetServiceCredentialsParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  getServiceCredentials<TResponse = unknown>(params: SecurityGetServiceCredentialsParams, options?: RequestOptions): Promise<TResponse>
  getServiceCredentials(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_service_credentials, params, options)
  }

  /**
   * Get security index settings
   * `GET /_security/settings`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-get-settings
   */
  getSettings<TResponse = unknown>(params: SecurityGetSettingsParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  getSettings<TResponse = unknown>(params?: SecurityGetSettingsParams, options?: RequestOptions): Promise<TResponse>
  getSettings(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_settings, params, options)
  }

  /**
   * Get security statistics for all nodes
   * `GET /_security/stats`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-get-stats
   */
  getStats<TResponse = unknown>(params: SecurityGetStatsParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  getStats<TResponse = unknown>(params?: SecurityGetStatsParams, options?: RequestOptions): Promise<TResponse>
  getStats(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_stats, params, options)
  }

  /**
   * Get a token
   * `POST /_security/oauth2/token`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-get-token
   */
  getToken<TResponse = unknown>(params: SecurityGetTokenParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  getToken<TResponse = unknown>(params: SecurityGetTokenParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  getToken(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_token, params, options)
  }

  /**
   * Get users
   * `GET /_security/user/{username}`
   * `GET /_security/user`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-get-user
   */
  getUser<TResponse = unknown>(params: SecurityGetUserParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  getUser<TResponse = unknown>(params?: SecurityGetUserParams, options?: RequestOptions): Promise<TResponse>
  getUser(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_user, params, options)
  }

  /**
   * Get user privileges
   * `GET /_security/user/_privileges`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-get-user-privileges
   */
  getUserPrivileges<TResponse = unknown>(params: SecurityGetUserPrivilegesParams | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  getUserPrivileges<TResponse = unknown>(params?: SecurityGetUserPrivilegesParams, options?: RequestOptions): Promise<TResponse>
  getUserPrivileges(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_user_privileges, params, options)
  }

  /**
   * Get a user profile
   * `GET /_security/profile/{uid}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-get-user-profile
   */
  getUserProfile<TResponse = unknown>(params: SecurityGetUserProfileParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  getUserProfile<TResponse = unknown>(params: SecurityGetUserProfileParams, options?: RequestOptions): Promise<TResponse>
  getUserProfile(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.get_user_profile, params, options)
  }

  /**
   * Grant an API key
   * `POST /_security/api_key/grant`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-grant-api-key
   */
  grantApiKey<TResponse = unknown>(params: SecurityGrantApiKeyParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  grantApiKey<TResponse = unknown>(params: SecurityGrantApiKeyParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  grantApiKey(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.grant_api_key, params, options)
  }

  /**
   * Check user privileges
   * `GET|POST /_security/user/_has_privileges`
   * `GET|POST /_security/user/{user}/_has_privileges`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-has-privileges
   */
  hasPrivileges<TResponse = unknown>(params: SecurityHasPrivilegesParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  hasPrivileges<TResponse = unknown>(params: SecurityHasPrivilegesParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  hasPrivileges(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.has_privileges, params, options)
  }

  /**
   * Check user profile privileges
   * `GET|POST /_security/profile/_has_privileges`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-has-privileges-user-profile
   */
  hasPrivilegesUserProfile<TResponse = unknown>(params: SecurityHasPrivilegesUserProfileParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  hasPrivilegesUserProfile<TResponse = unknown>(params: SecurityHasPrivilegesUserProfileParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  hasPrivilegesUserProfile(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.has_privileges_user_profile, params, options)
  }

  /**
   * Invalidate API keys
   * `DELETE /_security/api_key`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-invalidate-api-key
   */
  invalidateApiKey<TResponse = unknown>(params: SecurityInvalidateApiKeyParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  invalidateApiKey<TResponse = unknown>(params: SecurityInvalidateApiKeyParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  invalidateApiKey(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.invalidate_api_key, params, options)
  }

  /**
   * Invalidate a token
   * `DELETE /_security/oauth2/token`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-invalidate-token
   */
  invalidateToken<TResponse = unknown>(params: SecurityInvalidateTokenParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  invalidateToken<TResponse = unknown>(params: SecurityInvalidateTokenParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  invalidateToken(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.invalidate_token, params, options)
  }

  /**
   * Authenticate OpenID Connect
   * `POST /_security/oidc/authenticate`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-oidc-authenticate
   */
  oidcAuthenticate<TResponse = unknown>(params: SecurityOidcAuthenticateParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  oidcAuthenticate<TResponse = unknown>(params: SecurityOidcAuthenticateParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  oidcAuthenticate(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.oidc_authenticate, params, options)
  }

  /**
   * Logout of OpenID Connect
   * `POST /_security/oidc/logout`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-oidc-logout
   */
  oidcLogout<TResponse = unknown>(params: SecurityOidcLogoutParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  oidcLogout<TResponse = unknown>(params: SecurityOidcLogoutParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  oidcLogout(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.oidc_logout, params, options)
  }

  /**
   * Prepare OpenID connect authentication
   * `POST /_security/oidc/prepare`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-oidc-prepare-authentication
   */
  oidcPrepareAuthentication<TResponse = unknown>(params: SecurityOidcPrepareAuthenticationParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  oidcPrepareAuthentication<TResponse = unknown>(params: SecurityOidcPrepareAuthenticationParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  oidcPrepareAuthentication(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.oidc_prepare_authentication, params, options)
  }

  /**
   * Create or update application privileges
   * `PUT|POST /_security/privilege`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-put-privileges
   */
  putPrivileges<TResponse = unknown>(params: SecurityPutPrivilegesParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putPrivileges<TResponse = unknown>(params: SecurityPutPrivilegesParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putPrivileges(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_privileges, params, options)
  }

  /**
   * Create or update roles
   * `PUT|POST /_security/role/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-put-role
   */
  putRole<TResponse = unknown>(params: SecurityPutRoleParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putRole<TResponse = unknown>(params: SecurityPutRoleParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putRole(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_role, params, options)
  }

  /**
   * Create or update role mappings
   * `PUT|POST /_security/role_mapping/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-put-role-mapping
   */
  putRoleMapping<TResponse = unknown>(params: SecurityPutRoleMappingParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putRoleMapping<TResponse = unknown>(params: SecurityPutRoleMappingParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putRoleMapping(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_role_mapping, params, options)
  }

  /**
   * Create or update users
   * `PUT|POST /_security/user/{username}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-put-user
   */
  putUser<TResponse = unknown>(params: SecurityPutUserParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  putUser<TResponse = unknown>(params: SecurityPutUserParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  putUser(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.put_user, params, options)
  }

  /**
   * Find API keys with a query
   * `GET|POST /_security/_query/api_key`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-query-api-keys
   */
  queryApiKeys<TResponse = unknown>(params: SecurityQueryApiKeysParams & BodyFields | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  queryApiKeys<TResponse = unknown>(params?: SecurityQueryApiKeysParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  queryApiKeys(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.query_api_keys, params, options)
  }

  /**
   * Find roles with a query
   * `GET|POST /_security/_query/role`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-query-role
   */
  queryRole<TResponse = unknown>(params: SecurityQueryRoleParams & BodyFields | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  queryRole<TResponse = unknown>(params?: SecurityQueryRoleParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  queryRole(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.query_role, params, options)
  }

  /**
   * Find users with a query
   * `GET|POST /_security/_query/user`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-query-user
   */
  queryUser<TResponse = unknown>(params: SecurityQueryUserParams & BodyFields | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  queryUser<TResponse = unknown>(params?: SecurityQueryUserParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  queryUser(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.query_user, params, options)
  }

  /**
   * Authenticate SAML
   * `POST /_security/saml/authenticate`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-saml-authenticate
   */
  samlAuthenticate<TResponse = unknown>(params: SecuritySamlAuthenticateParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  samlAuthenticate<TResponse = unknown>(params: SecuritySamlAuthenticateParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  samlAuthenticate(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.saml_authenticate, params, options)
  }

  /**
   * Logout of SAML completely
   * `POST /_security/saml/complete_logout`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-saml-complete-logout
   */
  samlCompleteLogout<TResponse = unknown>(params: SecuritySamlCompleteLogoutParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  samlCompleteLogout<TResponse = unknown>(params: SecuritySamlCompleteLogoutParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  samlCompleteLogout(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.saml_complete_logout, params, options)
  }

  /**
   * Invalidate SAML
   * `POST /_security/saml/invalidate`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-saml-invalidate
   */
  samlInvalidate<TResponse = unknown>(params: SecuritySamlInvalidateParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  samlInvalidate<TResponse = unknown>(params: SecuritySamlInvalidateParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  samlInvalidate(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.saml_invalidate, params, options)
  }

  /**
   * Logout of SAML
   * `POST /_security/saml/logout`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-saml-logout
   */
  samlLogout<TResponse = unknown>(params: SecuritySamlLogoutParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  samlLogout<TResponse = unknown>(params: SecuritySamlLogoutParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  samlLogout(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.saml_logout, params, options)
  }

  /**
   * Prepare SAML authentication
   * `POST /_security/saml/prepare`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-saml-prepare-authentication
   */
  samlPrepareAuthentication<TResponse = unknown>(params: SecuritySamlPrepareAuthenticationParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  samlPrepareAuthentication<TResponse = unknown>(params: SecuritySamlPrepareAuthenticationParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  samlPrepareAuthentication(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.saml_prepare_authentication, params, options)
  }

  /**
   * Create SAML service provider metadata
   * `GET /_security/saml/metadata/{realm_name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-saml-service-provider-metadata
   */
  samlServiceProviderMetadata<TResponse = unknown>(params: SecuritySamlServiceProviderMetadataParams, options: MetaOptions): Promise<TransportResult<TResponse>>
  samlServiceProviderMetadata<TResponse = unknown>(params: SecuritySamlServiceProviderMetadataParams, options?: RequestOptions): Promise<TResponse>
  samlServiceProviderMetadata(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.saml_service_provider_metadata, params, options)
  }

  /**
   * Suggest a user profile
   * `GET|POST /_security/profile/_suggest`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-suggest-user-profiles
   */
  suggestUserProfiles<TResponse = unknown>(params: SecuritySuggestUserProfilesParams & BodyFields | undefined, options: MetaOptions): Promise<TransportResult<TResponse>>
  suggestUserProfiles<TResponse = unknown>(params?: SecuritySuggestUserProfilesParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  suggestUserProfiles(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.suggest_user_profiles, params, options)
  }

  /**
   * Update an API key
   * `PUT /_security/api_key/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-update-api-key
   */
  updateApiKey<TResponse = unknown>(params: SecurityUpdateApiKeyParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  updateApiKey<TResponse = unknown>(params: SecurityUpdateApiKeyParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  updateApiKey(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.update_api_key, params, options)
  }

  /**
   * Update a cross-cluster API key
   * `PUT /_security/cross_cluster/api_key/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-update-cross-cluster-api-key
   */
  updateCrossClusterApiKey<TResponse = unknown>(params: SecurityUpdateCrossClusterApiKeyParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  updateCrossClusterApiKey<TResponse = unknown>(params: SecurityUpdateCrossClusterApiKeyParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  updateCrossClusterApiKey(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.update_cross_cluster_api_key, params, options)
  }

  /**
   * Update security index settings
   * `PUT /_security/settings`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-update-settings
   */
  updateSettings<TResponse = unknown>(params: SecurityUpdateSettingsParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  updateSettings<TResponse = unknown>(params: SecurityUpdateSettingsParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  updateSettings(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.update_settings, params, options)
  }

  /**
   * Update user profile data
   * `PUT|POST /_security/profile/{uid}/_data`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-update-user-profile-data
   */
  updateUserProfileData<TResponse = unknown>(params: SecurityUpdateUserProfileDataParams & BodyFields, options: MetaOptions): Promise<TransportResult<TResponse>>
  updateUserProfileData<TResponse = unknown>(params: SecurityUpdateUserProfileDataParams & BodyFields, options?: RequestOptions): Promise<TResponse>
  updateUserProfileData(params?: any, options?: RequestOptions): Promise<any> {
    return callEndpoint(this.transport, E.update_user_profile_data, params, options)
  }
}
