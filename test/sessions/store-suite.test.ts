// The shared SessionStore suite (store-suite.ts) against MemoryStore and RedisStore, the
// latter over both client libraries, each on a real redis-server of its own.
import { afterAll, beforeAll, describe, it } from 'vitest'
import { MemoryStore } from '../../src/sessions/memory.js'
import { RedisStore } from '../../src/sessions/redis.js'
import type { SessionStore } from '../../src/sessions/store.js'
import { ioredisClient, nodeRedisClient, startRedis, type RedisServer } from '../helpers/redis-server.js'
import { storeCases } from './store-suite.js'

function suite(name: string, setup: () => Promise<{ store: SessionStore; close: () => Promise<void> }>) {
  describe(name, () => {
    let store: SessionStore
    let close: () => Promise<void>
    beforeAll(async () => {
      ;({ store, close } = await setup())
    })
    afterAll(() => close?.())
    it.concurrent.each(storeCases.map((c) => [c.name, c] as const))('%s', async (_, c) => c.run(store))
  })
}

suite('MemoryStore', async () => ({ store: new MemoryStore(), close: async () => {} }))

let server: RedisServer
beforeAll(async () => {
  server = await startRedis()
})
afterAll(() => server?.stop())

suite('RedisStore over node-redis', async () => {
  const client = await nodeRedisClient(server.socket)
  return { store: new RedisStore({ client, prefix: 'suite-node:' }), close: async () => void (await client.quit()) }
})

suite('RedisStore over ioredis', async () => {
  const client = await ioredisClient(server.socket)
  return { store: new RedisStore({ client, prefix: 'suite-io:' }), close: async () => void (await client.quit()) }
})

suite('RedisStore over iovalkey', async () => {
  const { Valkey } = await import('iovalkey')
  const client = new Valkey({ path: server.socket, enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: 200, lazyConnect: true })
  client.on('error', () => {})
  await client.connect()
  return { store: new RedisStore({ client, prefix: 'suite-valkey:' }), close: async () => void (await client.quit()) }
})
