// Double-submit CSRF: cookie tokens on state-changing methods need the header to equal
// the token's csrf claim; header tokens and safe methods do not.
import { parseCookie } from 'cookie'
import { describe, expect, it } from 'vitest'
import type { JwtRequest } from '../../src/index.js'
import { constantTimeEqual } from '../../src/http/csrf.js'
import { body, makeJwt, request } from './helpers.js'

const whoami = (req: JwtRequest) => ({ user: req.jwtIdentity })
const csrfFailed = { error: 'CSRF token missing or invalid', code: 'CSRF_FAILED' }

describe('csrf claim', () => {
  it('is on by default when tokenLocation includes cookies, with 128 random bits', () => {
    const jwt = makeJwt({ tokenLocation: ['headers', 'cookies'] })
    expect(jwt.options.csrfProtect).toBe(true)
    const a = jwt.decodeToken(jwt.createAccessToken('u')).csrf
    const b = jwt.decodeToken(jwt.createRefreshToken('u')).csrf
    expect(a).toMatch(/^[0-9a-f]{32}$/)
    expect(b).toMatch(/^[0-9a-f]{32}$/)
    expect(a).not.toBe(b)
    // Not a proof of randomness, but catches a counter, a constant or a short pool: 1,000
    // values all differ, and every position takes many values.
    const values = Array.from({ length: 1000 }, () => jwt.decodeToken(jwt.createAccessToken('u')).csrf as string)
    expect(new Set(values).size).toBe(1000)
    for (let i = 0; i < 32; i++) expect(new Set(values.map((v) => v[i])).size).toBeGreaterThan(12)
  })

  it('is off by default for headers only, and csrfProtect overrides either way', () => {
    expect(makeJwt().options.csrfProtect).toBe(false)
    expect(makeJwt().decodeToken(makeJwt().createAccessToken('u')).csrf).toBeUndefined()
    const on = makeJwt({ csrfProtect: true })
    expect(on.decodeToken(on.createAccessToken('u')).csrf).toMatch(/^[0-9a-f]{32}$/)
    expect(makeJwt({ tokenLocation: 'cookies', csrfProtect: false }).options.csrfProtect).toBe(false)
  })

  it('cannot be set as a custom claim', () => {
    expect(() => makeJwt().createAccessToken('u', { claims: { csrf: 'mine' } })).toThrow(TypeError)
  })
})

describe('the check', () => {
  const jwt = makeJwt({ tokenLocation: ['headers', 'cookies'] })
  const token = jwt.createAccessToken('u')
  const csrf = jwt.decodeToken(token).csrf as string
  const cookies = { access_token_cookie: token }
  const handler = jwt.required(whoami)

  it.each(['POST', 'PUT', 'PATCH', 'DELETE', 'post'])('%s with a cookie token needs the X-CSRF-TOKEN header', async (method) => {
    const missing = await handler(request('/', { method, cookies }))
    expect([missing.status, await body(missing)]).toEqual([401, csrfFailed])
    expect(missing.headers.get('www-authenticate')).toBe('Bearer error="invalid_token", error_description="CSRF token missing or invalid"')
    const wrong = await handler(request('/', { method, cookies, headers: { 'X-CSRF-TOKEN': csrf.replace(/.$/, (c) => (c === '0' ? '1' : '0')) } }))
    expect(await body(wrong)).toEqual(csrfFailed)
    const ok = await handler(request('/', { method, cookies, headers: { 'x-csrf-token': csrf } }))
    expect(await body(ok)).toEqual({ user: 'u' })
  })

  it('refuses the value of another token', async () => {
    const other = jwt.decodeToken(jwt.createAccessToken('u')).csrf as string
    expect(await body(await handler(request('/', { method: 'POST', cookies, headers: { 'x-csrf-token': other } })))).toEqual(csrfFailed)
  })

  it.each(['GET', 'HEAD', 'OPTIONS'])('%s needs no CSRF header', async (method) => {
    expect((await handler(request('/', { method, cookies }))).status).toBe(200)
  })

  it('a token from the Authorization header needs no CSRF header', async () => {
    expect(await body(await handler(request('/', { method: 'POST', bearer: token })))).toEqual({ user: 'u' })
  })

  it('a cookie token without a csrf claim fails on protected methods', async () => {
    const plain = makeJwt({ csrfProtect: false }).createAccessToken('u')
    expect(await body(await handler(request('/', { method: 'POST', cookies: { access_token_cookie: plain }, headers: { 'x-csrf-token': '' } })))).toEqual(csrfFailed)
  })

  it('applies to the refresh cookie with the refresh token’s value', async () => {
    const refresh = jwt.createRefreshToken('u')
    const value = jwt.decodeToken(refresh).csrf as string
    const guard = jwt.refreshRequired(whoami)
    expect(await body(await guard(request('/refresh', { method: 'POST', cookies: { refresh_token_cookie: refresh } })))).toEqual(csrfFailed)
    expect(await body(await guard(request('/refresh', { method: 'POST', cookies: { refresh_token_cookie: refresh }, headers: { 'x-csrf-token': csrf } })))).toEqual(csrfFailed)
    expect(await body(await guard(request('/refresh', { method: 'POST', cookies: { refresh_token_cookie: refresh }, headers: { 'x-csrf-token': value } })))).toEqual({ user: 'u' })
  })

  it('the value set in the readable CSRF cookie is the one to send', async () => {
    const res = jwt.setAccessCookies(new Response(null), token)
    const readable = res.headers.getSetCookie().find((c) => c.startsWith('csrf_access_token='))!
    const value = parseCookie(readable.split(';')[0]!).csrf_access_token
    expect(await body(await handler(request('/', { method: 'DELETE', cookies, headers: { 'x-csrf-token': value! } })))).toEqual({ user: 'u' })
  })

  it('honours csrfMethods and csrfHeaderName', async () => {
    const custom = makeJwt({ tokenLocation: 'cookies', csrfMethods: ['get'], csrfHeaderName: 'X-XSRF' })
    const t = custom.createAccessToken('c')
    const v = custom.decodeToken(t).csrf as string
    const h = custom.required(whoami)
    expect((await h(request('/', { method: 'POST', cookies: { access_token_cookie: t } }))).status).toBe(200)
    expect(await body(await h(request('/', { cookies: { access_token_cookie: t }, headers: { 'x-csrf-token': v } })))).toEqual(csrfFailed)
    expect(await body(await h(request('/', { cookies: { access_token_cookie: t }, headers: { 'x-xsrf': v } })))).toEqual({ user: 'c' })
  })

  it('is skipped with csrfProtect: false', async () => {
    const off = makeJwt({ tokenLocation: 'cookies', csrfProtect: false })
    expect((await off.required(whoami)(request('/', { method: 'POST', cookies: { access_token_cookie: off.createAccessToken('o') } }))).status).toBe(200)
  })
})

describe('constantTimeEqual', () => {
  it('compares exactly', () => {
    expect(constantTimeEqual('abc', 'abc')).toBe(true)
    expect(constantTimeEqual('', '')).toBe(true)
    expect(constantTimeEqual('abc', 'abd')).toBe(false)
    expect(constantTimeEqual('abc', 'ab')).toBe(false)
    expect(constantTimeEqual('ab', 'abc')).toBe(false)
  })

  // Not timed (shared machines make timing tests flaky): it reads every character of both
  // strings whatever the first difference, so its running time cannot reveal where that is.
  it('reads every character even when the first one differs', () => {
    const reads = { a: 0, b: 0 }
    const probe = (text: string, key: 'a' | 'b') =>
      ({ length: text.length, charCodeAt: (i: number) => (reads[key]++, text.charCodeAt(i)) }) as unknown as string
    const claim = 'f'.repeat(32)
    for (const guess of ['0'.repeat(32), 'f'.repeat(31) + '0', claim]) {
      reads.a = reads.b = 0
      constantTimeEqual(probe(guess, 'a'), probe(claim, 'b'))
      expect(reads).toEqual({ a: 32, b: 32 })
    }
  })
})
