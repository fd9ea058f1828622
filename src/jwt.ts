// The seed's JWT (BustAPI's JWT extension): the token-only JWTBase plus what the seed's class
// also did over HTTP. The guards' and cookies' options, the CSRF claim, the cookie methods,
// the bound guards, and registration as the default instance that jwtRequired and its
// siblings use. The only file that joins the token layer and the HTTP layer.
import { JWTBase, constructorOptions, type AppLike } from './token/jwt-base.js'
import type { ResolvedTokenOptions, TokenOptions } from './token/options.js'
import { randomHex } from './token/payload.js'
import { appendSetCookies, tokenCookieHeaders, unsetCookieHeaders, type CookieOptions } from './http/cookies.js'
import { createGuard, type Guard, type OptionalJwtRequest } from './http/guards.js'
import { HTTP_OPTION_NAMES, resolveHttpOptions, type HttpOptions, type ResolvedHttpOptions, type TokenLocation } from './http/options.js'
import { HTTP_CONFIG, setDefaultJWT, type HttpConfig } from './http/target.js'

/** Every option of the main entry's JWT: the token options and the HTTP ones. */
export interface JWTOptions extends TokenOptions, HttpOptions {}

/** The resolved configuration of the main entry's JWT (no secret in it). */
export type ResolvedOptions = ResolvedTokenOptions & ResolvedHttpOptions

export class JWT extends JWTBase {
  protected static override readonly ownOptionNames: ReadonlySet<string> = HTTP_OPTION_NAMES

  readonly #options: ResolvedOptions & HttpConfig

  /**
   * `new JWT(app, options?)` reads only `app.secretKey`; `new JWT(options)` takes a plain
   * object as the options. Every configuration error is thrown here.
   */
  constructor(app?: AppLike | JWTOptions, options?: JWTOptions) {
    super(app, options)
    const http = resolveHttpOptions(constructorOptions(app, options).options)
    this.#options = Object.freeze({ ...super.options, ...http })
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
