// The framework-free heart of the guards: given a request's method, headers and cookies,
// decide who is asking. The fetch guards (guards.ts) and every framework adapter call
// this and only translate its answer.
import { JWTError } from '../errors.js'
import type { Claims } from '../token/claims.js'
import type { ResolvedOptions } from '../token/options.js'
import { checkCsrf } from './csrf.js'
import { findToken, type RequestParts } from './extract.js'
import type { ResolvedHttpOptions } from './options.js'

/** The seed's four decorators: jwt_required, jwt_optional, fresh_jwt_required, jwt_refresh_token_required. */
export type GuardKind = 'required' | 'optional' | 'fresh' | 'refresh'

/** What the guards need of a JWT instance. */
export interface GuardTarget {
  decodeToken(token: string): Claims
  readonly options: ResolvedOptions & ResolvedHttpOptions
}

export type AuthResult =
  | { readonly ok: true; readonly identity: string; readonly claims: Claims }
  /** Only from the 'optional' guard: no usable token. */
  | { readonly ok: true; readonly identity: null; readonly claims: null }
  | { readonly ok: false; readonly error: JWTError; readonly wwwAuthenticate: string }

const ANONYMOUS = Object.freeze({ ok: true, identity: null, claims: null } as const)

/**
 * The `WWW-Authenticate` value for a refusal (RFC 6750 §3): the bare scheme when no token
 * was sent (§3.1: no error information for a request without credentials), otherwise
 * `error="invalid_token"` with the message as `error_description`.
 */
export function challenge(error: JWTError, headerType = 'Bearer'): string {
  const scheme = headerType || 'Bearer'
  if (error.code === 'MISSING_TOKEN') return scheme
  // §3: error_description is %x20-21 / %x23-5B / %x5D-7E only (no quote, no backslash, no
  // escapes). Our messages are; one from a JWTError that isRevoked throws may not be, and a
  // character above U+00FF would make the Headers constructor throw.
  const description = error.message.replace(/[^\x20\x21\x23-\x5B\x5D-\x7E]/g, '')
  return `${scheme} error="invalid_token", error_description="${description}"`
}

/** The JSON body of a refusal: `{"error": message, "code": code}`. */
export function errorBody(error: JWTError): { error: string; code: string } {
  return { error: error.message, code: error.code }
}

/** A refusal as the http-errors convention shapes it; see httpError. */
export type JWTHttpError = JWTError & {
  readonly statusCode: number
  readonly headers: { readonly 'WWW-Authenticate': string }
  readonly expose: true
}

/**
 * A refusal shaped for a framework's error path, by the http-errors convention that
 * Express's final handler and Fastify's default error handler both read: the same
 * JWTError (so `instanceof JWTError` and `code` still work), plus `statusCode` (beside
 * `status`), `headers` with the challenge, and `expose: true` (the message is safe to show).
 */
export function httpError(refusal: { readonly error: JWTError; readonly wwwAuthenticate: string }): JWTHttpError {
  // Each refusal's JWTError is made for its request, so decorating it shares nothing.
  return Object.defineProperties(refusal.error, {
    statusCode: { value: refusal.error.status, enumerable: true, configurable: true },
    headers: { value: Object.freeze({ 'WWW-Authenticate': refusal.wwwAuthenticate }), enumerable: true, configurable: true },
    expose: { value: true, enumerable: true, configurable: true },
  }) as JWTHttpError
}

/**
 * Runs one guard's checks in order: find the token (header, then cookie, as configured),
 * verify it, its type, CSRF (cookie tokens on csrfMethods only), freshness, then
 * `isRevoked`. Resolves to the identity and claims, or to the JWTError and its challenge;
 * the 'optional' guard resolves every refusal to anonymous (nulls). Rejects only when
 * `isRevoked` throws: a failing revocation store is a server error, not an anonymous user.
 */
export async function authenticate(jwt: GuardTarget, kind: GuardKind, request: RequestParts): Promise<AuthResult> {
  try {
    return { ok: true, ...(await check(jwt, kind, request)) }
  } catch (error) {
    if (!JWTError.is(error)) throw error
    if (kind === 'optional') return ANONYMOUS
    return { ok: false, error, wwwAuthenticate: challenge(error, jwt.options.headerType) }
  }
}

async function check(jwt: GuardTarget, kind: GuardKind, request: RequestParts): Promise<{ identity: string; claims: Claims }> {
  const options = jwt.options
  const refresh = kind === 'refresh'
  // An access guard never reads the refresh cookie, nor the refresh guard the access cookie.
  const found = findToken(options, request, refresh ? options.refreshCookieName : options.accessCookieName)
  if (!found) throw refresh ? new JWTError('MISSING_TOKEN', 'Missing refresh token') : new JWTError('MISSING_TOKEN')
  const claims = jwt.decodeToken(found.token)
  if (refresh && claims.type !== 'refresh') throw new JWTError('REFRESH_REQUIRED')
  if (!refresh && claims.type === 'refresh') throw new JWTError('ACCESS_REQUIRED')
  // A guarded handler is promised a string identity: a foreign token without `sub` is refused.
  if (typeof claims.identity !== 'string') throw new JWTError('INVALID_CLAIMS')
  // A browser attaches cookies by itself, never an Authorization header: only cookie tokens need CSRF proof.
  if (found.location === 'cookies' && options.csrfProtect) {
    checkCsrf(options, request.method, request.header(options.csrfHeaderName), claims.csrf)
  }
  if (kind === 'fresh' && claims.fresh !== true) throw new JWTError('FRESH_REQUIRED')
  if (options.isRevoked && (await options.isRevoked(claims))) throw new JWTError('REVOKED')
  return { identity: claims.identity, claims }
}

/** RequestParts of a Web `Request`. */
export function requestParts(request: Request): RequestParts {
  const headers = request.headers
  return { method: request.method, header: (name) => headers.get(name), cookie: headers.get('cookie') }
}
