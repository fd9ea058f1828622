// Many JWT instances share one wasm instance, switching the cached key schedule in and
// out of its memory. Interleave creates and verifications across instances in a random
// order: a token must verify exactly where its secret and algorithm are, and the
// verdict must never depend on which instance ran last.
import { describe, expect, it } from 'vitest'
import { JWT } from '../../src/index.js'
import { expectMemoryUnchanged, memorySnapshot, NOW, rng, type HS } from '../attacks/helpers.js'
import { SCALE, SEED } from './scale.js'

describe('key schedules never leak between instances', () => {
  it('random interleaving of create, decode and verify across instances', () => {
    const before = memorySnapshot()
    const random = rng(SEED + 7)
    const secrets = ['secret-number-one-0123456789abcdef', 'secret-number-two-0123456789abcdef', new Uint8Array(64).fill(9), 'x'.repeat(200)]
    const specs: { secret: string | Uint8Array; algorithm: HS }[] = []
    for (const secret of secrets) for (const algorithm of ['HS256', 'HS384', 'HS512'] as HS[]) specs.push({ secret, algorithm })
    // Two instances per spec: same key, separate schedules.
    const instances = specs.flatMap((spec, i) => [0, 1].map(() => ({ spec: i, jwt: new JWT({ secretKey: spec.secret, algorithm: spec.algorithm, clock: () => NOW }) })))
    const tokens: { spec: number; token: string }[] = []
    for (let step = 0; step < 4000 * SCALE; step++) {
      const actor = instances[Math.floor(random() * instances.length)]
      if (tokens.length < 8 || random() < 0.3) {
        tokens.push({ spec: actor.spec, token: actor.jwt.createAccessToken(`user-${step}`) })
        continue
      }
      const { spec, token } = tokens[Math.floor(random() * tokens.length)]
      const same = specs[spec].secret === specs[actor.spec].secret && specs[spec].algorithm === specs[actor.spec].algorithm
      expect(actor.jwt.verifyToken(token)).toBe(same)
      if (random() < 0.2) {
        if (same) expect(actor.jwt.decodeToken(token).sub).toMatch(/^user-/)
        else expect(() => actor.jwt.decodeToken(token)).toThrow(/Invalid token (signature|algorithm)/)
      }
    }
    expectMemoryUnchanged(before)
  })
})
