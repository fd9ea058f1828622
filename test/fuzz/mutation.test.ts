// Mutation fuzzing of valid tokens: every single-character change, insertion and
// deletion of a valid HS256/384/512 token is refused (exhaustively, over the base64url
// alphabet, the dot and a set of foreign characters), and random multi-edit mutations
// too. Nothing throws anything but JWTError, and the wasm memory never grows.
import { describe, expect, it } from 'vitest'
import { JWTError } from '../../src/index.js'
import { expectMemoryUnchanged, makeJwt, memorySnapshot, rng, type HS } from '../attacks/helpers.js'
import { SCALE, SEED } from './scale.js'

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const CHARACTERS = [...ALPHABET, '.', '=', '+', '/', ' ', '\n', '\u0000', '%', '\u00e9', '\u{1f600}', '\ud800']

/** Every token at edit distance one (substitution, insertion, deletion) over CHARACTERS. */
function* singleEdits(token: string): Generator<string> {
  for (let i = 0; i <= token.length; i++) {
    for (const c of CHARACTERS) {
      if (i < token.length && c !== token[i]) yield token.slice(0, i) + c + token.slice(i + 1)
      yield token.slice(0, i) + c + token.slice(i)
    }
    if (i < token.length) yield token.slice(0, i) + token.slice(i + 1)
  }
}

function refused(jwt: ReturnType<typeof makeJwt>, token: string, checkDecode: boolean): void {
  if (jwt.verifyToken(token)) throw new Error(`accepted a mutated token: ${token}`)
  if (!checkDecode) return
  try {
    jwt.decodeToken(token)
  } catch (error) {
    if (error instanceof JWTError) return
    throw error
  }
  throw new Error(`decodeToken accepted a mutated token: ${token}`)
}

describe('every single-character edit of a valid token is refused', () => {
  for (const algorithm of ['HS256', 'HS384', 'HS512'] as HS[]) {
    it(algorithm, () => {
      const before = memorySnapshot()
      const jwt = makeJwt({ algorithm })
      const random = rng(SEED ^ algorithm.charCodeAt(3))
      // At scale 1 one access and one refresh token; more, with varied claims, when fuzzing long.
      const tokens = [jwt.createAccessToken('alice', { claims: { role: 'user' } }), jwt.createRefreshToken(42)]
      for (let k = 2; k < 2 * SCALE; k++) {
        const claims: Record<string, unknown> = { n: Math.floor(random() * 1e9), pad: 'x'.repeat(Math.floor(random() * 40)), u: '\u00e9\u{1f600}"\\' }
        tokens.push(jwt.createAccessToken(`user-${k}`, { claims, expiresDelta: 1 + Math.floor(random() * 1e6) }))
      }
      let count = 0
      for (const token of tokens) {
        expect(jwt.verifyToken(token)).toBe(true)
        for (const mutated of singleEdits(token)) {
          // decodeToken on every 7th, verifyToken on all: the two share one path.
          refused(jwt, mutated, count % 7 === 0)
          count++
        }
        expect(jwt.verifyToken(token)).toBe(true)
      }
      expect(count).toBeGreaterThan(70_000)
      expectMemoryUnchanged(before)
    })
  }
})

describe('random multi-edit mutations are refused', () => {
  it('1 to 8 edits anywhere, drawn from every UTF-16 unit class', () => {
    const before = memorySnapshot()
    const random = rng(SEED)
    const pick = (n: number) => Math.floor(random() * n)
    const jwts = (['HS256', 'HS384', 'HS512'] as HS[]).map((algorithm) => makeJwt({ algorithm }))
    const runs = 20_000 * SCALE
    for (let run = 0; run < runs; run++) {
      const jwt = jwts[run % 3]
      const original = jwt.createAccessToken(`id-${run}`, { claims: { r: random() } })
      let token = original
      const edits = 1 + pick(8)
      for (let e = 0; e < edits; e++) {
        const at = pick(token.length + 1)
        const kind = pick(4)
        const c = kind === 0 ? String.fromCharCode(pick(0x10000)) : kind === 1 ? String.fromCharCode(pick(128)) : ALPHABET[pick(64)]
        const op = pick(3)
        if (op === 0) token = token.slice(0, at) + c + token.slice(at + 1)
        else if (op === 1) token = token.slice(0, at) + c + token.slice(at)
        else token = token.slice(0, at) + token.slice(at + 1)
      }
      if (token === original) continue
      refused(jwt, token, true)
    }
    expectMemoryUnchanged(before)
  })
  it('segments swapped, duplicated or spliced between valid tokens are refused', () => {
    const jwt = makeJwt()
    const other = makeJwt({ secretKey: 'a-different-secret-for-splicing-00' })
    const a = jwt.createAccessToken('alice').split('.')
    const b = jwt.createAccessToken('bob').split('.')
    const c = other.createAccessToken('alice').split('.')
    const splices = [
      [a[0], b[1], a[2]], [a[0], a[1], b[2]], [a[0], c[1], c[2]], [c[0], a[1], a[2]], [a[0], a[1], c[2]],
      [a[1], a[0], a[2]], [a[0], a[2], a[1]], [a[0], a[0], a[2]], [a[1], a[1], a[2]], [a[2], a[1], a[0]],
    ]
    // Every header this library writes is the same text, so a header-only swap can give back the original.
    for (const parts of splices) if (parts.join('.') !== a.join('.')) refused(jwt, parts.join('.'), true)
  })
})
