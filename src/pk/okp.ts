// Ed25519 public keys (RFC 8037 §2: kty "OKP", crv "Ed25519", x the 32-byte point
// encoding of RFC 8032 §5.1.2). The module decodes and checks the point and builds the
// key's table once, here (assembly/pk/ed25519.ts); a verification does no per-key work.
import { base64urlBytes, importEd25519 } from '../wasm-pk/engine.js'

/** RFC 8037 §2: the private key is `d`; a set that carries it has leaked a secret. */
const PRIVATE_MEMBER = 'd'

/** The module's refusals (assembly/pk/ed25519.ts ED25519_*), as the error says them. */
const REFUSALS: Readonly<Record<number, string>> = {
  1: 'is not a canonical point encoding (RFC 8032 §5.1.3)',
  2: 'is not a point of the curve',
  3: 'is a point of small order, which admits forged signatures',
}

/**
 * The layout of an OKP JWK with crv "Ed25519", null for another curve (Ed448, X25519: not
 * verified here, skipped as jose skips them for EdDSA), or a TypeError naming what is
 * wrong (`where` names the key, never its material).
 */
export function importOkp(jwk: Record<string, unknown>, where: string): { layout: Uint8Array; crv: string } | null {
  const crv = jwk.crv
  if (typeof crv !== 'string') throw new TypeError(`${where}: OKP member crv must be a string`)
  if (crv !== 'Ed25519') return null
  if (PRIVATE_MEMBER in jwk) throw new TypeError(`${where}: an Ed25519 private key; a key set must hold public keys only`)
  const value = jwk.x
  if (typeof value !== 'string') throw new TypeError(`${where}: Ed25519 member x must be a base64url string`)
  const x = base64urlBytes(value)
  if (x === null) throw new TypeError(`${where}: Ed25519 member x is not base64url without padding`)
  if (x.length !== 32) throw new TypeError(`${where}: Ed25519 member x must be 32 bytes, not ${x.length}`)
  const layout = importEd25519(x)
  if (typeof layout === 'number') throw new TypeError(`${where}: Ed25519 member x ${REFUSALS[layout] ?? 'is refused'}`)
  return { layout, crv }
}
