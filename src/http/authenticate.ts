// The framework-free heart of the guards: given a request's method, headers and cookies,
// decide who is asking. The fetch guards (guards.ts) and every framework adapter call
// this and only translate its answer.
import { JWTError } from '../errors.js'
import type { Claims } from '../token/claims.js'
import { checkCsrf } from './csrf.js'
import { findToken, type RequestParts } from './extract.js'
import { challenge } from './refusal.js'
import { httpConfig, type GuardTarget } from './target.js'

/** The seed's four decorators: jwt_required, jwt_optional, fresh_jwt_required, jwt_refresh_token_required. */
export type GuardKind = 'required' | 'optional' | 'fresh' | 'refresh'

export type AuthResult =
  | { readonly ok: true; readonly identity: string; readonly claims: Claims }
  /** Only from the 'optional' guard: no usable token. */
  | { readonly ok: true; readonly identity: null; readonly claims: null }
  | { readonly ok: false; readonly error: JWTError; readonly wwwAuthenticate: string }

const ANONYMOUS = Object.freeze({ ok: true, identity: null, claims: null } as const)

/** Claims objects that passed jwtRefreshTokenRequired: rotateRefreshToken accepts these in place of the token. */
const refreshVerified = new WeakSet<Claims>()

/** True for the claims of a refresh token that a refresh guard verified (request.jwtClaims there). */
export function passedRefreshGuard(claims: Claims): boolean {
  return refreshVerified.has(claims)
}

/**
 * Runs one guard's checks in order: find the token (header, then cookie, as configured),
 * verify it, its type, CSRF (cookie tokens on csrfMethods only), freshness, the session
 * store (with one), then `isRevoked`. Resolves to the identity and claims, or to the
 * JWTError and its challenge; the 'optional' guard resolves every refusal to anonymous
 * (nulls) except STORE_UNAVAILABLE: a token it cannot check is never passed, not even as
 * anonymous. Rejects only when `isRevoked` throws: a failing revocation callback is a
 * server error, not an anonymous user.
 */
export async function authenticate(jwt: GuardTarget, kind: GuardKind, request: RequestParts): Promise<AuthResult> {
  try {
    return { ok: true, ...(await check(jwt, kind, request)) }
  } catch (error) {
    if (!JWTError.is(error)) throw error
    if (kind === 'optional' && error.status !== 503) return ANONYMOUS
    return { ok: false, error, wwwAuthenticate: challenge(error, httpConfig(jwt).headerType) }
  }
}

async function check(jwt: GuardTarget, kind: GuardKind, request: RequestParts): Promise<{ identity: string; claims: Claims }> {
  const options = httpConfig(jwt)
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
  // After the token's own checks (a request without a valid token never reaches the store),
  // never skipped by the verified-token cache: one store round trip.
  const session = jwt.checkSession?.(claims)
  if (session !== undefined) await session
  if (options.isRevoked && (await options.isRevoked(claims))) throw new JWTError('REVOKED')
  if (refresh) refreshVerified.add(claims)
  return { identity: claims.identity, claims }
}
