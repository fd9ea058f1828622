// The public surface of jwt-wasm/asymmetric, named explicitly. Its JWTError is the main
// entry's class (src/errors.ts keeps one per realm), so `instanceof JWTError` holds across
// both entries.
export { KeySet } from './pk/key-set.js'
export { RemoteKeySet } from './pk/remote.js'
export type { RemoteKeySetOptions } from './pk/remote.js'
export { JWTVerifier } from './pk/verifier.js'
export type { JWTVerifierOptions } from './pk/options.js'
export type { AsymmetricAlgorithm } from './pk/algorithms.js'
export type { Claims } from './token/claims.js'
export { JWTError, ERROR_MESSAGES } from './errors.js'
export type { JWTErrorCode } from './errors.js'
