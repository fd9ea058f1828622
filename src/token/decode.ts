// Reading a token's header and claims with no checks at all: for display (an inspector page,
// a CLI) and for the cookie helpers, which hand a token out rather than trust it.
import { JWTError } from '../errors.js'
import { base64urlDecode } from '../wasm/engine.js'

export interface UnverifiedToken {
  header: Record<string, unknown>
  claims: Record<string, unknown>
}

/**
 * Header and claims of a token with NO checks at all: for showing a token's contents
 * (in a browser, say). Never use it to decide access. Throws JWTError MALFORMED when the
 * token is not three base64url segments with JSON object header and payload.
 */
export function decodeUnverified(token: string): UnverifiedToken {
  if (typeof token !== 'string') throw new JWTError('MALFORMED')
  const parts = token.split('.')
  // The signature is decoded only to check its spelling (RFC 7515 §2, base64url without
  // padding): nothing reads it, but text that is no token must not pass for one.
  if (parts.length !== 3 || base64urlDecode(parts[2]!) === null) throw new JWTError('MALFORMED')
  return { header: jsonSegment(parts[0]!), claims: jsonSegment(parts[1]!) }
}

const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

function jsonSegment(segment: string): Record<string, unknown> {
  const bytes = base64urlDecode(segment)
  if (!bytes) throw new JWTError('MALFORMED')
  let value: unknown
  try {
    value = JSON.parse(strictDecoder.decode(bytes))
  } catch {
    throw new JWTError('MALFORMED')
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new JWTError('MALFORMED')
  return value as Record<string, unknown>
}
