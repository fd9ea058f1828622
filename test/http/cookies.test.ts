// Set-Cookie values parsed back with the cookie package, attribute by attribute; unsetting
// really removes them from a browser-like jar; and a set cookie is accepted by the guards.
import { describe, expect, it } from 'vitest'
import { tokenCookieHeaders, unsetCookieHeaders, type JwtRequest } from '../../src/index.js'
import { NOW, body, CookieJar, makeJwt, request, setCookies } from './helpers.js'

const cookieJwt = (options = {}) => makeJwt({ tokenLocation: ['headers', 'cookies'], ...options })

describe('setAccessCookies / setRefreshCookies', () => {
  it('set the token cookie and a readable CSRF cookie with the configured attributes', () => {
    const jwt = cookieJwt()
    const token = jwt.createAccessToken('u')
    const res = jwt.setAccessCookies(new Response('{}'), token)
    expect(setCookies(res)).toEqual([
      { name: 'access_token_cookie', value: token, maxAge: 900, path: '/', httpOnly: true, sameSite: 'lax' },
      { name: 'csrf_access_token', value: jwt.decodeToken(token).csrf, maxAge: 900, path: '/', sameSite: 'lax' },
    ])
  })

  it('for a refresh token use refreshCookiePath and csrf_refresh_token (readable at /)', () => {
    const jwt = cookieJwt({ refreshCookiePath: '/auth/refresh' })
    const token = jwt.createRefreshToken('u')
    expect(setCookies(jwt.setRefreshCookies(new Headers(), token))).toEqual([
      { name: 'refresh_token_cookie', value: token, maxAge: 2592000, path: '/auth/refresh', httpOnly: true, sameSite: 'lax' },
      { name: 'csrf_refresh_token', value: jwt.decodeToken(token).csrf, maxAge: 2592000, path: '/', sameSite: 'lax' },
    ])
  })

  it('carry Domain, Secure, SameSite and the names and paths from the options', () => {
    const jwt = cookieJwt({
      cookieDomain: 'example.com',
      cookieSecure: true,
      cookieSameSite: 'None',
      cookieHttpOnly: true,
      accessCookieName: '__Secure-at',
      accessCsrfCookieName: 'xsrf_at',
      accessCookiePath: '/api',
    })
    const [access, csrf] = setCookies(jwt.setAccessCookies(new Response(null), jwt.createAccessToken('u')))
    expect(access).toMatchObject({ name: '__Secure-at', path: '/api', domain: 'example.com', secure: true, httpOnly: true, sameSite: 'none' })
    expect(csrf).toMatchObject({ name: 'xsrf_at', path: '/', domain: 'example.com', secure: true, sameSite: 'none' })
    expect(csrf!.httpOnly).toBeUndefined()
  })

  it('Max-Age is the remaining lifetime: custom expiresDelta, a later clock, an expired token', () => {
    let now = NOW
    const jwt = cookieJwt({ clock: () => now })
    const token = jwt.createAccessToken('u', { expiresDelta: 60 })
    expect(setCookies(jwt.setAccessCookies(new Headers(), token)).map((c) => c.maxAge)).toEqual([60, 60])
    now = NOW + 45.9
    expect(setCookies(jwt.setAccessCookies(new Headers(), token))[0]!.maxAge).toBe(15)
    now = NOW + 600
    expect(setCookies(jwt.setAccessCookies(new Headers(), token))[0]!.maxAge).toBe(0)
  })

  it('maxAge overrides the lifetime; null makes session cookies', () => {
    const jwt = cookieJwt()
    const token = jwt.createAccessToken('u')
    expect(setCookies(jwt.setAccessCookies(new Headers(), token, { maxAge: 30 })).map((c) => c.maxAge)).toEqual([30, 30])
    const session = jwt.setAccessCookies(new Headers(), token, { maxAge: null }).getSetCookie()
    expect(session.every((line) => !/max-age|expires/i.test(line))).toBe(true)
    for (const maxAge of [-1, 1.5, '60', NaN]) {
      expect(() => jwt.setAccessCookies(new Headers(), token, { maxAge: maxAge as number })).toThrow(
        new TypeError('maxAge must be a non-negative whole number of seconds, or null'),
      )
    }
  })

  it('without csrfProtect set only the token cookie, honouring cookieHttpOnly', () => {
    const jwt = makeJwt({ tokenLocation: 'cookies', csrfProtect: false, cookieHttpOnly: false })
    const cookies = setCookies(jwt.setAccessCookies(new Response(null), jwt.createAccessToken('u')))
    expect(cookies.map((c) => [c.name, c.httpOnly])).toEqual([['access_token_cookie', undefined]])
  })

  it('return their target, appending (never replacing) Set-Cookie', () => {
    const jwt = cookieJwt()
    const res = new Response(null, { headers: { 'set-cookie': 'theme=dark' } })
    expect(jwt.setRefreshCookies(jwt.setAccessCookies(res, jwt.createAccessToken('u')), jwt.createRefreshToken('u'))).toBe(res)
    expect(setCookies(res).map((c) => c.name)).toEqual(['theme', 'access_token_cookie', 'csrf_access_token', 'refresh_token_cookie', 'csrf_refresh_token'])
  })

  it('refuse the wrong kind of token, a non-token, a token without csrf, and a non-Response', () => {
    const jwt = cookieJwt()
    expect(() => jwt.setAccessCookies(new Headers(), jwt.createRefreshToken('u'))).toThrow(new TypeError('setAccessCookies needs an access token'))
    expect(() => jwt.setRefreshCookies(new Headers(), jwt.createAccessToken('u'))).toThrow(new TypeError('setRefreshCookies needs a refresh token'))
    expect(() => jwt.setAccessCookies(new Headers(), 'nope')).toThrow(TypeError)
    const plain = makeJwt().createAccessToken('u')
    expect(() => jwt.setAccessCookies(new Headers(), plain)).toThrow(/csrfProtect is on but the token has no csrf claim/)
    expect(() => jwt.setAccessCookies({} as Headers, jwt.createAccessToken('u'))).toThrow(new TypeError('Cookies can be set on a Response or a Headers'))
  })

  it('the framework-free helpers return the same Set-Cookie strings', () => {
    const jwt = cookieJwt()
    const token = jwt.createAccessToken('u')
    expect(tokenCookieHeaders(jwt, 'access', token)).toEqual(jwt.setAccessCookies(new Headers(), token).getSetCookie())
    expect(unsetCookieHeaders(jwt)).toEqual(jwt.unsetJwtCookies(new Headers()).getSetCookie())
  })
})

describe('unsetting', () => {
  const jwt = cookieJwt({ cookieDomain: 'example.com', cookieSecure: true, cookieSameSite: 'Strict', refreshCookiePath: '/refresh' })

  it('repeats name, path, domain and flags with an empty value, Max-Age=0 and a past Expires', () => {
    const cleared = setCookies(jwt.unsetJwtCookies(new Response(null)))
    const common = { value: '', maxAge: 0, expires: new Date(0), domain: 'example.com', secure: true, sameSite: 'strict' }
    expect(cleared).toEqual([
      { name: 'access_token_cookie', path: '/', httpOnly: true, ...common },
      { name: 'csrf_access_token', path: '/', ...common },
      { name: 'refresh_token_cookie', path: '/refresh', httpOnly: true, ...common },
      { name: 'csrf_refresh_token', path: '/', ...common },
    ])
    expect(setCookies(jwt.unsetAccessCookies(new Headers())).map((c) => c.name)).toEqual(['access_token_cookie', 'csrf_access_token'])
    expect(setCookies(jwt.unsetRefreshCookies(new Headers())).map((c) => c.name)).toEqual(['refresh_token_cookie', 'csrf_refresh_token'])
  })

  it('really removes the cookies from a browser-like jar', () => {
    const jar = new CookieJar(() => NOW)
    const login = new Response(null)
    jwt.setAccessCookies(login, jwt.createAccessToken('u'))
    jwt.setRefreshCookies(login, jwt.createRefreshToken('u'))
    jar.absorb(login)
    expect(jar.size).toBe(4)
    expect(Object.keys(jar.cookiesFor('/refresh')).sort()).toEqual(['access_token_cookie', 'csrf_access_token', 'csrf_refresh_token', 'refresh_token_cookie'])
    expect(Object.keys(jar.cookiesFor('/profile')).sort()).toEqual(['access_token_cookie', 'csrf_access_token', 'csrf_refresh_token'])
    jar.absorb(jwt.unsetAccessCookies(new Headers()))
    expect(jar.size).toBe(2)
    jar.absorb(jwt.unsetJwtCookies(new Headers()))
    expect(jar.size).toBe(0)
  })
})

describe('round trip', () => {
  it('cookies set on login are accepted by the guards, with the CSRF cookie echoed', async () => {
    const jwt = cookieJwt()
    const jar = new CookieJar(() => NOW)
    const login = new Response(null)
    jwt.setAccessCookies(login, jwt.createAccessToken('alice'))
    jar.absorb(login)
    const who = jwt.required((req: JwtRequest) => ({ user: req.jwtIdentity }))
    const cookie = jar.header('/')
    expect(await body(await who(new Request('http://t/', { headers: { cookie } })))).toEqual({ user: 'alice' })
    const post = new Request('http://t/', { method: 'POST', headers: { cookie, 'x-csrf-token': jar.get('csrf_access_token')! } })
    expect(await body(await who(post))).toEqual({ user: 'alice' })
    expect((await who(request('/', { method: 'POST', cookies: jar.cookiesFor('/') }))).status).toBe(401)
  })
})
