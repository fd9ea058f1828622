// The opt-in verified-token cache (`cache: { size }`): fast-jwt's idea, made safe.
//  - A hit needs the whole token string to be equal, never a key a caller builds: a key
//    builder that dropped part of the token let forged tokens hit (fast-jwt,
//    CVE-2026-35039). With strict base64url every token has exactly one spelling, so a
//    tampered token is a different string and always misses. The Map is indexed by the
//    signature segment only because hashing 43 characters instead of the whole token
//    is most of the cost of a hit; the entry keeps the token and it is compared whole.
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
  /** The whole token; a lookup hits only when it is equal. */
  readonly token: string
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

/** The signature segment, which indexes the Map; '' for text with no dot (never stored). */
function indexOf(token: string): string {
  const dot = token.lastIndexOf('.')
  return dot < 0 ? '' : token.slice(dot + 1)
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
   * left its time window, and forgets it.
   */
  get(token: string, now: number, leeway: number): Claims | undefined {
    const entry = this.#find(token, now, leeway)
    if (entry === undefined) return undefined
    if (typeof entry === 'string') throw new JWTError(entry)
    if (entry.flat !== null) return { ...entry.flat }
    const claims = JSON.parse(entry.json as string) as Claims
    claims.identity = typeof claims.sub === 'string' ? claims.sub : null
    return claims
  }

  /** True if the token is cached and inside its time window. */
  has(token: string, now: number, leeway: number): boolean {
    const entry = this.#find(token, now, leeway)
    return entry !== undefined && typeof entry !== 'string'
  }

  /** The entry, made the most recently used; or the error code of a time check it now fails. */
  #find(token: string, now: number, leeway: number): Entry | 'EXPIRED' | 'NOT_YET_VALID' | 'INVALID_CLAIMS' | undefined {
    const index = indexOf(token)
    const entry = this.#entries.get(index)
    if (entry === undefined || entry.token !== token) return undefined
    this.#entries.delete(index)
    // The engine's checks, in its order (assembly/claims.ts checkTimes).
    if (now >= entry.exp + leeway) return 'EXPIRED'
    if (entry.nbf !== undefined && now < entry.nbf - leeway) return 'NOT_YET_VALID'
    if (entry.iat !== undefined && entry.iat > now + leeway) return 'INVALID_CLAIMS'
    this.#entries.set(index, entry)
    return entry
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
    const index = indexOf(token)
    if (index === '') return
    if (this.#entries.size >= this.#size && !this.#entries.has(index)) {
      this.#entries.delete(this.#entries.keys().next().value as string)
    }
    this.#entries.delete(index)
    this.#entries.set(index, {
      token,
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
