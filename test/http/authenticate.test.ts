// The framework-free layer an adapter calls: plain method/header/cookie in, a verdict out.
import { describe, expect, it } from 'vitest'
import { JWTError, authenticate, requestParts, type RequestParts } from '../../src/index.js'
import { makeJwt, request } from './helpers.js'

const parts = (headers: Record<string, string> = {}, method = 'GET'): RequestParts => ({
  method,
  header: (name) => headers[name.toLowerCase()],
  cookie: headers.cookie,
})

describe('authenticate', () => {
  const jwt = makeJwt({ tokenLocation: ['headers', 'cookies'] })

  it('resolves to the identity and claims', async () => {
    const result = await authenticate(jwt, 'required', parts({ authorization: `Bearer ${jwt.createAccessToken('a')}` }))
    expect(result).toMatchObject({ ok: true, identity: 'a', claims: { sub: 'a', type: 'access' } })
  })

  it('resolves to the JWTError and its challenge', async () => {
    const missing = await authenticate(jwt, 'refresh', parts())
    expect(missing.ok).toBe(false)
    if (missing.ok) return
    expect(missing.error).toBeInstanceOf(JWTError)
    expect([missing.error.code, missing.error.message, missing.error.status, missing.wwwAuthenticate]).toEqual(['MISSING_TOKEN', 'Missing refresh token', 401, 'Bearer'])
    const csrf = await authenticate(jwt, 'required', parts({ cookie: `access_token_cookie=${jwt.createAccessToken('a')}` }, 'PUT'))
    expect(csrf).toMatchObject({ ok: false, error: { code: 'CSRF_FAILED' }, wwwAuthenticate: 'Bearer error="invalid_token", error_description="CSRF token missing or invalid"' })
  })

  it("resolves 'optional' refusals to anonymous", async () => {
    expect(await authenticate(jwt, 'optional', parts({ authorization: 'Bearer x' }))).toEqual({ ok: true, identity: null, claims: null })
  })

  it('uses the first cookie of a repeated name (the most specific path, RFC 6265 §5.4)', async () => {
    const good = jwt.createAccessToken('first')
    const result = await authenticate(jwt, 'required', parts({ cookie: `access_token_cookie=${good}; access_token_cookie=stale` }))
    expect(result).toMatchObject({ ok: true, identity: 'first' })
  })

  it('requestParts adapts a Web Request', async () => {
    const req = request('/', { method: 'POST', cookies: { a: '1' }, headers: { 'X-Thing': 'v' } })
    const p = requestParts(req)
    expect([p.method, p.header('x-thing'), p.header('missing'), p.cookie]).toEqual(['POST', 'v', null, 'a=1'])
  })
})
