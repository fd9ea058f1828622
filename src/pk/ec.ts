// Elliptic-curve public keys (RFC 7518 §6.2.1): P-256 for ES256, P-384 for ES384, P-521
// for ES512. The module validates the point and precomputes the key's table
// (assembly/pk/p256.ts, p384.ts, p521.ts), once, at import.
import { base64urlBytes, importEcLayout } from '../wasm-pk/engine.js'

/**
 * The curves this library verifies with, and the size of a coordinate on each; a key on
 * another curve is skipped, as an unknown kty is.
 */
const CURVES: ReadonlyMap<string, number> = new Map([
  ['P-256', 32],
  ['P-384', 48],
  // ceil(521 / 8) = 66 bytes: the top byte holds one bit (§6.2.1.2).
  ['P-521', 66],
])

function coordinate(jwk: Record<string, unknown>, name: string, where: string, crv: string, size: number): Uint8Array {
  const value = jwk[name]
  if (typeof value !== 'string') throw new TypeError(`${where}: EC member ${name} must be a base64url string`)
  const bytes = base64urlBytes(value)
  if (bytes === null) throw new TypeError(`${where}: EC member ${name} is not base64url without padding`)
  // §6.2.1.2/§6.2.1.3: the full size of a coordinate, leading zeros kept: 32 bytes for
  // P-256, 48 for P-384, 66 for P-521. A shorter or longer spelling is refused, not padded or trimmed.
  if (bytes.length !== size) throw new TypeError(`${where}: EC member ${name} must be ${size} bytes for ${crv}, not ${bytes.length}`)
  return bytes
}

/**
 * The layout of a public EC JWK, null for a curve this library does not verify with, or a
 * TypeError naming what is wrong (`where` names the key, never its material): a private
 * key, coordinates of the wrong size or spelling, or a point that is not on the curve.
 */
export function importEc(jwk: Record<string, unknown>, where: string): { layout: Uint8Array; crv: string } | null {
  if ('d' in jwk) throw new TypeError(`${where}: an EC private key; a key set must hold public keys only`)
  const crv = jwk.crv
  if (typeof crv !== 'string') throw new TypeError(`${where}: EC member crv must be a string`)
  const size = CURVES.get(crv)
  if (size === undefined) return null
  const layout = importEcLayout(crv as 'P-256' | 'P-384' | 'P-521', coordinate(jwk, 'x', where, crv, size), coordinate(jwk, 'y', where, crv, size))
  if (!layout) throw new TypeError(`${where}: EC point is not on ${crv}`)
  return { layout, crv }
}
