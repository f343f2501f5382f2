// Generated from the Elasticsearch specification by scripts/spec/types.mjs. Do not edit: regenerate with `npm run generate`.
import type { DateTime, RequestBase } from './common.js'

export interface SslCertificatesCertificateInformation {
  /** If the path refers to a container file (a jks keystore, or a PKCS#12 file), it is the alias of the certificate. Otherwise, it is null. */
  alias: string | null
  /** The ISO formatted date of the certificate's expiry (not-after) date. */
  expiry: DateTime
  /** The format of the file. Valid values include `jks`, `PKCS12`, and `PEM`. */
  format: string
  /** Indicates whether Elasticsearch has access to the private key for this certificate. */
  has_private_key: boolean
  /** The Distinguished Name of the certificate's issuer. */
  issuer?: string
  /** The path to the certificate, as configured in the `elasticsearch.yml` file. */
  path: string
  /** The hexadecimal representation of the certificate's serial number. */
  serial_number: string
  /** The Distinguished Name of the certificate's subject. */
  subject_dn: string
}

/** Request of `ssl.certificates`. */
export interface SslCertificatesRequest extends RequestBase {
}

export type SslCertificatesResponse = SslCertificatesCertificateInformation[]
