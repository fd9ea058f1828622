// examples/fetch.ts, which docs/guards-cookies-csrf.md quotes verbatim
// (test/adapters/readme.test.ts checks that), driven through the seed's flow with real
// Requests and a browser-like cookie jar, in both forms: wrapped handlers and decorators.
// Alone in its file: its exported guards use the default JWT, the example's own, so no
// other JWT may be constructed here.
import { describe, expect, it, vi } from 'vitest'
import { CookieJar } from './helpers.js'

// The example imports the package by name; here that name is the source tree.
vi.mock('jwt-wasm', () => import('../../src/index.js'))
const example = await import('../../examples/fetch.ts')
const { Api, changePassword, feed, jwt, login, logout, protectedRoute, refresh } = example

type Handler = (request: Request) => Promise<Response> | Response

describe('examples/fetch.ts', () => {
  const jar = new CookieJar()
  async function call(handler: Handler, method: string, { csrf, json, bearer }: { csrf?: string; json?: unknown; bearer?: string } = {}) {
    const headers = new Headers()
    const cookie = jar.header('/')
    if (cookie) headers.set('cookie', cookie)
    if (csrf) headers.set('x-csrf-token', jar.get(csrf) ?? '')
    if (bearer) headers.set('authorization', `Bearer ${bearer}`)
    const body = json === undefined ? undefined : JSON.stringify(json)
    const response = await handler(new Request('http://example.test/', { method, headers, body }))
    jar.absorb(response)
    return { status: response.status, body: await response.json(), challenge: response.headers.get('www-authenticate') }
  }
  const api = new Api()
  const method = (m: (request: never) => unknown): Handler => (request) => (m as unknown as (r: Request) => Promise<Response>).call(api, request)

  it('runs the seed’s flow: login sets cookies, protected, optional, fresh-only, refresh with CSRF, logout', async () => {
    expect(await call(protectedRoute, 'GET')).toEqual({ status: 401, body: { error: 'Missing JWT token', code: 'MISSING_TOKEN' }, challenge: 'Bearer' })
    expect((await call(login, 'POST', { json: { username: 'demo', password: 'nope' } })).status).toBe(401)
    expect(jar.size).toBe(0)

    const loggedIn = await call(login, 'POST', { json: { username: 'demo', password: 'demo-password' } })
    expect(loggedIn).toMatchObject({ status: 200, body: { login: true } })
    expect(jar.size).toBe(4)
    expect(jwt.decodeToken(loggedIn.body.access_token)).toMatchObject({ sub: 'demo', fresh: true, role: 'admin' })

    expect((await call(protectedRoute, 'GET')).body).toEqual({ user: 'demo', role: 'admin' })
    expect((await call(method(api.protected), 'GET')).body).toEqual({ user: 'demo' })
    expect((await call(feed, 'GET')).body).toEqual({ feed: 'personalized for demo' })

    expect((await call(changePassword, 'POST')).body).toMatchObject({ code: 'CSRF_FAILED' })
    expect((await call(changePassword, 'POST', { csrf: 'csrf_access_token' })).body).toEqual({ status: 'password changed', user: 'demo' })
    expect((await call(method(api.changePassword), 'POST', { csrf: 'csrf_access_token' })).body).toEqual({ status: 'password changed', user: 'demo' })

    expect((await call(refresh, 'POST')).body).toMatchObject({ code: 'CSRF_FAILED' })
    const refreshed = await call(refresh, 'POST', { csrf: 'csrf_refresh_token' })
    expect(refreshed.status).toBe(200)
    expect(jar.get('access_token_cookie')).toBe(refreshed.body.access_token)

    // The refreshed token is not fresh, in either form.
    expect(await call(changePassword, 'POST', { csrf: 'csrf_access_token' })).toMatchObject({ status: 401, body: { code: 'FRESH_REQUIRED' } })
    expect(await call(method(api.changePassword), 'POST', { csrf: 'csrf_access_token' })).toMatchObject({ status: 401, body: { code: 'FRESH_REQUIRED' } })

    expect((await call(logout, 'POST')).body).toEqual({ logout: true })
    expect(jar.size).toBe(0)
    expect((await call(protectedRoute, 'GET')).body).toMatchObject({ code: 'MISSING_TOKEN' })
    expect((await call(method(api.protected), 'GET')).status).toBe(401)
    expect((await call(feed, 'GET')).body).toEqual({ feed: 'public' })

    // The tokens in the login answer work from the Authorization header too, without CSRF.
    expect((await call(protectedRoute, 'GET', { bearer: loggedIn.body.access_token })).body).toEqual({ user: 'demo', role: 'admin' })
    expect((await call(changePassword, 'POST', { bearer: loggedIn.body.access_token })).status).toBe(200)
    expect((await call(refresh, 'POST', { bearer: loggedIn.body.refresh_token })).status).toBe(200)
  })
})
