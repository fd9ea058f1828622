// The contract between the session logic (src/sessions/sessions.ts) and a store: small
// enough to implement on Redis, a Durable Object, Deno KV or Upstash. A store is a class
// extending SessionStoreBase (base.ts), which brings the logic with it. Every method is one
// atomic step on the store and, on a networked store, one round trip.
//
// Time: the store keeps its own clock for expiry and for the grace window (on Redis, the
// server's TIME), so processes whose clocks disagree still agree on a rotation. Lifetimes
// cross this interface as durations (seconds from now); `exp` and `end` values are the
// caller's own timestamps, which the store only compares with each other and hands back.

/** What one session's record holds (see MemoryStore and the Redis scripts for two encodings). */
export interface SessionRecord {
  /** The refresh token `jti` that may rotate now. */
  readonly current: string
  /** The `exp` of that refresh token (caller's clock), re-issued unchanged on GRACE. */
  readonly currentExp: number
  /** The `jti` rotated out last, or '' before the first rotation. */
  readonly previous: string
  /** When `previous` was rotated out, in the store's clock (milliseconds). */
  readonly rotatedAt: number
  /** The session's absolute end (caller's clock): no refresh token of the session outlives it. */
  readonly end: number
}

/**
 * The one atomic step of a refresh-token rotation (RFC 9700 §4.14.2):
 * - ROTATED: the presented jti was `current`; it is now `previous`, and `next` is current.
 * - GRACE: the presented jti is `previous`, rotated out less than the grace period ago: the
 *   same successor as before (its jti and exp), so racing tabs end up with equivalent tokens.
 * - REUSED: anything else. The store has ended the session.
 * - ENDED: there is no such session (ended, expired, or killed by an earlier REUSED).
 */
export type RotateResult =
  | { readonly outcome: 'ROTATED' | 'GRACE'; readonly jti: string; readonly exp: number }
  | { readonly outcome: 'REUSED' | 'ENDED' }

/**
 * A session store. `sub` is the token's identity: every key of one identity is grouped
 * under it (on Redis, one hash tag, so that each step touches a single cluster slot).
 * A store never sees a token, only identifiers. A method that cannot reach its backend
 * rejects; the guards then answer 503 STORE_UNAVAILABLE (fail closed).
 */
export interface SessionStore {
  /**
   * Records a new session whose refresh token is `jti` (expiring at `exp`). The record is
   * forgotten `ttl` seconds from now, the session's absolute lifetime; `end` is that same
   * instant in the caller's clock, the cap on every later refresh token's exp.
   */
  openSession(sub: string, sid: string, session: { jti: string; exp: number; end: number }, ttl: number): Promise<void>
  /**
   * The per-request check, in one round trip: false when `sid` is given and its session no
   * longer exists, or when `jti` is given and denied; true otherwise.
   */
  checkToken(sub: string, sid: string | undefined, jti: string | undefined): Promise<boolean>
  /**
   * Rotates session `sid` from the presented refresh `jti` to `next.jti`, whose exp is capped
   * at the session's `end` (the result carries the capped exp). ROTATED and GRACE are told
   * apart by the store's clock: GRACE only while less than `graceMs` have passed since the
   * rotation. Never extends the record's lifetime.
   */
  rotateRefresh(sub: string, sid: string, jti: string, next: { jti: string; exp: number }, graceMs: number): Promise<RotateResult>
  /** Ends one session (no error if it is already gone). */
  endSession(sub: string, sid: string): Promise<void>
  /** Ends every session of `sub` that exists now. Sessions opened afterwards are not affected. */
  endAllSessions(sub: string): Promise<void>
  /** Denies one token by `jti` for `ttl` seconds from now (its remaining lifetime). */
  denyToken(sub: string, jti: string, ttl: number): Promise<void>
}

/** The JWT options the session logic reads; the JWT refuses them without a store. */
export const SESSION_OPTION_NAMES: ReadonlySet<string> = new Set(['store', 'sessionExpires', 'reuseGraceSeconds', 'storeTimeoutMs', 'storeFailOpen'])

/** The rotation outcome for a record, shared by stores that evaluate it in JavaScript (MemoryStore). */
export function decideRotation(record: SessionRecord, jti: string, next: { jti: string; exp: number }, graceMs: number, now: number): { result: RotateResult; record: SessionRecord | null } {
  if (jti === record.current) {
    const exp = Math.min(next.exp, record.end)
    return { result: { outcome: 'ROTATED', jti: next.jti, exp }, record: { current: next.jti, currentExp: exp, previous: jti, rotatedAt: now, end: record.end } }
  }
  if (record.previous !== '' && jti === record.previous && now - record.rotatedAt < graceMs) {
    return { result: { outcome: 'GRACE', jti: record.current, exp: record.currentExp }, record }
  }
  return { result: { outcome: 'REUSED' }, record: null }
}
