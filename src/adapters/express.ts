// jwt-wasm/express: the four guards as Express 5 middleware and the cookie helpers on `res`.
// Only translation: an Express request becomes RequestParts for the shared authenticate(),
// a refusal goes to next(err) as the http-errors-shaped JWTError, Set-Cookie strings come
// from the shared cookie layer. Imports Express's types only.
import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express'
import {
  authenticate,
  challenge,
  refusalHeaders,
  errorBody,
  checkTarget,
  cookieHelpers,
  httpError,
  JWTError,
  targetFor,
  type Claims,
  type CookieOptions,
  type GuardKind,
  type GuardTarget,
  type RequestParts,
} from '../api.js'

declare global {
  // Declaration merging into Express's own Request (@types/express-serve-static-core).
  namespace Express {
    interface Request {
      /** The token's identity (`sub`), set by the jwt-wasm guards; null after jwtOptional without a usable token. */
      jwtIdentity?: string | null
      /** The token's decoded claims, set by the jwt-wasm guards; null after jwtOptional without a usable token. */
      jwtClaims?: Claims | null
    }
  }
}

function parts(req: Request): RequestParts {
  return { method: req.method, header: (name) => req.get(name), cookie: req.headers.cookie }
}

function guard(kind: GuardKind, name: string): (jwt?: GuardTarget) => RequestHandler {
  const factory = (jwt?: GuardTarget): RequestHandler => {
    checkTarget(jwt, name)
    // Async: Express 5 passes a rejection (a throwing isRevoked, or no instance) to next(err) itself.
    return async function middleware(req, _res, next) {
      const result = await authenticate(targetFor(jwt), kind, parts(req))
      if (!result.ok) return next(httpError(result))
      req.jwtIdentity = result.identity
      req.jwtClaims = result.claims
      next()
    }
  }
  Object.defineProperty(factory, 'name', { value: name })
  return factory
}

/** Middleware requiring a valid access token: `app.get('/protected', jwtRequired(jwt), handler)`. Without `jwt`, the default instance. */
export const jwtRequired = guard('required', 'jwtRequired')
/** Middleware that lets everyone through; req.jwtIdentity and req.jwtClaims are null without a usable token. */
export const jwtOptional = guard('optional', 'jwtOptional')
/** Middleware requiring a valid access token with `fresh: true`. */
export const freshJwtRequired = guard('fresh', 'freshJwtRequired')
/** Middleware requiring a valid refresh token. */
export const jwtRefreshTokenRequired = guard('refresh', 'jwtRefreshTokenRequired')

/**
 * Optional: answers a JWTError as the fetch guards do, `{"error", "code"}` JSON with the
 * challenge, where Express's final handler would send its HTML page (and, in production,
 * only "Unauthorized"). Anything else goes on to the next error handler.
 */
export const jwtErrorHandler: ErrorRequestHandler = (err, _req, res, next) => {
  if (!JWTError.is(err) || res.headersSent) return next(err)
  const headers = (err as Partial<{ headers: Record<string, string> }>).headers ?? refusalHeaders(err, challenge(err))
  res.status(err.status).set(headers).json(errorBody(err))
}

/** The seed's cookie helpers on an Express response, e.g. `setAccessCookies(jwt, res, token)`. */
export const { setAccessCookies, setRefreshCookies, unsetJwtCookies, unsetAccessCookies, unsetRefreshCookies } = cookieHelpers(
  (res: Response, values: string[]): Response => res.append('Set-Cookie', values),
)
