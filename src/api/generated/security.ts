// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import { endpointTable } from '../endpoint-table.js'
import { installMethods, type ApiNamespace } from '../install-methods.js'
import type { BodyFields, Call, OptionalCall } from '../types.js'
import type { CommonParams, QueryParams } from './common.js'

/** The `security` endpoints, by method name. */
export const endpoints = endpointTable({
  activateUserProfile: ['security.activate_user_profile', 'POST /_security/profile/_activate', '', 'fields access_token grant_type password username'],
  authenticate: ['security.authenticate', 'GET /_security/_authenticate', '', 'none'],
  bulkDeleteRole: ['security.bulk_delete_role', 'DELETE /_security/role', 'refresh', 'fields names'],
  bulkPutRole: ['security.bulk_put_role', 'POST /_security/role', 'refresh', 'fields roles'],
  bulkUpdateApiKeys: ['security.bulk_update_api_keys', 'POST /_security/api_key/_bulk_update', '', 'fields expiration ids metadata role_descriptors'],
  changePassword: ['security.change_password', 'PUT,POST /_security/user/{username}/_password|PUT,POST /_security/user/_password', 'refresh', 'fields password password_hash'],
  clearApiKeyCache: ['security.clear_api_key_cache', 'POST /_security/api_key/{ids}/_clear_cache', '', 'none'],
  clearCachedPrivileges: ['security.clear_cached_privileges', 'POST /_security/privilege/{application}/_clear_cache', '', 'none'],
  clearCachedRealms: ['security.clear_cached_realms', 'POST /_security/realm/{realms}/_clear_cache', 'usernames', 'none'],
  clearCachedRoles: ['security.clear_cached_roles', 'POST /_security/role/{name}/_clear_cache', '', 'none'],
  clearCachedServiceTokens: ['security.clear_cached_service_tokens', 'POST /_security/service/{namespace}/{service}/credential/token/{name}/_clear_cache', '', 'none'],
  cloneApiKey: ['security.clone_api_key', 'POST,PUT /_security/api_key/clone', 'refresh', 'fields api_key name expiration metadata'],
  createApiKey: ['security.create_api_key', 'PUT,POST /_security/api_key', 'refresh', 'fields expiration name role_descriptors metadata'],
  createCrossClusterApiKey: ['security.create_cross_cluster_api_key', 'POST /_security/cross_cluster/api_key', '', 'fields access expiration metadata name certificate_identity'],
  createServiceToken: ['security.create_service_token', 'PUT,POST /_security/service/{namespace}/{service}/credential/token/{name}|POST /_security/service/{namespace}/{service}/credential/token', 'refresh', 'none'],
  delegatePki: ['security.delegate_pki', 'POST /_security/delegate_pki', '', 'fields x509_certificate_chain'],
  deletePrivileges: ['security.delete_privileges', 'DELETE /_security/privilege/{application}/{name}', 'refresh', 'none'],
  deleteRole: ['security.delete_role', 'DELETE /_security/role/{name}', 'refresh', 'none'],
  deleteRoleMapping: ['security.delete_role_mapping', 'DELETE /_security/role_mapping/{name}', 'refresh', 'none'],
  deleteServiceToken: ['security.delete_service_token', 'DELETE /_security/service/{namespace}/{service}/credential/token/{name}', 'refresh', 'none'],
  deleteUser: ['security.delete_user', 'DELETE /_security/user/{username}', 'refresh', 'none'],
  disableUser: ['security.disable_user', 'PUT,POST /_security/user/{username}/_disable', 'refresh', 'none'],
  disableUserProfile: ['security.disable_user_profile', 'PUT,POST /_security/profile/{uid}/_disable', 'refresh', 'none'],
  enableUser: ['security.enable_user', 'PUT,POST /_security/user/{username}/_enable', 'refresh', 'none'],
  enableUserProfile: ['security.enable_user_profile', 'PUT,POST /_security/profile/{uid}/_enable', 'refresh', 'none'],
  enrollKibana: ['security.enroll_kibana', 'GET /_security/enroll/kibana', '', 'none'],
  enrollNode: ['security.enroll_node', 'GET /_security/enroll/node', '', 'none'],
  getApiKey: ['security.get_api_key', 'GET /_security/api_key', 'id name owner realm_name username with_limited_by active_only with_profile_uid', 'none'],
  getBuiltinPrivileges: ['security.get_builtin_privileges', 'GET /_security/privilege/_builtin', '', 'none'],
  getPrivileges: ['security.get_privileges', 'GET /_security/privilege/{application}/{name}|GET /_security/privilege/{application}|GET /_security/privilege', '', 'none'],
  getRole: ['security.get_role', 'GET /_security/role/{name}|GET /_security/role', 'include_implicit', 'none'],
  getRoleMapping: ['security.get_role_mapping', 'GET /_security/role_mapping/{name}|GET /_security/role_mapping', '', 'none'],
  getServiceAccounts: ['security.get_service_accounts', 'GET /_security/service/{namespace}/{service}|GET /_security/service/{namespace}|GET /_security/service', '', 'none'],
  getServiceCredentials: ['security.get_service_credentials', 'GET /_security/service/{namespace}/{service}/credential', '', 'none'],
  getSettings: ['security.get_settings', 'GET /_security/settings', 'master_timeout', 'none'],
  getStats: ['security.get_stats', 'GET /_security/stats', '', 'none'],
  getToken: ['security.get_token', 'POST /_security/oauth2/token', '', 'fields grant_type scope password kerberos_ticket refresh_token username'],
  getUser: ['security.get_user', 'GET /_security/user/{username}|GET /_security/user', 'with_profile_uid', 'none'],
  getUserPrivileges: ['security.get_user_privileges', 'GET /_security/user/_privileges', '', 'none'],
  getUserProfile: ['security.get_user_profile', 'GET /_security/profile/{uid}', 'data', 'none'],
  grantApiKey: ['security.grant_api_key', 'POST /_security/api_key/grant', 'refresh', 'fields api_key grant_type access_token username password run_as'],
  hasPrivileges: ['security.has_privileges', 'GET,POST /_security/user/{user}/_has_privileges|GET,POST /_security/user/_has_privileges', '', 'fields application cluster index'],
  hasPrivilegesUserProfile: ['security.has_privileges_user_profile', 'GET,POST /_security/profile/_has_privileges', '', 'fields uids privileges'],
  invalidateApiKey: ['security.invalidate_api_key', 'DELETE /_security/api_key', '', 'fields id ids name owner realm_name username'],
  invalidateToken: ['security.invalidate_token', 'DELETE /_security/oauth2/token', '', 'fields token refresh_token realm_name username'],
  oidcAuthenticate: ['security.oidc_authenticate', 'POST /_security/oidc/authenticate', '', 'fields nonce realm redirect_uri state'],
  oidcLogout: ['security.oidc_logout', 'POST /_security/oidc/logout', '', 'fields token refresh_token'],
  oidcPrepareAuthentication: ['security.oidc_prepare_authentication', 'POST /_security/oidc/prepare', '', 'fields iss login_hint nonce realm state'],
  putPrivileges: ['security.put_privileges', 'PUT,POST /_security/privilege', 'refresh', 'value privileges'],
  putRole: ['security.put_role', 'PUT,POST /_security/role/{name}', 'refresh', 'fields applications cluster global indices remote_indices remote_cluster metadata run_as description transient_metadata'],
  putRoleMapping: ['security.put_role_mapping', 'PUT,POST /_security/role_mapping/{name}', 'refresh', 'fields enabled metadata roles role_templates rules run_as'],
  putUser: ['security.put_user', 'PUT,POST /_security/user/{username}', 'refresh', 'fields email full_name metadata password password_hash roles enabled'],
  queryApiKeys: ['security.query_api_keys', 'GET,POST /_security/_query/api_key', 'with_limited_by with_profile_uid typed_keys', 'fields aggregations aggs query from sort size search_after'],
  queryRole: ['security.query_role', 'GET,POST /_security/_query/role', '', 'fields query from sort size search_after'],
  queryUser: ['security.query_user', 'GET,POST /_security/_query/user', 'with_profile_uid', 'fields query from sort size search_after'],
  samlAuthenticate: ['security.saml_authenticate', 'POST /_security/saml/authenticate', '', 'fields content ids realm'],
  samlCompleteLogout: ['security.saml_complete_logout', 'POST /_security/saml/complete_logout', '', 'fields realm ids query_string content'],
  samlInvalidate: ['security.saml_invalidate', 'POST /_security/saml/invalidate', '', 'fields acs query_string realm'],
  samlLogout: ['security.saml_logout', 'POST /_security/saml/logout', '', 'fields token refresh_token'],
  samlPrepareAuthentication: ['security.saml_prepare_authentication', 'POST /_security/saml/prepare', '', 'fields acs realm relay_state'],
  samlServiceProviderMetadata: ['security.saml_service_provider_metadata', 'GET /_security/saml/metadata/{realm_name}', '', 'none'],
  suggestUserProfiles: ['security.suggest_user_profiles', 'GET,POST /_security/profile/_suggest', 'data', 'fields name size data hint'],
  updateApiKey: ['security.update_api_key', 'PUT /_security/api_key/{id}', '', 'fields role_descriptors metadata expiration'],
  updateCrossClusterApiKey: ['security.update_cross_cluster_api_key', 'PUT /_security/cross_cluster/api_key/{id}', '', 'fields access expiration metadata certificate_identity'],
  updateSettings: ['security.update_settings', 'PUT /_security/settings', 'master_timeout timeout', 'fields security security-profile security-tokens'],
  updateUserProfileData: ['security.update_user_profile_data', 'PUT,POST /_security/profile/{uid}/_data', 'if_seq_no if_primary_term refresh', 'fields labels data'],
})

export interface SecurityActivateUserProfileParams extends CommonParams {
  access_token?: unknown
  grant_type?: unknown
  password?: unknown
  username?: unknown
}
export interface SecurityAuthenticateParams extends CommonParams {}
export interface SecurityBulkDeleteRoleParams extends CommonParams, QueryParams<'refresh'> {
  names?: unknown
}
export interface SecurityBulkPutRoleParams extends CommonParams, QueryParams<'refresh'> {
  roles?: unknown
}
export interface SecurityBulkUpdateApiKeysParams extends CommonParams {
  expiration?: unknown
  ids?: unknown
  metadata?: unknown
  role_descriptors?: unknown
}
export interface SecurityChangePasswordParams extends CommonParams, QueryParams<'refresh'> {
  username?: string
  password?: unknown
  password_hash?: unknown
}
export interface SecurityClearApiKeyCacheParams extends CommonParams {
  ids: string | ReadonlyArray<string>
}
export interface SecurityClearCachedPrivilegesParams extends CommonParams {
  application: string | ReadonlyArray<string>
}
export interface SecurityClearCachedRealmsParams extends CommonParams, QueryParams<'usernames'> {
  realms: string | ReadonlyArray<string>
}
export interface SecurityClearCachedRolesParams extends CommonParams {
  name: string | ReadonlyArray<string>
}
export interface SecurityClearCachedServiceTokensParams extends CommonParams {
  namespace: string
  service: string
  name: string | ReadonlyArray<string>
}
export interface SecurityCloneApiKeyParams extends CommonParams, QueryParams<'refresh'> {
  api_key?: unknown
  name?: unknown
  expiration?: unknown
  metadata?: unknown
}
export interface SecurityCreateApiKeyParams extends CommonParams, QueryParams<'refresh'> {
  expiration?: unknown
  name?: unknown
  role_descriptors?: unknown
  metadata?: unknown
}
export interface SecurityCreateCrossClusterApiKeyParams extends CommonParams {
  access?: unknown
  expiration?: unknown
  metadata?: unknown
  name?: unknown
  certificate_identity?: unknown
}
export interface SecurityCreateServiceTokenParams extends CommonParams, QueryParams<'refresh'> {
  namespace: string
  service: string
  name?: string
}
export interface SecurityDelegatePkiParams extends CommonParams {
  x509_certificate_chain?: unknown
}
export interface SecurityDeletePrivilegesParams extends CommonParams, QueryParams<'refresh'> {
  application: string
  name: string | ReadonlyArray<string>
}
export interface SecurityDeleteRoleParams extends CommonParams, QueryParams<'refresh'> {
  name: string
}
export interface SecurityDeleteRoleMappingParams extends CommonParams, QueryParams<'refresh'> {
  name: string
}
export interface SecurityDeleteServiceTokenParams extends CommonParams, QueryParams<'refresh'> {
  namespace: string
  service: string
  name: string
}
export interface SecurityDeleteUserParams extends CommonParams, QueryParams<'refresh'> {
  username: string
}
export interface SecurityDisableUserParams extends CommonParams, QueryParams<'refresh'> {
  username: string
}
export interface SecurityDisableUserProfileParams extends CommonParams, QueryParams<'refresh'> {
  uid: string
}
export interface SecurityEnableUserParams extends CommonParams, QueryParams<'refresh'> {
  username: string
}
export interface SecurityEnableUserProfileParams extends CommonParams, QueryParams<'refresh'> {
  uid: string
}
export interface SecurityEnrollKibanaParams extends CommonParams {}
export interface SecurityEnrollNodeParams extends CommonParams {}
export interface SecurityGetApiKeyParams extends CommonParams, QueryParams<'id' | 'name' | 'owner' | 'realm_name' | 'username' | 'with_limited_by' | 'active_only' | 'with_profile_uid'> {}
export interface SecurityGetBuiltinPrivilegesParams extends CommonParams {}
export interface SecurityGetPrivilegesParams extends CommonParams {
  application?: string
  name?: string | ReadonlyArray<string>
}
export interface SecurityGetRoleParams extends CommonParams, QueryParams<'include_implicit'> {
  name?: string | ReadonlyArray<string>
}
export interface SecurityGetRoleMappingParams extends CommonParams {
  name?: string | ReadonlyArray<string>
}
export interface SecurityGetServiceAccountsParams extends CommonParams {
  namespace?: string
  service?: string
}
export interface SecurityGetServiceCredentialsParams extends CommonParams {
  namespace: string
  service: string
}
export interface SecurityGetSettingsParams extends CommonParams, QueryParams<'master_timeout'> {}
export interface SecurityGetStatsParams extends CommonParams {}
export interface SecurityGetTokenParams extends CommonParams {
  grant_type?: unknown
  scope?: unknown
  password?: unknown
  kerberos_ticket?: unknown
  refresh_token?: unknown
  username?: unknown
}
export interface SecurityGetUserParams extends CommonParams, QueryParams<'with_profile_uid'> {
  username?: string | ReadonlyArray<string>
}
export interface SecurityGetUserPrivilegesParams extends CommonParams {}
export interface SecurityGetUserProfileParams extends CommonParams, QueryParams<'data'> {
  uid: string | ReadonlyArray<string>
}
export interface SecurityGrantApiKeyParams extends CommonParams, QueryParams<'refresh'> {
  api_key?: unknown
  grant_type?: unknown
  access_token?: unknown
  username?: unknown
  password?: unknown
  run_as?: unknown
}
export interface SecurityHasPrivilegesParams extends CommonParams {
  user?: string
  application?: unknown
  cluster?: unknown
  index?: unknown
}
export interface SecurityHasPrivilegesUserProfileParams extends CommonParams {
  uids?: unknown
  privileges?: unknown
}
export interface SecurityInvalidateApiKeyParams extends CommonParams {
  id?: unknown
  ids?: unknown
  name?: unknown
  owner?: unknown
  realm_name?: unknown
  username?: unknown
}
export interface SecurityInvalidateTokenParams extends CommonParams {
  token?: unknown
  refresh_token?: unknown
  realm_name?: unknown
  username?: unknown
}
export interface SecurityOidcAuthenticateParams extends CommonParams {
  nonce?: unknown
  realm?: unknown
  redirect_uri?: unknown
  state?: unknown
}
export interface SecurityOidcLogoutParams extends CommonParams {
  token?: unknown
  refresh_token?: unknown
}
export interface SecurityOidcPrepareAuthenticationParams extends CommonParams {
  iss?: unknown
  login_hint?: unknown
  nonce?: unknown
  realm?: unknown
  state?: unknown
}
export interface SecurityPutPrivilegesParams extends CommonParams, QueryParams<'refresh'> {
  privileges?: unknown
}
export interface SecurityPutRoleParams extends CommonParams, QueryParams<'refresh'> {
  name: string
  applications?: unknown
  cluster?: unknown
  global?: unknown
  indices?: unknown
  remote_indices?: unknown
  remote_cluster?: unknown
  metadata?: unknown
  run_as?: unknown
  description?: unknown
  transient_metadata?: unknown
}
export interface SecurityPutRoleMappingParams extends CommonParams, QueryParams<'refresh'> {
  name: string
  enabled?: unknown
  metadata?: unknown
  roles?: unknown
  role_templates?: unknown
  rules?: unknown
  run_as?: unknown
}
export interface SecurityPutUserParams extends CommonParams, QueryParams<'refresh'> {
  username: string
  email?: unknown
  full_name?: unknown
  metadata?: unknown
  password?: unknown
  password_hash?: unknown
  roles?: unknown
  enabled?: unknown
}
export interface SecurityQueryApiKeysParams extends CommonParams, QueryParams<'with_limited_by' | 'with_profile_uid' | 'typed_keys'> {
  aggregations?: unknown
  aggs?: unknown
  query?: unknown
  from?: unknown
  sort?: unknown
  size?: unknown
  search_after?: unknown
}
export interface SecurityQueryRoleParams extends CommonParams {
  query?: unknown
  from?: unknown
  sort?: unknown
  size?: unknown
  search_after?: unknown
}
export interface SecurityQueryUserParams extends CommonParams, QueryParams<'with_profile_uid'> {
  query?: unknown
  from?: unknown
  sort?: unknown
  size?: unknown
  search_after?: unknown
}
export interface SecuritySamlAuthenticateParams extends CommonParams {
  content?: unknown
  ids?: unknown
  realm?: unknown
}
export interface SecuritySamlCompleteLogoutParams extends CommonParams {
  realm?: unknown
  ids?: unknown
  query_string?: unknown
  content?: unknown
}
export interface SecuritySamlInvalidateParams extends CommonParams {
  acs?: unknown
  query_string?: unknown
  realm?: unknown
}
export interface SecuritySamlLogoutParams extends CommonParams {
  token?: unknown
  refresh_token?: unknown
}
export interface SecuritySamlPrepareAuthenticationParams extends CommonParams {
  acs?: unknown
  realm?: unknown
  relay_state?: unknown
}
export interface SecuritySamlServiceProviderMetadataParams extends CommonParams {
  realm_name: string
}
export interface SecuritySuggestUserProfilesParams extends CommonParams {
  name?: unknown
  size?: unknown
  data?: unknown
  hint?: unknown
}
export interface SecurityUpdateApiKeyParams extends CommonParams {
  id: string
  role_descriptors?: unknown
  metadata?: unknown
  expiration?: unknown
}
export interface SecurityUpdateCrossClusterApiKeyParams extends CommonParams {
  id: string
  access?: unknown
  expiration?: unknown
  metadata?: unknown
  certificate_identity?: unknown
}
export interface SecurityUpdateSettingsParams extends CommonParams, QueryParams<'master_timeout' | 'timeout'> {
  security?: unknown
  'security-profile'?: unknown
  'security-tokens'?: unknown
}
export interface SecurityUpdateUserProfileDataParams extends CommonParams, QueryParams<'if_seq_no' | 'if_primary_term' | 'refresh'> {
  uid: string
  labels?: unknown
  data?: unknown
}

/** The `security` APIs, reached as `client.security`. */
export class SecurityApi implements ApiNamespace {
  readonly transport: ApiNamespace['transport']

  constructor(transport: ApiNamespace['transport']) {
    this.transport = transport
  }

  /**
   * Activate a user profile.
   * `POST /_security/profile/_activate`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-activate-user-profile
   */
  declare activateUserProfile: OptionalCall<SecurityActivateUserProfileParams & BodyFields>
  /**
   * Authenticate a user.
   * `GET /_security/_authenticate`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-authenticate
   */
  declare authenticate: OptionalCall<SecurityAuthenticateParams>
  /**
   * Bulk delete roles.
   * `DELETE /_security/role`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-bulk-delete-role
   */
  declare bulkDeleteRole: OptionalCall<SecurityBulkDeleteRoleParams & BodyFields>
  /**
   * Bulk create or update roles.
   * `POST /_security/role`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-bulk-put-role
   */
  declare bulkPutRole: OptionalCall<SecurityBulkPutRoleParams & BodyFields>
  /**
   * Bulk update API keys.
   * `POST /_security/api_key/_bulk_update`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-bulk-update-api-keys
   */
  declare bulkUpdateApiKeys: OptionalCall<SecurityBulkUpdateApiKeysParams & BodyFields>
  /**
   * Change passwords.
   * `PUT|POST /_security/user/{username}/_password`, `PUT|POST /_security/user/_password`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-change-password
   */
  declare changePassword: OptionalCall<SecurityChangePasswordParams & BodyFields>
  /**
   * Clear the API key cache.
   * `POST /_security/api_key/{ids}/_clear_cache`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-clear-api-key-cache
   */
  declare clearApiKeyCache: Call<SecurityClearApiKeyCacheParams>
  /**
   * Clear the privileges cache.
   * `POST /_security/privilege/{application}/_clear_cache`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-clear-cached-privileges
   */
  declare clearCachedPrivileges: Call<SecurityClearCachedPrivilegesParams>
  /**
   * Clear the user cache.
   * `POST /_security/realm/{realms}/_clear_cache`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-clear-cached-realms
   */
  declare clearCachedRealms: Call<SecurityClearCachedRealmsParams>
  /**
   * Clear the roles cache.
   * `POST /_security/role/{name}/_clear_cache`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-clear-cached-roles
   */
  declare clearCachedRoles: Call<SecurityClearCachedRolesParams>
  /**
   * Clear service account token caches.
   * `POST /_security/service/{namespace}/{service}/credential/token/{name}/_clear_cache`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-clear-cached-service-tokens
   */
  declare clearCachedServiceTokens: Call<SecurityClearCachedServiceTokensParams>
  /**
   * Clone an API key.
   * `POST|PUT /_security/api_key/clone`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch#TODO
   */
  declare cloneApiKey: OptionalCall<SecurityCloneApiKeyParams & BodyFields>
  /**
   * Create an API key.
   * `PUT|POST /_security/api_key`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-create-api-key
   */
  declare createApiKey: OptionalCall<SecurityCreateApiKeyParams & BodyFields>
  /**
   * Create a cross-cluster API key.
   * `POST /_security/cross_cluster/api_key`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-create-cross-cluster-api-key
   */
  declare createCrossClusterApiKey: OptionalCall<SecurityCreateCrossClusterApiKeyParams & BodyFields>
  /**
   * Create a service account token.
   * `PUT|POST /_security/service/{namespace}/{service}/credential/token/{name}`, `POST /_security/service/{namespace}/{service}/credential/token`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-create-service-token
   */
  declare createServiceToken: Call<SecurityCreateServiceTokenParams>
  /**
   * Delegate PKI authentication.
   * `POST /_security/delegate_pki`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-delegate-pki
   */
  declare delegatePki: OptionalCall<SecurityDelegatePkiParams & BodyFields>
  /**
   * Delete application privileges.
   * `DELETE /_security/privilege/{application}/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-delete-privileges
   */
  declare deletePrivileges: Call<SecurityDeletePrivilegesParams>
  /**
   * Delete roles.
   * `DELETE /_security/role/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-delete-role
   */
  declare deleteRole: Call<SecurityDeleteRoleParams>
  /**
   * Delete role mappings.
   * `DELETE /_security/role_mapping/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-delete-role-mapping
   */
  declare deleteRoleMapping: Call<SecurityDeleteRoleMappingParams>
  /**
   * Delete service account tokens.
   * `DELETE /_security/service/{namespace}/{service}/credential/token/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-delete-service-token
   */
  declare deleteServiceToken: Call<SecurityDeleteServiceTokenParams>
  /**
   * Delete users.
   * `DELETE /_security/user/{username}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-delete-user
   */
  declare deleteUser: Call<SecurityDeleteUserParams>
  /**
   * Disable users.
   * `PUT|POST /_security/user/{username}/_disable`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-disable-user
   */
  declare disableUser: Call<SecurityDisableUserParams>
  /**
   * Disable a user profile.
   * `PUT|POST /_security/profile/{uid}/_disable`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-disable-user-profile
   */
  declare disableUserProfile: Call<SecurityDisableUserProfileParams>
  /**
   * Enable users.
   * `PUT|POST /_security/user/{username}/_enable`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-enable-user
   */
  declare enableUser: Call<SecurityEnableUserParams>
  /**
   * Enable a user profile.
   * `PUT|POST /_security/profile/{uid}/_enable`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-enable-user-profile
   */
  declare enableUserProfile: Call<SecurityEnableUserProfileParams>
  /**
   * Enroll Kibana.
   * `GET /_security/enroll/kibana`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-enroll-kibana
   */
  declare enrollKibana: OptionalCall<SecurityEnrollKibanaParams>
  /**
   * Enroll a node.
   * `GET /_security/enroll/node`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-enroll-node
   */
  declare enrollNode: OptionalCall<SecurityEnrollNodeParams>
  /**
   * Get API key information.
   * `GET /_security/api_key`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-get-api-key
   */
  declare getApiKey: OptionalCall<SecurityGetApiKeyParams>
  /**
   * Get builtin privileges.
   * `GET /_security/privilege/_builtin`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-get-builtin-privileges
   */
  declare getBuiltinPrivileges: OptionalCall<SecurityGetBuiltinPrivilegesParams>
  /**
   * Get application privileges.
   * `GET /_security/privilege/{application}/{name}`, `GET /_security/privilege/{application}`, `GET /_security/privilege`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-get-privileges
   */
  declare getPrivileges: OptionalCall<SecurityGetPrivilegesParams>
  /**
   * Get roles.
   * `GET /_security/role/{name}`, `GET /_security/role`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-get-role
   */
  declare getRole: OptionalCall<SecurityGetRoleParams>
  /**
   * Get role mappings.
   * `GET /_security/role_mapping/{name}`, `GET /_security/role_mapping`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-get-role-mapping
   */
  declare getRoleMapping: OptionalCall<SecurityGetRoleMappingParams>
  /**
   * Get service accounts.
   * `GET /_security/service/{namespace}/{service}`, `GET /_security/service/{namespace}`, `GET /_security/service`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-get-service-accounts
   */
  declare getServiceAccounts: OptionalCall<SecurityGetServiceAccountsParams>
  /**
   * Get service account credentials.
   * `GET /_security/service/{namespace}/{service}/credential`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-get-service-credentials
   */
  declare getServiceCredentials: Call<SecurityGetServiceCredentialsParams>
  /**
   * Get security index settings.
   * `GET /_security/settings`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-get-settings
   */
  declare getSettings: OptionalCall<SecurityGetSettingsParams>
  /**
   * Get security stats.
   * `GET /_security/stats`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-get-stats
   */
  declare getStats: OptionalCall<SecurityGetStatsParams>
  /**
   * Get a token.
   * `POST /_security/oauth2/token`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-get-token
   */
  declare getToken: OptionalCall<SecurityGetTokenParams & BodyFields>
  /**
   * Get users.
   * `GET /_security/user/{username}`, `GET /_security/user`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-get-user
   */
  declare getUser: OptionalCall<SecurityGetUserParams>
  /**
   * Get user privileges.
   * `GET /_security/user/_privileges`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-get-user-privileges
   */
  declare getUserPrivileges: OptionalCall<SecurityGetUserPrivilegesParams>
  /**
   * Get a user profile.
   * `GET /_security/profile/{uid}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-get-user-profile
   */
  declare getUserProfile: Call<SecurityGetUserProfileParams>
  /**
   * Grant an API key.
   * `POST /_security/api_key/grant`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-grant-api-key
   */
  declare grantApiKey: OptionalCall<SecurityGrantApiKeyParams & BodyFields>
  /**
   * Check user privileges.
   * `GET|POST /_security/user/{user}/_has_privileges`, `GET|POST /_security/user/_has_privileges`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-has-privileges
   */
  declare hasPrivileges: OptionalCall<SecurityHasPrivilegesParams & BodyFields>
  /**
   * Check user profile privileges.
   * `GET|POST /_security/profile/_has_privileges`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-has-privileges-user-profile
   */
  declare hasPrivilegesUserProfile: OptionalCall<SecurityHasPrivilegesUserProfileParams & BodyFields>
  /**
   * Invalidate API keys.
   * `DELETE /_security/api_key`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-invalidate-api-key
   */
  declare invalidateApiKey: OptionalCall<SecurityInvalidateApiKeyParams & BodyFields>
  /**
   * Invalidate a token.
   * `DELETE /_security/oauth2/token`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-invalidate-token
   */
  declare invalidateToken: OptionalCall<SecurityInvalidateTokenParams & BodyFields>
  /**
   * Authenticate OpenID Connect.
   * `POST /_security/oidc/authenticate`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-oidc-authenticate
   */
  declare oidcAuthenticate: OptionalCall<SecurityOidcAuthenticateParams & BodyFields>
  /**
   * Logout of OpenID Connect.
   * `POST /_security/oidc/logout`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-oidc-logout
   */
  declare oidcLogout: OptionalCall<SecurityOidcLogoutParams & BodyFields>
  /**
   * Prepare OpenID connect authentication.
   * `POST /_security/oidc/prepare`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-oidc-prepare-authentication
   */
  declare oidcPrepareAuthentication: OptionalCall<SecurityOidcPrepareAuthenticationParams & BodyFields>
  /**
   * Create or update application privileges.
   * `PUT|POST /_security/privilege`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-put-privileges
   */
  declare putPrivileges: OptionalCall<SecurityPutPrivilegesParams>
  /**
   * Create or update roles.
   * `PUT|POST /_security/role/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-put-role
   */
  declare putRole: Call<SecurityPutRoleParams & BodyFields>
  /**
   * Create or update role mappings.
   * `PUT|POST /_security/role_mapping/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-put-role-mapping
   */
  declare putRoleMapping: Call<SecurityPutRoleMappingParams & BodyFields>
  /**
   * Create or update users.
   * `PUT|POST /_security/user/{username}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-put-user
   */
  declare putUser: Call<SecurityPutUserParams & BodyFields>
  /**
   * Find API keys with a query.
   * `GET|POST /_security/_query/api_key`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-query-api-keys
   */
  declare queryApiKeys: OptionalCall<SecurityQueryApiKeysParams & BodyFields>
  /**
   * Find roles with a query.
   * `GET|POST /_security/_query/role`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-query-role
   */
  declare queryRole: OptionalCall<SecurityQueryRoleParams & BodyFields>
  /**
   * Find users with a query.
   * `GET|POST /_security/_query/user`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-query-user
   */
  declare queryUser: OptionalCall<SecurityQueryUserParams & BodyFields>
  /**
   * Authenticate SAML.
   * `POST /_security/saml/authenticate`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-saml-authenticate
   */
  declare samlAuthenticate: OptionalCall<SecuritySamlAuthenticateParams & BodyFields>
  /**
   * Logout of SAML completely.
   * `POST /_security/saml/complete_logout`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-saml-complete-logout
   */
  declare samlCompleteLogout: OptionalCall<SecuritySamlCompleteLogoutParams & BodyFields>
  /**
   * Invalidate SAML.
   * `POST /_security/saml/invalidate`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-saml-invalidate
   */
  declare samlInvalidate: OptionalCall<SecuritySamlInvalidateParams & BodyFields>
  /**
   * Logout of SAML.
   * `POST /_security/saml/logout`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-saml-logout
   */
  declare samlLogout: OptionalCall<SecuritySamlLogoutParams & BodyFields>
  /**
   * Prepare SAML authentication.
   * `POST /_security/saml/prepare`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-saml-prepare-authentication
   */
  declare samlPrepareAuthentication: OptionalCall<SecuritySamlPrepareAuthenticationParams & BodyFields>
  /**
   * Create SAML service provider metadata.
   * `GET /_security/saml/metadata/{realm_name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-saml-service-provider-metadata
   */
  declare samlServiceProviderMetadata: Call<SecuritySamlServiceProviderMetadataParams>
  /**
   * Suggest a user profile.
   * `GET|POST /_security/profile/_suggest`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-suggest-user-profiles
   */
  declare suggestUserProfiles: OptionalCall<SecuritySuggestUserProfilesParams & BodyFields>
  /**
   * Update an API key.
   * `PUT /_security/api_key/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-update-api-key
   */
  declare updateApiKey: Call<SecurityUpdateApiKeyParams & BodyFields>
  /**
   * Update a cross-cluster API key.
   * `PUT /_security/cross_cluster/api_key/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-update-cross-cluster-api-key
   */
  declare updateCrossClusterApiKey: Call<SecurityUpdateCrossClusterApiKeyParams & BodyFields>
  /**
   * Update security index settings.
   * `PUT /_security/settings`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-update-settings
   */
  declare updateSettings: OptionalCall<SecurityUpdateSettingsParams & BodyFields>
  /**
   * Update user profile data.
   * `PUT|POST /_security/profile/{uid}/_data`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-update-user-profile-data
   */
  declare updateUserProfileData: Call<SecurityUpdateUserProfileDataParams & BodyFields>
}
installMethods(SecurityApi, endpoints)
