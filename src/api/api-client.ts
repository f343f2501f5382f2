// Placeholder until the generator (scripts/generate-api) writes the real ApiClient. Owned by the API work.
import type { TransportLike } from '../transport/types.js'

export class ApiClient {
  readonly transport: TransportLike
  constructor(transport: TransportLike) {
    this.transport = transport
  }
}
