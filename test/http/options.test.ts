// Every HTTP option is checked at construction, with a message naming it; and what a
// browser would silently drop is refused there.
import { describe, expect, it } from 'vitest'
import { JWT } from '../../src/index.js'
import { SECRET, makeJwt } from './helpers.js'

const make = (options: Record<string, unknown>) => () => new JWT({ secretKey: SECRET, ...options })

describe('defaults', () => {
  it('are those of the issue', () => {
    const o = makeJwt().options
    expect([o.headerName, o.headerType, o.accessCookiePath, o.refreshCookiePath, o.cookieDomain, o.csrfProtect]).toEqual(['Authorization', 'Bearer', '/', '/', undefined, false])
    expect([...o.csrfMethods]).toEqual(['POST', 'PUT', 'PATCH', 'DELETE'])
    expect([o.csrfHeaderName, o.accessCsrfCookieName, o.refreshCsrfCookieName, o.isRevoked, o.onError]).toEqual(['X-CSRF-TOKEN', 'csrf_access_token', 'csrf_refresh_token', undefined, undefined])
    expect(Object.isFrozen(o)).toBe(true)
  })
})

describe('bad options', () => {
  it.each<[string, unknown, string | RegExp]>([
    ['headerName', '', 'JWT option headerName must be'],
    ['headerName', 'Auth orization', 'JWT option headerName must be'],
    ['headerType', 5, 'JWT option headerType must be'],
    ['headerType', 'Bearer token', 'JWT option headerType must be'],
    ['accessCookiePath', 'api', "JWT option accessCookiePath must be a cookie path starting with '/'"],
    ['refreshCookiePath', '/a;b', 'JWT option refreshCookiePath must be'],
    ['cookieDomain', 'exa mple.com', 'JWT option cookieDomain must be a domain name'],
    ['cookieDomain', '', 'JWT option cookieDomain must be a domain name'],
    ['csrfProtect', 'yes', 'JWT option csrfProtect must be true or false'],
    ['csrfMethods', 'POST', 'JWT option csrfMethods must be an array of HTTP method names'],
    ['csrfMethods', ['PO ST'], 'JWT option csrfMethods must be an array of HTTP method names'],
    ['csrfHeaderName', 'X-CSRF:', 'JWT option csrfHeaderName must be'],
    ['accessCsrfCookieName', 'a=b', 'JWT option accessCsrfCookieName must be'],
    ['refreshCsrfCookieName', '', 'JWT option refreshCsrfCookieName must be'],
    ['isRevoked', true, 'JWT option isRevoked must be a function'],
    ['onError', {}, 'JWT option onError must be a function'],
    ['accessCookieName', 'my cookie', 'JWT option accessCookieName must be a cookie name made of RFC 6265 token characters'],
    ['refreshCookieName', 'r;x', 'JWT option refreshCookieName must be a cookie name'],
  ])('%s = %j is refused', (name, value, message) => {
    expect(make({ [name]: value })).toThrow(TypeError)
    expect(make({ [name]: value })).toThrow(message)
  })

  it('SameSite=None without Secure', () => {
    expect(make({ cookieSameSite: 'None' })).toThrow("JWT option cookieSameSite 'None' requires cookieSecure: true")
    expect(make({ cookieSameSite: 'none', cookieSecure: false })).toThrow("JWT option cookieSameSite 'None' requires cookieSecure: true")
    expect(make({ cookieSameSite: 'none', cookieSecure: true })).not.toThrow()
  })

  it('__Secure- and __Host- prefixes (RFC 6265bis §4.1.3)', () => {
    expect(make({ accessCookieName: '__Secure-at' })).toThrow('JWT option accessCookieName: a __Secure- cookie requires cookieSecure: true')
    expect(make({ refreshCsrfCookieName: '__Host-x' })).toThrow('JWT option refreshCsrfCookieName: a __Host- cookie requires cookieSecure: true')
    expect(make({ accessCookieName: '__Host-at', cookieSecure: true, cookieDomain: 'example.com' })).toThrow('a __Host- cookie cannot have a cookieDomain')
    expect(make({ accessCsrfCookieName: '__HOST-csrf', cookieSecure: true, cookieDomain: 'example.com' })).toThrow('a __Host- cookie cannot have a cookieDomain')
    expect(make({ refreshCookieName: '__Host-rt', cookieSecure: true, refreshCookiePath: '/refresh' })).toThrow('JWT option refreshCookieName: a __Host- cookie must have the path /')
    expect(make({ accessCookieName: '__Host-at', refreshCookieName: '__Host-rt', cookieSecure: true })).not.toThrow()
  })

  it('two cookies with one name', () => {
    expect(make({ refreshCookieName: 'access_token_cookie' })).toThrow('JWT options accessCookieName and refreshCookieName must name different cookies')
    expect(make({ accessCsrfCookieName: 'csrf_refresh_token' })).toThrow('JWT options accessCsrfCookieName and refreshCsrfCookieName must name different cookies')
  })

  it('an unknown option is still refused', () => {
    expect(make({ csrfProtection: true })).toThrow('Unknown JWT option: csrfProtection')
  })
})
