// The base class of every session store: the six SessionStore methods are the store's own;
// the session logic over them (src/sessions/sessions.ts) comes with the class, so only an
// app that uses a store carries that logic. MemoryStore and RedisStore extend it; so does a
// store of your own (docs/sessions.md).
import { resolveSessionOptions } from './options.js'
import { Sessions, type TokenIssuer } from './sessions.js'
import type { RotateResult, SessionStore } from './store.js'

export abstract class SessionStoreBase implements SessionStore {
  abstract openSession(sub: string, sid: string, session: { jti: string; exp: number; end: number }, ttl: number): Promise<void>
  abstract checkToken(sub: string, sid: string | undefined, jti: string | undefined): Promise<boolean>
  abstract rotateRefresh(sub: string, sid: string, jti: string, next: { jti: string; exp: number }, graceMs: number): Promise<RotateResult>
  abstract endSession(sub: string, sid: string): Promise<void>
  abstract endAllSessions(sub: string): Promise<void>
  abstract denyToken(sub: string, jti: string, ttl: number): Promise<void>

  /**
   * The session logic over this store, with the JWT's options: called by the JWT constructor,
   * not by you. A plain method, not a symbol-keyed one: a class with a computed member
   * counts as having side effects, and bundlers would keep it (and the logic) in every app.
   */
  sessionsFor(tokens: TokenIssuer, options: Record<string, unknown>): Sessions {
    return new Sessions(tokens, resolveSessionOptions(this, options, tokens.options.refreshExpires))
  }
}
