// A real redis-server per test file: a child process on a Unix socket in a temp dir (no TCP
// port, no config file, no RDB snapshots unless asked), never daemonized, always stopped.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createClient } from 'redis'
import { Redis } from 'ioredis'

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

const live = new Set<ChildProcess>()
process.once('exit', () => {
  for (const child of live) child.kill('SIGKILL')
})

function launch(dir: string, socket: string, extra: string[]): Promise<ChildProcess> {
  const child = spawn(REDIS_SERVER, ['--port', '0', '--unixsocket', socket, '--unixsocketperm', '700', '--dir', dir, '--save', '', ...extra], { stdio: ['ignore', 'pipe', 'pipe'] })
  live.add(child)
  child.once('exit', () => live.delete(child))
  return new Promise((resolve, reject) => {
    let out = ''
    const timer = setTimeout(() => fail(new Error(`redis-server did not start in 20 s:\n${out}`)), 20_000)
    const fail = (error: Error) => {
      clearTimeout(timer)
      child.kill('SIGKILL')
      reject(error)
    }
    child.once('error', fail)
    child.once('exit', (code) => fail(new Error(`redis-server exited (${code}):\n${out}`)))
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk
      if (/ready to accept connections (at|unix)/i.test(out)) {
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

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => child.once('exit', () => resolve()))
}

/** Starts redis-server; `extra` adds arguments such as ['--appendonly', 'yes']. */
export async function startRedis(extra: string[] = []): Promise<RedisServer> {
  const dir = mkdtempSync(join(tmpdir(), 'jwt-wasm-redis-'))
  const socket = join(dir, 'r.sock')
  let child = await launch(dir, socket, extra)
  const halt = async () => {
    child.kill('SIGCONT') // a stopped process cannot act on SIGTERM
    child.kill('SIGTERM')
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000)
    await exited(child)
    clearTimeout(timer)
  }
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
