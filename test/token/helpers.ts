// Test helpers: tokens with arbitrary header and payload TEXT, signed by node:crypto, so
// a test can hand the engine JSON that JSON.stringify would never write (duplicates,
// escapes, odd number spellings, whitespace).
import { createHmac } from 'node:crypto'
import { afterAll, beforeAll, expect } from 'vitest'
import { JWT, JWTError, type JWTOptions } from '../../src/index.js'
import { getAbi } from '../../src/wasm/abi.js'

export const SECRET = 'a-test-secret-of-32-characters!!'
/** A fixed "now" (2023-11-14T22:13:20Z) for every test that does not set its own. */
export const NOW = 1_700_000_000

export const HASHES = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' } as const
export type Alg = keyof typeof HASHES

export function b64url(text: string | Uint8Array): string {
  return Buffer.from(text).toString('base64url')
}

export const HS256_HEADER = '{"alg":"HS256","typ":"JWT"}'

/** base64url(header).base64url(payload).HMAC, from the exact texts given. */
export function signRaw(payload: string, header: string = HS256_HEADER, alg: Alg = 'HS256', secret: string | Uint8Array = SECRET): string {
  const input = `${b64url(header)}.${b64url(payload)}`
  return `${input}.${createHmac(HASHES[alg], secret).update(input).digest('base64url')}`
}

/** A JWT at a fixed clock; any option may be overridden. */
export function makeJwt(options: JWTOptions = {}): JWT {
  return new JWT({ secretKey: SECRET, clock: () => NOW, ...options })
}

/** The JWTError code decodeToken throws, or 'OK'. Any other exception fails the test. */
export function codeOf(jwt: JWT, token: unknown): string {
  try {
    jwt.decodeToken(token as string)
    return 'OK'
  } catch (e) {
    if (e instanceof JWTError) return e.code
    throw e
  }
}

/** Wasm memory must keep its one buffer and size: growing would detach every view JS holds. */
export function memorySnapshot(): { buffer: ArrayBuffer; size: number } {
  const buffer = getAbi().exports.memory.buffer
  return { buffer, size: buffer.byteLength }
}

export function expectMemoryUnchanged(before: { buffer: ArrayBuffer; size: number }): void {
  const now = getAbi().exports.memory.buffer
  expect(now.byteLength).toBe(before.size)
  expect(now).toBe(before.buffer)
}

/** Registers hooks that check the memory is unchanged after the whole file ran. */
export function expectFixedMemory(): void {
  let before: { buffer: ArrayBuffer; size: number }
  beforeAll(() => {
    before = memorySnapshot()
  })
  afterAll(() => expectMemoryUnchanged(before))
}
