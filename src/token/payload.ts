// The payload JSON of a new token, written as text on the hot path and defined by the
// object form it must always equal; and the random hex of jti and csrf.
import type { TokenType } from './claims.js'

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
