// RemoteKeySet against a real HTTP server on 127.0.0.1, started here: rotation, the cooldown,
// merged refreshes, staleness, and a server that is down, slow, huge, redirecting or not
// answering JSON.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { b64, rsaKey, signToken } from './helpers.js'
import { JWTError, JWTVerifier, RemoteKeySet } from '../../src/asymmetric.js'
import { codeOf } from '../helpers/code-of.js'
import { thrownBy } from '../helpers/thrown.js'

const one = rsaKey(2048)
const two = rsaKey(2048, 'second')
const now = () => Math.floor(Date.now() / 1000)
const token = (key = one, kid = 'one') => signToken('RS256', key.privateKey, { alg: 'RS256', kid }, { sub: kid, exp: now() + 600 })
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

type Handler = (req: IncomingMessage, res: ServerResponse) => void
let handler: Handler
let hits = 0
let server: Server
let url: string

const json = (body: unknown, type = 'application/json'): Handler => (_req, res) => {
  res.writeHead(200, { 'content-type': type })
  res.end(typeof body === 'string' ? body : JSON.stringify(body))
}
const setOf = (...keys: [ReturnType<typeof rsaKey>, string][]) => ({ keys: keys.map(([k, kid]) => ({ ...k.jwk, kid, use: 'sig', alg: 'RS256' })) })

beforeAll(async () => {
  server = createServer((req, res) => {
    hits++
    handler(req, res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`
})

afterEach(() => {
  hits = 0
  handler = json(setOf([one, 'one']))
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
  } catch (error) {
    if (JWTError.is(error)) return `${error.code}: ${error.message}`
    throw error
  }
  return 'resolved'
}

describe('create', () => {
  test('fetches once; verification is then synchronous', async () => {
    handler = json(setOf([one, 'one']))
    const keys = await RemoteKeySet.create(url)
    expect(hits).toBe(1)
    const verifier = new JWTVerifier({ keys, algorithms: ['RS256'] })
    expect(verifier.verify(token()).sub).toBe('one')
    expect(verifier.verifyToken(token())).toBe(true)
    expect(hits).toBe(1)
  })

  test.each([
    ['a 404', (_req: IncomingMessage, res: ServerResponse) => res.writeHead(404).end('{}'), /status 404/],
    ['a redirect to a good set', (_req: IncomingMessage, res: ServerResponse) => res.writeHead(302, { location: '/elsewhere' }).end(), /status 302/],
    ['HTML', json('<html></html>', 'text/html'), /not JSON/],
    ['JSON that is not a JWKS', json({ keys: 'none' }), /"keys" array/],
    ['text that is not JSON under a JSON type', json('{"keys": [', 'application/json'), /text is not JSON/],
    ['too many keys', json({ keys: Array.from({ length: 101 }, () => one.jwk) }), /101 keys; at most 100/],
    ['a body larger than maxBytes, declared', (_req: IncomingMessage, res: ServerResponse) => res.writeHead(200, { 'content-type': 'application/json', 'content-length': 300000 }).end(), /larger than 262144 bytes/],
    ['a body larger than maxBytes, streamed', (_req: IncomingMessage, res: ServerResponse) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.write(' '.repeat(200000))
      res.end(' '.repeat(200000))
    }, /larger than 262144 bytes/],
    ['bytes that are not UTF-8', (_req: IncomingMessage, res: ServerResponse) => res.writeHead(200, { 'content-type': 'application/json' }).end(Buffer.from([0x7b, 0xff, 0x7d])), /not UTF-8/],
  ])('rejects %s with KEYS_UNAVAILABLE saying why', async (_name, h, reason) => {
    handler = h as Handler
    const got = await refusal(RemoteKeySet.create(url))
    expect(got).toMatch(/^KEYS_UNAVAILABLE: Token keys unavailable: /)
    expect(got).toMatch(reason)
  })

  test('accepts application/jwk-set+json and skips keys it cannot use', async () => {
    handler = json({ keys: [{ kty: 'oct', k: 'AA' }, { ...one.jwk, kid: 'one' }, { ...two.jwk, n: 'AA', kid: 'bad' }] }, 'application/jwk-set+json; charset=utf-8')
    const keys = await RemoteKeySet.create(url)
    expect(keys.keySet.kids).toEqual(['one'])
  })

  test('a slow server: no answer within timeoutMs', async () => {
    handler = (_req, res) => setTimeout(() => json(setOf([one, 'one']))(_req, res), 1000)
    expect(await refusal(RemoteKeySet.create(url, { timeoutMs: 100 }))).toMatch(/no answer within 100 ms/)
  })

  test('a server that is down: the request failed', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise((resolve) => closed.close(resolve))
    expect(await refusal(RemoteKeySet.create(`http://127.0.0.1:${port}/jwks`))).toMatch(/the request failed/)
  })

  test('configuration errors are TypeErrors', async () => {
    await expect(RemoteKeySet.create('http://idp.example/jwks')).rejects.toThrow(/must be https/)
    await expect(RemoteKeySet.create('/jwks')).rejects.toThrow(/absolute URL/)
    await expect(RemoteKeySet.create(url, { cooldownMs: -1 })).rejects.toThrow(/option cooldownMs/)
    await expect(RemoteKeySet.create(url, { maxAgeMs: 1000, maxStaleMs: 10 })).rejects.toThrow(/option maxStaleMs/)
    await expect(RemoteKeySet.create(url, { fetch: 'x' as never })).rejects.toThrow(/option fetch/)
    await expect(RemoteKeySet.create(url, { retries: 1 } as never)).rejects.toThrow(/Unknown RemoteKeySet option: retries/)
    expect(hits).toBe(0)
  })
})

describe('rotation and misses', () => {
  test('a new kid: refused at once, one refresh starts; verifyAsync waits for it', async () => {
    handler = json(setOf([one, 'one']))
    const keys = await RemoteKeySet.create(url, { cooldownMs: 0 })
    const verifier = new JWTVerifier({ keys, algorithms: ['RS256'] })
    handler = json(setOf([one, 'one'], [two, 'two']))
    expect(codeOf(() => verifier.verify(token(two, 'two')))).toBe('UNKNOWN_KEY')
    expect(keys.refreshing).toBeInstanceOf(Promise)
    await keys.refreshing
    expect(hits).toBe(2)
    expect(verifier.verify(token(two, 'two')).sub).toBe('two')
  })

  test('verifyAsync: the first token after a rotation passes', async () => {
    const keys = await RemoteKeySet.create(url, { cooldownMs: 0 })
    const verifier = new JWTVerifier({ keys, algorithms: ['RS256'] })
    handler = json(setOf([two, 'two']))
    expect((await verifier.verifyAsync(token(two, 'two'))).sub).toBe('two')
    // The old key is gone with the whole old set.
    expect(codeOf(() => verifier.verify(token(one, 'one')))).toBe('UNKNOWN_KEY')
    await keys.refreshing
  })

  test('the cooldown: misses within it start no fetch; concurrent ones share one', async () => {
    const keys = await RemoteKeySet.create(url, { cooldownMs: 0 })
    const verifier = new JWTVerifier({ keys, algorithms: ['RS256'] })
    let release!: () => void
    const gate = new Promise<void>((resolve) => (release = resolve))
    handler = (req, res) => void gate.then(() => json(setOf([one, 'one'], [two, 'two']))(req, res))
    const waits = Array.from({ length: 20 }, () => verifier.verifyAsync(token(two, 'two')))
    release()
    for (const claims of await Promise.all(waits)) expect(claims.sub).toBe('two')
    expect(hits).toBe(2) // create, and one merged refresh

    const cooled = await RemoteKeySet.create(url, { cooldownMs: 60_000 })
    const v2 = new JWTVerifier({ keys: cooled, algorithms: ['RS256'] })
    hits = 0
    for (let i = 0; i < 5; i++) expect(codeOf(() => v2.verify(token(rsaKey(2048, 'third'), 'three')))).toBe('UNKNOWN_KEY')
    // The fetch just made counts as the last attempt, so the cooldown holds every miss.
    expect(hits).toBe(0)
    await expect(v2.verifyAsync(token(rsaKey(2048, 'third'), 'three'))).rejects.toThrow(JWTError)
    expect(hits).toBe(0)
  })
})

describe('staleness and failure', () => {
  test('a stale set refreshes in the background and is swapped whole; waitUntil gets the refresh', async () => {
    const handed: Promise<unknown>[] = []
    const keys = await RemoteKeySet.create(url, { maxAgeMs: 30, cooldownMs: 0, waitUntil: (p) => handed.push(p) })
    const verifier = new JWTVerifier({ keys, algorithms: ['RS256'] })
    await sleep(50)
    handler = json(setOf([two, 'two']))
    expect(verifier.verify(token()).sub).toBe('one') // served from the stale set while refreshing
    expect(handed.length).toBe(1)
    await handed[0]
    expect(keys.keySet.kids).toEqual(['two'])
    expect(codeOf(() => verifier.verify(token()))).toBe('UNKNOWN_KEY')
  })

  test('the cache never answers for a key that left the set: a swap empties it', async () => {
    const keys = await RemoteKeySet.create(url, { maxAgeMs: 30, cooldownMs: 0 })
    const verifier = new JWTVerifier({ keys, algorithms: ['RS256'], cache: { size: 16 } })
    const cached = token()
    expect(verifier.verify(cached).sub).toBe('one') // now cached
    expect(verifier.verifyToken(cached)).toBe(true)
    handler = json(setOf([two, 'two'])) // key one withdrawn from the JWKS
    await sleep(50)
    expect(verifier.verify(cached).sub).toBe('one') // the stale set still serves while it refreshes
    await keys.refreshing
    expect(codeOf(() => verifier.verify(cached))).toBe('UNKNOWN_KEY')
    expect(verifier.verifyToken(cached)).toBe(false)
  })

  test('a failing refresh keeps the old set until maxStaleMs, then KEYS_UNAVAILABLE (503)', async () => {
    const keys = await RemoteKeySet.create(url, { maxAgeMs: 20, maxStaleMs: 150, cooldownMs: 0 })
    const verifier = new JWTVerifier({ keys, algorithms: ['RS256'] })
    handler = (_req, res) => res.writeHead(500).end()
    await sleep(40)
    expect(verifier.verify(token()).sub).toBe('one')
    await keys.refreshing
    expect(verifier.verify(token()).sub).toBe('one')
    await expect(keys.refresh()).rejects.toThrow(/status 500/)
    await sleep(150)
    const error = thrownBy(() => verifier.verify(token()))
    expect(JWTError.is(error) && error.code).toBe('KEYS_UNAVAILABLE')
    expect((error as JWTError).status).toBe(503)
    expect(verifier.verifyToken(token())).toBe(false)
    // The server comes back: the next refresh restores service.
    handler = json(setOf([one, 'one']))
    await keys.refreshing
    await keys.refresh()
    expect(verifier.verify(token()).sub).toBe('one')
  })
})

test('the fetch option is used, with no redirects followed and a timeout signal', async () => {
  const seen: RequestInit[] = []
  const keys = await RemoteKeySet.create('https://idp.example/jwks', {
    fetch: async (_input, init) => {
      seen.push(init)
      return new Response(JSON.stringify(setOf([one, 'one'])), { headers: { 'content-type': 'application/json' } })
    },
  })
  expect(keys.keySet.kids).toEqual(['one'])
  expect(seen[0].redirect).toBe('manual')
  expect(seen[0].signal).toBeInstanceOf(AbortSignal)
  expect(b64('x')).toBe('eA')
})
