// A real Redis Cluster per test file: three masters, each a redis-server child process in
// cluster mode, the 16384 slots split between them, no replicas. A cluster node needs TCP
// (its bus too), so each binds 127.0.0.1 only, on ports the OS reports free; another
// process may take one before the node binds it, so a node that cannot bind starts again
// on others. Never daemonized, no config file of the user's, always stopped.
import type { ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type AddressInfo, type Server } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createClient } from 'redis'
import { REDIS_SERVER } from './redis-server.js'
import { launchServer, stopServer } from './server-process.js'

export interface ClusterNode {
  readonly port: number
  /** The first and last slot it serves. */
  readonly slots: readonly [number, number]
  /** Sends a signal to this node (SIGSTOP, SIGCONT, SIGKILL). */
  signal(signal: NodeJS.Signals): void
}

export interface RedisCluster {
  readonly nodes: readonly ClusterNode[]
  /** host:port of every master, for the clients' root nodes. */
  readonly rootNodes: readonly { host: string; port: number }[]
  /** The node serving this key's slot (CLUSTER KEYSLOT, asked of the cluster itself). */
  nodeOf(key: string): Promise<ClusterNode>
  stop(): Promise<void>
}

const SLOTS: readonly (readonly [number, number])[] = [
  [0, 5460],
  [5461, 10922],
  [10923, 16383],
]

/**
 * How long a node may be unreachable before the others call it failed: longer than a test
 * keeps a master stopped (SIGSTOP), so a slow run never sees the whole cluster refuse
 * (cluster_state:fail) nor waits out the failure's undo time (twice this) to recover.
 */
const NODE_TIMEOUT_MS = 15_000

/**
 * startCluster's own limits: 20 s for the nodes to start (server-process.ts), 30 s for the
 * cluster to form. A beforeAll that gave up sooner would leave a cluster nobody stops.
 */
export const CLUSTER_START_MS = 20_000 + 30_000

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Two distinct ports that are free on 127.0.0.1 at this moment: a node's and its bus's. */
async function freePorts(): Promise<[number, number]> {
  const listen = () =>
    new Promise<Server>((resolve, reject) => {
      const server = createServer()
      server.once('error', reject)
      server.listen(0, '127.0.0.1', () => resolve(server))
    })
  const servers = [await listen(), await listen()]
  const ports = servers.map((server) => (server.address() as AddressInfo).port) as [number, number]
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))))
  return ports
}

/** One cluster node; on a port taken since freePorts said it was free, again on new ones. */
async function launchNode(dir: string): Promise<{ child: ChildProcess; port: number; busPort: number }> {
  for (let attempt = 1; ; attempt++) {
    const [port, busPort] = await freePorts()
    const args = ['--port', String(port), '--cluster-port', String(busPort), '--bind', '127.0.0.1', '--protected-mode', 'yes', '--cluster-enabled', 'yes', '--cluster-config-file', join(dir, `nodes-${port}.conf`), '--cluster-node-timeout', String(NODE_TIMEOUT_MS), '--dir', dir, '--save', '', '--appendonly', 'no']
    try {
      return { child: await launchServer(REDIS_SERVER, args, /ready to accept connections/i, 'cluster node'), port, busPort }
    } catch (error) {
      if (attempt === 5 || !/address already in use/i.test(String(error))) throw error
    }
  }
}

/** Starts three masters, assigns the slots, joins them, and waits for cluster_state:ok on each. */
export async function startCluster(): Promise<RedisCluster> {
  const dir = mkdtempSync(join(tmpdir(), 'jwt-wasm-cluster-'))
  const launched = await Promise.allSettled(SLOTS.map(() => launchNode(dir)))
  const children = launched.flatMap((result) => (result.status === 'fulfilled' ? [result.value.child] : []))
  const stop = async () => {
    await Promise.all(children.map(stopServer))
    rmSync(dir, { recursive: true, force: true })
  }
  const ports: number[] = []
  const busPorts: number[] = []
  try {
    for (const result of launched) {
      if (result.status === 'rejected') throw result.reason
      ports.push(result.value.port)
      busPorts.push(result.value.busPort)
    }
    const connected = await Promise.allSettled(ports.map((port) => createClient({ socket: { host: '127.0.0.1', port } }).connect()))
    const admins = connected.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []))
    try {
      for (const result of connected) if (result.status === 'rejected') throw result.reason
      await Promise.all(admins.map((admin, i) => admin.sendCommand(['CLUSTER', 'ADDSLOTSRANGE', String(SLOTS[i]![0]), String(SLOTS[i]![1])])))
      // The bus port is given: without it MEET assumes port + 10000.
      for (let i = 1; i < ports.length; i++) await admins[0]!.sendCommand(['CLUSTER', 'MEET', '127.0.0.1', String(ports[i]), String(busPorts[i])])
      const end = Date.now() + 30_000
      for (;;) {
        const infos = await Promise.all(admins.map((admin) => admin.sendCommand(['CLUSTER', 'INFO']) as Promise<string>))
        if (infos.every((info) => /cluster_state:ok/.test(info) && /cluster_known_nodes:3/.test(info))) break
        if (Date.now() > end) throw new Error(`the cluster did not form in 30 s:\n${infos.join('\n')}`)
        await sleep(100)
      }
    } finally {
      await Promise.all(admins.map((admin) => admin.quit().catch(() => {})))
    }
  } catch (error) {
    await stop()
    throw error
  }
  const nodes: ClusterNode[] = ports.map((port, i) => ({ port, slots: SLOTS[i]!, signal: (signal) => void children[i]!.kill(signal) }))
  return {
    nodes,
    rootNodes: ports.map((port) => ({ host: '127.0.0.1', port })),
    nodeOf: async (key) => {
      const admin = await createClient({ socket: { host: '127.0.0.1', port: ports[0]! } }).connect()
      try {
        const slot = Number(await admin.sendCommand(['CLUSTER', 'KEYSLOT', key]))
        return nodes.find((node) => slot >= node.slots[0] && slot <= node.slots[1])!
      } finally {
        await admin.quit().catch(() => {})
      }
    },
    stop,
  }
}
