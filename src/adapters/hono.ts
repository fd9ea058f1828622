// jwt-wasm/hono: the four guards as Hono 4 middleware and the cookie helpers on `c`. Hono
// already speaks Request/Response, so this is the thinnest adapter: the shared authenticate()
// on c.req.raw, a refusal thrown as an HTTPException carrying the shared 401 response.
// Imports Hono's types, and its HTTPException class (Hono's error path needs that class).
import type { Context, ErrorHandler, MiddlewareHandler } from 'hono'
import { HTTPException } from 'hono/http-exception'
import {
  authenticate,
  errorResponse,
  JWTError,
  checkTarget,
  cookieHelpers,
  httpConfig,
  requestParts,
  targetFor,
  type Claims,
  type CookieOptions,
  type GuardKind,
  type GuardTarget,
} from '../api.js'

declare module 'hono' {
  // Hono's context variable map (as its own jwt middleware does), for a `c` typed without
  // the guard's Env: undefined where no guard ran. Behind a guard, its Env narrows these.
  interface ContextVariableMap {
    jwtIdentity: string | null | undefined
    jwtClaims: Claims | null | undefined
  }
}

/** The variables jwtRequired, freshJwtRequired and jwtRefreshTokenRequired set: `new Hono<{ Variables: JwtVariables }>()`. */
export type JwtVariables = { jwtIdentity: string; jwtClaims: Claims }
/** The variables jwtOptional sets: null for anonymous callers. */
export type OptionalJwtVariables = { jwtIdentity: string | null; jwtClaims: Claims | null }

function guard<V extends JwtVariables | OptionalJwtVariables>(kind: GuardKind, name: string): (jwt?: GuardTarget) => MiddlewareHandler<{ Variables: V }> {
  const factory = (jwt?: GuardTarget): MiddlewareHandler<{ Variables: V }> => {
    checkTarget(jwt, name)
    return async function middleware(c, next) {
      const target = targetFor(jwt)
      const result = await authenticate(target, kind, requestParts(c.req.raw))
      if (!result.ok) {
        // The response is the fetch guards' own refusal: same JSON body, same challenge.
        const res = errorResponse(result.error, httpConfig(target).headerType)
        throw new HTTPException(result.error.status, { res, message: result.error.message, cause: result.error })
      }
      c.set('jwtIdentity', result.identity as V['jwtIdentity'])
      c.set('jwtClaims', result.claims as V['jwtClaims'])
      await next()
    }
  }
  Object.defineProperty(factory, 'name', { value: name })
  return factory
}

/**
 * Optional, for `app.onError(jwtErrorHandler)`: answers a JWTError that a handler throws
 * (rotateRefreshToken's REFRESH_REUSED, a session store that is down) as the guards answer
 * theirs; anything else as Hono's default handler does.
 */
export const jwtErrorHandler: ErrorHandler = (err, c) => {
  if (JWTError.is(err)) return errorResponse(err)
  if (err instanceof HTTPException) return err.getResponse()
  console.error(err)
  return c.text('Internal Server Error', 500)
}

/** Middleware requiring a valid access token: `app.get('/protected', jwtRequired(jwt), (c) => …)`. Without `jwt`, the default instance. */
export const jwtRequired = guard<JwtVariables>('required', 'jwtRequired')
/** Middleware that lets everyone through; c.get('jwtIdentity') is null without a usable token. */
export const jwtOptional = guard<OptionalJwtVariables>('optional', 'jwtOptional')
/** Middleware requiring a valid access token with `fresh: true`. */
export const freshJwtRequired = guard<JwtVariables>('fresh', 'freshJwtRequired')
/** Middleware requiring a valid refresh token. */
export const jwtRefreshTokenRequired = guard<JwtVariables>('refresh', 'jwtRefreshTokenRequired')

/** The seed's cookie helpers on a Hono context, e.g. `setAccessCookies(jwt, c, token)`. */
export const { setAccessCookies, setRefreshCookies, unsetJwtCookies, unsetAccessCookies, unsetRefreshCookies } = cookieHelpers(
  (c: Context, values: string[]): void => {
    // Each cookie its own Set-Cookie header (RFC 6265 §3): never joined.
    for (const value of values) c.header('Set-Cookie', value, { append: true })
  },
)
