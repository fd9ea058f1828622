// Payload text out of wasm memory takes one of two paths: ASCII through the string pump
// (src/runtime/strings.ts: Node's Buffer here, the wasm pump in Chromium and Deno, both run
// by the runtime matrix), anything else through TextDecoder, by the engine's own account of
// the bytes it scanned (RES_PAYLOAD_ASCII). Either way decodeToken must give exactly what
// JSON.parse gives for the payload's UTF-8, and a BOM must still reach JSON.parse.
import { createHmac } from 'node:crypto'
import { describe, expect, test } from 'vitest'
import { getAbi, RES_PAYLOAD_ASCII } from '../../src/wasm/abi.js'
import { b64url, codeOf, HS256_HEADER, makeJwt, NOW, SECRET, signRaw } from './helpers.js'

const EXP = NOW + 3600

/** A token over the payload's exact bytes. */
function signBytes(payload: Uint8Array): string {
  const input = `${b64url(HS256_HEADER)}.${b64url(payload)}`
  return `${input}.${createHmac('sha256', SECRET).update(input).digest('base64url')}`
}

const asciiFlag = () => getAbi().view.getUint32(getAbi().RES + RES_PAYLOAD_ASCII, true)

describe('payload text across the boundary', () => {
  test('in Node the pump is Buffer: it reads, it does not write', () => {
    const pump = getAbi().strings
    expect(pump).toBeDefined()
    expect(pump!.put).toBeUndefined()
  })

  const payloads: [string, string][] = [
    ['ASCII', `{"sub":"alice","exp":${EXP},"role":"admin"}`],
    ['ASCII with escapes', `{"sub":"al\\u00e9ice\\n\\"","exp":${EXP},"x":"\\ud83d\\ude00"}`],
    ['an escaped lone surrogate (valid JSON)', `{"sub":"\\ud800","exp":${EXP}}`],
    ['Latin-1 in a value', `{"sub":"zoë","exp":${EXP}}`],
    ['a non-ASCII name', `{"sub":"a","exp":${EXP},"ключ":"значение"}`],
    ['an emoji, the last character before the brace', `{"exp":${EXP},"sub":"😀"}`],
    ['CJK in a nested value', `{"sub":"a","exp":${EXP},"n":{"k":["東京",1]}}`],
    ['U+0080 and U+00FF, the edges of Latin-1', `{"sub":"\u0080\u00ff","exp":${EXP}}`],
  ]

  test.each(payloads)('%s: claims equal JSON.parse of the UTF-8', (_, payload) => {
    const jwt = makeJwt()
    const claims = jwt.decodeToken(signRaw(payload))
    const expected = JSON.parse(payload)
    expect(claims).toEqual({ ...expected, identity: typeof expected.sub === 'string' ? expected.sub : null })
    expect(asciiFlag()).toBe(/^[\x00-\x7f]*$/.test(payload) ? 1 : 0)
  })

  test('a payload with a BOM is refused, as JSON.parse refuses it', () => {
    const jwt = makeJwt()
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(`{"sub":"a","exp":${EXP}}`)])
    expect(codeOf(jwt, signBytes(bom))).toBe('MALFORMED')
  })

  test('invalid UTF-8 in a string is refused, never read as Latin-1', () => {
    const jwt = makeJwt()
    for (const bad of [[0xe9], [0xc3], [0xed, 0xa0, 0x80], [0xf5, 0x80, 0x80, 0x80], [0x80]]) {
      const head = new TextEncoder().encode(`{"exp":${EXP},"sub":"`)
      const payload = new Uint8Array([...head, ...bad, 0x22, 0x7d])
      expect(codeOf(jwt, signBytes(payload)), bad.join(',')).toBe('MALFORMED')
    }
  })

  test('signed and decoded again: every kind of text round-trips', () => {
    const jwt = makeJwt()
    for (const value of ['plain', 'zoë', '東京', '😀', 'a"b\\c\n', '\u0000\u001f', '\u2028\u2029']) {
      const token = jwt.createAccessToken('user', { claims: { value } })
      expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/)
      expect(jwt.decodeToken(token).value).toBe(value)
    }
  })

  test('a token character plus 0x100 or 0xd800 (the same low byte) is MALFORMED, never its low byte', () => {
    const jwt = makeJwt()
    const token = signRaw(`{"sub":"alice","exp":${EXP}}`)
    expect(codeOf(jwt, token)).toBe('OK')
    for (const at of [0, 10, token.indexOf('.') + 3, token.length - 1]) {
      for (const add of [0x100, 0xff00, 0xd800]) {
        const forged = token.slice(0, at) + String.fromCharCode(token.charCodeAt(at) + add) + token.slice(at + 1)
        expect(codeOf(jwt, forged)).toBe('MALFORMED')
        expect(jwt.verifyToken(forged)).toBe(false)
      }
    }
  })

  test('string values are scanned sixteen bytes at a time: every special byte at every position agrees with JSON.parse', () => {
    const jwt = makeJwt()
    const specials: [string, number[]][] = [
      ['an escaped quote', [0x5c, 0x22]],
      ['an escaped backslash', [0x5c, 0x5c]],
      ['a \\u escape', [...new TextEncoder().encode('\\u00e9')]],
      ['UTF-8', [0xc3, 0xa9]],
      ['a raw control character', [0x09]],
      ['a raw DEL (allowed)', [0x7f]],
      ['invalid UTF-8', [0xc3, 0x28]],
      ['a lone continuation byte', [0xa9]],
    ]
    for (const [what, bytes] of specials) {
      for (let at = 0; at <= 40; at += 1) {
        const head = new TextEncoder().encode(`{"exp":${EXP},"sub":"${'x'.repeat(at)}`)
        const tail = new TextEncoder().encode(`${'y'.repeat(20)}","z":1}`)
        const payload = new Uint8Array([...head, ...bytes, ...tail])
        let expected: unknown
        try {
          expected = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(payload))
        } catch {
          expected = undefined
        }
        const token = signBytes(payload)
        if (expected === undefined) expect(codeOf(jwt, token), `${what} at ${at}`).toBe('MALFORMED')
        else expect(jwt.decodeToken(token).sub, `${what} at ${at}`).toBe((expected as { sub: string }).sub)
      }
    }
  })

  test('an ASCII payload after a non-ASCII one is read as ASCII again', () => {
    const jwt = makeJwt()
    jwt.decodeToken(signRaw(`{"sub":"zoë","exp":${EXP}}`))
    expect(asciiFlag()).toBe(0)
    expect(jwt.decodeToken(signRaw(`{"sub":"zoe","exp":${EXP}}`)).sub).toBe('zoe')
    expect(asciiFlag()).toBe(1)
  })
})
