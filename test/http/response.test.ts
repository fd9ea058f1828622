// makeResponse and the default refusal.
import { describe, expect, it } from 'vitest'
import { JWTError, challenge, errorBody, errorResponse, makeResponse } from '../../src/index.js'

describe('makeResponse', () => {
  it('objects and arrays as JSON', async () => {
    const res = makeResponse({ login: true })
    expect([res.status, res.headers.get('content-type'), await res.json()]).toEqual([200, 'application/json', { login: true }])
    expect(await makeResponse([1, 'a']).json()).toEqual([1, 'a'])
  })

  it('numbers, booleans and null as JSON too', async () => {
    expect(await makeResponse(0).text()).toBe('0')
    expect(await makeResponse(false).text()).toBe('false')
    expect(await makeResponse(null).text()).toBe('null')
  })

  it('a string as text/plain', async () => {
    const res = makeResponse('hi')
    expect([res.headers.get('content-type'), await res.text()]).toEqual(['text/plain; charset=utf-8', 'hi'])
  })

  it('undefined as 204 with no body', async () => {
    const res = makeResponse()
    expect([res.status, res.body]).toEqual([204, null])
  })

  it('a Response unchanged', () => {
    const own = new Response('x')
    expect(makeResponse(own)).toBe(own)
  })

  it('binary bodies as they are', async () => {
    expect(new Uint8Array(await makeResponse(new Uint8Array([1, 2])).arrayBuffer())).toEqual(new Uint8Array([1, 2]))
    expect(await makeResponse(new Blob(['b'])).text()).toBe('b')
  })

  it('init adds status and headers; an explicit content-type wins', async () => {
    const res = makeResponse({ a: 1 }, { status: 201, headers: { 'x-a': '1', 'content-type': 'application/vnd.api+json' } })
    expect([res.status, res.headers.get('x-a'), res.headers.get('content-type')]).toEqual([201, '1', 'application/vnd.api+json'])
  })

  it('refuses what JSON cannot carry', () => {
    expect(() => makeResponse(() => 1)).toThrow(new TypeError('makeResponse cannot send a function as JSON'))
    expect(() => makeResponse(1n)).toThrow(TypeError)
  })
})

describe('errorResponse', () => {
  it('401 JSON with the RFC 6750 challenge', async () => {
    const res = errorResponse(new JWTError('EXPIRED'))
    expect([res.status, await res.json(), res.headers.get('www-authenticate')]).toEqual([
      401,
      { error: 'Token has expired', code: 'EXPIRED' },
      'Bearer error="invalid_token", error_description="Token has expired"',
    ])
    expect(errorResponse(new JWTError('MISSING_TOKEN')).headers.get('www-authenticate')).toBe('Bearer')
  })

  it('challenge and errorBody for adapters; quotes, which RFC 6750 §3 does not allow in a description, are dropped', () => {
    expect(challenge(new JWTError('MISSING_TOKEN', 'Missing refresh token'), 'JWT')).toBe('JWT')
    expect(challenge(new JWTError('MALFORMED', 'say "x"'))).toBe('Bearer error="invalid_token", error_description="say x"')
    expect(errorBody(new JWTError('REVOKED'))).toEqual({ error: 'Token has been revoked', code: 'REVOKED' })
  })
})
