// The numbers both sides of the asymmetric module's boundary must agree on, read from the
// AssemblyScript source and compared with src/wasm-pk/abi.ts, src/pk/algorithms.ts and the
// RSA key layout in src/pk/rsa.ts, so a change on one side alone fails.
import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { assemblyConstant, assemblySource, assemblyStatus } from '../helpers/assembly-source.js'
import '../pk/helpers.js'
import { RES_ALG, RES_AUDIENCE, RES_KID, RES_KID_END, RES_KID_START, RES_PAYLOAD, RES_PAYLOAD_ASCII, RES_PAYLOAD_LENGTH, RES_TIME, RES_VALUE, Status, TIME_PENDING, getPkAbi } from '../../src/wasm-pk/abi.js'
import { ALGORITHM_NAMES, PK_ALGORITHMS } from '../../src/pk/algorithms.js'
import { importRsa } from '../../src/pk/rsa.js'
import { rsaKey } from '../pk/helpers.js'

describe('the asymmetric module\'s boundary constants', () => {
  test('Status is assembly/status.ts', () => {
    expect(assemblyStatus()).toEqual(Status)
  })

  test('RES offsets match assembly/pk/token.ts and assembly/claims.ts', () => {
    expect({ RES_ALG, RES_KID, RES_KID_START, RES_KID_END }).toEqual({
      RES_ALG: assemblyConstant('pk/token.ts', 'RES_ALG'),
      RES_KID: assemblyConstant('pk/token.ts', 'RES_KID'),
      RES_KID_START: assemblyConstant('pk/token.ts', 'RES_KID_START'),
      RES_KID_END: assemblyConstant('pk/token.ts', 'RES_KID_END'),
    })
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

  test('algorithm numbers are the indexes of assembly/pk/algorithms.ts ALG_NAMES', () => {
    const names = JSON.parse(/const ALG_NAMES: StaticArray<string> = (\[[^\]]*\]);/.exec(assemblySource('pk/algorithms.ts'))![1]!) as string[]
    expect(names).toEqual(ALGORITHM_NAMES)
    expect(names.map((name) => PK_ALGORITHMS[name as keyof typeof PK_ALGORITHMS].id)).toEqual(names.map((_, i) => i))
  })

  test('an RSA key layout fits KEY and starts with the kind assembly/pk/kinds.ts gives RSA', () => {
    const { layout } = importRsa(rsaKey(2048).jwk, 'k')
    expect(layout.length).toBeLessThanOrEqual(getPkAbi().KEY_MAX)
    expect(new DataView(layout.buffer).getUint32(0, true)).toBe(Number(/KIND_RSA: u32 = (\d+);/.exec(assemblySource('pk/kinds.ts'))![1]))
  })

  test('the module imports nothing and its memory never grows', () => {
    const wat = readFileSync(new URL('../../build/jwt-pk.wat', import.meta.url), 'utf8')
    const memory = /\(memory \$0 (\d+) (\d+)\)/.exec(wat)
    expect(memory![1]).toBe(memory![2])
    expect(wat).not.toMatch(/\(import /)
    expect(getPkAbi().exports.memory.buffer.byteLength).toBe(Number(memory![1]) * 65536)
  })
})
