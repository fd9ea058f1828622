// RedisStore details beyond the shared suite: the key layout (prefix, one hash tag per
// identity, TTLs from the session's end and the token's exp), the script cache lost on a
// restart, its own deadline against a paused server, and its configuration errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { JWT } from '../../src/index.js'
import { RedisStore } from '../../src/sessions/redis.js'
import { DeadlineError } from '../../src/sessions/deadline.js'
import { ioredisClient, nodeRedisClient, startRedis, type RedisServer } from '../helpers/redis-server.js'

let server: RedisServer
let admin: Awaited<ReturnType<typeof nodeRedisClient>>
beforeAll(async () => {
  server = await startRedis()
  admin = await nodeRedisClient(server.socket)
})
afterAll(async () => {
  await admin?.quit()
  await server?.stop()
})

const NOW = 1_800_000_000

describe.each([
  ['node-redis', (socket: string) => nodeRedisClient(socket, { failFast: false })],
  ['ioredis', (socket: string) => ioredisClient(socket, { failFast: false })],
] as const)('RedisStore over %s', (name, connect) => {
  let client: Awaited<ReturnType<typeof connect>>
  beforeAll(async () => {
    client = await connect(server.socket)
  })
  afterAll(async () => void (await client?.quit()))

  it('keeps one identity under one hash tag and the prefix, with TTLs from the session end and the token exp', async () => {
    const prefix = `layout-${name}:`
    const store = new RedisStore({ client, prefix })
    await store.openSession('alice', 'sid1', { jti: 'j1', exp: NOW + 600, end: NOW + 3600 }, 3600)
    await store.denyToken('alice', 'access1', 120)
    await store.denyToken('b}ob:x', 'j', 60)
    const keys = (await admin.keys(`${prefix}*`)).sort()
    expect(keys).toEqual([`${prefix}{u:alice}:i`, `${prefix}{u:alice}:j:access1`, `${prefix}{u:alice}:s:sid1`, `${prefix}{u:b%007dob%003ax}:j:j`])
    const session = await admin.pTTL(`${prefix}{u:alice}:s:sid1`)
    expect(session).toBeGreaterThan(3_500_000)
    expect(session).toBeLessThanOrEqual(3_600_000)
    expect(await admin.pTTL(`${prefix}{u:alice}:i`)).toBeGreaterThan(3_500_000)
    const deny = await admin.pTTL(`${prefix}{u:alice}:j:access1`)
    expect(deny).toBeGreaterThan(60_000)
    expect(deny).toBeLessThanOrEqual(120_000)
    expect(JSON.parse((await admin.get(`${prefix}{u:alice}:s:sid1`)) as string)).toEqual({ c: 'j1', x: NOW + 600, p: '', r: 0, e: NOW + 3600 })
  })

  it('rotation keeps the record’s TTL', async () => {
    const store = new RedisStore({ client, prefix: `ttl-${name}:` })
    await store.openSession('carol', 's', { jti: 'a', exp: NOW + 60, end: NOW + 100 }, 100)
    await store.rotateRefresh('carol', 's', 'a', { jti: 'b', exp: NOW + 600 }, 1000)
    const ttl = await admin.pTTL(`ttl-${name}:{u:carol}:s:s`)
    expect(ttl).toBeGreaterThan(90_000)
    expect(ttl).toBeLessThanOrEqual(100_000)
  })

  it('runs its scripts again after the server lost them (SCRIPT FLUSH, as after a restart)', async () => {
    const store = new RedisStore({ client, prefix: `flush-${name}:` })
    await store.openSession('dave', 's', { jti: 'a', exp: NOW + 60, end: NOW + 100 }, 100)
    await admin.scriptFlush()
    expect(await store.rotateRefresh('dave', 's', 'a', { jti: 'b', exp: NOW + 60 }, 1000)).toEqual({ outcome: 'ROTATED', jti: 'b', exp: NOW + 60 })
  })

  it('gives up at its own deadline on a paused server, even with the client’s default queueing', async () => {
    const store = new RedisStore({ client, prefix: `pause-${name}:`, timeoutMs: 100 })
    await admin.sendCommand(['CLIENT', 'PAUSE', '1500', 'ALL'])
    const started = performance.now()
    const error = await store.checkToken('erin', 's', 'j').catch((e: unknown) => e)
    const elapsed = performance.now() - started
    expect(error).toBeInstanceOf(DeadlineError)
    expect((error as Error).message).toBe('Redis did not answer within 100 ms')
    expect(elapsed).toBeLessThan(1000) // generous: the pause is 1.5 s, the client would wait for it
    await admin.sendCommand(['CLIENT', 'UNPAUSE'])
    expect(await store.checkToken('erin', 's', 'j')).toBe(false)
  })
})

describe('RedisStore configuration', () => {
  it('refuses bad options with a TypeError naming them', async () => {
    const client = await nodeRedisClient(server.socket)
    try {
      expect(() => new RedisStore({ client: {} })).toThrow(/RedisStore option client must be a connected node-redis, ioredis or iovalkey client/)
      expect(() => new (RedisStore as any)()).toThrow(/RedisStore needs options/)
      expect(() => new RedisStore({ client, prefix: 'a{b' })).toThrow('RedisStore option prefix must be a string without { or }')
      expect(() => new RedisStore({ client, timeoutMs: 0 })).toThrow('RedisStore option timeoutMs must be a whole number of milliseconds from 1 to 60000')
      expect(() => new RedisStore({ client, timeout: 5 } as never)).toThrow('Unknown RedisStore option: timeout')
    } finally {
      await client.quit()
    }
  })
})

describe('RedisStore under a JWT', () => {
  it('stores no token and no part of one, only ids and numbers, each key expiring with its session or token', async () => {
    const client = await nodeRedisClient(server.socket)
    try {
      const prefix = 'jwt-flow:'
      const jwt = new JWT({ secretKey: 'redis-store-test-secret-32-chars!!', store: new RedisStore({ client, prefix }), sessionExpires: 3600 })
      const session = await jwt.startSession('alice', { claims: { role: 'admin' } })
      const rotated = await jwt.rotateRefreshToken(session.refreshToken)
      expect(await jwt.revokeToken(rotated.accessToken)).toBe(true)
      const keys = (await admin.keys(`${prefix}*`)).sort()
      expect(keys.length).toBe(3) // session, index, deny entry
      const dump: unknown[] = []
      for (const key of keys) {
        dump.push(key, (await admin.type(key)) === 'zset' ? await admin.zRange(key, 0, -1) : await admin.get(key))
        const ttl = await admin.pTTL(key)
        expect(ttl).toBeGreaterThan(0)
        expect(ttl).toBeLessThanOrEqual(key.includes(':j:') ? 900_000 : 3_600_000) // the access token's lifetime; the session's
      }
      const text = JSON.stringify(dump)
      for (const token of [session.accessToken, session.refreshToken, rotated.accessToken, rotated.refreshToken]) {
        const [, payload, signature] = token.split('.')
        expect(text).not.toContain(payload)
        expect(text).not.toContain(signature)
      }
    } finally {
      await client.quit()
    }
  })
})
