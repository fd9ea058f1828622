// The export list of jwt-wasm/core: tokens only, no HTTP. For browser code that inspects
// tokens, edge code that only verifies, and tools. Each core entry (core.ts, core-edge.ts)
// names its WebAssembly loader and re-exports this list unchanged.
export { JWTBase as JWT } from './token/jwt-base.js'
export type { AccessTokenOptions, RefreshTokenOptions, AppLike } from './token/jwt-base.js'
export { decodeUnverified } from './token/decode.js'
export type { UnverifiedToken } from './token/decode.js'
export type { TokenOptions as JWTOptions, ResolvedTokenOptions as ResolvedOptions } from './token/options.js'
export type { Algorithm } from './token/algorithms.js'
export type { Keys, KeyInfo, RingKey, SecretRingKey, OctJWK, GenerateKeyOptions, GeneratedKey } from './token/keyring.js'
export type { Claims, TokenType } from './token/claims.js'
export { JWTError, ERROR_MESSAGES } from './errors.js'
export type { JWTErrorCode } from './errors.js'
