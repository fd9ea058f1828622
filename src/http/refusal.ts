// How a refusal is told to the client, whatever carries it: the RFC 6750 challenge, the JSON
// body, and the http-errors shape that framework error paths read.
import type { JWTError } from '../errors.js'

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

/**
 * The headers of a refusal: the challenge on a 401 (RFC 7235 §3.1 requires it); on a 503
 * (a store that cannot answer) no challenge, since the token is not at fault, but
 * `Retry-After` (RFC 9110 §10.2.3), so that a client retries with the tokens it has.
 */
export function refusalHeaders(error: JWTError, wwwAuthenticate: string): { readonly 'WWW-Authenticate'?: string; readonly 'Retry-After'?: string } {
  return error.status === 503 ? { 'Retry-After': '1' } : { 'WWW-Authenticate': wwwAuthenticate }
}

/** A refusal as the http-errors convention shapes it; see httpError. */
export type JWTHttpError = JWTError & {
  readonly statusCode: number
  /** WWW-Authenticate on a 401, Retry-After on a 503 (refusalHeaders). */
  readonly headers: { readonly 'WWW-Authenticate'?: string; readonly 'Retry-After'?: string }
  readonly expose: true
}

/**
 * A refusal shaped for a framework's error path, by the http-errors convention that
 * Express's final handler and Fastify's default error handler both read: the same
 * JWTError (so `instanceof JWTError` and `code` still work), plus `statusCode` (beside
 * `status`), `headers` (the challenge, or Retry-After on a 503), and `expose: true` (the message is safe to show).
 */
export function httpError(refusal: { readonly error: JWTError; readonly wwwAuthenticate: string }): JWTHttpError {
  // Each refusal's JWTError is made for its request, so decorating it shares nothing.
  return Object.defineProperties(refusal.error, {
    statusCode: { value: refusal.error.status, enumerable: true, configurable: true },
    headers: { value: Object.freeze(refusalHeaders(refusal.error, refusal.wwwAuthenticate)), enumerable: true, configurable: true },
    expose: { value: true, enumerable: true, configurable: true },
  }) as JWTHttpError
}
