/** TLS settings handed to every socket (the subset of node:tls options a client needs). */
export interface TlsOptions {
  /** Trusted CA certificate(s), PEM. */
  ca?: string | Buffer | Array<string | Buffer>
  /** Client certificate for mutual TLS, PEM. */
  cert?: string | Buffer
  /** Client private key for mutual TLS, PEM. */
  key?: string | Buffer
  /** Passphrase of `key`. */
  passphrase?: string
  /** Default `true`; `false` accepts any certificate (tests only). With `caFingerprint` it defaults to `false`: node:tls does not know the pinned CA, and the pin check verifies the chain and host itself. */
  rejectUnauthorized?: boolean
  /** SNI name when it differs from the URL host. */
  servername?: string
}
