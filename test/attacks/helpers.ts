// Crafting hostile tokens by hand. Signatures come from node:crypto, never from the
// engine under test, so a case that needs a valid signature really has one.
import { createHmac } from 'node:crypto'
import { expect } from 'vitest'
import { JWT, JWTError, type JWTErrorCode, type JWTOptions } from '../../src/index.js'

/** Wasm memory must keep its one buffer and size (shared with the engine tests). */
export { expectMemoryUnchanged, memorySnapshot } from '../token/helpers.js'

export const SECRET = 'attack-suite-secret-0123456789abcdef'
export const OTHER_SECRET = 'another-secret-entirely-0123456789'
/** A fixed clock: every case is decided at this second. */
export const NOW = 1_700_000_000

export type HS = 'HS256' | 'HS384' | 'HS512'
const HASH = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' } as const

export function b64(data: string | Uint8Array): string {
  return Buffer.from(data).toString('base64url')
}

export function hmac(alg: HS, secret: string | Uint8Array, signingInput: string): Buffer {
  return createHmac(HASH[alg], secret).update(signingInput).digest()
}

export function sign(alg: HS, signingInput: string, secret: string | Uint8Array = SECRET): string {
  return `${signingInput}.${b64(hmac(alg, secret, signingInput))}`
}

/** Header and payload given as raw JSON text (so duplicates and odd spellings survive), or as values. */
export function craft(header: unknown, payload: unknown, { alg = 'HS256' as HS, secret = SECRET as string | Uint8Array } = {}): string {
  const h = typeof header === 'string' ? header : JSON.stringify(header)
  const p = typeof payload === 'string' ? payload : JSON.stringify(payload)
  return sign(alg, `${b64(h)}.${b64(p)}`, secret)
}

export const HEADER = { alg: 'HS256', typ: 'JWT' }

/** Claims that pass every check at NOW. */
export function goodClaims(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { sub: 'alice', iat: NOW - 10, nbf: NOW - 10, exp: NOW + 600, ...extra }
}

export function makeJwt(options: JWTOptions = {}): JWT {
  return new JWT({ secretKey: SECRET, clock: () => NOW, ...options })
}

/** The code decodeToken throws, or 'OK'; also checks verifyToken agrees and never throws. */
export function outcome(jwt: JWT, token: unknown): JWTErrorCode | 'OK' {
  let code: JWTErrorCode | 'OK'
  try {
    jwt.decodeToken(token as string)
    code = 'OK'
  } catch (error) {
    if (!(error instanceof JWTError)) throw error
    expect(error.status).toBe(401)
    code = error.code
  }
  expect(jwt.verifyToken(token)).toBe(code === 'OK')
  return code
}

/** Mulberry32: a tiny seeded generator, so every run sees the same cases. */
export function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
