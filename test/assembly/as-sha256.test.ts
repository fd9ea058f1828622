// @chainsafe/as-sha256 as an extra oracle for our SHA-256, and the evidence behind the
// reason docs/design.md gives for not building on it: its streaming update returns a wrong digest
// when a later update completes a partly filled block.
import { createHash } from 'node:crypto'
import { SHA256, digest as asDigest } from '@chainsafe/as-sha256'
import { describe, expect, test } from 'vitest'
import { hash } from './harness.js'
import '../../src/index.js' // names the embedded loader

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex')

function message(length: number): Uint8Array {
  return Uint8Array.from({ length }, (_, i) => (i * 31 + 7) & 0xff)
}

describe('@chainsafe/as-sha256', () => {
  test('its one-shot digest agrees with ours at every length 0..300', () => {
    for (let n = 0; n <= 300; n++) {
      const m = message(n)
      expect(hex(hash(0, m)), `length ${n}`).toBe(hex(asDigest(m)))
    }
  })

  test('its streaming update gets 32 + 32 bytes wrong, where node:crypto and ours agree', () => {
    const m = message(64)
    const streaming = new SHA256().init().update(m.subarray(0, 32)).update(m.subarray(32)).final()
    const reference = createHash('sha256').update(m).digest('hex')
    expect(hex(hash(0, m))).toBe(reference)
    expect(hex(streaming)).not.toBe(reference)
  })
})
