// Finding the token in a request: the configured locations in order, the first one that
// holds a token wins, and a malformed value there is refused rather than skipped.
import { parseCookie } from 'cookie'
import { JWTError } from '../errors.js'
import type { ResolvedHttpOptions, TokenLocation } from './options.js'

/** What a guard needs from a request, whatever framework carried it. */
export interface RequestParts {
  /** The HTTP method (any case). */
  readonly method: string
  /** A request header by name, case-insensitive; null or undefined when absent. */
  header(name: string): string | null | undefined
  /** The raw `Cookie` header, if any. */
  readonly cookie?: string | null
}

export interface FoundToken {
  readonly token: string
  readonly location: TokenLocation
}

interface ExtractOptions extends Pick<ResolvedHttpOptions, 'headerName' | 'headerType'> {
  readonly tokenLocation: readonly TokenLocation[]
}

/**
 * RFC 6750 §2.1: `Authorization: Bearer <token>`, the scheme case-insensitive
 * (RFC 7235 §2.1). Anything else in a present header is MALFORMED: a request that sends
 * a header meant it, and falling through to a cookie would hide the mistake.
 */
function tokenFromHeader(value: string, headerType: string): string {
  if (headerType === '') {
    if (/\s/.test(value)) throw new JWTError('MALFORMED')
    return value
  }
  const space = value.indexOf(' ')
  if (space < 0) throw new JWTError('MALFORMED')
  const token = value.slice(space + 1)
  if (value.slice(0, space).toLowerCase() !== headerType.toLowerCase() || token === '' || /\s/.test(token)) {
    throw new JWTError('MALFORMED')
  }
  return token
}

/** The cookie's value, or undefined when absent or empty (as left by a cleared cookie). */
function cookieValue(cookieHeader: string | null | undefined, name: string): string | undefined {
  if (!cookieHeader) return undefined
  // parseCookie keeps the first of duplicate names (RFC 6265 §5.4: the most specific path first).
  return parseCookie(cookieHeader)[name] || undefined
}

/** The first token found in the configured locations, or null if none holds one. */
export function findToken(options: ExtractOptions, request: RequestParts, cookieName: string): FoundToken | null {
  for (const location of options.tokenLocation) {
    if (location === 'headers') {
      const value = request.header(options.headerName)
      if (value) return { token: tokenFromHeader(value, options.headerType), location }
    } else {
      const value = cookieValue(request.cookie, cookieName)
      if (value) return { token: value, location }
    }
  }
  return null
}

/** RequestParts of a Web `Request`. */
export function requestParts(request: Request): RequestParts {
  const headers = request.headers
  return { method: request.method, header: (name) => headers.get(name), cookie: headers.get('cookie') }
}
