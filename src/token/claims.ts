// What a token's claims are: their type, the names this library reserves, the check of
// custom claims before signing, and the claim checks that follow the engine's verdict.
import { JWTError } from '../errors.js'
import { isPlainObject } from '../util/validate.js'

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
