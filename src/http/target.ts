// What the guards and cookie helpers work on, and which one they use. A "target" is anything
// that turns a token into claims: the main entry's JWT (which also carries the HTTP options),
// or a verify-only object such as jwt-wasm/asymmetric's JWTVerifier, which gets the header-
// only defaults. The default instance lives here too, looked up when a request arrives, so
// guards may wrap handlers before any JWT exists.
import type { Claims } from '../token/claims.js'
import { resolveHttpOptions, type ResolvedHttpOptions } from './options.js'

/**
 * Where a JWT keeps its HTTP configuration for this layer. Symbol.for, so that two copies of
 * the package still recognise each other's instances (as JWTError.is does).
 */
export const HTTP_CONFIG: unique symbol = Symbol.for('jwt-wasm.http-config') as never

/** The HTTP options, plus the token clock that cookie lifetimes are computed with. */
export interface HttpConfig extends ResolvedHttpOptions {
  readonly clock: () => number
}

/** What the guards need: a token in, its claims out (JWTError otherwise). */
export interface GuardTarget {
  decodeToken(token: string): Claims
  /** The session store's verdict on verified claims (the JWT's, with a store): rejects with REVOKED or STORE_UNAVAILABLE. */
  checkSession?(claims: Claims): Promise<void> | undefined
  readonly [HTTP_CONFIG]?: HttpConfig
}

/** What the cookie helpers need: the options of the JWT that made the tokens. */
export interface CookieTarget {
  readonly [HTTP_CONFIG]: HttpConfig
}

let headerOnly: HttpConfig | undefined

/** The target's HTTP configuration; a verify-only target reads a Bearer header and nothing else. */
export function httpConfig(target: GuardTarget): HttpConfig {
  return target[HTTP_CONFIG] ?? (headerOnly ??= Object.freeze({ ...resolveHttpOptions({}), clock: () => Date.now() / 1000 }))
}

export const NO_INSTANCE = 'No JWT instance: construct one with new JWT(...) before requests reach the guards'

let current: GuardTarget | undefined

/** Called by the JWT constructor; an application with several instances (or a JWTVerifier) may pick one. */
export function setDefaultJWT(jwt: GuardTarget): void {
  if (!isTarget(jwt)) throw new TypeError('setDefaultJWT needs a JWT instance')
  current = jwt
}

/** The instance the exported guards use, or undefined before any JWT is constructed. */
export function getDefaultJWT(): GuardTarget | undefined {
  return current
}

export function isTarget(value: unknown): value is GuardTarget {
  return typeof (value as GuardTarget | undefined)?.decodeToken === 'function'
}

/**
 * The one instance check of every guard factory (fetch guards and adapters): undefined means
 * "the default instance, when a request arrives"; anything else must be a target.
 */
export function checkTarget<T extends GuardTarget>(value: T | undefined, name: string): T | undefined {
  if (value !== undefined && !isTarget(value)) throw new TypeError(`${name}(jwt) takes a JWT instance, or nothing for the default one`)
  return value
}

/** The instance a request is checked with: the given one, else the default; throws NO_INSTANCE when there is none. */
export function targetFor(explicit: GuardTarget | undefined): GuardTarget {
  const target = explicit ?? current
  if (target === undefined) throw new Error(NO_INSTANCE)
  return target
}
