// The one place the command line reaches the package: built, '../api-core.js' becomes
// 'jwt-wasm/core' (scripts/build-js.mjs), so dist/cli.js carries no copy of the core.
export { JWT, JWTError, decodeUnverified } from '../api-core.js'
