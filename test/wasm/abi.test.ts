// The module itself: no imports, a fixed memory that never grows, nothing allocated, and
// a first call that finds its buffers as JS left them.
import { readFileSync } from 'node:fs'
import { createHmac } from 'node:crypto'
import { describe, expect, test } from 'vitest'
import '../../src/index.js'
import { embeddedModule } from '../../src/runtime/embedded.js'
import { getAbi, Status } from '../../src/wasm/abi.js'
import { scheduleKey, verifyToken } from '../../src/wasm/engine.js'
import { JWT } from '../../src/index.js'
import { NOW, SECRET, signRaw, expectFixedMemory } from '../token/helpers.js'

expectFixedMemory()

const PAGE = 65536
const wat = readFileSync(new URL('../../build/jwt.wat', import.meta.url), 'utf8')

interface RawExports {
  memory: WebAssembly.Memory
  inPtr(): number
  outPtr(): number
  setKey(alg: number, len: number): void
  sign(alg: number, len: number): number
}

function freshInstance(): RawExports {
  return new WebAssembly.Instance(embeddedModule(), {}).exports as unknown as RawExports
}

describe('the module', () => {
  test('has no imports', () => {
    expect(WebAssembly.Module.imports(embeddedModule())).toEqual([])
  })

  test('declares a memory whose initial size is its maximum', () => {
    const memory = /\(memory \$0 (\d+) (\d+)\)/.exec(wat)
    expect(memory).not.toBeNull()
    expect(memory![1]).toBe(memory![2])
    expect(freshInstance().memory.buffer.byteLength).toBe(Number(memory![1]) * PAGE)
  })

  test('contains no memory.grow and no runtime allocator: the engine allocates nothing', () => {
    expect(wat).not.toMatch(/memory\.grow/)
    expect(wat).not.toMatch(/~lib\/rt\//)
  })

  /** The release codegen of one function of assembly/token.ts. */
  const func = (name: string) => new RegExp(`\\(func \\$assembly/token/${name} [\\s\\S]*?\\n \\(func `).exec(wat)?.[0] ?? ''

  test('the MAC is compared in constant time: one loop over every byte, no exit before its end', () => {
    // assembly/token.ts signatureAndClaims: after the MAC is computed, the compare loop only
    // accumulates XORs with OR; a br_if or return inside it would make the time depend on
    // how many leading bytes of a forged signature were right.
    const shared = func('signatureAndClaims')
    const at = shared.indexOf('call $assembly/hmac/hmacCompute')
    expect(at).toBeGreaterThan(0)
    const loop = /loop (\$\S+)\n([\s\S]*?)\n\s*br \1\n/.exec(shared.slice(at))
    expect(loop).not.toBeNull()
    const body = loop![2]
    expect(body).toMatch(/i(32|64)\.xor/)
    expect(body).toMatch(/i(32|64)\.or/)
    expect(body).not.toMatch(/\b(br_if|br_table|return)\b/)
    expect(body).not.toMatch(/\bcall\b/)
  })

  test.each(['verify', 'verifyRing', 'verifyKeyed'])('%s reaches the MAC only through that compare', (name) => {
    const body = func(name)
    expect(body).toContain('call $assembly/token/signatureAndClaims')
    expect(body).not.toContain('call $assembly/hmac/hmacCompute')
  })

  test('the embedded bytes are the release build', () => {
    const built = readFileSync(new URL('../../build/jwt.wasm', import.meta.url))
    const embedded = WebAssembly.Module.exports(embeddedModule()).map((e) => e.name)
    expect(WebAssembly.Module.exports(new WebAssembly.Module(built)).map((e) => e.name)).toEqual(embedded)
    expect(new WebAssembly.Module(built)).toBeInstanceOf(WebAssembly.Module)
  })
})

describe('a fresh instance', () => {
  test('its very first sign() signs the payload JS wrote, unchanged', () => {
    // Regression: a first-call lazy init allocated on the heap, which starts at IN, and
    // overwrote the first 12 bytes of the payload before it was signed.
    const wasm = freshInstance()
    const bytes = new Uint8Array(wasm.memory.buffer)
    const key = new TextEncoder().encode(SECRET)
    bytes.set(key, wasm.inPtr())
    wasm.setKey(0, key.length)
    const payload = `{"sub":"first","exp":${NOW + 60}}`
    bytes.set(new TextEncoder().encode(payload), wasm.inPtr())
    const n = wasm.sign(0, payload.length)
    const token = new TextDecoder().decode(bytes.subarray(wasm.outPtr(), wasm.outPtr() + n))
    expect(token).toBe(signRaw(payload))
  })

  test('setKey wipes the key it was given from the input buffer', () => {
    const wasm = freshInstance()
    const bytes = new Uint8Array(wasm.memory.buffer)
    bytes.fill(0xaa, wasm.inPtr(), wasm.inPtr() + 200)
    wasm.setKey(2, 200)
    expect(bytes.subarray(wasm.inPtr(), wasm.inPtr() + 200).every((b) => b === 0)).toBe(true)
  })
})

describe('the shared instance', () => {
  test('memory stays the same buffer and size through signing and verifying every algorithm and size', () => {
    const memory = getAbi().exports.memory
    const buffer = memory.buffer
    const size = buffer.byteLength
    for (const algorithm of ['HS256', 'HS384', 'HS512']) {
      const jwt = new JWT({ secretKey: SECRET, algorithm, maxTokenLength: 65536, clock: () => NOW })
      for (const pad of [0, 1, 100, 10_000, 45_000]) {
        const token = jwt.createAccessToken('u', { claims: { pad: 'x'.repeat(pad) } })
        expect(jwt.verifyToken(token)).toBe(true)
      }
      expect(jwt.verifyToken('x'.repeat(65536))).toBe(false)
      const deep = `{"exp":${NOW + 60},"d":${'['.repeat(20000)}${']'.repeat(20000)}}`
      expect(jwt.verifyToken(signRaw(deep, `{"alg":"${algorithm}"}`, algorithm as 'HS256'))).toBe(true)
      const names = `{"exp":${NOW + 60},${Array.from({ length: 4000 }, (_, i) => `"k${i}":0`).join(',')}}`
      expect(jwt.verifyToken(signRaw(names, `{"alg":"${algorithm}"}`, algorithm as 'HS256'))).toBe(true)
    }
    expect(memory.buffer).toBe(buffer)
    expect(memory.buffer.byteLength).toBe(size)
  })

  test('the time checks fail closed: a NaN clock reaching the engine expires every token', () => {
    const key = scheduleKey(0, new TextEncoder().encode(SECRET))
    for (const payload of ['{"exp":1e16}', '{"exp":1.7e10,"nbf":0.5}', '{"exp":99999999999}']) {
      expect(verifyToken(key, signRaw(payload), NOW, 0), payload).toBe(Status.OK)
      expect(verifyToken(key, signRaw(payload), NaN, 0), payload).toBe(Status.EXPIRED)
    }
  })

  test('HMAC keys longer than the engine limit are refused, not truncated', () => {
    expect(() => new JWT({ secretKey: new Uint8Array(65537) })).toThrow(RangeError)
  })

  test('a secret HMAC agrees with node:crypto for each algorithm (sanity check of the wiring)', () => {
    for (const [algorithm, hash] of [['HS256', 'sha256'], ['HS384', 'sha384'], ['HS512', 'sha512']] as const) {
      const jwt = new JWT({ secretKey: SECRET, algorithm, clock: () => NOW })
      const token = jwt.createAccessToken('u')
      const [h, p, s] = token.split('.')
      expect(s).toBe(createHmac(hash, SECRET).update(`${h}.${p}`).digest('base64url'))
    }
  })
})
