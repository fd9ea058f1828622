// Faults on a real redis-server while guarded requests keep coming: killed (SIGKILL), hung
// (SIGSTOP, CLIENT PAUSE) and restarted. Every answer is 200 or a fast 503 (never a pass
// for a revoked token, never a hang), and the guards recover by themselves once Redis is
// back. With AOF, an ended session stays ended across a restart while a live one survives.
// Clients are used both with the documented fail-fast options and with their defaults (the
// library's own deadline must hold either way). The only timing assertion is the deadline,
// with a wide margin: under 2 s, against 5 s (node-redis) and 74 s (ioredis) or never.
import { afterEach, describe, expect, it } from 'vitest'
import { JWT, jwtOptional, jwtRequired } from '../../src/index.js'
import { RedisStore } from '../../src/sessions/redis.js'
import { ioredisClient, nodeRedisClient, startRedis, type RedisServer } from '../helpers/redis-server.js'

const SECRET = 'faults-test-secret-of-32-characters'
const DEADLINE_MARGIN_MS = 2000
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

let cleanups: (() => Promise<unknown> | unknown)[] = []
afterEach(async () => {
  for (const c of cleanups.reverse()) await c()
  cleanups = []
})

type Connect = (socket: string, options: { failFast: boolean }) => Promise<{ quit(): Promise<unknown> }>
const CLIENTS: [string, Connect, boolean][] = [
  ['node-redis, fail-fast', nodeRedisClient as Connect, true],
  ['node-redis, defaults', nodeRedisClient as Connect, false],
  ['ioredis, fail-fast', ioredisClient as Connect, true],
  ['ioredis, defaults', ioredisClient as Connect, false],
]

async function setup(connect: Connect, failFast: boolean, extra: string[] = []) {
  const server = await startRedis(extra)
  cleanups.push(() => server.stop())
  const client = await connect(server.socket, { failFast })
  cleanups.push(() => client.quit().catch(() => {}))
  const jwt = new JWT({ secretKey: SECRET, store: new RedisStore({ client }), storeTimeoutMs: 250 })
  const guarded = jwtRequired(() => ({ ok: true }))
  const optional = jwtOptional((request) => ({ user: request.jwtIdentity }))
  const get = async (token: string, route = guarded) => {
    const started = performance.now()
    const response = await route(new Request('http://test.local/', { headers: { authorization: `Bearer ${token}` } }))
    const body = await response.json()
    return { status: response.status, code: body.code as string | undefined, retryAfter: response.headers.get('retry-after'), ms: performance.now() - started }
  }
  return { server, jwt, get, optional }
}

/**
 * Requests from `tokens` in a loop until `stop()`, recording every answer. `live` tokens may
 * get 200 or 503; `revoked` ones 401 or 503, never 200.
 */
function traffic(get: (token: string) => Promise<{ status: number; code?: string; ms: number }>, live: string, revoked: string) {
  const answers: { token: 'live' | 'revoked'; status: number; code?: string; ms: number }[] = []
  let running = true
  const loops = Array.from({ length: 4 }, async (_, i) => {
    while (running) {
      const which = i % 2 ? 'revoked' : 'live'
      answers.push({ token: which, ...(await get(which === 'live' ? live : revoked)) })
      await sleep(5)
    }
  })
  return {
    answers,
    stop: async () => {
      running = false
      await Promise.all(loops)
    },
  }
}

function checkAnswers(answers: { token: string; status: number; code?: string; ms: number }[]) {
  for (const a of answers) {
    if (a.token === 'live') expect([200, 503]).toContain(a.status)
    else expect([401, 503]).toContain(a.status)
    if (a.status === 503) expect(a.code).toBe('STORE_UNAVAILABLE')
    expect(a.ms).toBeLessThan(DEADLINE_MARGIN_MS)
  }
}

async function until(condition: () => Promise<boolean>, what: string, ms = 15_000) {
  const end = Date.now() + ms
  while (Date.now() < end) {
    if (await condition()) return
    await sleep(50)
  }
  throw new Error(`timed out waiting for ${what}`)
}

describe.each(CLIENTS)('Redis faults with %s', (_, connect, failFast) => {
  it('hung by SIGSTOP: fast 503s (jwtOptional too), then recovery on SIGCONT', async () => {
    const { server, jwt, get, optional } = await setup(connect, failFast)
    const live = (await jwt.startSession('alice')).accessToken
    const revoked = (await jwt.startSession('bob')).accessToken
    await jwt.endSession(revoked)
    expect((await get(live)).status).toBe(200)
    const load = traffic(get, live, revoked)
    await sleep(100)
    server.signal('SIGSTOP')
    await sleep(800)
    const during = await get(live)
    expect(during).toMatchObject({ status: 503, code: 'STORE_UNAVAILABLE', retryAfter: '1' })
    expect(during.ms).toBeLessThan(DEADLINE_MARGIN_MS)
    expect(await get(live, optional)).toMatchObject({ status: 503, code: 'STORE_UNAVAILABLE' })
    server.signal('SIGCONT')
    await until(async () => (await get(live)).status === 200, 'recovery after SIGCONT')
    await load.stop()
    checkAnswers(load.answers)
    expect(load.answers.some((a) => a.status === 503)).toBe(true)
    expect((await get(revoked)).code).toBe('REVOKED')
  })

  it('paused by CLIENT PAUSE: fast 503s, then recovery', async () => {
    const { server, jwt, get } = await setup(connect, failFast)
    const live = (await jwt.startSession('alice')).accessToken
    const revoked = (await jwt.startSession('bob')).accessToken
    await jwt.revokeToken(revoked)
    const admin = await nodeRedisClient(server.socket)
    cleanups.push(() => admin.quit().catch(() => {}))
    const load = traffic(get, live, revoked)
    await admin.sendCommand(['CLIENT', 'PAUSE', '1500', 'ALL'])
    await sleep(600)
    expect(await get(live)).toMatchObject({ status: 503, code: 'STORE_UNAVAILABLE' })
    await until(async () => (await get(live)).status === 200, 'recovery after the pause')
    await load.stop()
    checkAnswers(load.answers)
  })

  it('killed (SIGKILL) and restarted: fast 503s, then recovery without a restart of ours; lost sessions log users out', async () => {
    const { server, jwt, get } = await setup(connect, failFast)
    const live = (await jwt.startSession('alice')).accessToken
    const revoked = (await jwt.startSession('bob')).accessToken
    await jwt.endSession(revoked)
    const load = traffic(get, live, revoked)
    await sleep(100)
    server.signal('SIGKILL')
    await sleep(600)
    const during = await get(live)
    expect(during).toMatchObject({ status: 503, code: 'STORE_UNAVAILABLE' })
    await expect(jwt.startSession('carol')).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE', status: 503 })
    await server.restart()
    // Without persistence the sessions are gone: their tokens are refused, the safe direction.
    await until(async () => (await get(live)).code === 'REVOKED', 'Redis answering again')
    await load.stop()
    checkAnswers(load.answers.filter((a) => a.token === 'revoked'))
    for (const a of load.answers) expect(a.ms).toBeLessThan(DEADLINE_MARGIN_MS)
    const fresh = (await jwt.startSession('alice')).accessToken
    expect((await get(fresh)).status).toBe(200)
  })
})

describe('persistence', () => {
  it('with appendonly yes, an ended session stays ended across a restart, and a live one survives', async () => {
    const { server, jwt, get } = await setup(nodeRedisClient as Connect, true, ['--appendonly', 'yes'])
    const live = await jwt.startSession('alice')
    const ended = await jwt.startSession('alice')
    const revoked = await jwt.startSession('bob')
    await jwt.endSession(ended.accessToken)
    await jwt.revokeToken(revoked.accessToken)
    await server.restart() // SIGTERM: the AOF is flushed on shutdown
    await until(async () => (await get(live.accessToken)).status === 200, 'Redis answering after the restart')
    expect((await get(ended.accessToken)).code).toBe('REVOKED')
    expect((await get(revoked.accessToken)).code).toBe('REVOKED')
    // Only bob's access token was denied: his session, and so his refresh token, lives on.
    expect((await jwt.rotateRefreshToken(revoked.refreshToken)).accessToken).toBeTruthy()
  })
})
