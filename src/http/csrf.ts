// Double-submit CSRF protection (flask-jwt-extended's scheme): a token carried by a cookie
// also carries a random `csrf` claim, which a readable cookie exposes to the page's own
// JavaScript; a state-changing request must echo it in a header. Another site can make the
// browser send the cookie but cannot read it to write the header.
import { JWTError } from '../errors.js'
import type { ResolvedHttpOptions } from './options.js'

/** Compares in time that depends only on the lengths, so the claim is not guessed a character at a time. */
export function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false
  let diff = 0
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i)
  return diff === 0
}

/** Throws CSRF_FAILED unless the header equals the claim, for the configured methods. */
export function checkCsrf(options: ResolvedHttpOptions, method: string, header: string | null | undefined, claim: unknown): void {
  if (!options.csrfMethods.has(method.toUpperCase())) return
  if (typeof claim !== 'string' || claim === '' || typeof header !== 'string' || !constantTimeEqual(header, claim)) {
    throw new JWTError('CSRF_FAILED')
  }
}
