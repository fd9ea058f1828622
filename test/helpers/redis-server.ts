// A real redis-server per test file: a child process on a Unix socket in a temp dir (no TCP
// port, no config file, no RDB snapshots unless asked), never daemonized, always stopped.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createClient } from 'redis'
import { Redis } from 'ioredis'
import { launchServer, stopServer } from './server-process.js'

export const REDIS_SERVER = process.env.REDIS_SERVER ?? '/usr/bin/redis-server'

export interface RedisServer {
  /** The Unix socket path. */
  readonly socket: string
  readonly dir: string
  readonly pid: number | undefined
  /** Sends a signal to the server (SIGKILL, SIGSTOP, SIGCONT). */
  signal(signal: NodeJS.Signals): void
  /** Starts the server again on the same socket and data dir (after a kill or a stop). */
  restart(): Promise<void>
  /** Stops the server (SIGTERM, then SIGKILL) and waits for it to exit; keeps the dir. */
  halt(): Promise<void>
  /** Stops the server and removes its temp dir. */
  stop(): Promise<void>
}

function launch(dir: string, socket: string, extra: string[]) {
  const args = ['--port', '0', '--unixsocket', socket, '--unixsocketperm', '700', '--dir', dir, '--save', '', ...extra]
  return launchServer(REDIS_SERVER, args, /ready to accept connections (at|unix)/i, 'redis-server')
}

/** Starts redis-server; `extra` adds arguments such as ['--appendonly', 'yes']. */
export async function startRedis(extra: string[] = []): Promise<RedisServer> {
  const dir = mkdtempSync(join(tmpdir(), 'jwt-wasm-redis-'))
  const socket = join(dir, 'r.sock')
  let child = await launch(dir, socket, extra).catch((error: unknown) => {
    rmSync(dir, { recursive: true, force: true })
    throw error
  })
  const halt = () => stopServer(child)
  return {
    socket,
    dir,
    get pid() {
      return child.pid
    },
    signal: (signal) => void child.kill(signal),
    restart: async () => {
      await halt()
      child = await launch(dir, socket, extra)
    },
    halt,
    stop: async () => {
      await halt()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** node-redis with the fail-fast options docs/sessions.md gives. */
export async function nodeRedisClient(socket: string, { failFast = true }: { failFast?: boolean } = {}) {
  const client = createClient({
    socket: { path: socket, reconnectStrategy: (retries: number) => Math.min(50 * 2 ** retries, 500) },
    ...(failFast ? { disableOfflineQueue: true, commandOptions: { timeout: 200 } } : {}),
  })
  client.on('error', () => {}) // reconnection errors are expected in the fault tests
  await client.connect()
  return client
}

/** ioredis with the fail-fast options docs/sessions.md gives. */
export async function ioredisClient(socket: string, { failFast = true }: { failFast?: boolean } = {}) {
  const client = new Redis({
    path: socket,
    lazyConnect: true,
    retryStrategy: (times: number) => Math.min(50 * 2 ** times, 500),
    ...(failFast ? { enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: 200 } : {}),
  })
  client.on('error', () => {})
  await client.connect()
  return client
}
