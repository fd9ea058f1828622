// The few numbers the two sides of the boundary must agree on and cannot read from each other
// at run time: status codes, offsets inside RES, the member table's layout, the key
// schedule's size and the algorithm numbers. Each is read here from the AssemblyScript
// source and compared with src/wasm/abi.ts, src/util/members.ts and src/token/algorithms.ts,
// so a change on one side alone fails.
import { describe, expect, test } from 'vitest'
import { assemblyConstant, assemblySource, assemblyStatus } from '../helpers/assembly-source.js'
import { KEY_STATE_SIZE, OWN_HEADER_AT, OWN_HEADER_MAX, OWN_KEY_SIZE, RES_AUDIENCE, RES_HEADER_ID, RES_KID, RES_KID_LENGTH, RES_PAYLOAD, RES_PAYLOAD_ASCII, RES_PAYLOAD_LENGTH, RES_TIME, RES_VALUE, Status, TIME_PENDING } from '../../src/wasm/abi.js'
import { ALGORITHMS } from '../../src/token/algorithms.js'
import * as members from '../../src/util/members.js'

describe('the boundary constants', () => {
  test('Status matches assembly/status.ts member for member', () => {
    expect(assemblyStatus()).toEqual(Status)
  })

  test('RES offsets and the pending marker match assembly/token.ts and assembly/claims.ts', () => {
    expect({ RES_PAYLOAD, RES_PAYLOAD_LENGTH, RES_PAYLOAD_ASCII, RES_AUDIENCE, RES_TIME, RES_VALUE, TIME_PENDING }).toEqual({
      RES_PAYLOAD: assemblyConstant('token.ts', 'RES_PAYLOAD'),
      RES_PAYLOAD_LENGTH: assemblyConstant('token.ts', 'RES_PAYLOAD_LENGTH'),
      RES_PAYLOAD_ASCII: assemblyConstant('token.ts', 'RES_PAYLOAD_ASCII'),
      RES_AUDIENCE: assemblyConstant('claims.ts', 'RES_AUDIENCE'),
      RES_TIME: assemblyConstant('claims.ts', 'RES_TIME'),
      RES_VALUE: assemblyConstant('claims.ts', 'RES_VALUE'),
      TIME_PENDING: assemblyConstant('claims.ts', 'TIME_PENDING'),
    })
  })

  test("a key ring's kid offsets and own-key region match assembly/token.ts", () => {
    expect({ RES_KID_LENGTH, RES_HEADER_ID, RES_KID, OWN_HEADER_MAX, OWN_KEY_SIZE, OWN_HEADER_AT }).toEqual({
      RES_KID_LENGTH: assemblyConstant('token.ts', 'RES_KID_LENGTH'),
      RES_HEADER_ID: assemblyConstant('token.ts', 'RES_HEADER_ID'),
      RES_KID: assemblyConstant('token.ts', 'RES_KID'),
      OWN_HEADER_MAX: assemblyConstant('token.ts', 'OWN_HEADER_MAX'),
      OWN_KEY_SIZE: assemblyConstant('token.ts', 'OWN_KEY_SIZE'),
      OWN_HEADER_AT: assemblyConstant('token.ts', 'OWN_HEADER_AT'),
    })
    expect(OWN_HEADER_AT + OWN_HEADER_MAX).toBe(OWN_KEY_SIZE)
    // The kid (64 bytes at most) and the header id stay inside RES's 256 bytes, clear of the claims' results.
    expect(RES_KID_LENGTH).toBeGreaterThanOrEqual(RES_VALUE + 24)
    expect(RES_HEADER_ID).toBeGreaterThanOrEqual(RES_KID_LENGTH + 4)
    expect(RES_KID).toBeGreaterThanOrEqual(RES_HEADER_ID + 4)
    expect(RES_KID + 64).toBeLessThanOrEqual(256)
  })

  test("the member table's layout and value kinds match assembly/json.ts", () => {
    const names = ['M_INTEGER', 'M_TRUE', 'M_FALSE', 'M_NULL', 'M_STRING', 'M_NUMBER', 'M_JSON', 'MEMBER_AT', 'MEMBER_SIZE'] as const
    expect(Object.fromEntries(names.map((name) => [name, members[name]]))).toEqual(Object.fromEntries(names.map((name) => [name, assemblyConstant('json.ts', name)])))
  })

  test('the key schedule size matches the static data assembly/hmac.ts reserves', () => {
    expect(Number(/export const KEY_STATE: usize = memory\.data\((\d+), \d+\);/.exec(assemblySource('hmac.ts'))?.[1])).toBe(KEY_STATE_SIZE)
  })

  test('algorithm numbers are the indexes of assembly/token.ts ALG_NAMES', () => {
    const names = JSON.parse(/const ALG_NAMES: StaticArray<string> = (\[[^\]]*\]);/.exec(assemblySource('token.ts'))![1]!) as string[]
    expect(Object.fromEntries(names.map((name, id) => [name, id]))).toEqual(Object.fromEntries(Object.entries(ALGORITHMS).map(([name, { id }]) => [name, id])))
  })
})
