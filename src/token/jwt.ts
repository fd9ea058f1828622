// The JWT class: the seed's API (BustAPI's JWT extension) in TypeScript, all synchronous.
import { JWTError } from '../errors.js'
import { Status, statusError } from '../wasm/abi.js'
import { base64urlDecode, base64urlEncode, payloadHasAudience, payloadJson, scheduleKey, signPayload, signPayloadWithHeader, verifyToken, verifyTokenSelected, type KeySchedule } from '../wasm/engine.js'
import { ALGORITHMS, parseAlgorithm, type Algorithm } from './algorithms.js'
import { checkCustomClaims, checkIssuerAudience, isPlainObject, payloadText, randomHex, type Claims, type TokenType } from './claims.js'
import { TokenCache } from './cache.js'
import { generateKey, KeyRing, NO_RING, type GenerateKeyOptions, type Keys, type OctJWK } from './keyring.js'
import { resolveOptions, seconds, type JWTOptions, type ResolvedOptions, type TokenLocation } from './options.js'
import { HTTP_OPTION_NAMES, resolveHttpOptions, type ResolvedHttpOptions } from '../http/options.js'
import { createGuard, type Guard, type OptionalJwtRequest } from '../http/guards.js'
import { appendSetCookies, tokenCookieHeaders, unsetCookieHeaders, type CookieOptions } from '../http/cookies.js'
import { setDefaultJWT } from '../http/registry.js'

export interface AccessTokenOptions {
  /** Lifetime in whole seconds; defaults to the accessExpires option. */
  expiresDelta?: number
  /** Marks a token from a login, as opposed to a refresh (true). */
  fresh?: boolean
  /** Custom claims; names this library writes are refused. */
  claims?: Record<string, unknown>
}

export interface RefreshTokenOptions {
  expiresDelta?: number
  claims?: Record<string, unknown>
}

/** The seed's `app`: any object carrying a secretKey (like Flask's app.secret_key). */
export interface AppLike {
  secretKey?: string | Uint8Array
}

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

export class JWT {
  readonly #options: ResolvedOptions & ResolvedHttpOptions
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
  constructor(app?: AppLike | JWTOptions, options?: JWTOptions) {
    let opts: Record<string, unknown>
    let appSecret: unknown
    if (options !== undefined || (app !== undefined && !isPlainObject(app))) {
      if (options !== undefined && !isPlainObject(options)) throw new TypeError('JWT options must be a plain object')
      opts = (options ?? {}) as Record<string, unknown>
      appSecret = app === undefined || app === null ? undefined : (app as AppLike).secretKey
    } else {
      opts = (app ?? {}) as Record<string, unknown>
    }
    const core = resolveOptions(opts, HTTP_OPTION_NAMES)
    this.#options = Object.freeze({ ...core, ...resolveHttpOptions(opts, core) })
    if (opts.keys !== undefined) {
      // app.secretKey (say, Flask's session secret) is not read when a ring is given.
      if (opts.secretKey !== undefined) throw new TypeError('JWT option secretKey cannot be combined with keys: put the old secret in the ring and name it with keylessKey')
      const { keys, signingKey, keylessKey } = opts
      // A removed key's tokens must not be answered from the cache (issue 11).
      this.#ring = new KeyRing({ keys, signingKey, keylessKey, algorithm: this.#options.algorithm, onRemove: () => this.#cache?.clear() })
    } else {
      if (opts.signingKey !== undefined) throw new TypeError('JWT option signingKey needs the keys option')
      if (opts.keylessKey !== undefined) throw new TypeError('JWT option keylessKey needs the keys option')
      const given = opts.secretKey ?? appSecret
      const secret = secretBytes(given)
      this.#key = scheduleKey(ALGORITHMS[this.#options.algorithm].id, secret)
      // Wipe the bytes made from a string secret; a caller's own Uint8Array is left as it was.
      if (typeof given === 'string') secret.fill(0)
    }
    this.#cache = this.#options.cacheSize > 0 ? new TokenCache(this.#options.cacheSize) : undefined
    // Only a fully constructed instance becomes the default that the exported guards use.
    setDefaultJWT(this)
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
   * `jwt.keys.add`, with a random kid unless one is given.
   */
  static generateKey(options?: GenerateKeyOptions): OctJWK & { alg: Algorithm } {
    return generateKey(options)
  }

  /**
   * The key ring, changed while running: `add(key)`, `use(kid)`, `remove(kid)`, `has`,
   * `list`. Guards and adapters use this instance, so they see each change at once. An
   * instance made with secretKey has no ring: its methods throw a TypeError.
   */
  get keys(): Keys {
    return this.#ring?.control ?? NO_RING
  }

  get algorithm(): Algorithm {
    return this.#options.algorithm
  }

  /** The configured token locations, always an array, in order (the seed's `_token_location`). */
  get tokenLocation(): readonly TokenLocation[] {
    return this.#options.tokenLocation
  }

  /** The resolved configuration (no secret in it). */
  get options(): ResolvedOptions & ResolvedHttpOptions {
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
    const sub = identityOf(identity)
    const custom = checkCustomClaims(claims)
    const { issuer, audience } = this.#options
    const iat = Math.floor(this.#options.clock())
    const jti = randomHex()
    // The double-submit value (src/http/csrf.ts): 128 random bits.
    const csrf = this.#options.csrfProtect ? randomHex() : undefined
    const json = payloadText({ sub, iat, exp: iat + lifetime, jti, type, fresh, csrf, iss: issuer, aud: audience }, custom)
    const ring = this.#ring
    const token = ring === undefined ? signPayload(this.#key as KeySchedule, json) : signPayloadWithHeader(ring.signer.schedule, ring.signer.header, json)
    if (token === null || token.length > this.#options.maxTokenLength) {
      throw new RangeError(`The token would be longer than maxTokenLength (${this.#options.maxTokenLength})`)
    }
    return token
  }

  /** Verifies the token and returns its claims plus `identity`; throws JWTError on any failure. */
  decodeToken(token: string): Claims {
    const cache = this.#cache
    // Size first, even before the cache: an oversized token costs nothing but its length.
    if (cache !== undefined && typeof token === 'string' && token.length <= this.#options.maxTokenLength) {
      // A hit skips the engine, never the time checks (src/token/cache.ts).
      const hit = cache.get(token, this.#options.clock(), this.#options.leeway)
      if (hit !== undefined) return hit
    }
    this.#verify(token)
    const json = payloadJson()
    const claims = JSON.parse(json) as Claims
    checkIssuerAudience(claims, this.#options.issuer, this.#options.audience)
    claims.identity = typeof claims.sub === 'string' ? claims.sub : null
    cache?.set(token, claims, json)
    return claims
  }

  /** True if decodeToken would succeed. Never throws, whatever it is given. */
  verifyToken(token: unknown): boolean {
    try {
      const cache = this.#cache
      if (cache !== undefined && typeof token === 'string' && token.length <= this.#options.maxTokenLength && cache.has(token, this.#options.clock(), this.#options.leeway)) return true
      // A status, not a throw: building an Error costs about as much as the MAC.
      if (this.#check(token) !== Status.OK) return false
      const { issuer, audience } = this.#options
      // An aud is refused even with no audience configured (RFC 7519 §4.1.3), as decodeToken does.
      if (issuer !== undefined || audience !== undefined || payloadHasAudience()) checkIssuerAudience(JSON.parse(payloadJson()), issuer, audience)
      return true
    } catch {
      return false
    }
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
  decodeUnverified(token: string): { header: Record<string, unknown>; claims: Record<string, unknown> } {
    return decodeUnverified(token)
  }

  /** The engine's verdict (a Status), before the issuer and audience checks. */
  #check(token: unknown): number {
    if (typeof token !== 'string') return Status.MALFORMED
    if (token.length > this.#options.maxTokenLength) return Status.TOKEN_TOO_LARGE
    const ring = this.#ring
    if (ring !== undefined) return verifyTokenSelected(ring, token, this.#options.clock(), this.#options.leeway)
    return verifyToken(this.#key as KeySchedule, token, this.#options.clock(), this.#options.leeway)
  }

  #verify(token: unknown): void {
    const status = this.#check(token)
    if (status !== Status.OK) throw statusError(status)
  }

  /** Guards bound to this instance: `jwt.required(handler)` or `@jwt.required`. See the exported jwtRequired. */
  readonly required: Guard = createGuard('required', () => this)
  /** Bound jwtOptional: anonymous callers get null jwtIdentity and jwtClaims. */
  readonly optional: Guard<OptionalJwtRequest> = createGuard<OptionalJwtRequest>('optional', () => this)
  /** Bound freshJwtRequired. */
  readonly freshRequired: Guard = createGuard('fresh', () => this)
  /** Bound jwtRefreshTokenRequired. */
  readonly refreshRequired: Guard = createGuard('refresh', () => this)

  /**
   * Appends Set-Cookie for an access token (and, with csrfProtect, its readable CSRF cookie)
   * to a Response or a Headers, and returns it. Max-Age is the token's remaining lifetime
   * unless `maxAge` says otherwise (null: a session cookie).
   */
  setAccessCookies<T extends Response | Headers>(response: T, token: string, options?: CookieOptions): T {
    return appendSetCookies(response, tokenCookieHeaders(this, 'access', token, options))
  }

  /** As setAccessCookies, for a refresh token (refreshCookiePath, csrf_refresh_token). */
  setRefreshCookies<T extends Response | Headers>(response: T, token: string, options?: CookieOptions): T {
    return appendSetCookies(response, tokenCookieHeaders(this, 'refresh', token, options))
  }

  /** Clears the access and refresh cookies and their CSRF cookies: logout. */
  unsetJwtCookies<T extends Response | Headers>(response: T): T {
    return appendSetCookies(response, unsetCookieHeaders(this, 'both'))
  }

  /** Clears the access cookie and its CSRF cookie. */
  unsetAccessCookies<T extends Response | Headers>(response: T): T {
    return appendSetCookies(response, unsetCookieHeaders(this, 'access'))
  }

  /** Clears the refresh cookie and its CSRF cookie. */
  unsetRefreshCookies<T extends Response | Headers>(response: T): T {
    return appendSetCookies(response, unsetCookieHeaders(this, 'refresh'))
  }

  toJSON(): Record<string, unknown> {
    return { algorithm: this.algorithm, tokenLocation: this.tokenLocation }
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return `JWT { algorithm: '${this.algorithm}', tokenLocation: [${this.tokenLocation.map((l) => `'${l}'`).join(', ')}] }`
  }
}

/**
 * Header and claims of a token with NO checks at all: for showing a token's contents
 * (in a browser, say). Never use it to decide access. Throws JWTError MALFORMED when the
 * token is not three base64url segments with JSON object header and payload.
 */
export function decodeUnverified(token: string): { header: Record<string, unknown>; claims: Record<string, unknown> } {
  if (typeof token !== 'string') throw new JWTError('MALFORMED')
  const parts = token.split('.')
  if (parts.length !== 3) throw new JWTError('MALFORMED')
  return { header: jsonSegment(parts[0]), claims: jsonSegment(parts[1]) }
}

const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

function jsonSegment(segment: string): Record<string, unknown> {
  const bytes = base64urlDecode(segment)
  if (!bytes) throw new JWTError('MALFORMED')
  let value: unknown
  try {
    value = JSON.parse(strictDecoder.decode(bytes))
  } catch {
    throw new JWTError('MALFORMED')
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new JWTError('MALFORMED')
  return value as Record<string, unknown>
}
