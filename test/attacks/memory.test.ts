// The memory invariants the rest of the hardening relies on: the module never allocates
// (the stub runtime would place objects at __heap_base, which is where the token input
// buffer starts), its memory cannot grow (views made once never detach), and a fresh
// instance's very first operations are intact.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { getAbi } from '../../src/wasm/abi.js'
import { makeJwt, NOW } from './helpers.js'

describe('wasm memory', () => {
  // First in this file, so it runs on a fresh instance (vitest isolates each file's modules).
  it('the first token a fresh instance signs decodes intact', () => {
    const jwt = makeJwt()
    const token = jwt.createAccessToken('alice', { claims: { note: 'first' } })
    const payload = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as Record<string, unknown>
    expect(payload.sub).toBe('alice')
    expect(payload.note).toBe('first')
    expect(jwt.decodeToken(token)).toMatchObject({ sub: 'alice', note: 'first', iat: NOW })
  })
  it('the release module contains no allocator', () => {
    const wat = readFileSync(new URL('../../build/jwt.wat', import.meta.url), 'utf8')
    expect(wat).not.toMatch(/~lib\/rt\/(stub|tlsf|itcms)\//)
    expect(wat).not.toMatch(/\$~lib\/rt\/common|__new|__alloc/)
  })
  it('imports nothing, and its memory is 20 pages that cannot grow', () => {
    const abi = getAbi()
    const module = new WebAssembly.Module(readFileSync(new URL('../../build/jwt.wasm', import.meta.url)))
    expect(WebAssembly.Module.imports(module)).toStrictEqual([])
    const buffer = abi.exports.memory.buffer
    expect(buffer.byteLength).toBe(20 * 65536)
    // maximum == initial: growing throws, and the existing views stay attached.
    expect(() => abi.exports.memory.grow(1)).toThrow(RangeError)
    expect(abi.exports.memory.buffer).toBe(buffer)
    expect(abi.bytes.buffer).toBe(buffer)
  })
})
