// Generated from elasticsearch-specification schema-9.5.json.gz by scripts/generate-api.mjs. Do not edit: regenerate with `npm run generate`.
import { endpointTable } from '../endpoint-table.js'
import { type ApiNamespace, installMethods } from '../install-methods.js'
import type { Call, OptionalCall } from '../types.js'
import type { SecurityActivateUserProfileRequest, SecurityActivateUserProfileResponse, SecurityAuthenticateRequest, SecurityAuthenticateResponse, SecurityBulkDeleteRoleRequest, SecurityBulkDeleteRoleResponse, SecurityBulkPutRoleRequest, SecurityBulkPutRoleResponse, SecurityBulkUpdateApiKeysRequest, SecurityBulkUpdateApiKeysResponse, SecurityChangePasswordRequest, SecurityChangePasswordResponse, SecurityClearApiKeyCacheRequest, SecurityClearApiKeyCacheResponse, SecurityClearCachedPrivilegesRequest, SecurityClearCachedPrivilegesResponse, SecurityClearCachedRealmsRequest, SecurityClearCachedRealmsResponse, SecurityClearCachedRolesRequest, SecurityClearCachedRolesResponse, SecurityClearCachedServiceTokensRequest, SecurityClearCachedServiceTokensResponse, SecurityCloneApiKeyRequest, SecurityCloneApiKeyResponse, SecurityCreateApiKeyRequest, SecurityCreateApiKeyResponse, SecurityCreateCrossClusterApiKeyRequest, SecurityCreateCrossClusterApiKeyResponse, SecurityCreateServiceTokenRequest, SecurityCreateServiceTokenResponse, SecurityDelegatePkiRequest, SecurityDelegatePkiResponse, SecurityDeletePrivilegesRequest, SecurityDeletePrivilegesResponse, SecurityDeleteRoleMappingRequest, SecurityDeleteRoleMappingResponse, SecurityDeleteRoleRequest, SecurityDeleteRoleResponse, SecurityDeleteServiceTokenRequest, SecurityDeleteServiceTokenResponse, SecurityDeleteUserRequest, SecurityDeleteUserResponse, SecurityDisableUserProfileRequest, SecurityDisableUserProfileResponse, SecurityDisableUserRequest, SecurityDisableUserResponse, SecurityEnableUserProfileRequest, SecurityEnableUserProfileResponse, SecurityEnableUserRequest, SecurityEnableUserResponse, SecurityEnrollKibanaRequest, SecurityEnrollKibanaResponse, SecurityEnrollNodeRequest, SecurityEnrollNodeResponse, SecurityGetApiKeyRequest, SecurityGetApiKeyResponse, SecurityGetBuiltinPrivilegesRequest, SecurityGetBuiltinPrivilegesResponse, SecurityGetPrivilegesRequest, SecurityGetPrivilegesResponse, SecurityGetRoleMappingRequest, SecurityGetRoleMappingResponse, SecurityGetRoleRequest, SecurityGetRoleResponse, SecurityGetServiceAccountsRequest, SecurityGetServiceAccountsResponse, SecurityGetServiceCredentialsRequest, SecurityGetServiceCredentialsResponse, SecurityGetSettingsRequest, SecurityGetSettingsResponse, SecurityGetStatsRequest, SecurityGetStatsResponse, SecurityGetTokenRequest, SecurityGetTokenResponse, SecurityGetUserPrivilegesRequest, SecurityGetUserPrivilegesResponse, SecurityGetUserProfileRequest, SecurityGetUserProfileResponse, SecurityGetUserRequest, SecurityGetUserResponse, SecurityGrantApiKeyRequest, SecurityGrantApiKeyResponse, SecurityHasPrivilegesRequest, SecurityHasPrivilegesResponse, SecurityHasPrivilegesUserProfileRequest, SecurityHasPrivilegesUserProfileResponse, SecurityInvalidateApiKeyRequest, SecurityInvalidateApiKeyResponse, SecurityInvalidateTokenRequest, SecurityInvalidateTokenResponse, SecurityOidcAuthenticateRequest, SecurityOidcAuthenticateResponse, SecurityOidcLogoutRequest, SecurityOidcLogoutResponse, SecurityOidcPrepareAuthenticationRequest, SecurityOidcPrepareAuthenticationResponse, SecurityPutPrivilegesRequest, SecurityPutPrivilegesResponse, SecurityPutRoleMappingRequest, SecurityPutRoleMappingResponse, SecurityPutRoleRequest, SecurityPutRoleResponse, SecurityPutUserRequest, SecurityPutUserResponse, SecurityQueryApiKeysRequest, SecurityQueryApiKeysResponse, SecurityQueryRoleRequest, SecurityQueryRoleResponse, SecurityQueryUserRequest, SecurityQueryUserResponse, SecuritySamlAuthenticateRequest, SecuritySamlAuthenticateResponse, SecuritySamlCompleteLogoutRequest, SecuritySamlCompleteLogoutResponse, SecuritySamlInvalidateRequest, SecuritySamlInvalidateResponse, SecuritySamlLogoutRequest, SecuritySamlLogoutResponse, SecuritySamlPrepareAuthenticationRequest, SecuritySamlPrepareAuthenticationResponse, SecuritySamlServiceProviderMetadataRequest, SecuritySamlServiceProviderMetadataResponse, SecuritySuggestUserProfilesRequest, SecuritySuggestUserProfilesResponse, SecurityUpdateApiKeyRequest, SecurityUpdateApiKeyResponse, SecurityUpdateCrossClusterApiKeyRequest, SecurityUpdateCrossClusterApiKeyResponse, SecurityUpdateSettingsRequest, SecurityUpdateSettingsResponse, SecurityUpdateUserProfileDataRequest, SecurityUpdateUserProfileDataResponse } from '../types/index.js'

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
  declare activateUserProfile: Call<SecurityActivateUserProfileRequest, SecurityActivateUserProfileResponse>
  /**
   * Authenticate a user.
   * `GET /_security/_authenticate`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-authenticate
   */
  declare authenticate: OptionalCall<SecurityAuthenticateRequest, SecurityAuthenticateResponse>
  /**
   * Bulk delete roles.
   * `DELETE /_security/role`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-bulk-delete-role
   */
  declare bulkDeleteRole: Call<SecurityBulkDeleteRoleRequest, SecurityBulkDeleteRoleResponse>
  /**
   * Bulk create or update roles.
   * `POST /_security/role`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-bulk-put-role
   */
  declare bulkPutRole: Call<SecurityBulkPutRoleRequest, SecurityBulkPutRoleResponse>
  /**
   * Bulk update API keys.
   * `POST /_security/api_key/_bulk_update`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-bulk-update-api-keys
   */
  declare bulkUpdateApiKeys: Call<SecurityBulkUpdateApiKeysRequest, SecurityBulkUpdateApiKeysResponse>
  /**
   * Change passwords.
   * `PUT|POST /_security/user/{username}/_password`, `PUT|POST /_security/user/_password`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-change-password
   */
  declare changePassword: OptionalCall<SecurityChangePasswordRequest, SecurityChangePasswordResponse>
  /**
   * Clear the API key cache.
   * `POST /_security/api_key/{ids}/_clear_cache`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-clear-api-key-cache
   */
  declare clearApiKeyCache: Call<SecurityClearApiKeyCacheRequest, SecurityClearApiKeyCacheResponse>
  /**
   * Clear the privileges cache.
   * `POST /_security/privilege/{application}/_clear_cache`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-clear-cached-privileges
   */
  declare clearCachedPrivileges: Call<SecurityClearCachedPrivilegesRequest, SecurityClearCachedPrivilegesResponse>
  /**
   * Clear the user cache.
   * `POST /_security/realm/{realms}/_clear_cache`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-clear-cached-realms
   */
  declare clearCachedRealms: Call<SecurityClearCachedRealmsRequest, SecurityClearCachedRealmsResponse>
  /**
   * Clear the roles cache.
   * `POST /_security/role/{name}/_clear_cache`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-clear-cached-roles
   */
  declare clearCachedRoles: Call<SecurityClearCachedRolesRequest, SecurityClearCachedRolesResponse>
  /**
   * Clear service account token caches.
   * `POST /_security/service/{namespace}/{service}/credential/token/{name}/_clear_cache`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-clear-cached-service-tokens
   */
  declare clearCachedServiceTokens: Call<SecurityClearCachedServiceTokensRequest, SecurityClearCachedServiceTokensResponse>
  /**
   * Clone an API key.
   * `POST|PUT /_security/api_key/clone`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch#TODO
   */
  declare cloneApiKey: Call<SecurityCloneApiKeyRequest, SecurityCloneApiKeyResponse>
  /**
   * Create an API key.
   * `PUT|POST /_security/api_key`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-create-api-key
   */
  declare createApiKey: OptionalCall<SecurityCreateApiKeyRequest, SecurityCreateApiKeyResponse>
  /**
   * Create a cross-cluster API key.
   * `POST /_security/cross_cluster/api_key`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-create-cross-cluster-api-key
   */
  declare createCrossClusterApiKey: Call<SecurityCreateCrossClusterApiKeyRequest, SecurityCreateCrossClusterApiKeyResponse>
  /**
   * Create a service account token.
   * `PUT|POST /_security/service/{namespace}/{service}/credential/token/{name}`, `POST /_security/service/{namespace}/{service}/credential/token`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-create-service-token
   */
  declare createServiceToken: Call<SecurityCreateServiceTokenRequest, SecurityCreateServiceTokenResponse>
  /**
   * Delegate PKI authentication.
   * `POST /_security/delegate_pki`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-delegate-pki
   */
  declare delegatePki: Call<SecurityDelegatePkiRequest, SecurityDelegatePkiResponse>
  /**
   * Delete application privileges.
   * `DELETE /_security/privilege/{application}/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-delete-privileges
   */
  declare deletePrivileges: Call<SecurityDeletePrivilegesRequest, SecurityDeletePrivilegesResponse>
  /**
   * Delete roles.
   * `DELETE /_security/role/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-delete-role
   */
  declare deleteRole: Call<SecurityDeleteRoleRequest, SecurityDeleteRoleResponse>
  /**
   * Delete role mappings.
   * `DELETE /_security/role_mapping/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-delete-role-mapping
   */
  declare deleteRoleMapping: Call<SecurityDeleteRoleMappingRequest, SecurityDeleteRoleMappingResponse>
  /**
   * Delete service account tokens.
   * `DELETE /_security/service/{namespace}/{service}/credential/token/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-delete-service-token
   */
  declare deleteServiceToken: Call<SecurityDeleteServiceTokenRequest, SecurityDeleteServiceTokenResponse>
  /**
   * Delete users.
   * `DELETE /_security/user/{username}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-delete-user
   */
  declare deleteUser: Call<SecurityDeleteUserRequest, SecurityDeleteUserResponse>
  /**
   * Disable users.
   * `PUT|POST /_security/user/{username}/_disable`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-disable-user
   */
  declare disableUser: Call<SecurityDisableUserRequest, SecurityDisableUserResponse>
  /**
   * Disable a user profile.
   * `PUT|POST /_security/profile/{uid}/_disable`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-disable-user-profile
   */
  declare disableUserProfile: Call<SecurityDisableUserProfileRequest, SecurityDisableUserProfileResponse>
  /**
   * Enable users.
   * `PUT|POST /_security/user/{username}/_enable`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-enable-user
   */
  declare enableUser: Call<SecurityEnableUserRequest, SecurityEnableUserResponse>
  /**
   * Enable a user profile.
   * `PUT|POST /_security/profile/{uid}/_enable`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-enable-user-profile
   */
  declare enableUserProfile: Call<SecurityEnableUserProfileRequest, SecurityEnableUserProfileResponse>
  /**
   * Enroll Kibana.
   * `GET /_security/enroll/kibana`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-enroll-kibana
   */
  declare enrollKibana: OptionalCall<SecurityEnrollKibanaRequest, SecurityEnrollKibanaResponse>
  /**
   * Enroll a node.
   * `GET /_security/enroll/node`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-enroll-node
   */
  declare enrollNode: OptionalCall<SecurityEnrollNodeRequest, SecurityEnrollNodeResponse>
  /**
   * Get API key information.
   * `GET /_security/api_key`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-get-api-key
   */
  declare getApiKey: OptionalCall<SecurityGetApiKeyRequest, SecurityGetApiKeyResponse>
  /**
   * Get builtin privileges.
   * `GET /_security/privilege/_builtin`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-get-builtin-privileges
   */
  declare getBuiltinPrivileges: OptionalCall<SecurityGetBuiltinPrivilegesRequest, SecurityGetBuiltinPrivilegesResponse>
  /**
   * Get application privileges.
   * `GET /_security/privilege/{application}/{name}`, `GET /_security/privilege/{application}`, `GET /_security/privilege`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-get-privileges
   */
  declare getPrivileges: OptionalCall<SecurityGetPrivilegesRequest, SecurityGetPrivilegesResponse>
  /**
   * Get roles.
   * `GET /_security/role/{name}`, `GET /_security/role`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-get-role
   */
  declare getRole: OptionalCall<SecurityGetRoleRequest, SecurityGetRoleResponse>
  /**
   * Get role mappings.
   * `GET /_security/role_mapping/{name}`, `GET /_security/role_mapping`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-get-role-mapping
   */
  declare getRoleMapping: OptionalCall<SecurityGetRoleMappingRequest, SecurityGetRoleMappingResponse>
  /**
   * Get service accounts.
   * `GET /_security/service/{namespace}/{service}`, `GET /_security/service/{namespace}`, `GET /_security/service`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-get-service-accounts
   */
  declare getServiceAccounts: OptionalCall<SecurityGetServiceAccountsRequest, SecurityGetServiceAccountsResponse>
  /**
   * Get service account credentials.
   * `GET /_security/service/{namespace}/{service}/credential`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-get-service-credentials
   */
  declare getServiceCredentials: Call<SecurityGetServiceCredentialsRequest, SecurityGetServiceCredentialsResponse>
  /**
   * Get security index settings.
   * `GET /_security/settings`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-get-settings
   */
  declare getSettings: OptionalCall<SecurityGetSettingsRequest, SecurityGetSettingsResponse>
  /**
   * Get security stats.
   * `GET /_security/stats`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-get-stats
   */
  declare getStats: OptionalCall<SecurityGetStatsRequest, SecurityGetStatsResponse>
  /**
   * Get a token.
   * `POST /_security/oauth2/token`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-get-token
   */
  declare getToken: OptionalCall<SecurityGetTokenRequest, SecurityGetTokenResponse>
  /**
   * Get users.
   * `GET /_security/user/{username}`, `GET /_security/user`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-get-user
   */
  declare getUser: OptionalCall<SecurityGetUserRequest, SecurityGetUserResponse>
  /**
   * Get user privileges.
   * `GET /_security/user/_privileges`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-get-user-privileges
   */
  declare getUserPrivileges: OptionalCall<SecurityGetUserPrivilegesRequest, SecurityGetUserPrivilegesResponse>
  /**
   * Get a user profile.
   * `GET /_security/profile/{uid}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-get-user-profile
   */
  declare getUserProfile: Call<SecurityGetUserProfileRequest, SecurityGetUserProfileResponse>
  /**
   * Grant an API key.
   * `POST /_security/api_key/grant`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-grant-api-key
   */
  declare grantApiKey: Call<SecurityGrantApiKeyRequest, SecurityGrantApiKeyResponse>
  /**
   * Check user privileges.
   * `GET|POST /_security/user/{user}/_has_privileges`, `GET|POST /_security/user/_has_privileges`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-has-privileges
   */
  declare hasPrivileges: OptionalCall<SecurityHasPrivilegesRequest, SecurityHasPrivilegesResponse>
  /**
   * Check user profile privileges.
   * `GET|POST /_security/profile/_has_privileges`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-has-privileges-user-profile
   */
  declare hasPrivilegesUserProfile: Call<SecurityHasPrivilegesUserProfileRequest, SecurityHasPrivilegesUserProfileResponse>
  /**
   * Invalidate API keys.
   * `DELETE /_security/api_key`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-invalidate-api-key
   */
  declare invalidateApiKey: OptionalCall<SecurityInvalidateApiKeyRequest, SecurityInvalidateApiKeyResponse>
  /**
   * Invalidate a token.
   * `DELETE /_security/oauth2/token`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-invalidate-token
   */
  declare invalidateToken: OptionalCall<SecurityInvalidateTokenRequest, SecurityInvalidateTokenResponse>
  /**
   * Authenticate OpenID Connect.
   * `POST /_security/oidc/authenticate`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-oidc-authenticate
   */
  declare oidcAuthenticate: Call<SecurityOidcAuthenticateRequest, SecurityOidcAuthenticateResponse>
  /**
   * Logout of OpenID Connect.
   * `POST /_security/oidc/logout`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-oidc-logout
   */
  declare oidcLogout: Call<SecurityOidcLogoutRequest, SecurityOidcLogoutResponse>
  /**
   * Prepare OpenID connect authentication.
   * `POST /_security/oidc/prepare`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-oidc-prepare-authentication
   */
  declare oidcPrepareAuthentication: OptionalCall<SecurityOidcPrepareAuthenticationRequest, SecurityOidcPrepareAuthenticationResponse>
  /**
   * Create or update application privileges.
   * `PUT|POST /_security/privilege`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-put-privileges
   */
  declare putPrivileges: Call<SecurityPutPrivilegesRequest, SecurityPutPrivilegesResponse>
  /**
   * Create or update roles.
   * `PUT|POST /_security/role/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-put-role
   */
  declare putRole: Call<SecurityPutRoleRequest, SecurityPutRoleResponse>
  /**
   * Create or update role mappings.
   * `PUT|POST /_security/role_mapping/{name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-put-role-mapping
   */
  declare putRoleMapping: Call<SecurityPutRoleMappingRequest, SecurityPutRoleMappingResponse>
  /**
   * Create or update users.
   * `PUT|POST /_security/user/{username}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-put-user
   */
  declare putUser: Call<SecurityPutUserRequest, SecurityPutUserResponse>
  /**
   * Find API keys with a query.
   * `GET|POST /_security/_query/api_key`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-query-api-keys
   */
  declare queryApiKeys: OptionalCall<SecurityQueryApiKeysRequest, SecurityQueryApiKeysResponse>
  /**
   * Find roles with a query.
   * `GET|POST /_security/_query/role`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-query-role
   */
  declare queryRole: OptionalCall<SecurityQueryRoleRequest, SecurityQueryRoleResponse>
  /**
   * Find users with a query.
   * `GET|POST /_security/_query/user`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-query-user
   */
  declare queryUser: OptionalCall<SecurityQueryUserRequest, SecurityQueryUserResponse>
  /**
   * Authenticate SAML.
   * `POST /_security/saml/authenticate`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-saml-authenticate
   */
  declare samlAuthenticate: Call<SecuritySamlAuthenticateRequest, SecuritySamlAuthenticateResponse>
  /**
   * Logout of SAML completely.
   * `POST /_security/saml/complete_logout`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-saml-complete-logout
   */
  declare samlCompleteLogout: Call<SecuritySamlCompleteLogoutRequest, SecuritySamlCompleteLogoutResponse>
  /**
   * Invalidate SAML.
   * `POST /_security/saml/invalidate`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-saml-invalidate
   */
  declare samlInvalidate: Call<SecuritySamlInvalidateRequest, SecuritySamlInvalidateResponse>
  /**
   * Logout of SAML.
   * `POST /_security/saml/logout`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-saml-logout
   */
  declare samlLogout: Call<SecuritySamlLogoutRequest, SecuritySamlLogoutResponse>
  /**
   * Prepare SAML authentication.
   * `POST /_security/saml/prepare`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-saml-prepare-authentication
   */
  declare samlPrepareAuthentication: OptionalCall<SecuritySamlPrepareAuthenticationRequest, SecuritySamlPrepareAuthenticationResponse>
  /**
   * Create SAML service provider metadata.
   * `GET /_security/saml/metadata/{realm_name}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-saml-service-provider-metadata
   */
  declare samlServiceProviderMetadata: Call<SecuritySamlServiceProviderMetadataRequest, SecuritySamlServiceProviderMetadataResponse>
  /**
   * Suggest a user profile.
   * `GET|POST /_security/profile/_suggest`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-suggest-user-profiles
   */
  declare suggestUserProfiles: OptionalCall<SecuritySuggestUserProfilesRequest, SecuritySuggestUserProfilesResponse>
  /**
   * Update an API key.
   * `PUT /_security/api_key/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-update-api-key
   */
  declare updateApiKey: Call<SecurityUpdateApiKeyRequest, SecurityUpdateApiKeyResponse>
  /**
   * Update a cross-cluster API key.
   * `PUT /_security/cross_cluster/api_key/{id}`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-update-cross-cluster-api-key
   */
  declare updateCrossClusterApiKey: Call<SecurityUpdateCrossClusterApiKeyRequest, SecurityUpdateCrossClusterApiKeyResponse>
  /**
   * Update security index settings.
   * `PUT /_security/settings`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-update-settings
   */
  declare updateSettings: OptionalCall<SecurityUpdateSettingsRequest, SecurityUpdateSettingsResponse>
  /**
   * Update user profile data.
   * `PUT|POST /_security/profile/{uid}/_data`
   * @see https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-update-user-profile-data
   */
  declare updateUserProfileData: Call<SecurityUpdateUserProfileDataRequest, SecurityUpdateUserProfileDataResponse>
}
installMethods(SecurityApi, endpoints)
