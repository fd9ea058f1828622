// Sessions on a real Redis Cluster (three masters, test/helpers/redis-cluster.ts) through the
// cluster clients of node-redis, ioredis and iovalkey, with the fail-fast options
// docs/sessions.md gives: the SessionStore suite; JWT sessions of identities whose keys live
// on each of the three masters; and one master hung while the others answer, which must
// give its identities a fast 503 and the others their 200.
import { Cluster as IoredisCluster } from 'ioredis'
import { Cluster as ValkeyCluster } from 'iovalkey'
import { createCluster } from 'redis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { JWT, jwtRequired } from '../../src/index.js'
import { RedisStore } from '../../src/sessions/redis.js'
import { CLUSTER_START_MS, startCluster, type RedisCluster } from '../helpers/redis-cluster.js'
import { storeCases } from './store-suite.js'

const SECRET = 'cluster-test-secret-of-32-characters'
const DEADLINE_MARGIN_MS = 2000 // the store's deadline is 250 ms; see faults.test.ts
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

let cluster: RedisCluster
beforeAll(async () => {
  cluster = await startCluster()
}, CLUSTER_START_MS + 20_000)
afterAll(() => cluster?.stop())

type Connected = { client: object; close: () => Promise<unknown> }
const CLIENTS: [string, () => Promise<Connected>][] = [
  [
    'node-redis createCluster',
    async () => {
      const client = createCluster({
        rootNodes: cluster.rootNodes.map((node) => ({ socket: { ...node } })),
        defaults: { disableOfflineQueue: true },
        commandOptions: { timeout: 200 },
      })
      client.on('error', () => {}) // a hung node's errors are expected below
      await client.connect()
      return { client, close: () => client.close() }
    },
  ],
  ['ioredis Cluster', () => ioCluster(IoredisCluster)],
  ['iovalkey Cluster', () => ioCluster(ValkeyCluster)],
]

/** ioredis and iovalkey share one Cluster API: the fail-fast options docs/sessions.md gives. */
async function ioCluster(Cluster: typeof IoredisCluster | typeof ValkeyCluster): Promise<Connected> {
  const client = new Cluster([...cluster.rootNodes], { lazyConnect: true, enableOfflineQueue: false, redisOptions: { commandTimeout: 200, maxRetriesPerRequest: 1 } })
  client.on('error', () => {})
  await client.connect()
  return { client, close: () => client.quit() }
}

/** `count` identities per master, by master: the store keeps an identity's keys under {u:<sub>}. */
async function identitiesPerNode(prefix: string, count: number): Promise<string[][]> {
  const byPort = new Map<number, string[]>(cluster.nodes.map((node) => [node.port, []]))
  for (let i = 0; [...byPort.values()].some((subs) => subs.length < count); i++) {
    const sub = `user-${i}`
    const subs = byPort.get((await cluster.nodeOf(`${prefix}{u:${sub}}:i`)).port)!
    if (subs.length < count) subs.push(sub)
  }
  return cluster.nodes.map((node) => byPort.get(node.port)!)
}

const guarded = jwtRequired(() => ({ ok: true }))
async function get(token: string) {
  const started = performance.now()
  const response = await guarded(new Request('http://test.local/', { headers: { authorization: `Bearer ${token}` } }))
  const body = (await response.json()) as { code?: string }
  return { status: response.status, code: body.code, ms: performance.now() - started }
}

describe.each(CLIENTS)('RedisStore on a Redis Cluster over %s', (name, connect) => {
  const prefix = `cluster-${name.split(' ')[0]}:`
  let connected: Connected
  let jwt: JWT
  beforeAll(async () => {
    connected = await connect()
    jwt = new JWT({ secretKey: SECRET, store: new RedisStore({ client: connected.client, prefix }), storeTimeoutMs: 250 })
  })
  afterAll(() => connected?.close().catch(() => {}))

  describe('the SessionStore suite', () => {
    it.concurrent.each(storeCases.map((c) => [c.name, c] as const))('%s', async (_, c) => c.run(new RedisStore({ client: connected.client, prefix: `${prefix}suite:` })))
  })

  it('sessions of identities on each master: start, rotate, reuse, end everywhere', async () => {
    const subs = (await identitiesPerNode(prefix, 1)).flat()
    for (const sub of subs) {
      const one = await jwt.startSession(sub)
      const two = await jwt.startSession(sub)
      expect((await get(one.accessToken)).status).toBe(200)
      const rotated = await jwt.rotateRefreshToken(one.refreshToken)
      expect((await get(rotated.accessToken)).status).toBe(200)
      await jwt.revokeToken(two.accessToken)
      expect(await get(two.accessToken)).toMatchObject({ status: 401, code: 'REVOKED' })
      await jwt.endAllSessions(sub)
      for (const token of [one.accessToken, rotated.accessToken]) expect(await get(token), sub).toMatchObject({ status: 401, code: 'REVOKED' })
      await expect(jwt.rotateRefreshToken(rotated.refreshToken)).rejects.toMatchObject({ code: 'REVOKED' })
    }
  })

  // Several identities per master: a client that routed a command by anything but its key
  // would send some of the live masters' to the hung one, and their 200s would be 503s.
  it('one master hung (SIGSTOP): its identities get a fast 503, the others their 200; recovery on SIGCONT', async () => {
    const perNode = await identitiesPerNode(prefix, 6)
    const tokens = await Promise.all(perNode.map((subs) => Promise.all(subs.map(async (sub) => (await jwt.startSession(sub)).accessToken))))
    const hung = 1
    cluster.nodes[hung]!.signal('SIGSTOP')
    try {
      await sleep(300)
      const answers = await Promise.all(tokens.map((onNode) => Promise.all(onNode.map(get))))
      answers.forEach((onNode, node) => {
        for (const [i, answer] of onNode.entries()) {
          if (node === hung) expect(answer, perNode[node]![i]).toMatchObject({ status: 503, code: 'STORE_UNAVAILABLE' })
          else expect(answer.status, perNode[node]![i]).toBe(200)
          expect(answer.ms).toBeLessThan(DEADLINE_MARGIN_MS)
        }
      })
      await expect(jwt.startSession(perNode[hung]![0]!)).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE', status: 503 })
    } finally {
      cluster.nodes[hung]!.signal('SIGCONT')
    }
    const end = Date.now() + 15_000
    while ((await get(tokens[hung]![0]!)).status !== 200) {
      if (Date.now() > end) throw new Error('no recovery after SIGCONT')
      await sleep(50)
    }
    for (const token of tokens.flat()) expect((await get(token)).status).toBe(200)
  })
})
