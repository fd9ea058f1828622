// The package's public surface, named explicitly, in one place. Each entry point
// (index.ts, edge.ts) first names its WebAssembly loader and then
// re-exports this list unchanged, so every runtime gets the same API from the same core.
export { JWT, decodeUnverified } from './token/jwt.js'
export type { AccessTokenOptions, RefreshTokenOptions, AppLike } from './token/jwt.js'
export type { JWTOptions, ResolvedOptions, TokenLocation, SameSite } from './token/options.js'
export type { Algorithm } from './token/algorithms.js'
export type { Keys, KeyInfo, RingKey, SecretRingKey, OctJWK, GenerateKeyOptions } from './token/keyring.js'
export type { Claims, TokenType } from './token/claims.js'
export { JWTError, ERROR_MESSAGES } from './errors.js'
export type { JWTErrorCode } from './errors.js'
// Guards, responses, cookies and CSRF on Web Request/Response (src/http/), and the
// framework-free layer beneath them that adapters translate to.
export { jwtRequired, jwtOptional, freshJwtRequired, jwtRefreshTokenRequired, createGuard } from './http/guards.js'
export type { Guard, GuardedHandler, JwtRequest, OptionalJwtRequest } from './http/guards.js'
export { makeResponse, errorResponse } from './http/response.js'
export { authenticate, requestParts, challenge, errorBody, httpError } from './http/authenticate.js'
export type { AuthResult, GuardKind, GuardTarget, JWTHttpError } from './http/authenticate.js'
export type { RequestParts } from './http/extract.js'
export { tokenCookieHeaders, unsetCookieHeaders, appendSetCookies, cookieHelpers } from './http/cookies.js'
export type { CookieOptions, CookieTarget } from './http/cookies.js'
export { getDefaultJWT, setDefaultJWT } from './http/registry.js'
export type { HttpOptions, ResolvedHttpOptions } from './http/options.js'
