// Set-Cookie values for the token cookies and their CSRF companions, written with the
// `cookie` package (jshttp, the ecosystem's standard) rather than by hand. These functions
// return strings, so a framework adapter only has to attach them to its response.
import { stringifySetCookie, type SetCookie } from 'cookie'
import { decodeUnverified } from '../token/decode.js'
import { HTTP_CONFIG, type CookieTarget, type HttpConfig } from './target.js'

export interface CookieOptions {
  /**
   * Max-Age in whole seconds. Default: the token's remaining lifetime (exp minus now), so a
   * token made with a custom expiresDelta gets a matching cookie. null: a session cookie.
   */
  maxAge?: number | null
}

type Kind = 'access' | 'refresh'
const EPOCH = new Date(0)

function names(options: HttpConfig, kind: Kind) {
  return kind === 'access'
    ? { token: options.accessCookieName, csrf: options.accessCsrfCookieName, path: options.accessCookiePath }
    : { token: options.refreshCookieName, csrf: options.refreshCsrfCookieName, path: options.refreshCookiePath }
}

function attributes(options: HttpConfig, path: string, httpOnly: boolean): Omit<SetCookie, 'name' | 'value'> {
  return {
    path,
    domain: options.cookieDomain,
    secure: options.cookieSecure,
    httpOnly,
    sameSite: options.cookieSameSite.toLowerCase() as 'strict' | 'lax' | 'none',
  }
}

function maxAgeOf(options: HttpConfig, exp: number, override: CookieOptions['maxAge']): number | undefined {
  if (override === null) return undefined
  if (override !== undefined) {
    if (typeof override !== 'number' || !Number.isSafeInteger(override) || override < 0) {
      throw new TypeError('maxAge must be a non-negative whole number of seconds, or null')
    }
    return override
  }
  // Same whole-second clock as iat, so a new token's cookie lives exactly its lifetime.
  return Math.max(0, Math.floor(exp - Math.floor(options.clock())))
}

/**
 * The Set-Cookie values for a token: the token cookie (HttpOnly per cookieHttpOnly) and,
 * with csrfProtect, a readable CSRF cookie holding the token's `csrf` claim, which the
 * page's script copies into the CSRF header. The token is read, not verified (it is being
 * handed out, not trusted); its type and its csrf claim must fit.
 */
export function tokenCookieHeaders(jwt: CookieTarget, kind: Kind, token: string, { maxAge }: CookieOptions = {}): string[] {
  const helper = kind === 'access' ? 'setAccessCookies' : 'setRefreshCookies'
  let claims: Record<string, unknown>
  try {
    claims = decodeUnverified(token).claims
  } catch {
    throw new TypeError(`${helper} needs a token made by createAccessToken or createRefreshToken`)
  }
  if ((claims.type === 'refresh') !== (kind === 'refresh')) throw new TypeError(`${helper} needs ${kind === 'access' ? 'an access' : 'a refresh'} token`)
  if (typeof claims.exp !== 'number') throw new TypeError(`${helper} needs a token with an exp claim`)
  const options = jwt[HTTP_CONFIG]
  const { token: name, csrf, path } = names(options, kind)
  const age = maxAgeOf(options, claims.exp, maxAge)
  const out = [stringifySetCookie({ name, value: token, maxAge: age, ...attributes(options, path, options.cookieHttpOnly) })]
  if (options.csrfProtect) {
    if (typeof claims.csrf !== 'string') throw new TypeError(`${helper}: csrfProtect is on but the token has no csrf claim; create it with this JWT instance`)
    // Path=/ so that scripts on every page can read it (document.cookie sees only matching paths).
    out.push(stringifySetCookie({ name: csrf, value: claims.csrf, maxAge: age, ...attributes(options, '/', false) }))
  }
  return out
}

/**
 * Set-Cookie values that clear the cookies of one kind or both: the same name, path,
 * domain and flags (a browser matches on name, domain and path, RFC 6265 §5.3 step 11),
 * an empty value, Max-Age=0 and an Expires in the past for clients that ignore Max-Age.
 */
export function unsetCookieHeaders(jwt: CookieTarget, which: Kind | 'both' = 'both'): string[] {
  const options = jwt[HTTP_CONFIG]
  const kinds: Kind[] = which === 'both' ? ['access', 'refresh'] : [which]
  const out: string[] = []
  for (const kind of kinds) {
    const { token, csrf, path } = names(options, kind)
    out.push(stringifySetCookie({ name: token, value: '', maxAge: 0, expires: EPOCH, ...attributes(options, path, options.cookieHttpOnly) }))
    if (options.csrfProtect) out.push(stringifySetCookie({ name: csrf, value: '', maxAge: 0, expires: EPOCH, ...attributes(options, '/', false) }))
  }
  return out
}

/** Appends each value as its own Set-Cookie header (never joined: RFC 6265 §3). */
export function appendSetCookies<T extends Response | Headers>(response: T, values: readonly string[]): T {
  const headers = response instanceof Response ? response.headers : response
  if (!(headers instanceof Headers)) throw new TypeError('Cookies can be set on a Response or a Headers')
  for (const value of values) headers.append('set-cookie', value)
  return response
}

/**
 * The five cookie helpers for a framework's response object, given how it appends
 * Set-Cookie values: what each framework adapter exports, so that the attributes and
 * checks stay the ones above.
 */
export function cookieHelpers<Res, Result>(append: (response: Res, values: string[]) => Result) {
  return {
    /** Set-Cookie for an access token and, with csrfProtect, its readable CSRF cookie. */
    setAccessCookies: (jwt: CookieTarget, response: Res, token: string, options?: CookieOptions): Result =>
      append(response, tokenCookieHeaders(jwt, 'access', token, options)),
    /** As setAccessCookies, for a refresh token. */
    setRefreshCookies: (jwt: CookieTarget, response: Res, token: string, options?: CookieOptions): Result =>
      append(response, tokenCookieHeaders(jwt, 'refresh', token, options)),
    /** Clears both tokens' cookies and their CSRF cookies. */
    unsetJwtCookies: (jwt: CookieTarget, response: Res): Result => append(response, unsetCookieHeaders(jwt, 'both')),
    unsetAccessCookies: (jwt: CookieTarget, response: Res): Result => append(response, unsetCookieHeaders(jwt, 'access')),
    unsetRefreshCookies: (jwt: CookieTarget, response: Res): Result => append(response, unsetCookieHeaders(jwt, 'refresh')),
  }
}
