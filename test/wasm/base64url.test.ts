// The engine's strict base64url decoder (assembly/base64url.ts) against a reference, on raw
// bytes: it decodes sixteen characters at a time in SIMD, the last block padded, so every
// length, and a bad byte at every position of whole and padded blocks, is checked.
import { describe, expect, test } from 'vitest'
import '../../src/index.js'
import { getAbi } from '../../src/wasm/abi.js'

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

/** The reference: the one canonical unpadded spelling (RFC 4648 §5, §3.5), else null. */
function reference(text: Uint8Array): Uint8Array | null {
  for (const c of text) if (c >= 128 || !ALPHABET.includes(String.fromCharCode(c))) return null
  if (text.length % 4 === 1) return null
  const s = String.fromCharCode(...text)
  const bytes = Buffer.from(s, 'base64url')
  return bytes.toString('base64url') === s ? new Uint8Array(bytes) : null
}

/** exports.decode on the raw bytes; the decoded bytes, or null on -1. */
function engine(text: Uint8Array): Uint8Array | null {
  const abi = getAbi()
  abi.bytes.set(text, abi.IN)
  const n = abi.exports.decode(text.length)
  return n < 0 ? null : abi.bytes.slice(abi.DEC, abi.DEC + n)
}

let seed = 11
function random(n: number): number {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
  return seed % n
}

function encoded(length: number): Uint8Array {
  const bytes = Uint8Array.from({ length }, () => random(256))
  return new TextEncoder().encode(Buffer.from(bytes).toString('base64url'))
}

describe('base64url decoding in the engine', () => {
  test('agrees with the reference on every canonical encoding of 0 to 100 bytes', () => {
    for (let length = 0; length <= 100; length++) {
      const text = encoded(length)
      expect(engine(text), `length ${length}`).toEqual(reference(text))
      expect(engine(text)?.length).toBe(length)
    }
  })

  test('refuses every byte outside the alphabet at every position, in the SIMD blocks and the tail', () => {
    const bad = Array.from({ length: 256 }, (_, c) => c).filter((c) => !ALPHABET.includes(String.fromCharCode(c)))
    for (const length of [12, 24, 36, 47, 48, 49, 60]) {
      const base = encoded(length)
      for (let at = 0; at < base.length; at++) {
        for (const c of bad) {
          const text = base.slice()
          text[at] = c
          expect(engine(text), `length ${length}, byte ${c} at ${at}`).toBeNull()
        }
      }
    }
  })

  test('every alphabet character in every lane decodes to its sextet', () => {
    for (let shift = 0; shift < 64; shift++) {
      const text = new TextEncoder().encode((ALPHABET.slice(shift) + ALPHABET.slice(0, shift)).repeat(2))
      expect(engine(text)).toEqual(reference(text))
    }
  })

  test('refuses non-canonical trailing bits and impossible lengths after SIMD blocks', () => {
    for (const length of [16, 32, 48]) {
      const prefix = 'A'.repeat(length)
      for (const tail of ['B', 'AB', 'AAB', 'AAAAB']) {
        const text = new TextEncoder().encode(prefix + tail)
        expect(engine(text), prefix.length + tail).toEqual(reference(text))
        expect(reference(text)).toBeNull()
      }
    }
  })

  test('writes the decoded bytes, then at most 11 zeros: the rest of its last block', () => {
    const abi = getAbi()
    for (const length of [0, 1, 2, 3, 12, 13, 14, 24, 36]) {
      const text = encoded(length)
      abi.bytes.fill(0xee, abi.DEC, abi.DEC + 64)
      abi.bytes.set(text, abi.IN)
      expect(abi.exports.decode(text.length)).toBe(length)
      const after = [...abi.bytes.subarray(abi.DEC + length, abi.DEC + length + 16)]
      expect(after.slice(0, 11).every((b) => b === 0 || b === 0xee)).toBe(true)
      expect(after.slice(11)).toEqual([0xee, 0xee, 0xee, 0xee, 0xee])
    }
  })
})
