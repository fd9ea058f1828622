// Key rotation end to end, over real HTTP: examples/rotation.mjs (which docs/key-rotation.md
// quotes) served twice by @hono/node-server on ephemeral ports, as two instances behind one
// load balancer. The two-phase rollout keeps every token working until its key is removed,
// then it is refused with UNKNOWN_KEY; an emergency rotation logs everyone out at once. The
// default instance and the framework adapters see ring changes at once as well.
import { serve, type ServerType } from '@hono/node-server'
import express from 'express'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

// The example imports the package by name; here that name is the source tree.
vi.mock('jwt-wasm', () => import('../../src/index.js'))
vi.mock('jwt-wasm/express', () => import('../../src/adapters/express.js'))
const { createApi } = await import('../../examples/rotation.mjs')
const { JWT, jwtRequired } = await import('../../src/index.js')
const adapter = await import('../../src/adapters/express.js')

const OLD = JWT.generateKey({ kid: 'k2025-11' })
const NEW = JWT.generateKey({ kid: 'k2025-12' })

interface Reply {
  status: number
  body: Record<string, unknown>
}

const servers: ServerType[] = []

async function listen(fetch: (request: Request) => Response | Promise<Response>): Promise<string> {
  const server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s))
  })
  servers.push(server)
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))))
})

async function call(base: string, method: string, path: string, token?: string): Promise<Reply> {
  const response = await fetch(base + path, { method, headers: token ? { authorization: `Bearer ${token}` } : {} })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

function kidOf(token: string): string {
  return JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString()).kid
}

describe('the two-phase rollout across two instances', () => {
  const a = createApi({ keys: [OLD], signingKey: OLD.kid })
  const b = createApi({ keys: [OLD], signingKey: OLD.kid })
  let urlA = ''
  let urlB = ''
  beforeAll(async () => {
    urlA = await listen(a.fetch)
    urlB = await listen(b.fetch)
  })

  it('old-key tokens work everywhere until the old key is removed, new tokens carry the new kid, then UNKNOWN_KEY', async () => {
    const login = await call(urlA, 'POST', '/login')
    const oldAccess = login.body.access_token as string
    const oldRefresh = login.body.refresh_token as string
    expect(kidOf(oldAccess)).toBe(OLD.kid)
    for (const url of [urlA, urlB]) expect(await call(url, 'GET', '/me', oldAccess)).toEqual({ status: 200, body: { user: 'alice' } })

    // Phase 1: the new key, verify-only, on every instance (one at a time).
    a.applyKeys({ keys: [OLD, NEW], signingKey: OLD.kid })
    expect(kidOf((await call(urlA, 'POST', '/login')).body.access_token as string)).toBe(OLD.kid)
    b.applyKeys({ keys: [OLD, NEW], signingKey: OLD.kid })

    // Phase 2: signing switches, instance by instance; both accept both keys meanwhile.
    a.applyKeys({ keys: [OLD, NEW], signingKey: NEW.kid })
    const newAccess = (await call(urlA, 'POST', '/login')).body.access_token as string
    expect(kidOf(newAccess)).toBe(NEW.kid)
    expect(kidOf((await call(urlB, 'POST', '/login')).body.access_token as string)).toBe(OLD.kid)
    b.applyKeys({ keys: [OLD, NEW], signingKey: NEW.kid })
    for (const url of [urlA, urlB]) {
      expect(await call(url, 'GET', '/me', newAccess)).toEqual({ status: 200, body: { user: 'alice' } })
      expect(await call(url, 'GET', '/me', oldAccess)).toEqual({ status: 200, body: { user: 'alice' } })
    }
    // An old refresh token still refreshes, and the access token it gets is a new-key one.
    const refreshed = await call(urlB, 'POST', '/refresh', oldRefresh)
    expect(refreshed.status).toBe(200)
    expect(kidOf(refreshed.body.access_token as string)).toBe(NEW.kid)

    // Phase 3, after the longest token lifetime: the old key leaves both instances.
    a.applyKeys({ keys: [NEW], signingKey: NEW.kid })
    b.applyKeys({ keys: [NEW], signingKey: NEW.kid })
    for (const url of [urlA, urlB]) {
      expect(await call(url, 'GET', '/me', oldAccess)).toEqual({ status: 401, body: { error: 'Unknown token key', code: 'UNKNOWN_KEY' } })
      expect((await call(url, 'POST', '/refresh', oldRefresh)).body.code).toBe('UNKNOWN_KEY')
      expect(await call(url, 'GET', '/me', newAccess)).toEqual({ status: 200, body: { user: 'alice' } })
    }
    expect(a.jwt.keys.list()).toEqual([{ kid: NEW.kid, algorithm: 'HS256', signing: true, keyless: false }])
  })

  it('why phase 1 comes first: an instance that signs with a key another does not know yet has its tokens refused there', async () => {
    const NEXT = JWT.generateKey({ kid: 'k2026-01' })
    a.applyKeys({ keys: [NEW, NEXT], signingKey: NEXT.kid }) // skipped phase 1 on b
    const token = (await call(urlA, 'POST', '/login')).body.access_token as string
    expect((await call(urlB, 'GET', '/me', token)).body).toEqual({ error: 'Unknown token key', code: 'UNKNOWN_KEY' })
    b.applyKeys({ keys: [NEW, NEXT], signingKey: NEW.kid })
    expect((await call(urlB, 'GET', '/me', token)).status).toBe(200)
  })

  it('a bad configuration is refused with a TypeError and leaves the ring as it was', () => {
    const before = JSON.stringify(a.jwt.keys.list())
    expect(() => a.applyKeys({ keys: [{ kty: 'oct', kid: 'weak', k: 'c2hvcnQ' }], signingKey: 'weak' })).toThrow(TypeError)
    expect(JSON.stringify(a.jwt.keys.list())).toBe(before)
  })
})

describe('emergency rotation after a leak', () => {
  it('the leaked key is removed at once: every token it signed is refused, and everyone logs in again', async () => {
    const api = createApi({ keys: [OLD], signingKey: OLD.kid })
    const url = await listen(api.fetch)
    const stolen = (await call(url, 'POST', '/login')).body.access_token as string
    const REPLACEMENT = JWT.generateKey({ kid: 'k2025-12-emergency' })
    api.applyKeys({ keys: [REPLACEMENT], signingKey: REPLACEMENT.kid })
    expect(await call(url, 'GET', '/me', stolen)).toEqual({ status: 401, body: { error: 'Unknown token key', code: 'UNKNOWN_KEY' } })
    const fresh = (await call(url, 'POST', '/login')).body.access_token as string
    expect(kidOf(fresh)).toBe(REPLACEMENT.kid)
    expect((await call(url, 'GET', '/me', fresh)).status).toBe(200)
  })
})

describe('guards of every kind see ring changes at once', () => {
  it('the exported guard (default instance) and the Express adapter, with no new instance', async () => {
    const jwt = new JWT({ keys: [OLD], signingKey: OLD.kid }) // now the default instance
    const token = jwt.createAccessToken('carol')
    const url = await listen(jwtRequired((request) => ({ user: request.jwtIdentity })))
    const app = express()
    app.get('/me', adapter.jwtRequired(), (req, res) => {
      res.json({ user: (req as unknown as { jwtIdentity: string }).jwtIdentity })
    })
    app.use(adapter.jwtErrorHandler)
    const httpServer = await new Promise<import('node:http').Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s))
    })
    try {
      const expressUrl = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`
      expect(await call(url, 'GET', '/', token)).toEqual({ status: 200, body: { user: 'carol' } })
      expect((await call(expressUrl, 'GET', '/me', token)).status).toBe(200)
      jwt.keys.add(NEW)
      jwt.keys.use(NEW.kid)
      jwt.keys.remove(OLD.kid)
      expect(await call(url, 'GET', '/', token)).toEqual({ status: 401, body: { error: 'Unknown token key', code: 'UNKNOWN_KEY' } })
      const express401 = await call(expressUrl, 'GET', '/me', token)
      expect([express401.status, express401.body.code]).toEqual([401, 'UNKNOWN_KEY'])
      const next = jwt.createAccessToken('carol')
      expect(kidOf(next)).toBe(NEW.kid)
      expect((await call(expressUrl, 'GET', '/me', next)).status).toBe(200)
    } finally {
      await new Promise((resolve) => httpServer.close(resolve))
    }
  })
})
