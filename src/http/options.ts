// The options the guards, cookies and CSRF protection read, their defaults and their checks.
// Everything a browser would silently drop is refused here, at construction (the house rule:
// a bad option fails when the JWT is made, never on a request).
import type { JWTError } from '../errors.js'
import type { Claims } from '../token/claims.js'
import { bool, listOf, nonEmptyString, optionError } from '../util/validate.js'

export type TokenLocation = 'headers' | 'cookies'
export type SameSite = 'Strict' | 'Lax' | 'None'

export interface HttpOptions {
  /** Where guards look for tokens, in order ('headers'). */
  tokenLocation?: TokenLocation | readonly TokenLocation[]
  accessCookieName?: string
  refreshCookieName?: string
  cookieSecure?: boolean
  cookieHttpOnly?: boolean
  cookieSameSite?: SameSite
  /** The request header carrying the token ('Authorization'). */
  headerName?: string
  /** The scheme before the token in that header ('Bearer'; compared case-insensitively). '' means the header holds the bare token. */
  headerType?: string
  /** Path of the access token cookie ('/'). */
  accessCookiePath?: string
  /** Path of the refresh token cookie ('/'). */
  refreshCookiePath?: string
  /** Domain attribute of every cookie (none: host-only). */
  cookieDomain?: string
  /** Double-submit CSRF protection for tokens read from cookies (on when tokenLocation includes 'cookies'). */
  csrfProtect?: boolean
  /** Methods on which a cookie token needs the CSRF header (POST, PUT, PATCH, DELETE). */
  csrfMethods?: readonly string[]
  /** The request header carrying the CSRF value ('X-CSRF-TOKEN'). */
  csrfHeaderName?: string
  /** The readable cookie holding the access token's csrf claim ('csrf_access_token'). */
  accessCsrfCookieName?: string
  /** The readable cookie holding the refresh token's csrf claim ('csrf_refresh_token'). */
  refreshCsrfCookieName?: string
  /** Called with the verified claims on every guarded request; true refuses the token (REVOKED). */
  isRevoked?: (claims: Claims) => boolean | Promise<boolean>
  /** Called instead of the default 401 response; return a Response, a body for makeResponse, or undefined for the default. */
  onError?: (error: JWTError, request: Request) => unknown
}

export interface ResolvedHttpOptions {
  readonly tokenLocation: readonly TokenLocation[]
  readonly accessCookieName: string
  readonly refreshCookieName: string
  readonly cookieSecure: boolean
  readonly cookieHttpOnly: boolean
  readonly cookieSameSite: SameSite
  readonly headerName: string
  readonly headerType: string
  readonly accessCookiePath: string
  readonly refreshCookiePath: string
  readonly cookieDomain: string | undefined
  readonly csrfProtect: boolean
  readonly csrfMethods: ReadonlySet<string>
  readonly csrfHeaderName: string
  readonly accessCsrfCookieName: string
  readonly refreshCsrfCookieName: string
  readonly isRevoked: ((claims: Claims) => boolean | Promise<boolean>) | undefined
  readonly onError: ((error: JWTError, request: Request) => unknown) | undefined
}

export const HTTP_OPTION_NAMES: ReadonlySet<string> = new Set([
  'tokenLocation',
  'accessCookieName',
  'refreshCookieName',
  'cookieSecure',
  'cookieHttpOnly',
  'cookieSameSite',
  'headerName',
  'headerType',
  'accessCookiePath',
  'refreshCookiePath',
  'cookieDomain',
  'csrfProtect',
  'csrfMethods',
  'csrfHeaderName',
  'accessCsrfCookieName',
  'refreshCsrfCookieName',
  'isRevoked',
  'onError',
])

// RFC 7230 §3.2.6 token: header names, methods, auth schemes, and (RFC 6265 §4.1.1) cookie names.
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/
// RFC 6265 §4.1.1 path-value: any CHAR but controls and ';'. A path must start with '/' to be used (§5.2.4).
const PATH = /^\/[\u0020-\u003A\u003C-\u007E]*$/
// RFC 6265 §4.1.2.3 with RFC 1034 labels; a leading dot is allowed and ignored by browsers.
const DOMAIN = /^\.?[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i

function token(name: string, value: unknown, fallback: string): string {
  if (value === undefined) return fallback
  if (typeof value !== 'string' || !TOKEN.test(value)) throw optionError(name, 'a non-empty HTTP token (letters, digits and !#$%&\'*+-.^_`|~)')
  return value
}

function path(name: string, value: unknown): string {
  if (value === undefined) return '/'
  if (typeof value !== 'string' || !PATH.test(value)) throw optionError(name, "a cookie path starting with '/' without ';' or control characters")
  return value
}

function callback<T>(name: string, value: unknown): T | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'function') throw optionError(name, 'a function')
  return value as T
}

function tokenLocation(value: unknown): readonly TokenLocation[] {
  if (value === undefined) return ['headers']
  const list = listOf(value)
  if (!list || list.length === 0 || list.some((v) => v !== 'headers' && v !== 'cookies') || new Set(list).size !== list.length) {
    throw optionError('tokenLocation', `'headers', 'cookies', or an array of them without repeats`)
  }
  return Object.freeze(list as TokenLocation[])
}

function sameSite(value: unknown): SameSite {
  if (value === undefined) return 'Lax'
  const match = typeof value === 'string' ? (['Strict', 'Lax', 'None'] as const).find((v) => v.toLowerCase() === value.toLowerCase()) : undefined
  if (!match) throw optionError('cookieSameSite', `'Strict', 'Lax' or 'None'`)
  return match
}

function csrfMethods(value: unknown): ReadonlySet<string> {
  if (value === undefined) return new Set(['POST', 'PUT', 'PATCH', 'DELETE'])
  if (!Array.isArray(value) || value.some((m) => typeof m !== 'string' || !TOKEN.test(m))) {
    throw optionError('csrfMethods', 'an array of HTTP method names')
  }
  return new Set(value.map((m: string) => m.toUpperCase()))
}

/**
 * Checks the HTTP options, and each against the others. Browsers drop a
 * cookie silently when: SameSite=None lacks Secure (RFC 6265bis §5.4.7), the name is not a
 * token (RFC 6265 §4.1.1), a __Secure- name lacks Secure, or a __Host- name lacks Secure,
 * has a Domain or a Path other than / (RFC 6265bis §4.1.3).
 */
export function resolveHttpOptions(options: Record<string, unknown>): ResolvedHttpOptions {
  const locations = tokenLocation(options.tokenLocation)
  const headerName = token('headerName', options.headerName, 'Authorization')
  let headerType = 'Bearer'
  if (options.headerType !== undefined) {
    if (typeof options.headerType !== 'string' || (options.headerType !== '' && !TOKEN.test(options.headerType))) {
      throw optionError('headerType', "an authentication scheme name such as 'Bearer', or '' for a bare token")
    }
    headerType = options.headerType
  }
  let cookieDomain: string | undefined
  if (options.cookieDomain !== undefined) {
    if (typeof options.cookieDomain !== 'string' || !DOMAIN.test(options.cookieDomain)) throw optionError('cookieDomain', 'a domain name such as example.com')
    cookieDomain = options.cookieDomain
  }
  let csrfProtect = locations.includes('cookies')
  if (options.csrfProtect !== undefined) {
    if (typeof options.csrfProtect !== 'boolean') throw optionError('csrfProtect', 'true or false')
    csrfProtect = options.csrfProtect
  }
  const resolved: ResolvedHttpOptions = {
    tokenLocation: locations,
    accessCookieName: nonEmptyString('accessCookieName', options.accessCookieName, 'access_token_cookie'),
    refreshCookieName: nonEmptyString('refreshCookieName', options.refreshCookieName, 'refresh_token_cookie'),
    cookieSecure: bool('cookieSecure', options.cookieSecure, false),
    cookieHttpOnly: bool('cookieHttpOnly', options.cookieHttpOnly, true),
    cookieSameSite: sameSite(options.cookieSameSite),
    headerName,
    headerType,
    accessCookiePath: path('accessCookiePath', options.accessCookiePath),
    refreshCookiePath: path('refreshCookiePath', options.refreshCookiePath),
    cookieDomain,
    csrfProtect,
    csrfMethods: csrfMethods(options.csrfMethods),
    csrfHeaderName: token('csrfHeaderName', options.csrfHeaderName, 'X-CSRF-TOKEN'),
    accessCsrfCookieName: token('accessCsrfCookieName', options.accessCsrfCookieName, 'csrf_access_token'),
    refreshCsrfCookieName: token('refreshCsrfCookieName', options.refreshCsrfCookieName, 'csrf_refresh_token'),
    isRevoked: callback('isRevoked', options.isRevoked),
    onError: callback('onError', options.onError),
  }
  checkCookies(resolved)
  return Object.freeze(resolved)
}

function checkCookies(http: ResolvedHttpOptions): void {
  if (http.cookieSameSite === 'None' && !http.cookieSecure) {
    throw new TypeError("JWT option cookieSameSite 'None' requires cookieSecure: true (browsers drop SameSite=None cookies without Secure)")
  }
  const cookies: [option: string, name: string, path: string][] = [
    ['accessCookieName', http.accessCookieName, http.accessCookiePath],
    ['refreshCookieName', http.refreshCookieName, http.refreshCookiePath],
    ['accessCsrfCookieName', http.accessCsrfCookieName, '/'],
    ['refreshCsrfCookieName', http.refreshCsrfCookieName, '/'],
  ]
  const seen = new Map<string, string>()
  for (const [option, name, cookiePath] of cookies) {
    if (!TOKEN.test(name)) throw optionError(option, 'a cookie name made of RFC 6265 token characters')
    const other = seen.get(name)
    if (other) throw new TypeError(`JWT options ${other} and ${option} must name different cookies`)
    seen.set(name, option)
    const lower = name.toLowerCase()
    if ((lower.startsWith('__secure-') || lower.startsWith('__host-')) && !http.cookieSecure) {
      throw new TypeError(`JWT option ${option}: a ${name.slice(0, name.indexOf('-') + 1)} cookie requires cookieSecure: true`)
    }
    if (lower.startsWith('__host-')) {
      if (http.cookieDomain !== undefined) throw new TypeError(`JWT option ${option}: a __Host- cookie cannot have a cookieDomain`)
      if (cookiePath !== '/') throw new TypeError(`JWT option ${option}: a __Host- cookie must have the path /`)
    }
  }
}
