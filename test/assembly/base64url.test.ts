// assembly/base64url.ts through src/wasm/engine.ts: strict unpadded base64url (RFC 4648 §5,
// RFC 7515 §2), where every byte string has exactly one accepted spelling.
import { describe, expect, test } from 'vitest'
import '../../src/index.js' // provides the wasm loader
import { base64urlDecode, base64urlEncode } from '../../src/wasm/engine.js'
import { expectFixedMemory } from '../token/helpers.js'

expectFixedMemory()

/** Deterministic bytes: a different pattern at every length, covering all 256 values. */
function bytesOf(length: number): Uint8Array {
  const out = new Uint8Array(length)
  for (let i = 0; i < length; i++) out[i] = (i * 151 + length * 7 + 13) & 0xff
  return out
}

describe('round trip against Buffer base64url', () => {
  test('every length 0..300', () => {
    for (let n = 0; n <= 300; n++) {
      const bytes = bytesOf(n)
      const reference = Buffer.from(bytes).toString('base64url')
      const encoded = base64urlEncode(bytes)
      expect(encoded, `length ${n}`).toBe(reference)
      expect(base64urlDecode(reference), `length ${n}`).toEqual(bytes)
    }
  })

  test('all-zero and all-0xff bytes, which use the first and last letters', () => {
    for (const fill of [0x00, 0xff]) {
      for (let n = 0; n <= 9; n++) {
        const bytes = new Uint8Array(n).fill(fill)
        expect(base64urlEncode(bytes)).toBe(Buffer.from(bytes).toString('base64url'))
        expect(base64urlDecode(base64urlEncode(bytes))).toEqual(bytes)
      }
    }
  })

  test('every alphabet letter decodes to its own sextet', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
    for (let v = 0; v < 64; v++) {
      const text = `AAA${alphabet[v]}` // the last sextet of three bytes
      expect(base64urlDecode(text)).toEqual(new Uint8Array([0, 0, v]))
    }
  })

  test('the empty string is the empty byte string', () => {
    expect(base64urlEncode(new Uint8Array(0))).toBe('')
    expect(base64urlDecode('')).toEqual(new Uint8Array(0))
  })
})

describe('rejected spellings', () => {
  const valid = base64urlEncode(bytesOf(32)) // 43 characters: 4k+3

  test('padding', () => {
    expect(base64urlDecode('AA==')).toBeNull()
    expect(base64urlDecode('AAA=')).toBeNull()
    expect(base64urlDecode(`${valid}=`)).toBeNull()
    expect(base64urlDecode('====')).toBeNull()
  })

  test('whitespace anywhere', () => {
    for (const ws of [' ', '\n', '\r', '\t', '\r\n', '\f', '\v']) {
      expect(base64urlDecode(`${ws}${valid}`), JSON.stringify(ws)).toBeNull()
      expect(base64urlDecode(`${valid.slice(0, 20)}${ws}${valid.slice(20)}`), JSON.stringify(ws)).toBeNull()
      expect(base64urlDecode(`${valid}${ws}`), JSON.stringify(ws)).toBeNull()
    }
  })

  test('the standard alphabet\'s + and /, and every other foreign ASCII byte', () => {
    const alphabet = new Set('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')
    for (let c = 0; c < 128; c++) {
      const ch = String.fromCharCode(c)
      if (alphabet.has(ch)) continue
      // In every position of a 4-character group, and as the single odd character.
      for (const text of [`${ch}AAA`, `A${ch}AA`, `AA${ch}A`, `AAA${ch}`, `AA${ch}`, `A${ch}`]) {
        expect(base64urlDecode(text), `byte ${c} in ${JSON.stringify(text)}`).toBeNull()
      }
    }
  })

  test('NUL and non-ASCII characters', () => {
    for (const ch of ['\0', '\u0080', 'é', '\u00ff', '\u0100', 'Ａ', '\ud83d\ude00', '\ud800', '\uffff']) {
      expect(base64urlDecode(`AAA${ch}`), JSON.stringify(ch)).toBeNull()
      expect(base64urlDecode(`${valid.slice(0, 10)}${ch}${valid.slice(11)}`), JSON.stringify(ch)).toBeNull()
    }
  })

  test('4k+1 characters, which no byte string encodes to', () => {
    for (let k = 0; k <= 20; k++) {
      expect(base64urlDecode('A'.repeat(4 * k + 1)), `length ${4 * k + 1}`).toBeNull()
    }
  })

  test('non-canonical trailing bits: only the spelling with zero unused bits is accepted', () => {
    // 4k+2 characters: the last one carries 2 data bits and 4 unused bits.
    // 4k+3 characters: the last one carries 4 data bits and 2 unused bits.
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
    for (const [prefix, unusedMask] of [['A', 15], ['AAAAA', 15], ['AA', 3], ['AAAAAA', 3]] as const) {
      for (let v = 0; v < 64; v++) {
        const text = prefix + alphabet[v]
        const decoded = base64urlDecode(text)
        if (v & unusedMask) expect(decoded, text).toBeNull()
        else expect(Buffer.from(decoded!).toString('base64url'), text).toBe(text)
      }
    }
  })

  test('no two spellings of a signature: each variant of a real one is refused', () => {
    const signature = base64urlEncode(bytesOf(32)) // 43 chars, last char has 2 unused bits
    const last = signature.at(-1)!
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
    const value = alphabet.indexOf(last)
    for (let unused = 1; unused < 4; unused++) {
      expect(base64urlDecode(signature.slice(0, -1) + alphabet[value | unused])).toBeNull()
    }
  })
})

describe('limits', () => {
  test('the largest input encodes; a larger one throws RangeError', () => {
    const big = bytesOf(49152)
    expect(base64urlEncode(big)).toBe(Buffer.from(big).toString('base64url'))
    expect(() => base64urlEncode(bytesOf(49153))).toThrow(RangeError)
  })

  test('text longer than the engine handles is refused, not truncated', () => {
    expect(base64urlDecode('A'.repeat(65536))).toEqual(new Uint8Array(49152))
    expect(base64urlDecode('A'.repeat(65540))).toBeNull()
  })
})
