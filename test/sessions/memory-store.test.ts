// MemoryStore beyond the shared suite: bounded size, expiry on its own clock, no timers.
import { describe, expect, it } from 'vitest'
import { execFile } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { MemoryStore } from '../../src/sessions/memory.js'

const NOW = 1_800_000_000
const session = (jti = 'j') => ({ jti, exp: NOW + 60, end: NOW + 3600 })

describe('MemoryStore', () => {
  it('stays within maxEntries by dropping the oldest session (a logout, the safe direction)', async () => {
    const store = new MemoryStore({ maxEntries: 3 })
    for (const sid of ['a', 'b', 'c', 'd', 'e']) await store.openSession('u', sid, session(), 3600)
    expect(store.size).toBe(3)
    expect(await Promise.all(['a', 'b', 'c', 'd', 'e'].map((sid) => store.checkToken('u', sid, undefined)))).toEqual([false, false, true, true, true])
    await store.endAllSessions('u')
    expect(await store.checkToken('u', 'e', undefined)).toBe(false)
  })

  it('never forgets a denied token early: full of them, it refuses new entries', async () => {
    let now = 1_000_000
    const store = new MemoryStore({ maxEntries: 2, now: () => now })
    await store.openSession('u', 's', session(), 3600)
    await store.denyToken('u', 'x', 60)
    await store.denyToken('u', 'y', 60) // drops the session, never a denial
    expect(await store.checkToken('u', 's', undefined)).toBe(false)
    await expect(store.denyToken('u', 'z', 60)).rejects.toThrow('MemoryStore is full of denied tokens (maxEntries 2)')
    await expect(store.openSession('u', 's2', session(), 60)).rejects.toThrow(/full of denied tokens/)
    expect([await store.checkToken('u', undefined, 'x'), await store.checkToken('u', undefined, 'y')]).toEqual([false, false])
    now += 61_000 // both denials expired: the next insert sweeps them
    await store.denyToken('u', 'z', 60)
    expect(store.size).toBe(1)
  })

  it('expires sessions and denials on its own clock', async () => {
    let now = 5_000
    const store = new MemoryStore({ now: () => now })
    await store.openSession('u', 's', session(), 10)
    await store.denyToken('u', 'j', 5)
    expect([await store.checkToken('u', 's', undefined), await store.checkToken('u', undefined, 'j')]).toEqual([true, false])
    now += 5_000
    expect([await store.checkToken('u', 's', undefined), await store.checkToken('u', undefined, 'j')]).toEqual([true, true])
    now += 5_000
    expect(await store.checkToken('u', 's', undefined)).toBe(false)
    expect(store.size).toBe(0)
  })

  it('sets no timer, so it never keeps a process alive', () => {
    const source = readFileSync(new URL('../../src/sessions/memory.ts', import.meta.url), 'utf8')
    expect(source).not.toMatch(/set(Timeout|Interval|Immediate)\s*\(/)
  })

  it('lets a process that used sessions exit by itself (no store timer, no deadline timer left)', async () => {
    const root = fileURLToPath(new URL('../../', import.meta.url))
    if (!existsSync(`${root}dist/index.js`)) throw new Error('dist/ is missing: run `npm run build` first')
    // Sessions, a guarded request, a rotation, a logout; then nothing: the process must end on its own.
    const code = `import { JWT, MemoryStore } from 'jwt-wasm'
const jwt = new JWT({ secretKey: 'exit-test-secret-of-32-characters', store: new MemoryStore({ maxEntries: 10 }), storeTimeoutMs: 60000 })
const { accessToken, refreshToken } = await jwt.startSession('alice')
const response = await jwt.required(() => ({ ok: true }))(new Request('http://x/', { headers: { authorization: 'Bearer ' + accessToken } }))
await jwt.rotateRefreshToken(refreshToken)
await jwt.endSession(accessToken)
console.log(response.status)`
    const started = Date.now()
    const out = await new Promise<string>((resolve, reject) =>
      execFile(process.execPath, ['--input-type=module', '-e', code], { cwd: root, timeout: 20_000 }, (error, stdout, stderr) => (error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout))),
    )
    expect(out).toBe('200\n')
    // A leftover 60 s deadline timer would hold the process that long (or the 20 s timeout kill it).
    expect(Date.now() - started).toBeLessThan(15_000)
  })

  it('refuses bad options', () => {
    expect(() => new MemoryStore({ maxEntries: 0 })).toThrow('MemoryStore option maxEntries must be a whole number of at least 1')
    expect(() => new MemoryStore({ now: 5 } as never)).toThrow('MemoryStore option now must be a function returning milliseconds')
    expect(() => new MemoryStore({ size: 5 } as never)).toThrow('Unknown MemoryStore option: size')
  })
})
