// Thin adapters from the user's own Redis client to the one operation RedisStore needs:
// send a command, get its reply. No client is imported (jwt-wasm has no runtime dependency);
// each adapter only calls the client's generic command method.

/** Sends one command (its name and arguments as strings); `key` is its first key, for cluster routing. */
export interface RedisCommands {
  send(args: readonly string[], key: string, timeoutMs: number): Promise<unknown>
}

type NodeRedisClient = { sendCommand(args: readonly string[], options?: object): Promise<unknown>; isOpen?: boolean }
type NodeRedisCluster = { sendCommand(key: string, readonly: boolean, args: readonly string[], options?: object): Promise<unknown>; masters: unknown }
type IoRedisClient = { call(command: string, ...args: string[]): Promise<unknown> }

/**
 * node-redis (`redis` 4 to 6): a client or a cluster. The store's timeout is passed on as the
 * command's `timeout`, so a command queued while the server is away leaves the queue at
 * the deadline instead of piling up.
 */
export function nodeRedisCommands(client: NodeRedisClient | NodeRedisCluster): RedisCommands {
  if ('masters' in client) {
    const cluster = client as NodeRedisCluster
    return { send: (args, key, timeout) => cluster.sendCommand(key, false, args, { timeout }) }
  }
  const single = client as NodeRedisClient
  return { send: (args, _key, timeout) => single.sendCommand(args, { timeout }) }
}

/**
 * ioredis or iovalkey: a Redis or a Cluster, which routes `call` by the command's keys. The
 * name goes in lower case: iovalkey looks it up in its command table as given, and an
 * upper-case name finds no keys, so its Cluster sent each command to a random node (a
 * redirect, or a timeout when that node hung: test/sessions/cluster.test.ts).
 */
export function ioredisCommands(client: IoRedisClient): RedisCommands {
  return { send: ([command, ...args]) => client.call(command.toLowerCase(), ...args) }
}

/** The adapter for whichever client this is; a TypeError naming the option otherwise. */
export function redisCommands(client: unknown): RedisCommands {
  if (typeof client === 'object' && client !== null) {
    const c = client as Record<string, unknown>
    if (typeof c.send === 'function' && typeof c.sendCommand !== 'function' && typeof c.call !== 'function') return client as RedisCommands
    if (typeof c.call === 'function') return ioredisCommands(client as IoRedisClient)
    if (typeof c.sendCommand === 'function') return nodeRedisCommands(client as NodeRedisClient)
  }
  throw new TypeError('RedisStore option client must be a connected node-redis, ioredis or iovalkey client (or an object with send(args, key, timeoutMs))')
}
