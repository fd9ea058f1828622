// The SessionStore behaviour suite: what every store must do, as plain async cases with no
// test framework in them. This repository runs it against MemoryStore and RedisStore over
// node-redis, ioredis and iovalkey (store-suite.test.ts); to check your own store (a Durable Object,
// Deno KV, Upstash…), copy this file (MIT) and run each case with any runner:
//
//   for (const c of storeCases) await c.run(myStore)   // throws on the first broken promise
//
// Cases use their own random identities, so they may share one store and run in any
// order. A few wait for real time to pass (at most about a second each).
import type { SessionStore } from '../../src/sessions/store.js'

export interface StoreCase {
  readonly name: string
  run(store: SessionStore): Promise<void>
}

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`SessionStore: ${message}`)
}

function equal(actual: unknown, expected: unknown, message: string): void {
  const a = JSON.stringify(actual)
  const e = JSON.stringify(expected)
  if (a !== e) throw new Error(`SessionStore: ${message}: expected ${e}, got ${a}`)
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const id = () => crypto.randomUUID().replaceAll('-', '')
/** A caller-clock instant; the store only compares and returns these. */
const NOW = 1_800_000_000
const HOUR = 3600

async function opened(store: SessionStore, { ttl = HOUR, end = NOW + HOUR, sub = `user-${id()}` } = {}) {
  const sid = id()
  const jti = id()
  await store.openSession(sub, sid, { jti, exp: NOW + 600, end }, ttl)
  return { sub, sid, jti }
}

export const storeCases: StoreCase[] = [
  {
    name: 'an open session passes the check; an unknown one does not',
    async run(store) {
      const { sub, sid, jti } = await opened(store)
      check(await store.checkToken(sub, sid, jti), 'a new session must pass with its refresh jti')
      check(await store.checkToken(sub, sid, id()), 'a new session must pass with any undenied jti (an access token of it)')
      check(await store.checkToken(sub, sid, undefined), 'a new session must pass without a jti')
      check(!(await store.checkToken(sub, id(), jti)), 'an unknown sid must fail')
      check(!(await store.checkToken(`other-${id()}`, sid, jti)), 'the sid under another identity must fail')
      check(await store.checkToken(sub, undefined, undefined), 'nothing to check passes')
    },
  },
  {
    name: 'endSession ends one session only, and may be repeated',
    async run(store) {
      const a = await opened(store)
      const b = await opened(store, { sub: a.sub })
      await store.endSession(a.sub, a.sid)
      check(!(await store.checkToken(a.sub, a.sid, a.jti)), 'an ended session must fail')
      check(await store.checkToken(b.sub, b.sid, b.jti), 'another session of the same identity must still pass')
      await store.endSession(a.sub, a.sid)
      await store.endSession(a.sub, id())
      equal(await store.rotateRefresh(a.sub, a.sid, a.jti, { jti: id(), exp: NOW + 600 }, 10_000), { outcome: 'ENDED' }, 'rotating an ended session')
    },
  },
  {
    name: 'endAllSessions ends every session of one identity, not others, not later ones',
    async run(store) {
      const sub = `user-${id()}`
      const sessions = [await opened(store, { sub }), await opened(store, { sub }), await opened(store, { sub })]
      const other = await opened(store)
      await store.endAllSessions(sub)
      for (const s of sessions) check(!(await store.checkToken(sub, s.sid, s.jti)), 'every session of the identity must fail')
      check(await store.checkToken(other.sub, other.sid, other.jti), 'another identity must still pass')
      const later = await opened(store, { sub })
      check(await store.checkToken(sub, later.sid, later.jti), 'a session opened after endAllSessions must pass')
      await store.endAllSessions(`nobody-${id()}`)
    },
  },
  {
    name: 'denyToken denies one jti, with or without a session, until its ttl',
    async run(store) {
      const { sub, sid, jti } = await opened(store)
      const access = id()
      await store.denyToken(sub, access, 0.4)
      check(!(await store.checkToken(sub, sid, access)), 'a denied jti must fail in its session')
      check(!(await store.checkToken(sub, undefined, access)), 'a denied jti must fail without a session')
      check(await store.checkToken(sub, sid, jti), 'another jti of the session must pass')
      check(await store.checkToken(`other-${id()}`, undefined, access), 'the jti under another identity must pass')
      await sleep(700)
      check(await store.checkToken(sub, undefined, access), 'a deny entry must expire with its ttl')
    },
  },
  {
    name: 'a session expires with its ttl, and rotation never extends it',
    async run(store) {
      const { sub, sid, jti } = await opened(store, { ttl: 0.5 })
      const r = await store.rotateRefresh(sub, sid, jti, { jti: id(), exp: NOW + 600 }, 10_000)
      equal(r.outcome, 'ROTATED', 'the first rotation')
      await sleep(800)
      check(!(await store.checkToken(sub, sid, undefined)), 'the session must be gone after its ttl')
      equal(await store.rotateRefresh(sub, sid, (r as { jti: string }).jti, { jti: id(), exp: NOW + 600 }, 10_000), { outcome: 'ENDED' }, 'rotating an expired session')
    },
  },
  {
    name: 'rotation: ROTATED, then GRACE with the same successor, then the successor rotates',
    async run(store) {
      const { sub, sid, jti } = await opened(store, { end: NOW + 300 })
      const next = id()
      equal(await store.rotateRefresh(sub, sid, jti, { jti: next, exp: NOW + 200 }, 10_000), { outcome: 'ROTATED', jti: next, exp: NOW + 200 }, 'the current jti rotates')
      equal(await store.rotateRefresh(sub, sid, jti, { jti: id(), exp: NOW + 250 }, 10_000), { outcome: 'GRACE', jti: next, exp: NOW + 200 }, 'the previous jti, in grace, gets the same successor')
      const third = id()
      equal(await store.rotateRefresh(sub, sid, next, { jti: third, exp: NOW + 900 }, 10_000), { outcome: 'ROTATED', jti: third, exp: NOW + 300 }, 'the successor rotates, its exp capped at the session end')
      check(await store.checkToken(sub, sid, third), 'the session is alive')
    },
  },
  {
    name: 'rotation: the previous jti after the grace period is REUSED and ends the session',
    async run(store) {
      const { sub, sid, jti } = await opened(store)
      const next = id()
      equal((await store.rotateRefresh(sub, sid, jti, { jti: next, exp: NOW + 600 }, 300)).outcome, 'ROTATED', 'first rotation')
      await sleep(500)
      equal(await store.rotateRefresh(sub, sid, jti, { jti: id(), exp: NOW + 600 }, 300), { outcome: 'REUSED' }, 'the old jti after grace')
      check(!(await store.checkToken(sub, sid, next)), 'the session must be gone after reuse')
      equal(await store.rotateRefresh(sub, sid, next, { jti: id(), exp: NOW + 600 }, 300), { outcome: 'ENDED' }, 'the successor after reuse')
    },
  },
  {
    name: 'rotation: an unknown jti, a jti two rotations old, or any reuse with grace 0 is REUSED',
    async run(store) {
      const a = await opened(store)
      equal(await store.rotateRefresh(a.sub, a.sid, id(), { jti: id(), exp: NOW + 600 }, 10_000), { outcome: 'REUSED' }, 'an unknown jti')
      check(!(await store.checkToken(a.sub, a.sid, undefined)), 'the session ends on an unknown jti')

      const b = await opened(store)
      const b2 = id()
      await store.rotateRefresh(b.sub, b.sid, b.jti, { jti: b2, exp: NOW + 600 }, 10_000)
      await store.rotateRefresh(b.sub, b.sid, b2, { jti: id(), exp: NOW + 600 }, 10_000)
      equal(await store.rotateRefresh(b.sub, b.sid, b.jti, { jti: id(), exp: NOW + 600 }, 10_000), { outcome: 'REUSED' }, 'a jti two rotations old')

      const c = await opened(store)
      await store.rotateRefresh(c.sub, c.sid, c.jti, { jti: id(), exp: NOW + 600 }, 0)
      equal(await store.rotateRefresh(c.sub, c.sid, c.jti, { jti: id(), exp: NOW + 600 }, 0), { outcome: 'REUSED' }, 'the previous jti with grace 0')
    },
  },
  {
    name: '50 concurrent rotations of one jti: one ROTATED, 49 GRACE, one successor',
    async run(store) {
      const { sub, sid, jti } = await opened(store)
      const results = await Promise.all(Array.from({ length: 50 }, () => store.rotateRefresh(sub, sid, jti, { jti: id(), exp: NOW + 600 }, 10_000)))
      const outcomes = results.map((r) => r.outcome)
      equal(outcomes.filter((o) => o === 'ROTATED').length, 1, 'ROTATED count')
      equal(outcomes.filter((o) => o === 'GRACE').length, 49, 'GRACE count')
      equal(new Set(results.map((r) => (r as { jti: string }).jti)).size, 1, 'distinct successors')
    },
  },
  {
    name: 'identities never share keys, whatever characters they contain',
    async run(store) {
      const tag = id()
      const subs = [`${tag}`, `${tag}}:s:`, `${tag}:j:`, `{u:${tag}}`, `${tag}%003a`, `${tag} é😀`, `${tag}\u0000`]
      const sessions = []
      for (const sub of subs) sessions.push(await opened(store, { sub }))
      await store.endAllSessions(subs[1])
      await store.denyToken(subs[2], sessions[0].jti, 60)
      for (let i = 0; i < subs.length; i++) {
        equal(await store.checkToken(subs[i], sessions[i].sid, sessions[i].jti), i !== 1, `identity ${JSON.stringify(subs[i])}`)
      }
    },
  },
]
