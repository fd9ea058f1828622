// payloadText writes the payload JSON as text for speed; payloadTextByObject is the
// definition (an object literal and JSON.stringify, as #create did before). They must
// give the same text for every input: member order, escapes, numbers, and custom claims
// of every shape, including names an object reorders (integer-like) or treats specially.
import { describe, expect, test } from 'vitest'
import fc from 'fast-check'
import { payloadText, payloadTextByObject, randomHex, type PayloadMembers } from '../../src/token/payload.js'

const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 1500), seed: process.env.FC_SEED ? Number(process.env.FC_SEED) : 0x7061, endOnFailure: true }

const text = fc.string({ unit: 'binary', maxLength: 12 })
// Names that an object orders or handles differently, mixed with ordinary ones.
const name = fc.oneof(
  text,
  fc.constantFrom('0', '1', '01', '4294967294', '4294967295', '1e3', '-1', '__proto__', 'toJSON', 'constructor', 'a', 'role', ''),
  fc.nat().map(String),
)
// Time values as a clock can give them (floored), and exp = iat + a safe lifetime.
const seconds = fc.oneof(fc.integer({ min: -2e9, max: 4e9 }), fc.double({ noNaN: true, noDefaultInfinity: true }).map(Math.floor), fc.constantFrom(-0, 0, 1e21, -1e21))

const members: fc.Arbitrary<PayloadMembers> = fc.record({
  sub: text,
  iat: seconds,
  exp: seconds,
  jti: fc.constant(null).map(() => randomHex()),
  type: fc.constantFrom('access' as const, 'refresh' as const),
  fresh: fc.constantFrom(true, false, undefined),
  csrf: fc.option(fc.constant(null).map(() => randomHex()), { nil: undefined }),
  iss: fc.option(text, { nil: undefined }),
  aud: fc.option(fc.array(text, { minLength: 1, maxLength: 3 }), { nil: undefined }),
})

function dateAt(ms: number): Date {
  return new Date(ms)
}

// toJSON is called with the member's name; a value that uses it shows a wrong name.
const named = fc.constant(null).map(() => ({ toJSON: (key: string) => `named ${key}` }))
// Strings with every kind of escape, numbers JSON writes oddly or as null, and values
// JSON.stringify leaves out (undefined, a function), which payloadText only meets when
// called directly: checkCustomClaims refuses them first.
const odd = fc.oneof(fc.string({ unit: 'binary', maxLength: 8 }), fc.constantFrom(-0, NaN, Infinity, 1e21, 5e-324, undefined, () => 1))
const value = fc.oneof(fc.jsonValue({ maxDepth: 2 }), odd, fc.integer().map(dateAt), named)

describe('payloadText', () => {
  test('equals the object-and-JSON.stringify text for any members and custom claims', () => {
    fc.assert(
      fc.property(members, fc.dictionary(name, value, { maxKeys: 6 }), (m, claims) => {
        expect(payloadText(m, claims)).toBe(payloadTextByObject(m, claims))
      }),
      RUNS,
    )
  })

  test('custom claims that are not a plain object: null prototype, class instance, getter', () => {
    const m: PayloadMembers = { sub: 'u', iat: 1, exp: 2, jti: randomHex(), type: 'access', fresh: true, csrf: undefined, iss: 'i', aud: ['a'] }
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { b: 1, a: 2 })
    class Claims {
      role = 'admin'
      toJSON(): string {
        return 'the instance, not its members'
      }
    }
    let reads = 0
    const getter = Object.defineProperty({ x: 1 }, 'y', { enumerable: true, get: () => ++reads })
    const parsed = JSON.parse('{"__proto__":{"admin":true},"z":1}') as Record<string, unknown>
    for (const custom of [bare, new Claims() as unknown as Record<string, unknown>, parsed, {}, { 7: 'x', a: 1 }]) {
      expect(payloadText(m, custom)).toBe(payloadTextByObject(m, custom))
    }
    // Each builder reads the getter once.
    expect(payloadText(m, getter)).toBe(payloadTextByObject(m, getter).replace('"y":2', '"y":1'))
    expect(reads).toBe(2)
  })
})
