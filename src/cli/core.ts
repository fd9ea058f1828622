// The one place the command line reaches the package: built, '../api.js' becomes the
// package's own name (scripts/build-js.mjs), so dist/cli.js carries no copy of the core.
export { JWT, JWTError, decodeUnverified } from '../api.js'
