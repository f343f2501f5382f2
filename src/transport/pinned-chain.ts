/**
 * Verifies a TLS peer against a pinned certificate fingerprint (`caFingerprint`) the way `tls.ca` with that
 * certificate would: the pinned certificate must be in the chain the server presented, every link from the
 * server's certificate up to it must be a real signature by a CA certificate, every certificate on the way
 * must be within its validity dates, and the server's certificate must name the host.
 *
 * Matching the fingerprint alone is not enough: Node links `issuerCertificate` by name and key id, without
 * checking signatures, so a leaf made with any key that names the real CA as its issuer, served together
 * with the (public) real CA certificate, would pass.
 */
import { X509Certificate } from 'node:crypto'
import { checkServerIdentity, type DetailedPeerCertificate, type PeerCertificate, type TLSSocket } from 'node:tls'

/** Longest chain followed from the leaf to the pin; real chains are 2-4 certificates. */
const MAX_DEPTH = 10

/** Why the peer fails the pin, or undefined when it passes. `host` is the name the certificate must carry. */
export function pinnedChainProblem(
  socket: TLSSocket,
  pin: string,
  host: string,
  now = Date.now(),
): string | undefined {
  // One call, and no getPeerX509Certificate(): after that, Node 20 answers getPeerCertificate() with {}.
  const peer = socket.getPeerCertificate(true)
  const presented = presentedChain(peer)
  const leaf = presented[0]
  if (leaf === undefined) return 'the server presented no certificate'
  if (!presented.some((cert) => fingerprint(cert) === pin)) {
    return 'no certificate in the chain has that fingerprint'
  }
  let current = leaf
  for (let depth = 0; ; depth++) {
    const expired = outsideValidity(current, now)
    if (expired !== undefined) return expired
    if (fingerprint(current) === pin) break
    if (depth === MAX_DEPTH) return `the chain is longer than ${MAX_DEPTH} certificates`
    // The issuer must be named by the certificate AND have signed it; a name match alone proves nothing.
    const issuer = presented.find(
      (cert) => cert !== current && current.checkIssued(cert) && current.verify(cert.publicKey),
    )
    if (issuer === undefined) {
      return `"${current.subject.replace(/\n/g, ', ')}" is not signed by any certificate of the chain that leads to the pinned one`
    }
    if (!issuer.ca) return `"${issuer.subject.replace(/\n/g, ', ')}" signed the certificate below it but is not a CA`
    current = issuer
  }
  // The same host check node:tls runs when it verifies (IP and DNS subject alternative names, wildcards).
  const identity = checkServerIdentity(host, peer)
  return identity === undefined ? undefined : identity.message
}

/** Every certificate the server sent, each once (the issuer links may loop at a self-signed root). */
function presentedChain(peer: PeerCertificate): X509Certificate[] {
  const out: X509Certificate[] = []
  const seen = new Set<string>()
  let cert: DetailedPeerCertificate | undefined = peer as DetailedPeerCertificate
  while (cert !== undefined && cert !== null && cert.raw !== undefined) {
    const key = cert.fingerprint256
    if (seen.has(key)) break
    seen.add(key)
    out.push(new X509Certificate(cert.raw))
    cert = cert.issuerCertificate
  }
  return out
}

function fingerprint(cert: X509Certificate): string {
  return cert.fingerprint256.replace(/:/g, '').toUpperCase()
}

function outsideValidity(cert: X509Certificate, now: number): string | undefined {
  const subject = cert.subject.replace(/\n/g, ', ')
  if (now < Date.parse(cert.validFrom)) return `"${subject}" is not valid before ${cert.validFrom}`
  if (now > Date.parse(cert.validTo)) return `"${subject}" expired on ${cert.validTo}`
  return undefined
}
