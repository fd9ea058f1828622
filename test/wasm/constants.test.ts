// The few numbers the two sides of the boundary must agree on and cannot read from each other
// at run time: status codes, offsets inside RES, the key schedule's size and the algorithm
// numbers. Each is read here from the AssemblyScript source and compared with src/wasm/abi.ts
// and src/token/algorithms.ts, so a change on one side alone fails.
import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { KEY_STATE_SIZE, OWN_HEADER_MAX, RES_AUDIENCE, RES_KID, RES_KID_LENGTH, RES_PAYLOAD, RES_PAYLOAD_ASCII, RES_PAYLOAD_LENGTH, RES_TIME, RES_VALUE, Status, TIME_PENDING } from '../../src/wasm/abi.js'
import { ALGORITHMS } from '../../src/token/algorithms.js'

const source = (file: string) => readFileSync(new URL(`../../assembly/${file}`, import.meta.url), 'utf8')

/** `export const NAME: type = number;` in an AssemblyScript file. */
function constant(file: string, name: string): number {
  const match = new RegExp(`export const ${name}: \\w+ = (\\d+);`).exec(source(file))
  if (!match) throw new Error(`${name} not found in assembly/${file}`)
  return Number(match[1])
}

describe('the boundary constants', () => {
  test('Status matches assembly/status.ts member for member', () => {
    const members = Object.fromEntries([...source('status.ts').matchAll(/^\s+(\w+) = (\d+),/gm)].map((m) => [m[1], Number(m[2])]))
    expect(members).toEqual(Status)
  })

  test('RES offsets and the pending marker match assembly/token.ts and assembly/claims.ts', () => {
    expect({ RES_PAYLOAD, RES_PAYLOAD_LENGTH, RES_PAYLOAD_ASCII, RES_AUDIENCE, RES_TIME, RES_VALUE, TIME_PENDING }).toEqual({
      RES_PAYLOAD: constant('token.ts', 'RES_PAYLOAD'),
      RES_PAYLOAD_LENGTH: constant('token.ts', 'RES_PAYLOAD_LENGTH'),
      RES_PAYLOAD_ASCII: constant('token.ts', 'RES_PAYLOAD_ASCII'),
      RES_AUDIENCE: constant('claims.ts', 'RES_AUDIENCE'),
      RES_TIME: constant('claims.ts', 'RES_TIME'),
      RES_VALUE: constant('claims.ts', 'RES_VALUE'),
      TIME_PENDING: constant('claims.ts', 'TIME_PENDING'),
    })
  })

  test("a key ring's kid offsets and signing-header region match assembly/token.ts", () => {
    expect({ RES_KID_LENGTH, RES_KID, OWN_HEADER_MAX }).toEqual({
      RES_KID_LENGTH: constant('token.ts', 'RES_KID_LENGTH'),
      RES_KID: constant('token.ts', 'RES_KID'),
      OWN_HEADER_MAX: constant('token.ts', 'OWN_HEADER_MAX'),
    })
    // The kid (64 bytes at most) stays inside RES's 256 bytes, clear of the claims' results.
    expect(RES_KID_LENGTH).toBeGreaterThanOrEqual(RES_VALUE + 24)
    expect(RES_KID).toBeGreaterThanOrEqual(RES_KID_LENGTH + 4)
    expect(RES_KID + 64).toBeLessThanOrEqual(256)
  })

  test('the key schedule size matches the static data assembly/hmac.ts reserves', () => {
    expect(Number(/export const KEY_STATE: usize = memory\.data\((\d+), \d+\);/.exec(source('hmac.ts'))?.[1])).toBe(KEY_STATE_SIZE)
  })

  test('algorithm numbers are the indexes of assembly/token.ts ALG_NAMES', () => {
    const names = JSON.parse(/const ALG_NAMES: StaticArray<string> = (\[[^\]]*\]);/.exec(source('token.ts'))![1]!) as string[]
    expect(Object.fromEntries(names.map((name, id) => [name, id]))).toEqual(Object.fromEntries(Object.entries(ALGORITHMS).map(([name, { id }]) => [name, id])))
  })
})
