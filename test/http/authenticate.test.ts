// The framework-free layer an adapter calls: plain method/header/cookie in, a verdict out.
import { describe, expect, it } from 'vitest'
import { ERROR_MESSAGES, JWTError, authenticate, challenge, errorResponse, requestParts, type JWTErrorCode, type RequestParts } from '../../src/index.js'
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

describe('challenge (RFC 6750 §3)', () => {
  // §3 with RFC 7235 §2.1: the scheme, then error="invalid_token" and an error_description
  // whose value is %x20-21 / %x23-5B / %x5D-7E only; none at all without credentials (§3.1).
  const GRAMMAR = /^Bearer error="invalid_token", error_description="[\x20\x21\x23-\x5B\x5D-\x7E]*"$/

  it.each(Object.keys(ERROR_MESSAGES) as JWTErrorCode[])('%s', (code) => {
    const value = challenge(new JWTError(code))
    if (code === 'MISSING_TOKEN') expect(value).toBe('Bearer')
    else expect(value).toMatch(GRAMMAR)
  })

  it('keeps a custom message inside the grammar (quotes, backslashes, non-ASCII dropped)', () => {
    const error = new JWTError('REVOKED', 'Session "42" ended \\ by admin → logout')
    expect(challenge(error)).toBe('Bearer error="invalid_token", error_description="Session 42 ended  by admin  logout"')
    expect(challenge(error)).toMatch(GRAMMAR)
    // A character above U+00FF in a header value would make the Headers constructor throw.
    expect(errorResponse(error).headers.get('www-authenticate')).toBe(challenge(error))
  })

  it('a JWTError thrown by isRevoked is a refusal with a well-formed challenge', async () => {
    const jwt = makeJwt({ isRevoked: () => { throw new JWTError('REVOKED', 'Revoked by "ops" → see log') } })
    const result = await authenticate(jwt, 'required', parts({ authorization: `Bearer ${jwt.createAccessToken('a')}` }))
    expect(result).toMatchObject({ ok: false, error: { code: 'REVOKED' }, wwwAuthenticate: 'Bearer error="invalid_token", error_description="Revoked by ops  see log"' })
  })
})
