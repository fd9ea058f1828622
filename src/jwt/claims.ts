// Building payloads and the claim checks that follow the engine's verdict.
import { JWTError } from '../errors.js'

/** Names this library writes or derives; a custom claim may not take them. */
export const RESERVED_CLAIMS: ReadonlySet<string> = new Set(['sub', 'iat', 'nbf', 'exp', 'jti', 'type', 'fresh', 'iss', 'aud', 'identity', 'csrf'])

export type TokenType = 'access' | 'refresh'

/** A decoded token: every payload member, plus `identity` (= `sub`). */
export interface Claims {
  identity: string | null
  sub?: string
  iat?: number
  nbf?: number
  exp: number
  jti?: string
  type?: TokenType | (string & {})
  fresh?: boolean
  iss?: string
  aud?: string | string[]
  csrf?: string
  [claim: string]: unknown
}

/** Throws a TypeError if JSON cannot carry the value exactly (JSON.stringify would drop or change it). */
export function assertJsonValue(value: unknown, path: string, seen: unknown[] = []): void {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`Claim ${path} is not a finite number, which JSON cannot carry`)
      return
    case 'object':
      if (value === null) return
      if (seen.includes(value)) throw new TypeError(`Claim ${path} contains a cycle, which JSON cannot carry`)
      if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return // Date and friends choose their own form
      if (!Array.isArray(value) && !isPlainObject(value)) {
        // A Map, Set, typed array or class instance would be written as its own
        // enumerable properties ({} for a Map), silently losing what it holds.
        throw new TypeError(`Claim ${path} is a ${value.constructor?.name ?? 'non-plain object'}, which JSON cannot carry; convert it to a plain object or array`)
      }
      seen.push(value)
      if (Array.isArray(value)) value.forEach((item, i) => assertJsonValue(item, `${path}[${i}]`, seen))
      else for (const [k, v] of Object.entries(value)) assertJsonValue(v, `${path}.${k}`, seen)
      seen.pop()
      return
    default:
      throw new TypeError(`Claim ${path} is ${typeof value === 'undefined' ? 'undefined' : `a ${typeof value}`}, which JSON cannot carry`)
  }
}

export function checkCustomClaims(claims: unknown): Record<string, unknown> {
  if (claims === undefined) return {}
  if (typeof claims !== 'object' || claims === null || Array.isArray(claims)) throw new TypeError('claims must be a plain object')
  for (const name of Object.keys(claims)) {
    if (RESERVED_CLAIMS.has(name)) throw new TypeError(`Claim name ${name} is reserved; choose another name`)
    assertJsonValue((claims as Record<string, unknown>)[name], name)
  }
  return claims as Record<string, unknown>
}

/** The members the library writes into every token it makes, in their order in the payload. */
export interface PayloadMembers {
  sub: string
  /** Also the nbf. */
  iat: number
  exp: number
  /** randomHex() */
  jti: string
  type: TokenType
  fresh: boolean | undefined
  /** randomHex(), with csrfProtect */
  csrf: string | undefined
  iss: string | undefined
  aud: readonly string[] | undefined
}

/**
 * The payload JSON as an object literal and JSON.stringify give it. This defines the
 * output: payloadText must return the same text for every input (test/jwt/payload.test.ts).
 */
export function payloadTextByObject(m: PayloadMembers, custom: Record<string, unknown>): string {
  const payload: Record<string, unknown> = { sub: m.sub, iat: m.iat, nbf: m.iat, exp: m.exp, jti: m.jti, type: m.type }
  if (m.fresh !== undefined) payload.fresh = m.fresh
  if (m.csrf !== undefined) payload.csrf = m.csrf
  if (m.iss !== undefined) payload.iss = m.iss
  if (m.aud !== undefined) payload.aud = m.aud.length === 1 ? m.aud[0] : m.aud
  // Defined, not assigned: a custom claim named __proto__ (from JSON.parse, say) must stay
  // a claim, not silently become the payload's prototype and vanish from the token.
  for (const [name, value] of Object.entries(custom)) Object.defineProperty(payload, name, { value, enumerable: true, writable: true, configurable: true })
  return JSON.stringify(payload)
}

/**
 * The payload JSON, written as text: building the object and stringifying it was a third
 * of the cost of signing (bench/RESULTS.md). Only strings that may need escaping go
 * through JSON.stringify; jti and csrf are hex, type a constant, and a finite number's
 * JSON is its String() (ECMA-262 §25.5.2.2 SerializeJSONProperty step 9).
 */
export function payloadText(m: PayloadMembers, custom: Record<string, unknown>): string {
  let tail = '}'
  const names = Object.keys(custom)
  if (names.length > 0) {
    // An object lists integer-like names (array indices) before all others
    // (ECMA-262 §10.1.11.1), so in the object the custom claim "1" comes before sub.
    // Appending after the fixed members would move it: leave such payloads to the object.
    for (const name of names) {
      const c = name.charCodeAt(0)
      if (c >= 48 && c <= 57) return payloadTextByObject(m, custom)
    }
    // A plain object without toJSON serializes exactly as its members did inside the
    // payload (same names, order, values, and toJSON calls on them with their names).
    // Anything else (a class instance, a boxed primitive) is copied member by member as
    // payloadTextByObject does. `in` so that a toJSON getter is not called an extra time.
    const proto = Object.getPrototypeOf(custom)
    const plain = (proto === Object.prototype || proto === null) && !('toJSON' in custom)
    tail = `,${JSON.stringify(plain ? custom : ownCopy(custom)).slice(1)}`
  }
  let s = `{"sub":${JSON.stringify(m.sub)},"iat":${m.iat},"nbf":${m.iat},"exp":${m.exp},"jti":"${m.jti}","type":"${m.type}"`
  if (m.fresh !== undefined) s += m.fresh ? ',"fresh":true' : ',"fresh":false'
  if (m.csrf !== undefined) s += `,"csrf":"${m.csrf}"`
  if (m.iss !== undefined) s += `,"iss":${JSON.stringify(m.iss)}`
  if (m.aud !== undefined) s += `,"aud":${JSON.stringify(m.aud.length === 1 ? m.aud[0] : m.aud)}`
  return s + tail
}

function ownCopy(custom: Record<string, unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(custom)) Object.defineProperty(copy, name, { value, enumerable: true, writable: true, configurable: true })
  return copy
}

const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'))
// One getRandomValues call per 256 tokens: each call costs about as much as signing a
// token (bench/RESULTS.md). Each byte is used once and zeroed (node:crypto's randomUUID
// pools the same way).
const POOL = new Uint8Array(4096)
let poolAt = POOL.length

/** 128 random bits as 32 lowercase hex characters. */
export function randomHex(): string {
  if (poolAt === POOL.length) {
    crypto.getRandomValues(POOL)
    poolAt = 0
  }
  let out = ''
  for (let end = poolAt + 16; poolAt < end; poolAt++) {
    out += HEX[POOL[poolAt]]
    POOL[poolAt] = 0
  }
  return out
}

/**
 * The registered-claim checks the engine leaves to JS, after the signature and times:
 * iss (RFC 7519 §4.1.1) and aud (§4.1.3: a token naming an audience is refused by a
 * verifier that does not identify with one of its values).
 */
export function checkIssuerAudience(payload: Record<string, unknown>, issuer: string | undefined, audience: readonly string[] | undefined): void {
  if (issuer !== undefined && payload.iss !== issuer) throw new JWTError('INVALID_ISSUER')
  const aud = payload.aud
  if (aud === undefined) {
    if (audience !== undefined) throw new JWTError('INVALID_AUDIENCE')
    return
  }
  const values = typeof aud === 'string' ? [aud] : Array.isArray(aud) && aud.every((v) => typeof v === 'string') ? (aud as string[]) : null
  if (!values || !audience || !values.some((v) => audience.includes(v))) throw new JWTError('INVALID_AUDIENCE')
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}
