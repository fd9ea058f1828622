// Building payloads and the claim checks that follow the engine's verdict.
import { JWTError } from '../errors.js'

/** Names this library writes or derives; a custom claim may not take them. */
const RESERVED_CLAIMS: ReadonlySet<string> = new Set(['sub', 'iat', 'nbf', 'exp', 'jti', 'type', 'fresh', 'iss', 'aud', 'identity', 'csrf'])

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
function assertJsonValue(value: unknown, path: string, seen: unknown[] = []): void {
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
 * output: payloadText must return the same text for every input (test/token/payload.test.ts).
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
 * of the cost of signing (bench/RESULTS.md). jti and csrf are hex, type a constant, a
 * finite number's JSON is its String() (ECMA-262 §25.5.2.2 SerializeJSONProperty
 * step 9), and a string that needs no escape is itself in quotes (QuoteJSONString).
 */
export function payloadText(m: PayloadMembers, custom: Record<string, unknown>): string {
  let tail = '}'
  const names = Object.keys(custom)
  if (names.length > 0) {
    // An object lists integer-like names (array indices) before all others
    // (ECMA-262 §10.1.11.1), so in the object the custom claim "1" comes before sub.
    // Appending after the fixed members would move it; and a claim named toJSON becomes
    // the payload's own toJSON. Leave such payloads to the object.
    for (const name of names) {
      const c = name.charCodeAt(0)
      if ((c >= 48 && c <= 57) || name === 'toJSON') return payloadTextByObject(m, custom)
    }
    tail = customText(custom, names)
  }
  let s = `{"sub":${stringJson(m.sub)},"iat":${m.iat},"nbf":${m.iat},"exp":${m.exp},"jti":"${m.jti}","type":"${m.type}"`
  if (m.fresh !== undefined) s += m.fresh ? ',"fresh":true' : ',"fresh":false'
  if (m.csrf !== undefined) s += `,"csrf":"${m.csrf}"`
  if (m.iss !== undefined) s += `,"iss":${stringJson(m.iss)}`
  if (m.aud !== undefined) s += `,"aud":${JSON.stringify(m.aud.length === 1 ? m.aud[0] : m.aud)}`
  return s + tail
}

/** Printable ASCII other than '"' and '\\': the characters JSON.stringify writes as they are. */
const PLAIN_STRING = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/

function stringJson(value: string): string {
  return PLAIN_STRING.test(value) ? `"${value}"` : JSON.stringify(value)
}

/** JSON of a string, finite number, boolean or null; undefined for anything else. */
function primitiveJson(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
      return stringJson(value)
    case 'number':
      return Number.isFinite(value) ? `${value}` : 'null'
    case 'boolean':
      return value ? 'true' : 'false'
    default:
      return value === null ? 'null' : undefined
  }
}

/**
 * The custom claims as they continue the payload: `,"name":value...}`. Each value is read
 * once, as Object.entries reads it in payloadTextByObject. Primitives are written here (one
 * JSON.stringify call cost as much as the rest of the payload); an object value goes
 * through JSON.stringify inside an object, where its toJSON sees its member name.
 */
function customText(custom: Record<string, unknown>, names: string[]): string {
  const values = names.map((name) => custom[name])
  let text = ''
  for (let i = 0; i < names.length; i++) {
    const json = primitiveJson(values[i])
    if (json === undefined) {
      const copy: Record<string, unknown> = {}
      // Defined, not assigned, for a claim named __proto__, as payloadTextByObject does.
      for (let j = 0; j < names.length; j++) Object.defineProperty(copy, names[j], { value: values[j], enumerable: true, writable: true, configurable: true })
      const json = JSON.stringify(copy)
      return json === '{}' ? '}' : `,${json.slice(1)}` // every member left out (undefined values)
    }
    text += `,${stringJson(names[i])}:${json}`
  }
  return `${text}}`
}

/** Character codes of the lowercase hex digits. */
const DIGITS = Uint8Array.from('0123456789abcdef', (c) => c.charCodeAt(0))
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
  const d = DIGITS
  const p = POOL
  const i = poolAt
  poolAt += 16
  // One call with all 32 codes makes a flat string: appending 16 pairs made a rope that
  // encodeInto then flattened, and cost about twice as much per token (bench/quick.mjs).
  const hex = String.fromCharCode(
    d[p[i] >> 4], d[p[i] & 15], d[p[i + 1] >> 4], d[p[i + 1] & 15],
    d[p[i + 2] >> 4], d[p[i + 2] & 15], d[p[i + 3] >> 4], d[p[i + 3] & 15],
    d[p[i + 4] >> 4], d[p[i + 4] & 15], d[p[i + 5] >> 4], d[p[i + 5] & 15],
    d[p[i + 6] >> 4], d[p[i + 6] & 15], d[p[i + 7] >> 4], d[p[i + 7] & 15],
    d[p[i + 8] >> 4], d[p[i + 8] & 15], d[p[i + 9] >> 4], d[p[i + 9] & 15],
    d[p[i + 10] >> 4], d[p[i + 10] & 15], d[p[i + 11] >> 4], d[p[i + 11] & 15],
    d[p[i + 12] >> 4], d[p[i + 12] & 15], d[p[i + 13] >> 4], d[p[i + 13] & 15],
    d[p[i + 14] >> 4], d[p[i + 14] & 15], d[p[i + 15] >> 4], d[p[i + 15] & 15],
  )
  p.fill(0, i, i + 16)
  return hex
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

/** An object literal or Object.create(null): what JSON.parse makes and JSON.stringify writes member by member. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false
  const proto = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}
