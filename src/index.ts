// The package's public surface, named explicitly. The default entry: the wasm module is
// embedded in the JavaScript and compiled on first use, synchronously.
import { provideModule } from './wasm/abi.js'
import { embeddedModule } from './runtime/embedded.js'

provideModule(embeddedModule)

export { JWT, decodeUnverified } from './jwt/jwt.js'
export type { AccessTokenOptions, RefreshTokenOptions, AppLike } from './jwt/jwt.js'
export type { JWTOptions, ResolvedOptions, TokenLocation, SameSite } from './jwt/options.js'
export type { Algorithm } from './jwt/algorithms.js'
export type { Claims, TokenType } from './jwt/claims.js'
export { JWTError, ERROR_MESSAGES } from './errors.js'
export type { JWTErrorCode } from './errors.js'
