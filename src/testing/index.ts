/** `elastream/testing`: what an application's unit tests need to run without Elasticsearch (docs/testing.md). */
export {
  disconnect,
  errorReply,
  type MockRequest,
  MockServer,
  mockServer,
  type Reply,
  reply,
  type RouteHandler,
  type RouteMatch,
  type RouteOptions,
  type RouteResult,
} from './mock-server.js'
