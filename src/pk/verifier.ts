// JWTVerifier: synchronous verification of tokens signed with an asymmetric key, against a
// KeySet or a RemoteKeySet. The order of checks is the HS path's, with the key chosen in
// between: size, format and header, algorithm (allowed?), key (exactly one fits?),
// signature, time claims, issuer and audience.
import { JWTError, type JWTErrorCode } from '../errors.js'
import { Status } from '../wasm-pk/abi.js'
import { parseToken, parsedAlgorithm, parsedKid, payloadClaims, payloadHasAudience, payloadJson, verifyParsed, verifyParsedSignature } from '../wasm-pk/engine.js'
import { checkIssuerAudience, type Claims } from '../token/claims.js'
import { TokenCache } from '../token/cache.js'
import { ALGORITHM_NAMES, PK_ALGORITHMS, type AsymmetricAlgorithm } from './algorithms.js'
import { selectKey, type KeySet } from './key-set.js'
import { RemoteKeySet } from './remote.js'
import { resolveVerifierOptions, type JWTVerifierOptions, type ResolvedVerifierOptions } from './options.js'

/** assembly/status.ts -> JWTError codes; OK is never an error. */
const STATUS_CODES: readonly JWTErrorCode[] = ['MALFORMED', 'MALFORMED', 'TOKEN_TOO_LARGE', 'ALGORITHM_MISMATCH', 'INVALID_SIGNATURE', 'EXPIRED', 'NOT_YET_VALID', 'INVALID_CLAIMS']

export class JWTVerifier {
  readonly #options: ResolvedVerifierOptions
  readonly #allowed: ReadonlySet<string>
  readonly #remote: RemoteKeySet | undefined
  readonly #cache: TokenCache | undefined
  /** The key set the cached tokens were verified against. */
  #cachedFor: KeySet | undefined

  /** Every configuration error is a TypeError thrown here, naming the option. */
  constructor(options: JWTVerifierOptions) {
    this.#options = resolveVerifierOptions(options)
    this.#allowed = new Set(this.#options.algorithms)
    this.#remote = this.#options.keys instanceof RemoteKeySet ? this.#options.keys : undefined
    this.#cache = this.#options.cacheSize > 0 ? new TokenCache(this.#options.cacheSize) : undefined
  }

  /** The accepted algorithms, as configured. */
  get algorithms(): readonly AsymmetricAlgorithm[] {
    return this.#options.algorithms
  }

  /**
   * Verifies the token and returns its claims plus `identity` (= `sub`, or null); throws
   * JWTError: MALFORMED, TOKEN_TOO_LARGE, ALGORITHM_MISMATCH, UNKNOWN_KEY,
   * INVALID_SIGNATURE, EXPIRED, NOT_YET_VALID, INVALID_CLAIMS, INVALID_ISSUER,
   * INVALID_AUDIENCE, or KEYS_UNAVAILABLE (a remote set that could not be refreshed for
   * too long).
   */
  verify(token: string): Claims {
    const cache = this.#cache
    const { maxTokenLength, clock, leeway } = this.#options
    if (cache !== undefined && typeof token === 'string' && token.length <= maxTokenLength) {
      // A hit skips the signature, never the time checks, and never outlives its key set.
      this.#keySet()
      const hit = cache.get(token, clock(), leeway)
      if (hit !== undefined) return hit
    }
    const code = this.#check(token)
    if (code !== null) throw new JWTError(code)
    const claims = payloadClaims() as Claims
    checkIssuerAudience(claims, this.#options.issuer, this.#options.audience)
    claims.identity = typeof claims.sub === 'string' ? claims.sub : null
    cache?.set(token, claims, payloadJson())
    return claims
  }

  /** The same as verify: the name the guards and adapters call (any object with decodeToken works there). */
  decodeToken(token: string): Claims {
    return this.verify(token)
  }

  /**
   * As verify, but when the token's key is not in a remote set, waits for the refresh that
   * the miss starts (limited by the cooldown) and tries once more: for the first token
   * after a key rotation.
   */
  async verifyAsync(token: string): Promise<Claims> {
    try {
      return this.verify(token)
    } catch (error) {
      if (!(JWTError.is(error) && error.code === 'UNKNOWN_KEY' && this.#remote)) throw error
      const refresh = this.#remote.missed()
      if (!refresh) throw error
      await refresh
      return this.verify(token)
    }
  }

  /** True if verify would succeed. Never throws, whatever it is given. */
  verifyToken(token: unknown): boolean {
    try {
      const cache = this.#cache
      const { maxTokenLength, clock, leeway, issuer, audience } = this.#options
      if (cache !== undefined && typeof token === 'string' && token.length <= maxTokenLength && (this.#keySet(), cache.has(token, clock(), leeway))) return true
      if (this.#check(token) !== null) return false
      if (issuer !== undefined || audience !== undefined || payloadHasAudience()) checkIssuerAudience(payloadClaims(), issuer, audience)
      return true
    } catch {
      return false
    }
  }

  /** The engine's verdict as an error code, or null when the token passed (issuer and audience are next). */
  #check(token: unknown): JWTErrorCode | null {
    if (typeof token !== 'string') return 'MALFORMED'
    const { maxTokenLength, clock, leeway } = this.#options
    if (token.length > maxTokenLength) return 'TOKEN_TOO_LARGE'
    const code = checkToken(token, this.#allowed, this.#keySet(), { now: clock(), leeway })
    if (code === 'UNKNOWN_KEY') this.#remote?.missed()
    return code
  }

  /**
   * The key set in effect: the local one, or the remote one's current set (which may start a
   * refresh, or throw KEYS_UNAVAILABLE). When a refresh has swapped the set, the cache is
   * emptied first: a key that left the set may have been withdrawn after a leak, so no
   * token it signed is answered from the cache again (the stricter of the two choices).
   */
  #keySet(): KeySet {
    const set = this.#remote ? this.#remote.current() : (this.#options.keys as KeySet)
    if (set !== this.#cachedFor) {
      this.#cache?.clear()
      this.#cachedFor = set
    }
    return set
  }

  toJSON(): Record<string, unknown> {
    return { algorithms: this.#options.algorithms }
  }
}

/**
 * One token against one key set: format and header, algorithm (one of `allowed`; an HS
 * token never gets past parsing, since its alg is not in the module's table, so no key is
 * ever used as an HMAC secret), the one key that fits, the signature, then with `times`
 * the payload and its time claims. Null when all passed. Without `times` only the
 * signature is checked: for JWS test vectors, whose payloads need not be JSON.
 */
export function checkToken(token: string, allowed: ReadonlySet<string>, set: KeySet, times: { now: number; leeway: number } | null): JWTErrorCode | null {
  const parsed = parseToken(token)
  if (parsed !== Status.OK) return STATUS_CODES[parsed] ?? 'MALFORMED'
  const alg = ALGORITHM_NAMES[parsedAlgorithm()]
  if (alg === undefined || !allowed.has(alg)) return 'ALGORITHM_MISMATCH'
  const entry = PK_ALGORITHMS[alg]
  const key = selectKey(set, alg, entry, parsedKid())
  if (key === undefined) return 'UNKNOWN_KEY'
  const status = times ? verifyParsed(entry.id, key, times.now, times.leeway) : verifyParsedSignature(entry.id, key)
  return status === Status.OK ? null : (STATUS_CODES[status] ?? 'MALFORMED')
}
