// Two demo processes (`node examples/demo.mjs`, as `npm start` runs it) on one real Redis:
// whatever process A does to a session (logout, revocation, reuse detection, logout
// everywhere) process B refuses on its next request; and 50 concurrent rotations of one
// refresh token split across both give one successor. The demo imports 'jwt-wasm' and
// 'jwt-wasm/redis', so this runs against dist/: build first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { decodeUnverified } from '../../src/index.js'
import { startDemo, stopDemo, type Demo } from '../helpers/demo-server.js'
import { startRedis, type RedisServer } from '../helpers/redis-server.js'

const GRACE_SECONDS = 2

async function call(demo: Demo, method: string, path: string, { bearer, json }: { bearer?: string; json?: unknown } = {}) {
  const headers = new Headers()
  if (bearer) headers.set('authorization', `Bearer ${bearer}`)
  if (json !== undefined) headers.set('content-type', 'application/json')
  const response = await fetch(demo.url + path, { method, headers, body: json === undefined ? undefined : JSON.stringify(json) })
  const text = await response.text()
  return { status: response.status, body: text ? JSON.parse(text) : null, retryAfter: response.headers.get('retry-after') }
}

async function login(demo: Demo): Promise<{ access: string; refresh: string }> {
  const reply = await call(demo, 'POST', '/login', { json: { username: 'demo', password: 'demo-password' } })
  expect(reply.status).toBe(200)
  return { access: reply.body.access_token, refresh: reply.body.refresh_token }
}

const refused = (code: string) => ({ status: 401, body: { error: expect.any(String), code }, retryAfter: null })

let redis: RedisServer
let a: Demo
let b: Demo

beforeAll(async () => {
  redis = await startRedis()
  const env = { JWT_SECRET: 'multi-process-test-secret-32-chars!', REDIS_URL: `unix://${redis.socket}`, REUSE_GRACE_SECONDS: String(GRACE_SECONDS) }
  ;[a, b] = await Promise.all([startDemo(env), startDemo(env)])
})

afterAll(async () => {
  await Promise.all([stopDemo(a), stopDemo(b)])
  await redis?.stop()
})

describe('two demo processes on one Redis', () => {
  it('both say they use Redis', () => {
    expect(a.output()).toContain('Sessions: Redis at unix://')
    expect(b.output()).toContain('Sessions: Redis at unix://')
  })

  it('a session ended through A is refused by B, access and refresh token alike', async () => {
    const { access, refresh } = await login(a)
    expect(await call(b, 'GET', '/protected', { bearer: access })).toMatchObject({ status: 200, body: { user: 'demo' } })
    expect(await call(a, 'POST', '/logout', { bearer: access })).toMatchObject({ status: 200, body: { logout: true } })
    expect(await call(b, 'GET', '/protected', { bearer: access })).toEqual(refused('REVOKED'))
    expect(await call(b, 'POST', '/refresh', { bearer: refresh })).toEqual(refused('REVOKED'))
    // jwtOptional treats a revoked token as no token.
    expect(await call(b, 'GET', '/feed', { bearer: access })).toMatchObject({ status: 200, body: { feed: 'public' } })
  })

  it('a token revoked through A is refused by B; the rest of its session still works', async () => {
    const { access, refresh } = await login(a)
    expect(await call(a, 'POST', '/revoke', { bearer: access })).toMatchObject({ status: 200, body: { revoked: true } })
    expect(await call(b, 'GET', '/protected', { bearer: access })).toEqual(refused('REVOKED'))
    const rotated = await call(b, 'POST', '/refresh', { bearer: refresh })
    expect(rotated.status).toBe(200)
    expect(await call(a, 'GET', '/protected', { bearer: rotated.body.access_token })).toMatchObject({ status: 200 })
  })

  it('a family killed by reuse through A is refused by B', async () => {
    const { refresh: r1 } = await login(a)
    const second = await call(a, 'POST', '/refresh', { bearer: r1 })
    const third = await call(a, 'POST', '/refresh', { bearer: second.body.refresh_token })
    expect([second.status, third.status]).toEqual([200, 200])
    // r1 is two rotations old: reuse, whatever the grace period.
    expect(await call(a, 'POST', '/refresh', { bearer: r1 })).toEqual(refused('REFRESH_REUSED'))
    expect(await call(b, 'GET', '/protected', { bearer: third.body.access_token })).toEqual(refused('REVOKED'))
    expect(await call(b, 'POST', '/refresh', { bearer: third.body.refresh_token })).toEqual(refused('REVOKED'))
  })

  it('logout everywhere through A holds on B; a login after it works', async () => {
    const first = await login(a)
    const second = await login(b)
    expect(await call(a, 'POST', '/logout-all', { bearer: first.access })).toMatchObject({ status: 200, body: { logout: 'everywhere' } })
    for (const tokens of [first, second]) {
      expect(await call(b, 'GET', '/protected', { bearer: tokens.access })).toEqual(refused('REVOKED'))
      expect(await call(a, 'POST', '/refresh', { bearer: tokens.refresh })).toEqual(refused('REVOKED'))
    }
    const after = await login(b)
    expect(await call(a, 'GET', '/protected', { bearer: after.access })).toMatchObject({ status: 200 })
  })

  it('50 concurrent rotations of one refresh token across both: one successor, the rest GRACE; after the grace period, REUSED', async () => {
    const { refresh } = await login(a)
    const replies = await Promise.all(Array.from({ length: 50 }, (_, i) => call(i % 2 ? b : a, 'POST', '/refresh', { bearer: refresh })))
    expect(replies.map((r) => r.status)).toEqual(Array(50).fill(200))
    // Each ROTATED mints a new jti; GRACE re-issues it. One jti (and one exp) means one ROTATED.
    const successors = new Set(replies.map((r) => JSON.stringify([decodeUnverified(r.body.refresh_token).claims.jti, decodeUnverified(r.body.refresh_token).claims.exp])))
    expect(successors.size).toBe(1)
    const successor = replies[0]!.body.refresh_token
    expect(await call(b, 'GET', '/protected', { bearer: replies[49]!.body.access_token })).toMatchObject({ status: 200 })

    await new Promise((resolve) => setTimeout(resolve, GRACE_SECONDS * 1000 + 500))
    expect(await call(b, 'POST', '/refresh', { bearer: refresh })).toEqual(refused('REFRESH_REUSED'))
    expect(await call(a, 'POST', '/refresh', { bearer: successor })).toEqual(refused('REVOKED'))
    expect(await call(a, 'GET', '/protected', { bearer: replies[0]!.body.access_token })).toEqual(refused('REVOKED'))
  })
})
