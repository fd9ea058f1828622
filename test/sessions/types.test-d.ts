// Type tests for the sessions API, checked by `tsc --noEmit` (types.test.ts runs it): what
// the methods resolve to, which arguments they take, and what a store of your own must be.
import { expectTypeOf } from 'vitest'
import { JWT, MemoryStore, SessionStoreBase, type Claims, type RotateResult, type SessionStore } from '../../src/index.js'
import { RedisStore } from '../../src/redis.js'

declare const jwt: JWT
declare const claims: Claims

expectTypeOf(jwt.startSession('alice', { claims: { role: 'admin' }, fresh: true })).toEqualTypeOf<Promise<{ readonly accessToken: string; readonly refreshToken: string } & { readonly sid: string }>>()
expectTypeOf(jwt.rotateRefreshToken('token')).toEqualTypeOf<Promise<{ readonly accessToken: string; readonly refreshToken: string }>>()
expectTypeOf(jwt.rotateRefreshToken(claims)).toEqualTypeOf<Promise<{ readonly accessToken: string; readonly refreshToken: string }>>()
expectTypeOf(jwt.endSession(claims)).toEqualTypeOf<Promise<boolean>>()
expectTypeOf(jwt.endAllSessions(42)).toEqualTypeOf<Promise<void>>()
expectTypeOf(jwt.revokeToken('token')).toEqualTypeOf<Promise<boolean>>()
expectTypeOf(jwt.decodeToken('token', { allowExpired: true })).toEqualTypeOf<Claims>()
// @ts-expect-error an identity is a string or a number
void jwt.endAllSessions({ id: 1 })
// @ts-expect-error startSession takes claims and fresh only
void jwt.startSession('alice', { expiresDelta: 60 })

new JWT({ secretKey: 'x'.repeat(32), store: new MemoryStore({ maxEntries: 10 }), sessionExpires: 3600, reuseGraceSeconds: 5, storeTimeoutMs: 100, storeFailOpen: false })
declare const client: { sendCommand(args: readonly string[]): Promise<unknown> }
new JWT({ secretKey: 'x'.repeat(32), store: new RedisStore({ client, prefix: 'app:', timeoutMs: 100 }) })
// @ts-expect-error reuseGraceSeconds is a number of seconds
new JWT({ secretKey: 'x'.repeat(32), store: new MemoryStore(), reuseGraceSeconds: '10' })

// A store of your own: a class extending SessionStoreBase with the six methods.
class MyStore extends SessionStoreBase {
  async openSession(): Promise<void> {}
  async checkToken(): Promise<boolean> {
    return true
  }
  async rotateRefresh(): Promise<RotateResult> {
    return { outcome: 'ENDED' }
  }
  async endSession(): Promise<void> {}
  async endAllSessions(): Promise<void> {}
  async denyToken(): Promise<void> {}
}
expectTypeOf(new MyStore()).toMatchTypeOf<SessionStore>()
// @ts-expect-error a store without its methods is not a SessionStoreBase
class Incomplete extends SessionStoreBase {}
void Incomplete
