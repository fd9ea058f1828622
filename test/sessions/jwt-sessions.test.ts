// The sessions API of the JWT over MemoryStore, and the guards consulting the store: order of
// checks, one store call per guarded request, none without a valid token, never skipped by
// the cache; fail closed (503 STORE_UNAVAILABLE, in jwtOptional too), the deadline, the
// pending cap, and the explicit fail-open. Redis is covered by the store suite, the fault
// tests and the multi-process test.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { JWT, JWTError, MemoryStore, SessionStoreBase, decodeUnverified, jwtOptional, jwtRefreshTokenRequired, jwtRequired, type Claims, type JWTOptions, type SessionStore } from '../../src/index.js'
import { NOW, SECRET, makeJwt, request } from '../http/helpers.js'

afterEach(() => vi.restoreAllMocks())

type Methods = Pick<SessionStore, 'openSession' | 'checkToken' | 'rotateRefresh' | 'endSession' | 'endAllSessions' | 'denyToken'>
const NAMES = ['openSession', 'checkToken', 'rotateRefresh', 'endSession', 'endAllSessions', 'denyToken'] as const

/** A store of the documented kind (a class extending SessionStoreBase) whose methods are `impl`'s. */
class Store extends SessionStoreBase {
  readonly impl: (name: (typeof NAMES)[number], args: unknown[]) => Promise<never>
  constructor(impl: (name: (typeof NAMES)[number], args: unknown[]) => Promise<never>) {
    super()
    this.impl = impl
  }
  openSession(...args: unknown[]) { return this.impl('openSession', args) }
  checkToken(...args: unknown[]) { return this.impl('checkToken', args) }
  rotateRefresh(...args: unknown[]) { return this.impl('rotateRefresh', args) }
  endSession(...args: unknown[]) { return this.impl('endSession', args) }
  endAllSessions(...args: unknown[]) { return this.impl('endAllSessions', args) }
  denyToken(...args: unknown[]) { return this.impl('denyToken', args) }
}

/** A MemoryStore that counts the calls made to it (the real store does the work). */
function counted(memory: Methods = new MemoryStore()) {
  const calls: string[] = []
  const store = new Store((name, args) => {
    calls.push(name)
    return (memory[name] as (...a: unknown[]) => Promise<never>)(...args)
  })
  return { store, calls }
}

/** A store whose every call hangs (a paused server) or fails (a refused connection). */
function broken(mode: 'hang' | 'fail'): Store & { calls: number } {
  const store = new Store(() => {
    store.calls++
    return mode === 'hang' ? new Promise<never>(() => {}) : Promise.reject(new Error('ECONNREFUSED /tmp/r.sock jwt:{u:alice}'))
  }) as Store & { calls: number }
  store.calls = 0
  return store
}

const claimsOf = (token: string) => decodeUnverified(token).claims
/** The token with one signature character changed (not the last, whose low bits may be padding). */
const tampered = (token: string) => token.slice(0, -5) + (token.at(-5) === 'A' ? 'B' : 'A') + token.slice(-4)

async function answer(guard: (request: Request) => Promise<Response>, token?: string) {
  const response = await guard(request('/', token === undefined ? {} : { bearer: token }))
  const text = await response.text()
  return { status: response.status, body: text ? JSON.parse(text) : null, retryAfter: response.headers.get('retry-after'), challenge: response.headers.get('www-authenticate') }
}

const ok = (jwt: JWT) => jwt.required((r) => ({ user: r.jwtIdentity }))

describe('without a store', () => {
  it('behaves as before, and the sessions API says what it needs', async () => {
    const jwt = makeJwt()
    expect(() => jwt.startSession('alice')).toThrow('startSession needs the store option: new JWT({ store: new MemoryStore() }), or RedisStore from jwt-wasm/redis')
    expect(() => jwt.rotateRefreshToken('x')).toThrow(/^rotateRefreshToken needs the store option/)
    expect(jwt.checkSession({ identity: 'a', sub: 'a', exp: NOW + 1, sid: 'x' })).toBeUndefined()
    expect(await answer(ok(jwt), jwt.createAccessToken('alice'))).toMatchObject({ status: 200 })
  })

  it('refuses session options without a store, and bad session options', () => {
    expect(() => makeJwt({ sessionExpires: 60 })).toThrow('JWT option sessionExpires needs the store option')
    expect(() => makeJwt({ store: {} as SessionStore })).toThrow('JWT option store must be a session store: MemoryStore, RedisStore (jwt-wasm/redis), or a class extending SessionStoreBase')
    // The six methods alone are not enough: the session logic comes with SessionStoreBase.
    const plain = Object.fromEntries(NAMES.map((name) => [name, () => Promise.resolve()])) as unknown as SessionStore
    expect(() => makeJwt({ store: plain })).toThrow(/JWT option store must be a session store/)
    const store = new MemoryStore()
    expect(() => makeJwt({ store, sessionExpires: 0 })).toThrow('JWT option sessionExpires must be a whole number of seconds, at least 1')
    expect(() => makeJwt({ store, reuseGraceSeconds: 61 })).toThrow('JWT option reuseGraceSeconds must be a whole number of seconds from 0 to 60')
    expect(() => makeJwt({ store, storeTimeoutMs: 0 })).toThrow('JWT option storeTimeoutMs must be a whole number of milliseconds from 1 to 60000')
    expect(() => makeJwt({ store, storeFailOpen: 'yes' as never })).toThrow('JWT option storeFailOpen must be true or false')
    expect(() => makeJwt({ store, sessionTTL: 5 } as JWTOptions)).toThrow('Unknown JWT option: sessionTTL')
  })
})

describe('sessions', () => {
  const withStore = (options: JWTOptions = {}) => {
    const { store, calls } = counted()
    return { jwt: makeJwt({ store, ...options }), calls }
  }

  it('startSession: two tokens sharing a new sid, custom claims in both, a fresh access token', async () => {
    const { jwt } = withStore()
    const a = await jwt.startSession('alice', { claims: { role: 'admin' } })
    const b = await jwt.startSession(42)
    const access = jwt.decodeToken(a.accessToken)
    const refresh = jwt.decodeToken(a.refreshToken)
    expect(access).toMatchObject({ sub: 'alice', sid: a.sid, role: 'admin', type: 'access', fresh: true, exp: NOW + 900 })
    expect(refresh).toMatchObject({ sub: 'alice', sid: a.sid, role: 'admin', type: 'refresh', exp: NOW + 2592000 })
    expect(a.sid).toMatch(/^[0-9a-f]{32}$/)
    expect(b.sid).not.toBe(a.sid)
    expect(claimsOf(b.accessToken).sub).toBe('42')
    await expect(jwt.startSession('alice', { claims: { sid: 'mine' } })).rejects.toThrow('Claim name sid is reserved; choose another name')
    await expect(jwt.startSession('alice', { claims: { jti: 'mine' } })).rejects.toThrow('Claim name jti is reserved; choose another name')
    await expect(jwt.startSession('alice', { expires: 5 } as never)).rejects.toThrow('Unknown startSession option: expires')
  })

  it('caps both tokens at the session end (sessionExpires)', async () => {
    const { jwt } = withStore({ sessionExpires: 600 })
    const { accessToken, refreshToken } = await jwt.startSession('alice')
    expect([claimsOf(accessToken).exp, claimsOf(refreshToken).exp]).toEqual([NOW + 600, NOW + 600])
  })

  it('endSession: every token of the session stops working; other sessions go on; expired tokens may log out', async () => {
    const shared = new MemoryStore()
    const jwt = makeJwt({ store: shared })
    const one = await jwt.startSession('alice')
    const two = await jwt.startSession('alice')
    expect(await jwt.endSession(one.accessToken)).toBe(true)
    expect(await answer(ok(jwt), one.accessToken)).toMatchObject({ status: 401, body: { code: 'REVOKED' } })
    const refreshGuard = jwt.refreshRequired((r) => ({ user: r.jwtIdentity }))
    expect(await answer(refreshGuard, one.refreshToken)).toMatchObject({ status: 401, body: { code: 'REVOKED' } })
    expect(await answer(ok(jwt), two.accessToken)).toMatchObject({ status: 200 })
    await expect(jwt.rotateRefreshToken(one.refreshToken)).rejects.toMatchObject({ code: 'REVOKED' })

    // Logging out with an expired (but genuine) token, from another instance on the same store.
    const later = makeJwt({ store: shared, clock: () => NOW + 100_000 })
    expect(await later.endSession(two.accessToken)).toBe(true)
    expect((await answer(ok(jwt), two.accessToken)).body.code).toBe('REVOKED')
    expect(await jwt.endSession(jwt.createAccessToken('bob'))).toBe(false) // no sid: nothing to end
    await expect(jwt.endSession('not.a.token')).rejects.toMatchObject({ code: 'MALFORMED' })
  })

  it('endAllSessions: every session of the identity, not others; a token minted right after works', async () => {
    const { jwt } = withStore()
    const sessions = [await jwt.startSession('alice'), await jwt.startSession('alice')]
    const bob = await jwt.startSession('bob')
    await jwt.endAllSessions('alice')
    for (const s of sessions) expect((await answer(ok(jwt), s.accessToken)).body.code).toBe('REVOKED')
    expect((await answer(ok(jwt), bob.accessToken)).status).toBe(200)
    const after = await jwt.startSession('alice')
    expect((await answer(ok(jwt), after.accessToken)).status).toBe(200)
  })

  it('revokeToken: one token, until its own exp; sessionless tokens are checked against the deny list', async () => {
    const { jwt } = withStore()
    const session = await jwt.startSession('alice')
    expect(await jwt.revokeToken(session.accessToken)).toBe(true)
    expect((await answer(ok(jwt), session.accessToken)).body.code).toBe('REVOKED')
    const rotated = await jwt.rotateRefreshToken(session.refreshToken)
    expect((await answer(ok(jwt), rotated.accessToken)).status).toBe(200)

    const plain = jwt.createAccessToken('bob')
    expect((await answer(ok(jwt), plain)).status).toBe(200)
    expect(await jwt.revokeToken(jwt.decodeToken(plain))).toBe(true)
    expect((await answer(ok(jwt), plain)).body.code).toBe('REVOKED')
    expect(await jwt.revokeToken(jwt.createAccessToken('bob', { expiresDelta: 0 }))).toBe(false) // already expired
  })

  it('rotateRefreshToken: ROTATED, then GRACE with the same successor, then REUSED ends the session', async () => {
    const { jwt } = withStore({ reuseGraceSeconds: 1 })
    const { refreshToken, sid } = await jwt.startSession('alice', { claims: { role: 'admin' } })
    const first = await jwt.rotateRefreshToken(refreshToken)
    const again = await jwt.rotateRefreshToken(refreshToken)
    const access = jwt.decodeToken(first.accessToken)
    expect(access).toMatchObject({ sub: 'alice', sid, role: 'admin', type: 'access', fresh: false })
    const next = claimsOf(first.refreshToken)
    expect(next).toMatchObject({ sid, role: 'admin', type: 'refresh' })
    expect(next.jti).not.toBe(claimsOf(refreshToken).jti)
    expect([claimsOf(again.refreshToken).jti, claimsOf(again.refreshToken).exp]).toEqual([next.jti, next.exp])
    await new Promise((resolve) => setTimeout(resolve, 1200))
    await expect(jwt.rotateRefreshToken(refreshToken)).rejects.toMatchObject({ code: 'REFRESH_REUSED', status: 401, message: 'Refresh token reuse detected' })
    expect((await answer(ok(jwt), first.accessToken)).body.code).toBe('REVOKED')
    await expect(jwt.rotateRefreshToken(first.refreshToken)).rejects.toMatchObject({ code: 'REVOKED' })
  })

  it('rotateRefreshToken checks the token before the store, and takes a refresh guard’s claims only', async () => {
    const { jwt, calls } = withStore()
    const { accessToken, refreshToken } = await jwt.startSession('alice')
    calls.length = 0
    await expect(jwt.rotateRefreshToken(accessToken)).rejects.toMatchObject({ code: 'REFRESH_REQUIRED' })
    await expect(jwt.rotateRefreshToken(tampered(refreshToken))).rejects.toMatchObject({ code: 'INVALID_SIGNATURE' })
    await expect(makeJwt({ store: new MemoryStore(), clock: () => NOW + 3e6 }).rotateRefreshToken(refreshToken)).rejects.toMatchObject({ code: 'EXPIRED' })
    await expect(jwt.rotateRefreshToken(jwt.createRefreshToken('alice'))).rejects.toMatchObject({ code: 'INVALID_CLAIMS' }) // no session
    expect(calls).toEqual([])
    await expect(jwt.rotateRefreshToken(jwt.decodeToken(refreshToken))).rejects.toThrow('rotateRefreshToken takes a refresh token, or the claims that jwtRefreshTokenRequired verified')

    let rotated: unknown
    const route = jwt.refreshRequired(async (r) => (rotated = await jwt.rotateRefreshToken(r.jwtClaims)))
    expect((await answer(route, refreshToken)).status).toBe(200)
    expect(rotated).toMatchObject({ accessToken: expect.any(String), refreshToken: expect.any(String) })
    expect(calls).toEqual(['checkToken', 'rotateRefresh'])
  })

  it('a refresh route answers REFRESH_REUSED as a refusal (the guard catches the handler’s JWTError)', async () => {
    const { jwt } = withStore({ reuseGraceSeconds: 0 })
    const { refreshToken } = await jwt.startSession('alice')
    const route = jwt.refreshRequired((r) => jwt.rotateRefreshToken(r.jwtClaims))
    expect((await answer(route, refreshToken)).status).toBe(200)
    expect(await answer(route, refreshToken)).toEqual({
      status: 401,
      body: { error: 'Refresh token reuse detected', code: 'REFRESH_REUSED' },
      retryAfter: null,
      challenge: 'Bearer error="invalid_token", error_description="Refresh token reuse detected"',
    })
  })
})

describe('guards with a store', () => {
  it('one store call per guarded request, after the token’s own checks and before isRevoked; none without a valid token; the cache never skips it', async () => {
    const { store, calls } = counted()
    const order: string[] = []
    const jwt = makeJwt({ store, cache: { size: 16 }, isRevoked: () => (order.push(`isRevoked after ${calls.length} store calls`), false) })
    const { accessToken } = await jwt.startSession('alice')
    calls.length = 0
    for (let i = 0; i < 3; i++) expect((await answer(ok(jwt), accessToken)).status).toBe(200) // hits the cache from the second on
    expect(calls).toEqual(['checkToken', 'checkToken', 'checkToken'])
    expect(order).toEqual(['isRevoked after 1 store calls', 'isRevoked after 2 store calls', 'isRevoked after 3 store calls'])
    calls.length = 0
    expect((await answer(ok(jwt))).body.code).toBe('MISSING_TOKEN')
    expect((await answer(ok(jwt), 'garbage.token.here')).body.code).toBe('MALFORMED')
    expect((await answer(ok(jwt), jwt.createRefreshToken('alice'))).body.code).toBe('ACCESS_REQUIRED')
    expect((await answer(jwt.freshRequired(() => ({})), jwt.createAccessToken('alice', { fresh: false }))).body.code).toBe('FRESH_REQUIRED')
    expect(calls).toEqual([])
  })

  it.each(['hang', 'fail'] as const)('a store that %ss: 503 STORE_UNAVAILABLE with Retry-After, in jwtOptional too; no token is minted', async (mode) => {
    const store = broken(mode)
    const jwt = makeJwt({ store, storeTimeoutMs: 50 })
    const token = jwt.createAccessToken('alice')
    const started = performance.now()
    const refusal = await answer(ok(jwt), token)
    expect(performance.now() - started).toBeLessThan(2000)
    expect(refusal).toEqual({ status: 503, body: { error: 'Session store unavailable', code: 'STORE_UNAVAILABLE' }, retryAfter: '1', challenge: null })
    expect(await answer(jwt.optional((r) => ({ user: r.jwtIdentity })), token)).toMatchObject({ status: 503, body: { code: 'STORE_UNAVAILABLE' } })
    // No token: jwtOptional stays anonymous without touching the store.
    const before = store.calls
    expect(await answer(jwt.optional((r) => ({ user: r.jwtIdentity })))).toMatchObject({ status: 200, body: { user: null } })
    expect(store.calls).toBe(before)
    for (const call of [() => jwt.startSession('alice'), () => jwt.endAllSessions('alice'), () => jwt.revokeToken(token)]) {
      const error = await call().catch((e: unknown) => e)
      expect(error).toBeInstanceOf(JWTError)
      expect(error).toMatchObject({ code: 'STORE_UNAVAILABLE', status: 503, message: 'Session store unavailable' })
    }
  })

  it('keeps at most 1024 calls pending at a hung store; the rest fail at once', async () => {
    const store = broken('hang')
    const jwt = makeJwt({ store, storeTimeoutMs: 60_000 })
    const token = jwt.createAccessToken('alice')
    const replies = Array.from({ length: 1100 }, () => answer(ok(jwt), token))
    const quick = await Promise.race([Promise.all(replies.slice(1024)), new Promise((resolve) => setTimeout(() => resolve('hung'), 5000))])
    expect(quick).not.toBe('hung')
    expect((quick as { status: number }[]).every((r) => r.status === 503)).toBe(true)
    expect(store.calls).toBe(1024)
  })

  it('storeFailOpen lets tokens through while the store is down, logging once per outage', async () => {
    let down = true
    const memory = new MemoryStore()
    const store = new Store((name, args) => (down ? Promise.reject(new Error('down')) : (memory[name] as (...a: unknown[]) => Promise<never>)(...args)))
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const jwt = makeJwt({ store, storeFailOpen: true })
    const token = jwt.createAccessToken('alice')
    for (let i = 0; i < 3; i++) expect((await answer(ok(jwt), token)).status).toBe(200)
    expect(warn).toHaveBeenCalledTimes(1)
    expect(String(warn.mock.calls[0]![0])).not.toContain(token)
    down = false
    expect((await answer(ok(jwt), token)).status).toBe(200)
    down = true
    expect((await answer(ok(jwt), token)).status).toBe(200)
    expect(warn).toHaveBeenCalledTimes(2) // a second outage
    await expect(jwt.startSession('alice')).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' }) // never minted without the store
  })

  it('the exported guards and a verify-only target work as before', async () => {
    const jwt = new JWT({ secretKey: SECRET, store: new MemoryStore() })
    const { accessToken, refreshToken } = await jwt.startSession('alice')
    expect((await answer(jwtRequired((r) => ({ u: r.jwtIdentity })), accessToken)).status).toBe(200)
    expect((await answer(jwtRefreshTokenRequired((r) => ({ u: r.jwtIdentity })), refreshToken)).status).toBe(200)
    await jwt.endSession(accessToken)
    expect((await answer(jwtOptional((r) => ({ u: r.jwtIdentity })), accessToken)).body).toEqual({ u: null })
  })
})

describe('decodeToken(token, { allowExpired: true })', () => {
  it('returns an expired token’s claims; every other check still applies', () => {
    const jwt = makeJwt({ cache: { size: 8 } })
    const expired = jwt.createAccessToken('alice', { expiresDelta: 0 })
    expect(() => jwt.decodeToken(expired)).toThrow(expect.objectContaining({ code: 'EXPIRED' }))
    const claims: Claims = jwt.decodeToken(expired, { allowExpired: true })
    expect(claims).toMatchObject({ sub: 'alice', identity: 'alice', exp: NOW })
    expect(() => jwt.decodeToken(expired)).toThrow(expect.objectContaining({ code: 'EXPIRED' })) // nothing cached
    expect(() => jwt.decodeToken(tampered(expired), { allowExpired: true })).toThrow(expect.objectContaining({ code: 'INVALID_SIGNATURE' }))
    const future = makeJwt({ clock: () => NOW + 100 }).createAccessToken('x', { expiresDelta: 0 })
    expect(() => makeJwt({ clock: () => NOW }).decodeToken(future, { allowExpired: true })).toThrow(expect.objectContaining({ code: 'NOT_YET_VALID' }))
    expect(() => makeJwt({ issuer: 'https://a.example' }).decodeToken(expired, { allowExpired: true })).toThrow(expect.objectContaining({ code: 'INVALID_ISSUER' }))
    expect(jwt.decodeToken(jwt.createAccessToken('bob'), { allowExpired: false }).sub).toBe('bob')
  })

  it('refuses bad options', () => {
    const jwt = makeJwt()
    const token = jwt.createAccessToken('x')
    expect(() => jwt.decodeToken(token, { allowExpired: 'yes' } as never)).toThrow('allowExpired must be true or false')
    expect(() => jwt.decodeToken(token, { allowExpiry: true } as never)).toThrow('Unknown decodeToken option: allowExpiry')
    expect(() => jwt.decodeToken(token, null as never)).toThrow('decodeToken options must be an object')
  })
})

describe('with a key ring', () => {
  it('sessions and allowExpired work on tokens signed by the ring’s current key', async () => {
    const jwt = new JWT({ keys: [{ kid: 'k1', secret: SECRET }], clock: () => NOW, store: new MemoryStore(), reuseGraceSeconds: 1 })
    const { accessToken, refreshToken } = await jwt.startSession('alice')
    expect(decodeUnverified(accessToken).header.kid).toBe('k1')
    const rotated = await jwt.rotateRefreshToken(refreshToken)
    const again = await jwt.rotateRefreshToken(refreshToken)
    expect(claimsOf(again.refreshToken).jti).toBe(claimsOf(rotated.refreshToken).jti)
    expect(decodeUnverified(rotated.refreshToken).header.kid).toBe('k1')
    expect((await answer(ok(jwt), rotated.accessToken)).status).toBe(200)
    await jwt.endSession(rotated.accessToken)
    expect((await answer(ok(jwt), accessToken)).body.code).toBe('REVOKED')
    const expired = jwt.createAccessToken('bob', { expiresDelta: 0 })
    expect(jwt.decodeToken(expired, { allowExpired: true })).toMatchObject({ sub: 'bob', exp: NOW })
    expect(() => jwt.decodeToken(tampered(expired), { allowExpired: true })).toThrow(expect.objectContaining({ code: 'INVALID_SIGNATURE' }))
  })
})
