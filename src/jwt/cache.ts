// The opt-in verified-token cache (`cache: { size }`): fast-jwt's idea, made safe.
//  - Keyed on the whole token string, never on a key a caller builds: a key builder that
//    dropped part of the token let forged tokens hit (fast-jwt, CVE-2026-35039). With
//    strict base64url every token has exactly one spelling, so a tampered token is a
//    different string and always misses.
//  - Only tokens that passed every check are stored, with their claims; a hit re-checks
//    exp, nbf and iat against the clock (RFC 7519 §4.1.4-4.1.6), so a cached token
//    expires exactly when an uncached one would.
//  - One cache per JWT instance. Options and the secret are fixed at construction, so a
//    new secret or new options means a new instance and an empty cache.
//  - Bounded: least recently used entries are dropped past `size`.
// Revocation is not cached: guards run isRevoked on every request, after decodeToken.
import { JWTError } from '../errors.js'
import type { Claims } from './claims.js'

interface Entry {
  /** The claims when every member is a primitive, so a shallow copy shares nothing; else null. */
  readonly flat: Claims | null
  /** The payload text when flat is null, parsed again on each hit. */
  readonly json: string | null
  readonly exp: number
  readonly nbf: number | undefined
  readonly iat: number | undefined
}

function timeClaim(value: unknown): number | undefined {
  return typeof value === 'number' ? value : undefined
}

export class TokenCache {
  readonly #size: number
  // A Map iterates in insertion order: re-inserting on a hit keeps the oldest entry first.
  readonly #entries = new Map<string, Entry>()

  constructor(size: number) {
    this.#size = size
  }

  get size(): number {
    return this.#entries.size
  }

  /**
   * The claims of a cached token, as a fresh object the caller may change, or undefined
   * on a miss. Throws the error an uncached decode would give when the token has since
   * expired (or is otherwise outside its time window), and forgets it.
   */
  get(token: string, now: number, leeway: number): Claims | undefined {
    const entry = this.#entries.get(token)
    if (entry === undefined) return undefined
    // The engine's checks, in its order (assembly/claims.ts checkTimes).
    let code: 'EXPIRED' | 'NOT_YET_VALID' | 'INVALID_CLAIMS' | undefined
    if (now >= entry.exp + leeway) code = 'EXPIRED'
    else if (entry.nbf !== undefined && now < entry.nbf - leeway) code = 'NOT_YET_VALID'
    else if (entry.iat !== undefined && entry.iat > now + leeway) code = 'INVALID_CLAIMS'
    if (code !== undefined) {
      this.#entries.delete(token)
      throw new JWTError(code)
    }
    this.#entries.delete(token)
    this.#entries.set(token, entry)
    if (entry.flat !== null) return { ...entry.flat }
    const claims = JSON.parse(entry.json as string) as Claims
    claims.identity = typeof claims.sub === 'string' ? claims.sub : null
    return claims
  }

  /** True if the token is cached and inside its time window; never throws. */
  has(token: string, now: number, leeway: number): boolean {
    try {
      return this.get(token, now, leeway) !== undefined
    } catch {
      return false
    }
  }

  /** Remembers a token that passed every check: decodeToken's result (copied here) and the payload text. */
  set(token: string, claims: Claims, json: string): void {
    const exp = timeClaim(claims.exp)
    if (exp === undefined) return // unreachable: the engine requires a numeric exp
    let flat = true
    for (const key in claims) {
      const value = claims[key]
      if (typeof value === 'object' && value !== null) {
        flat = false
        break
      }
    }
    if (this.#entries.size >= this.#size && !this.#entries.has(token)) {
      this.#entries.delete(this.#entries.keys().next().value as string)
    }
    this.#entries.delete(token)
    this.#entries.set(token, {
      flat: flat ? { ...claims } : null,
      json: flat ? null : json,
      exp,
      nbf: timeClaim(claims.nbf),
      iat: timeClaim(claims.iat),
    })
  }

  clear(): void {
    this.#entries.clear()
  }
}
