// The generated client class (scripts/generate-api.mjs writes it); `Client` extends it.
export { ApiClient } from './generated/api-client.js'
