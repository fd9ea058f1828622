// The token-only JWT: create, decode and verify tokens, nothing about HTTP. jwt-wasm/core
// exports it as `JWT`; the main entry's `JWT` (src/jwt.ts) extends it with the seed's cookie
// methods, bound guards and HTTP options. All synchronous.
import { Status, base64urlEncode, checkTimesExceptExpiry, payloadClaims, payloadHasAudience, payloadJson, scheduleKey, signPayload, signPayloadWithHeader, statusError, verifyToken, verifyTokenSelected, type KeySchedule } from '../wasm/engine.js'
import { isPlainObject, seconds } from '../util/validate.js'
import { ALGORITHMS, parseAlgorithm, type Algorithm } from './algorithms.js'
import { checkCustomClaims, checkIssuerAudience, type Claims, type TokenType } from './claims.js'
import { TokenCache } from './cache.js'
import { generateKey, KeyRing, NO_RING, type GeneratedKey, type GenerateKeyOptions, type Keys } from './keyring.js'
import { decodeUnverified, type UnverifiedToken } from './decode.js'
import { payloadText, randomHex } from './payload.js'
import { resolveTokenOptions, type ResolvedTokenOptions, type TokenOptions } from './options.js'

export interface AccessTokenOptions {
  /** Lifetime in whole seconds; defaults to the accessExpires option. */
  expiresDelta?: number
  /** Marks a token from a login, as opposed to a refresh (true). */
  fresh?: boolean
  /** Custom claims; names this library writes are refused. */
  claims?: Record<string, unknown>
}

/** Options of decodeToken. */
export interface DecodeOptions {
  /** Accept a token past its exp (false); signature, nbf, iat, issuer and audience are still checked. */
  allowExpired?: boolean
}

function allowExpiredOption(options: DecodeOptions): boolean {
  if (typeof options !== 'object' || options === null) throw new TypeError('decodeToken options must be an object')
  for (const name of Object.keys(options)) if (name !== 'allowExpired') throw new TypeError(`Unknown decodeToken option: ${name}`)
  const { allowExpired = false } = options
  if (typeof allowExpired !== 'boolean') throw new TypeError('allowExpired must be true or false')
  return allowExpired
}

export interface RefreshTokenOptions {
  expiresDelta?: number
  claims?: Record<string, unknown>
}

/** The seed's `app`: any object carrying a secretKey (like Flask's app.secret_key). */
export interface AppLike {
  secretKey?: string | Uint8Array
}

/**
 * The constructor's two forms: `(app, options?)` reads only `app.secretKey`; `(options)`
 * takes a plain object as the options. Shared with the subclass, which reads its own options.
 */
export function constructorOptions(app: unknown, options: unknown): { options: Record<string, unknown>; secret: unknown } {
  if (options !== undefined || (app !== undefined && !isPlainObject(app))) {
    if (options !== undefined && !isPlainObject(options)) throw new TypeError('JWT options must be a plain object')
    const opts = (options ?? {}) as Record<string, unknown>
    return { options: opts, secret: opts.secretKey ?? (app === undefined || app === null ? undefined : (app as AppLike).secretKey) }
  }
  const opts = (app ?? {}) as Record<string, unknown>
  return { options: opts, secret: opts.secretKey }
}

const NO_NAMES: ReadonlySet<string> = new Set()

const MIN_SECRET_BYTES = 16
const encoder = new TextEncoder()

const ACCESS_TOKEN_OPTIONS: ReadonlySet<string> = new Set(['expiresDelta', 'fresh', 'claims'])
const REFRESH_TOKEN_OPTIONS: ReadonlySet<string> = new Set(['expiresDelta', 'claims'])

// A typo such as expires_delta would otherwise be ignored and give the default lifetime.
function tokenOptions<T extends object>(options: T, known: ReadonlySet<string>): T {
  if (typeof options !== 'object' || options === null) throw new TypeError('Token options must be an object')
  for (const name of Object.keys(options)) if (!known.has(name)) throw new TypeError(`Unknown token option: ${name}`)
  return options
}

function secretBytes(secret: unknown): Uint8Array {
  if (secret === undefined || secret === null) throw new TypeError('JWT requires a secret key. Set app.secretKey or pass secretKey')
  if (typeof secret !== 'string' && !(secret instanceof Uint8Array)) throw new TypeError('JWT option secretKey must be a string or a Uint8Array')
  // A lone surrogate would be encoded as U+FFFD, so two different strings could give one key.
  if (typeof secret === 'string' && !secret.isWellFormed()) throw new TypeError('JWT option secretKey must be well-formed Unicode text')
  const bytes = typeof secret === 'string' ? encoder.encode(secret) : secret
  if (bytes.length < MIN_SECRET_BYTES) throw new TypeError('Secret key must be at least 16 characters')
  return bytes
}

function identityOf(identity: unknown): string {
  if (typeof identity === 'string') return identity
  if (typeof identity === 'number' && Number.isFinite(identity)) return String(identity)
  throw new TypeError('identity must be a string or a finite number')
}

export class JWTBase {
  /** Option names a subclass reads itself; any other name the token layer does not know is refused. */
  protected static readonly ownOptionNames: ReadonlySet<string> = NO_NAMES

  readonly #options: ResolvedTokenOptions
  /** The secretKey's schedule, or undefined with a key ring. */
  readonly #key: KeySchedule | undefined
  /** The keys option's ring (src/token/keyring.ts), or undefined with a secretKey. */
  readonly #ring: KeyRing | undefined
  /** Verified tokens (the cache option); per instance, since options and secret never change. */
  readonly #cache: TokenCache | undefined

  /**
   * `new JWT(app, options?)` reads only `app.secretKey`; `new JWT(options)` takes a plain
   * object as the options. Every configuration error is thrown here.
   */
  constructor(app?: AppLike | TokenOptions, options?: TokenOptions) {
    const { options: opts, secret: given } = constructorOptions(app, options)
    const extra = (new.target as typeof JWTBase).ownOptionNames
    this.#options = Object.freeze(
      resolveTokenOptions(opts, extra, (name) =>
        extra === NO_NAMES
          ? `Unknown JWT option: ${name} (jwt-wasm/core takes token options only; the guards', cookies' and CSRF options belong to the JWT of 'jwt-wasm')`
          : `Unknown JWT option: ${name}`,
      ),
    )
    if (opts.keys !== undefined) {
      // app.secretKey (say, Flask's session secret) is not read when a ring is given.
      if (opts.secretKey !== undefined) throw new TypeError('JWT option secretKey cannot be combined with keys: put the old secret in the ring and name it with keylessKey')
      const { keys, signingKey, keylessKey } = opts
      // A removed key's tokens must never be answered from the cache (issue 11).
      this.#ring = new KeyRing({ keys, signingKey, keylessKey, algorithm: this.#options.algorithm, onRemove: () => this.#cache?.clear() })
    } else {
      if (opts.signingKey !== undefined) throw new TypeError('JWT option signingKey needs the keys option')
      if (opts.keylessKey !== undefined) throw new TypeError('JWT option keylessKey needs the keys option')
      const secret = secretBytes(given)
      this.#key = scheduleKey(ALGORITHMS[this.#options.algorithm].id, secret)
      // Wipe the bytes made from a string secret; a caller's own Uint8Array is left as it was.
      if (typeof given === 'string') secret.fill(0)
    }
    this.#cache = this.#options.cacheSize > 0 ? new TokenCache(this.#options.cacheSize) : undefined
  }

  /** A random secret of full strength for the algorithm (RFC 7518 §3.2), as base64url text to use as-is. */
  static generateSecret(algorithm: Algorithm | (string & {}) = 'HS256'): string {
    const alg = parseAlgorithm(algorithm)
    if (!alg) throw new TypeError('Unsupported algorithm. Use HS256, HS384, or HS512')
    const bytes = crypto.getRandomValues(new Uint8Array(ALGORITHMS[alg].secretBytes))
    const secret = base64urlEncode(bytes) // wipes its copies in wasm memory
    bytes.fill(0)
    return secret
  }

  /**
   * A new oct JWK of full strength for the algorithm (RFC 7518 §3.2), for the keys option or
   * `jwt.keys.add`, with a random kid unless one is given (docs/key-rotation.md).
   */
  static generateKey(options?: GenerateKeyOptions): GeneratedKey {
    return generateKey(options)
  }

  /**
   * The key ring, changed while running: `add(key)`, `use(kid)`, `remove(kid)`, `has(kid)`,
   * `list()`. Guards, adapters and the default instance call this instance, so they see each
   * change at once. An instance made with secretKey has no ring: its changes throw a TypeError.
   */
  get keys(): Keys {
    return this.#ring?.control ?? NO_RING
  }

  get algorithm(): Algorithm {
    return this.#options.algorithm
  }

  /** The resolved configuration (no secret in it). */
  get options(): ResolvedTokenOptions {
    return this.#options
  }

  createAccessToken(identity: string | number, options: AccessTokenOptions = {}): string {
    const { expiresDelta, fresh = true, claims } = tokenOptions(options, ACCESS_TOKEN_OPTIONS)
    if (typeof fresh !== 'boolean') throw new TypeError('fresh must be true or false')
    return this.#create(identity, 'access', seconds('expiresDelta', expiresDelta, this.#options.accessExpires), fresh, claims)
  }

  createRefreshToken(identity: string | number, options: RefreshTokenOptions = {}): string {
    const { expiresDelta, claims } = tokenOptions(options, REFRESH_TOKEN_OPTIONS)
    return this.#create(identity, 'refresh', seconds('expiresDelta', expiresDelta, this.#options.refreshExpires), undefined, claims)
  }

  #create(identity: unknown, type: TokenType, lifetime: number, fresh: boolean | undefined, claims: unknown): string {
    const iat = Math.floor(this.#options.clock())
    return this.#sign(identityOf(identity), type, iat, iat + lifetime, randomHex(), fresh, claims)
  }

  /**
   * A token with exactly this `exp` and, when given, this `jti`, for the session layer
   * (src/sessions/): a rotation in its grace period re-issues the successor it minted before,
   * same jti and exp. Claims are checked as createAccessToken checks them.
   */
  protected mintToken(sub: string, type: TokenType, exp: number, jti: string | undefined, fresh: boolean | undefined, claims: Record<string, unknown>): string {
    return this.#sign(sub, type, Math.floor(this.#options.clock()), exp, jti ?? randomHex(), fresh, claims)
  }

  #sign(sub: string, type: TokenType, iat: number, exp: number, jti: string, fresh: boolean | undefined, claims: unknown): string {
    const custom = checkCustomClaims(claims)
    const { issuer, audience } = this.#options
    const csrf = this.csrfClaim()
    const json = payloadText({ sub, iat, exp, jti, type, fresh, csrf, iss: issuer, aud: audience }, custom)
    const ring = this.#ring
    const token = ring === undefined ? signPayload(this.#key as KeySchedule, json) : signPayloadWithHeader(ring.signer, json)
    if (token === null || token.length > this.#options.maxTokenLength) {
      throw new RangeError(`The token would be longer than maxTokenLength (${this.#options.maxTokenLength})`)
    }
    return token
  }

  /**
   * The `csrf` claim of a new token: none here. The main entry's JWT writes the double-submit
   * value (src/http/csrf.ts) when csrfProtect is on.
   */
  protected csrfClaim(): string | undefined {
    return undefined
  }

  /**
   * Verifies the token and returns its claims plus `identity`; throws JWTError on any failure.
   * `{ allowExpired: true }` accepts a token past its `exp` (for refresh and audit flows, as
   * flask-jwt-extended's allow_expired); every other check still applies.
   */
  decodeToken(token: string, options?: DecodeOptions): Claims {
    // One admission step: type and size first (an oversized token costs nothing but its
    // length), one clock reading for the cache and the engine alike.
    if (typeof token !== 'string') throw statusError(Status.MALFORMED)
    const allowExpired = options !== undefined && allowExpiredOption(options)
    const settings = this.#options
    if (token.length > settings.maxTokenLength) throw statusError(Status.TOKEN_TOO_LARGE)
    const now = settings.clock()
    // The cache holds tokens inside their time window only: an expired one goes to the engine.
    const cache = allowExpired ? undefined : this.#cache
    // A hit skips the engine, never the time checks (src/token/cache.ts).
    const hit = cache?.get(token, now, settings.leeway)
    if (hit !== undefined) return hit
    let status = this.#engine(token, now)
    // EXPIRED comes after the signature and the claim types: only nbf and iat are left to check.
    if (status === Status.EXPIRED && allowExpired) status = checkTimesExceptExpiry(now, settings.leeway)
    if (status !== Status.OK) throw statusError(status)
    const claims = payloadClaims() as Claims
    checkIssuerAudience(claims, settings.issuer, settings.audience)
    claims.identity = typeof claims.sub === 'string' ? claims.sub : null
    cache?.set(token, claims, payloadJson())
    return claims
  }

  /** True if decodeToken would succeed. Never throws, whatever it is given. */
  verifyToken(token: unknown): boolean {
    try {
      // Statuses, not throws: building an Error costs about as much as the MAC.
      const options = this.#options
      if (typeof token !== 'string' || token.length > options.maxTokenLength) return false
      const now = options.clock()
      if (this.#cache?.has(token, now, options.leeway)) return true
      if (this.#engine(token, now) !== Status.OK) return false
      const { issuer, audience } = options
      // An aud is refused even with no audience configured (RFC 7519 §4.1.3), as decodeToken does.
      if (issuer !== undefined || audience !== undefined || payloadHasAudience()) checkIssuerAudience(payloadClaims(), issuer, audience)
      return true
    } catch {
      return false
    }
  }

  /** The engine's verdict: with the ring, by the token's kid; else with the one secret. */
  #engine(token: string, now: number): number {
    const ring = this.#ring
    return ring === undefined ? verifyToken(this.#key as KeySchedule, token, now, this.#options.leeway) : verifyTokenSelected(ring, token, now, this.#options.leeway)
  }

  /**
   * The `sub` of a token WITHOUT checking its signature or expiry: for display only, never
   * for access decisions. Null when there is none; never throws.
   */
  getIdentity(token: unknown): string | null {
    try {
      const sub = decodeUnverified(token as string).claims.sub
      return typeof sub === 'string' ? sub : null
    } catch {
      return null
    }
  }

  /** See the exported decodeUnverified. */
  decodeUnverified(token: string): UnverifiedToken {
    return decodeUnverified(token)
  }

  /** What JSON.stringify and console.log show: never the secret or its schedule. */
  toJSON(): Record<string, unknown> {
    return { algorithm: this.algorithm }
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return `JWT { ${Object.entries(this.toJSON())
      .map(([name, value]) => `${name}: ${Array.isArray(value) ? `[${value.map((v) => `'${v}'`).join(', ')}]` : `'${value}'`}`)
      .join(', ')} }`
  }
}
