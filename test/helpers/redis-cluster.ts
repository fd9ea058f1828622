// A real Redis Cluster per test file: three masters, each a redis-server child process in
// cluster mode, the 16384 slots split between them, no replicas. A cluster node needs TCP
// (its bus listens on port + 10000), so each binds 127.0.0.1 only, on a port found free
// together with its bus port. Never daemonized, no config file of the user's, always stopped.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createClient } from 'redis'
import { REDIS_SERVER } from './redis-server.js'

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

const live = new Set<ChildProcess>()
process.once('exit', () => {
  for (const child of live) child.kill('SIGKILL')
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer()
    server.once('error', () => resolve(false))
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)))
  })
}

/** A port that is free on 127.0.0.1, and whose cluster bus port (+10000) is too. */
async function freePort(taken: Set<number>): Promise<number> {
  for (let i = 0; i < 200; i++) {
    const port = 20000 + Math.floor(Math.random() * 10000)
    if (taken.has(port) || taken.has(port + 10000)) continue
    if ((await canListen(port)) && (await canListen(port + 10000))) {
      taken.add(port).add(port + 10000)
      return port
    }
  }
  throw new Error('no free port pair for a cluster node')
}

function launch(dir: string, port: number): Promise<ChildProcess> {
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--protected-mode', 'yes', '--cluster-enabled', 'yes', '--cluster-config-file', join(dir, `nodes-${port}.conf`), '--cluster-node-timeout', '5000', '--dir', dir, '--save', '', '--appendonly', 'no']
  const child = spawn(REDIS_SERVER, args, { stdio: ['ignore', 'pipe', 'pipe'] })
  live.add(child)
  child.once('exit', () => live.delete(child))
  return new Promise((resolve, reject) => {
    let out = ''
    const timer = setTimeout(() => fail(new Error(`cluster node did not start in 20 s:\n${out}`)), 20_000)
    const fail = (error: Error) => {
      clearTimeout(timer)
      child.kill('SIGKILL')
      reject(error)
    }
    child.once('error', fail)
    child.once('exit', (code) => fail(new Error(`cluster node exited (${code}):\n${out}`)))
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk
      if (/ready to accept connections/i.test(out)) {
        clearTimeout(timer)
        child.removeAllListeners('exit')
        child.once('exit', () => live.delete(child))
        child.stdout!.removeAllListeners('data')
        child.stdout!.resume()
        resolve(child)
      }
    })
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk))
  })
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGCONT')
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000)
  await exited
  clearTimeout(timer)
}

/** Starts three masters, assigns the slots, joins them, and waits for cluster_state:ok on each. */
export async function startCluster(): Promise<RedisCluster> {
  const dir = mkdtempSync(join(tmpdir(), 'jwt-wasm-cluster-'))
  const taken = new Set<number>()
  const ports = [await freePort(taken), await freePort(taken), await freePort(taken)]
  const children: ChildProcess[] = []
  const stop = async () => {
    await Promise.all(children.map(stopChild))
    rmSync(dir, { recursive: true, force: true })
  }
  try {
    for (const port of ports) children.push(await launch(dir, port))
    const admins = await Promise.all(ports.map((port) => createClient({ socket: { host: '127.0.0.1', port } }).connect()))
    try {
      await Promise.all(admins.map((admin, i) => admin.sendCommand(['CLUSTER', 'ADDSLOTSRANGE', String(SLOTS[i]![0]), String(SLOTS[i]![1])])))
      for (const port of ports.slice(1)) await admins[0]!.sendCommand(['CLUSTER', 'MEET', '127.0.0.1', String(port)])
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
