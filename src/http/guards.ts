// The seed's four decorators on the Web fetch-handler shape. One function serves both forms:
// a higher-order function around a handler, and a standard (TC39) method decorator.
import { JWTError } from '../errors.js'
import type { Claims } from '../token/claims.js'
import { authenticate, type GuardKind } from './authenticate.js'
import { requestParts } from './extract.js'
import { challenge } from './refusal.js'
import { makeResponse, refusalResponse } from './response.js'
import { httpConfig, NO_INSTANCE, targetFor, type GuardTarget } from './target.js'

/** A request that passed a guard: the token's identity (`sub`) and its decoded claims. */
export type JwtRequest = Request & { readonly jwtIdentity: string; readonly jwtClaims: Claims }
/** A request that passed jwtOptional: null identity and claims for anonymous callers. */
export type OptionalJwtRequest = Request & { readonly jwtIdentity: string | null; readonly jwtClaims: Claims | null }

/** A guarded fetch handler: takes the request and any further arguments, always resolves to a Response. */
export type GuardedHandler<This, Args extends unknown[]> = (this: This, request: Request, ...args: Args) => Promise<Response>

/**
 * A guard. Around a handler: `jwtRequired((request) => …)` returns a fetch handler.
 * As a decorator: `@jwtRequired` on a class method. (A decorator cannot change a method's
 * TypeScript type: the decorated method still declares what it returns, but resolves to a
 * Response when called.)
 */
export interface Guard<R extends Request = JwtRequest> {
  // The decorator form first: TypeScript resolves a decorator against the overloads in order.
  <This, Args extends unknown[], Ret>(
    method: (this: This, request: R, ...args: Args) => Ret,
    context: ClassMethodDecoratorContext<This, (this: This, request: R, ...args: Args) => Ret>,
  ): (this: This, request: R, ...args: Args) => Ret
  <This, Args extends unknown[]>(handler: (this: This, request: R, ...args: Args) => unknown): GuardedHandler<This, Args>
}

const GUARD_NAMES: Record<GuardKind, string> = {
  required: 'jwtRequired',
  optional: 'jwtOptional',
  fresh: 'freshJwtRequired',
  refresh: 'jwtRefreshTokenRequired',
}

function isRequest(value: unknown): value is Request {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Request).method === 'string' &&
    typeof (value as Request).headers?.get === 'function'
  )
}

/** onError's answer, or the default refusal; either way with the challenge authenticate() wrote. */
async function refuse(jwt: GuardTarget, error: JWTError, wwwAuthenticate: string, request: Request): Promise<Response> {
  const onError = httpConfig(jwt).onError
  const custom = onError ? await onError(error, request) : undefined
  if (custom instanceof Response) return custom
  return refusalResponse(error, wwwAuthenticate, custom)
}

/**
 * A guard of one kind over the JWT that `resolve` returns when a request arrives. The
 * identity lives on the request object itself, so concurrent requests cannot see each
 * other's: there is no shared "current request" state anywhere.
 */
export function createGuard<R extends Request = JwtRequest>(kind: GuardKind, instance?: GuardTarget): Guard<R> {
  const name = GUARD_NAMES[kind]
  function guard(handler: (this: unknown, request: R, ...args: unknown[]) => unknown, context?: unknown): unknown {
    if (typeof handler !== 'function') throw new TypeError(`${name} wraps a handler function`)
    if (context !== undefined) {
      const kindOf = typeof context === 'object' && context !== null ? (context as { kind?: unknown }).kind : undefined
      if (kindOf !== 'method') throw new TypeError(`@${name} decorates methods only`)
    }
    return async function guarded(this: unknown, request: Request, ...args: unknown[]): Promise<Response> {
      if (!isRequest(request)) throw new TypeError(`${name}: the first argument must be a Request`)
      let jwt: GuardTarget
      try {
        jwt = targetFor(instance)
      } catch {
        return makeResponse({ error: NO_INSTANCE }, { status: 500 })
      }
      const result = await authenticate(jwt, kind, requestParts(request))
      if (!result.ok) return refuse(jwt, result.error, result.wwwAuthenticate, request)
      // Own, configurable properties: a second guard on the same request may overwrite them.
      Object.defineProperties(request, {
        jwtIdentity: { value: result.identity, configurable: true, enumerable: true },
        jwtClaims: { value: result.claims, configurable: true, enumerable: true },
      })
      let body: unknown
      try {
        body = await handler.call(this, request as R, ...args)
      } catch (error) {
        // A JWTError from the handler (rotateRefreshToken's REFRESH_REUSED, a store that is
        // down) is answered as the guard's own refusals are; anything else propagates.
        if (!JWTError.is(error)) throw error
        return refuse(jwt, error, challenge(error, httpConfig(jwt).headerType), request)
      }
      return makeResponse(body)
    }
  }
  Object.defineProperty(guard, 'name', { value: name })
  return guard as Guard<R>
}

/** Requires a valid access token; the seed's @jwt_required. Uses the default JWT (the most recently constructed). */
export const jwtRequired: Guard = createGuard('required')
/** Runs the handler for everyone; jwtIdentity and jwtClaims are null without a usable token. The seed's @jwt_optional. */
export const jwtOptional: Guard<OptionalJwtRequest> = createGuard<OptionalJwtRequest>('optional')
/** Requires a valid access token with `fresh: true`; the seed's @fresh_jwt_required. */
export const freshJwtRequired: Guard = createGuard('fresh')
/** Requires a valid refresh token; the seed's @jwt_refresh_token_required. */
export const jwtRefreshTokenRequired: Guard = createGuard('refresh')
