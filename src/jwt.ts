// The seed's JWT (BustAPI's JWT extension): the token-only JWTBase plus what the seed's class
// also did over HTTP. The guards' and cookies' options, the CSRF claim, the cookie methods,
// the bound guards, and registration as the default instance that jwtRequired and its
// siblings use; and, with a store, the sessions API (src/sessions/). The only file that joins
// the token layer and the HTTP layer.
import { JWTBase, constructorOptions, type AppLike } from './token/jwt-base.js'
import type { ResolvedTokenOptions, TokenOptions } from './token/options.js'
import type { Claims } from './token/claims.js'
import { randomHex } from './token/payload.js'
import type { SessionOptions } from './sessions/options.js'
import type { Sessions, SessionTokens, StartSessionOptions, TokenIssuer } from './sessions/sessions.js'
import { SESSION_OPTION_NAMES } from './sessions/store.js'
import { passedRefreshGuard } from './http/authenticate.js'
import { challenge, httpError } from './http/refusal.js'
import { JWTError } from './errors.js'
import { appendSetCookies, tokenCookieHeaders, unsetCookieHeaders, type CookieOptions } from './http/cookies.js'
import { createGuard, type Guard, type OptionalJwtRequest } from './http/guards.js'
import { HTTP_OPTION_NAMES, resolveHttpOptions, type HttpOptions, type ResolvedHttpOptions, type TokenLocation } from './http/options.js'
import { HTTP_CONFIG, setDefaultJWT, type HttpConfig } from './http/target.js'

/** Every option of the main entry's JWT: the token options, the HTTP ones and the session ones. */
export interface JWTOptions extends TokenOptions, HttpOptions, SessionOptions {}

const OWN_OPTION_NAMES: ReadonlySet<string> = new Set([...HTTP_OPTION_NAMES, ...SESSION_OPTION_NAMES])

const NO_STORE = 'needs the store option: new JWT({ store: new MemoryStore() }), or RedisStore from jwt-wasm/redis'

/** The resolved configuration of the main entry's JWT (no secret in it). */
export type ResolvedOptions = ResolvedTokenOptions & ResolvedHttpOptions

/**
 * This copy's JWTError for one from another copy of the package (the session logic of a
 * RedisStore comes with jwt-wasm/redis's bundle), so that `instanceof JWTError` holds.
 */
function ownError(error: JWTError): JWTError {
  if (error instanceof JWTError) return error
  const foreign: { code: JWTError['code']; message: string } = error
  return new JWTError(foreign.code, foreign.message)
}

function rethrowOwn(error: unknown): never {
  throw JWTError.is(error) ? ownError(error) : error
}

export class JWT extends JWTBase {
  protected static override readonly ownOptionNames: ReadonlySet<string> = OWN_OPTION_NAMES

  readonly #options: ResolvedOptions & HttpConfig
  /** Sessions over the store option; undefined without one (everything stateless, as before). */
  readonly #sessions: Sessions | undefined

  /**
   * `new JWT(app, options?)` reads only `app.secretKey`; `new JWT(options)` takes a plain
   * object as the options. Every configuration error is thrown here.
   */
  constructor(app?: AppLike | JWTOptions, options?: JWTOptions) {
    super(app, options)
    const opts = constructorOptions(app, options).options
    const http = resolveHttpOptions(opts)
    this.#options = Object.freeze({ ...super.options, ...http })
    this.#sessions = this.#sessionsOver(opts)
    // Only a fully constructed instance becomes the default that the exported guards use.
    setDefaultJWT(this)
  }

  /** The resolved configuration (no secret in it). */
  override get options(): ResolvedOptions {
    return this.#options
  }

  /** The configured token locations, always an array, in order (the seed's `_token_location`). */
  get tokenLocation(): readonly TokenLocation[] {
    return this.#options.tokenLocation
  }

  /** What the guards and cookie helpers read (src/http/target.ts). */
  get [HTTP_CONFIG](): HttpConfig {
    return this.#options
  }

  /** The double-submit value (src/http/csrf.ts): 128 random bits, with csrfProtect. */
  protected override csrfClaim(): string | undefined {
    return this.#options.csrfProtect ? randomHex() : undefined
  }

  /**
   * Login with a store: opens a session (its id is the `sid` claim of both tokens) and
   * resolves to its tokens. Rejects with JWTError STORE_UNAVAILABLE (503) when the store
   * cannot record it; no token is returned then. See docs/sessions.md.
   */
  startSession(identity: string | number, options?: StartSessionOptions): Promise<SessionTokens & { readonly sid: string }> {
    return this.#shaped(this.#store('startSession').start(identity, options))
  }

  /**
   * Logout: ends the session of a token (expired ones too) or of claims a guard verified;
   * all its tokens stop working in every process. False for a token without a session.
   */
  endSession(tokenOrClaims: string | Claims): Promise<boolean> {
    return this.#shaped(this.#store('endSession').end(tokenOrClaims))
  }

  /** Logout everywhere: ends every session of the identity that exists now. */
  endAllSessions(identity: string | number): Promise<void> {
    return this.#shaped(this.#store('endAllSessions').endAll(identity))
  }

  /** Denies one token by its jti until its own exp (plus leeway). False when it has expired already. */
  revokeToken(tokenOrClaims: string | Claims): Promise<boolean> {
    return this.#shaped(this.#store('revokeToken').revoke(tokenOrClaims))
  }

  /**
   * Refresh-token rotation with reuse detection (RFC 9700 §4.14.2): takes a refresh token,
   * or the claims jwtRefreshTokenRequired verified, and resolves to a new access token (not
   * fresh) and refresh token. A refresh token presented again after the grace period ends
   * its whole session: JWTError REFRESH_REUSED.
   */
  rotateRefreshToken(refreshTokenOrClaims: string | Claims): Promise<SessionTokens> {
    return this.#shaped(this.#store('rotateRefreshToken').rotate(refreshTokenOrClaims, typeof refreshTokenOrClaims === 'object' && passedRefreshGuard(refreshTokenOrClaims)))
  }

  /**
   * What the guards do after a token's own checks, with a store: refuse it (REVOKED) when
   * its session ended or its jti was denied; STORE_UNAVAILABLE when the store cannot answer.
   * Undefined (nothing to wait for) without a store.
   */
  checkSession(claims: Claims): Promise<void> | undefined {
    return this.#sessions?.check(claims).catch(rethrowOwn)
  }

  /**
   * A session method's JWTError in the http-errors shape (statusCode, headers, expose), as
   * the guards' refusals are: thrown from a route handler, it reaches Express's and
   * Fastify's error paths with the right status and headers.
   */
  #shaped<T>(promise: Promise<T>): Promise<T> {
    return promise.catch((error: unknown) => {
      if (!JWTError.is(error)) throw error
      const local = ownError(error)
      throw httpError({ error: local, wwwAuthenticate: challenge(local, this.#options.headerType) })
    })
  }

  /**
   * The session logic, from the store (SessionStoreBase), so that it is bundled only where a
   * store is used; without a store, the session options are refused.
   */
  #sessionsOver(opts: Record<string, unknown>): Sessions | undefined {
    const store = opts.store as { sessionsFor?: unknown } | undefined
    if (store === undefined) {
      for (const name of SESSION_OPTION_NAMES) if (opts[name] !== undefined) throw new TypeError(`JWT option ${name} needs the store option`)
      return undefined
    }
    const make = typeof store === 'object' && store !== null ? store.sessionsFor : undefined
    if (typeof make !== 'function') throw new TypeError('JWT option store must be a session store: MemoryStore, RedisStore (jwt-wasm/redis), or a class extending SessionStoreBase')
    const tokens: TokenIssuer = {
      decodeToken: (token, decode) => this.decodeToken(token, decode),
      mint: (sub, type, { exp, jti, fresh, claims }) => this.mintToken(sub, type, exp, jti, fresh, claims),
      options: this.#options,
    }
    return make.call(store, tokens, opts) as Sessions
  }

  #store(method: string): Sessions {
    if (this.#sessions === undefined) throw new TypeError(`${method} ${NO_STORE}`)
    return this.#sessions
  }

  /** Guards bound to this instance: `jwt.required(handler)` or `@jwt.required`. See the exported jwtRequired. */
  readonly required: Guard = createGuard('required', this)
  /** Bound jwtOptional: anonymous callers get null jwtIdentity and jwtClaims. */
  readonly optional: Guard<OptionalJwtRequest> = createGuard<OptionalJwtRequest>('optional', this)
  /** Bound freshJwtRequired. */
  readonly freshRequired: Guard = createGuard('fresh', this)
  /** Bound jwtRefreshTokenRequired. */
  readonly refreshRequired: Guard = createGuard('refresh', this)

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

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), tokenLocation: this.tokenLocation }
  }
}
