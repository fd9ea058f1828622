// RSA public keys (RFC 7518 §6.3.1): checked once, then laid out with everything the
// module's verify needs precomputed (assembly/pk/rsa.ts reads this layout), so a
// verification does no per-key work. BigInt does the one-off arithmetic.
import { base64urlBytes } from '../wasm-pk/engine.js'

/** RFC 7518 §3.3 and §3.5 require at least 2048 bits; 8192 bounds the work one token can cost. */
export const MIN_MODULUS_BITS = 2048
export const MAX_MODULUS_BITS = 8192

// assembly/pk/rsa.ts, kinds.ts and montgomery.ts.
const KIND_RSA = 1
const N_BYTES = 32
const MAX_SIGNATURE = 1024
const MAX_LIMBS = 296
const LIMB_ARRAY_BYTES = (MAX_LIMBS + 8) * 4
const LIMB_ARRAY_START = 16
const N_LIMBS = N_BYTES + MAX_SIGNATURE + LIMB_ARRAY_START
const R2_LIMBS = N_LIMBS + LIMB_ARRAY_BYTES
const LAYOUT_BYTES = N_BYTES + MAX_SIGNATURE + 2 * LIMB_ARRAY_BYTES
const LIMB_BITS = 29
const LIMB_MASK = (1 << LIMB_BITS) - 1

/** Members of a private RSA key (RFC 7518 §6.3.2): a set that carries them has leaked a secret. */
const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth']

// ROCA (CVE-2017-15361): moduli from Infineon's library have n mod p in the subgroup that
// 65537 generates mod p for each of these primes, which random moduli almost never do; such
// keys can be factored. The fingerprint test of Nemec et al. (the roca detector's primes).
const ROCA_PRIMES = [3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97, 101, 103, 107, 109, 113, 127, 131, 137, 139, 149, 151, 157, 163, 167]

function hasRocaFingerprint(n: bigint): boolean {
  for (const p of ROCA_PRIMES) {
    const residue = Number(n % BigInt(p))
    const g = 65537 % p
    let x = 1
    let found = false
    for (let k = 0; k < p; k++) {
      if (x === residue) {
        found = true
        break
      }
      x = (x * g) % p
    }
    if (!found) return false
  }
  return true
}

export interface RsaKeyInfo {
  readonly layout: Uint8Array
  readonly bits: number
}

function member(jwk: Record<string, unknown>, name: string, where: string): Uint8Array {
  const value = jwk[name]
  if (typeof value !== 'string') throw new TypeError(`${where}: RSA member ${name} must be a base64url string`)
  const bytes = base64urlBytes(value)
  if (bytes === null || bytes.length === 0) throw new TypeError(`${where}: RSA member ${name} is not base64url without padding`)
  // RFC 7518 §6.3.1.1/§6.3.1.2: the minimal octets; a leading zero is a second spelling.
  if (bytes[0] === 0) throw new TypeError(`${where}: RSA member ${name} has a leading zero byte`)
  return bytes
}

function bigIntOf(bytes: Uint8Array): bigint {
  let hex = ''
  for (const b of bytes) hex += b.toString(16).padStart(2, '0')
  return BigInt(`0x${hex}`)
}

/** -n^-1 mod 2^29, from the low 32 bits of odd n: Newton's iteration doubles the correct bits each step. */
function negInverse(n0: number): number {
  let inv = n0 // correct to 3 bits: n * n = 1 mod 8 for odd n
  for (let i = 0; i < 4; i++) inv = Math.imul(inv, 2 - Math.imul(n0, inv))
  return (0x20000000 - (inv & LIMB_MASK)) & LIMB_MASK
}

function writeLimbs(view: DataView, at: number, value: bigint, count: number): void {
  for (let j = 0; j < count; j++) {
    view.setUint32(at + 4 * j, Number(value & BigInt(LIMB_MASK)), true)
    value >>= BigInt(LIMB_BITS)
  }
}

/**
 * The layout of a public RSA JWK, or a TypeError naming what is wrong (`where` names the
 * key, never its material). The limits: a modulus of 2048 to 8192 bits, odd, without the
 * ROCA fingerprint; e odd in [3, 2^32 - 1]; both in minimal base64url.
 */
export function importRsa(jwk: Record<string, unknown>, where: string): RsaKeyInfo {
  for (const name of PRIVATE_MEMBERS) {
    if (name in jwk) throw new TypeError(`${where}: an RSA private key; a key set must hold public keys only`)
  }
  const n = member(jwk, 'n', where)
  const e = member(jwk, 'e', where)
  const bits = n.length * 8 - Math.clz32(n[0]) + 24
  if (bits < MIN_MODULUS_BITS || bits > MAX_MODULUS_BITS) {
    throw new TypeError(`${where}: RSA modulus of ${bits} bits; ${MIN_MODULUS_BITS} to ${MAX_MODULUS_BITS} are accepted`)
  }
  if ((n[n.length - 1] & 1) === 0) throw new TypeError(`${where}: RSA modulus is even`)
  if (e.length > 4) throw new TypeError(`${where}: RSA exponent e above 2^32 - 1`)
  let exponent = 0
  for (const b of e) exponent = exponent * 256 + b
  if (exponent < 3 || exponent % 2 === 0) throw new TypeError(`${where}: RSA exponent e must be odd and at least 3`)

  const modulus = bigIntOf(n)
  if (hasRocaFingerprint(modulus)) throw new TypeError(`${where}: RSA modulus with the ROCA fingerprint (CVE-2017-15361), which can be factored`)
  // R = 2^(29L) > 4n: montgomery.ts's bound for leaving out the subtraction between products.
  const L = Math.ceil((bits + 2) / LIMB_BITS)
  const L4 = (L + 3) & ~3
  const layout = new Uint8Array(LAYOUT_BYTES)
  const view = new DataView(layout.buffer)
  view.setUint32(0, KIND_RSA, true)
  view.setUint32(4, n.length, true)
  view.setUint32(8, bits, true)
  view.setUint32(12, L, true)
  view.setUint32(16, L4, true)
  view.setUint32(20, negInverse(((n[n.length - 4] << 24) | (n[n.length - 3] << 16) | (n[n.length - 2] << 8) | n[n.length - 1]) >>> 0), true)
  view.setUint32(24, exponent >>> 0, true)
  layout.set(n, N_BYTES)
  writeLimbs(view, N_LIMBS, modulus, L4)
  // R^2 mod n with R = 2^(29L): the constant that brings a signature into Montgomery form.
  writeLimbs(view, R2_LIMBS, (1n << BigInt(2 * LIMB_BITS * L)) % modulus, L4)
  return { layout, bits }
}
