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
//  - Bounded: past `size` the least recently used entry is dropped. Recency is a linked
//    list through the entries, so a hit moves its entry with a few pointer writes
//    instead of a Map delete and re-insert (which doubled the cost of a hit).
// Revocation is not cached: guards run isRevoked on every request, after decodeToken.
import { JWTError } from '../errors.js'
import type { Claims } from './claims.js'

/** One cached token, also a node of the recency list. */
interface Entry {
  /** The Map index: the token's signature segment. */
  readonly index: string
  /** The whole token; a lookup hits only when it is equal. */
  readonly token: string
  /** The claims when every member is a primitive, so a shallow copy shares nothing; else null. */
  readonly flat: Claims | null
  /** The payload text when flat is null, parsed again on each hit. */
  readonly json: string | null
  readonly exp: number
  readonly nbf: number | undefined
  readonly iat: number | undefined
  /** Neighbours in recency order: `newer` towards the most recently used. */
  older: Entry
  newer: Entry
}

type TimeError = 'EXPIRED' | 'NOT_YET_VALID' | 'INVALID_CLAIMS'

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
  readonly #entries = new Map<string, Entry>()
  // The list's sentinel: its `older` is the most recently used entry, its `newer` the least.
  readonly #ring: Entry

  constructor(size: number) {
    this.#size = size
    const ring = { index: '', token: '', flat: null, json: null, exp: 0, nbf: undefined, iat: undefined } as unknown as Entry
    ring.older = ring.newer = ring
    this.#ring = ring
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

  /** The entry, made the most recently used; or the error of a time check it now fails (and it is dropped). */
  #find(token: string, now: number, leeway: number): Entry | TimeError | undefined {
    const entry = this.#entries.get(indexOf(token))
    if (entry === undefined || entry.token !== token) return undefined
    // The engine's checks, in its order (assembly/claims.ts checkTimes).
    let error: TimeError | undefined
    if (now >= entry.exp + leeway) error = 'EXPIRED'
    else if (entry.nbf !== undefined && now < entry.nbf - leeway) error = 'NOT_YET_VALID'
    else if (entry.iat !== undefined && entry.iat > now + leeway) error = 'INVALID_CLAIMS'
    this.#unlink(entry)
    if (error !== undefined) {
      this.#entries.delete(entry.index)
      return error
    }
    this.#pushNewest(entry)
    return entry
  }

  /** Remembers a token that passed every check: decodeToken's result (copied here) and the payload text. */
  set(token: string, claims: Claims, json: string): void {
    const exp = timeClaim(claims.exp)
    const index = indexOf(token)
    if (exp === undefined || index === '') return // unreachable: the engine requires both
    let flat = true
    for (const key in claims) {
      const value = claims[key]
      if (typeof value === 'object' && value !== null) {
        flat = false
        break
      }
    }
    const previous = this.#entries.get(index)
    if (previous !== undefined) {
      this.#unlink(previous)
      this.#entries.delete(index)
    } else if (this.#entries.size >= this.#size) {
      const oldest = this.#ring.newer
      this.#unlink(oldest)
      this.#entries.delete(oldest.index)
    }
    const entry = {
      index,
      token,
      flat: flat ? { ...claims } : null,
      json: flat ? null : json,
      exp,
      nbf: timeClaim(claims.nbf),
      iat: timeClaim(claims.iat),
    } as Entry
    this.#entries.set(index, entry)
    this.#pushNewest(entry)
  }

  clear(): void {
    this.#entries.clear()
    this.#ring.older = this.#ring.newer = this.#ring
  }

  #unlink(entry: Entry): void {
    entry.older.newer = entry.newer
    entry.newer.older = entry.older
  }

  #pushNewest(entry: Entry): void {
    const ring = this.#ring
    entry.newer = ring
    entry.older = ring.older
    ring.older.newer = entry
    ring.older = entry
  }
}
