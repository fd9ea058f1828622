// The default JWT instance that the exported guards use: the most recently constructed
// one. Looked up when a request arrives, so guards may wrap handlers before it exists.
import type { JWT } from '../token/jwt.js'

let current: JWT | undefined

/** Called by the JWT constructor; an application with several instances may pick one. */
export function setDefaultJWT(jwt: JWT): void {
  if (typeof jwt?.decodeToken !== 'function') throw new TypeError('setDefaultJWT needs a JWT instance')
  current = jwt
}

/** The instance the exported guards use, or undefined before any JWT is constructed. */
export function getDefaultJWT(): JWT | undefined {
  return current
}
