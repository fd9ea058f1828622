// One spelling per token: segments, base64url padding and trailing bits, foreign
// characters anywhere, signature length and value, and the size limit.
import { describe, expect, it } from 'vitest'
import { b64, craft, goodClaims, hmac, HEADER, makeJwt, NOW, outcome, OTHER_SECRET, SECRET, sign, type HS } from './helpers.js'

const jwt = makeJwt()
const token = craft(HEADER, goodClaims())
const [h, p, s] = token.split('.')

/** A base64url segment whose last character carries unused bits, re-spelled with one of them set. */
function alterTrailingBits(segment: string): string | null {
  const unused = segment.length % 4 === 2 ? 4 : segment.length % 4 === 3 ? 2 : 0
  if (unused === 0) return null
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
  const last = alphabet.indexOf(segment[segment.length - 1])
  return segment.slice(0, -1) + alphabet[last | 1]
}

/** Pads a segment's JSON with spaces until its base64url length has the wanted remainder. */
function segmentWithRemainder(json: string, remainder: 2 | 3): string {
  let text = json
  while (b64(text).length % 4 !== remainder) text = ` ${text}`
  return text
}

describe('segments (RFC 7515 §7.1: exactly three, none empty)', () => {
  const cases: [string, string][] = [
    ['one segment', h],
    ['two segments', `${h}.${p}`],
    ['four segments', `${token}.${s}`],
    ['four segments, last empty', `${token}.`],
    ['five segments (JWE shape)', `${h}.${p}.${s}.${s}.${s}`],
    ['empty header', `.${p}.${s}`],
    ['empty payload (detached, RFC 7515 App. F)', `${h}..${s}`],
    ['empty signature', `${h}.${p}.`],
    ['all empty', '..'],
    ['only dots', '....'],
    ['empty string', ''],
    ['leading dot', `.${token}`],
    ['trailing dot', `${token}.`],
  ]
  for (const [name, t] of cases) {
    it(`${name} is MALFORMED`, () => expect(outcome(jwt, t)).toBe('MALFORMED'))
  }
  it('a fourth segment that validly signs the first three is still MALFORMED', () => {
    expect(outcome(jwt, sign('HS256', token))).toBe('MALFORMED')
  })
  it('the unaltered token is OK', () => expect(outcome(jwt, token)).toBe('OK'))
})

describe('base64url padding and trailing bits, in each segment', () => {
  // Segments made so that each has unused trailing bits, and re-signed so only the spelling is wrong.
  const header = segmentWithRemainder(JSON.stringify(HEADER), 2)
  const payload = segmentWithRemainder(JSON.stringify(goodClaims()), 3)
  const input = `${b64(header)}.${b64(payload)}`
  const canonical = sign('HS256', input)
  const [ch, cp, cs] = canonical.split('.')
  it('the canonical spelling is OK', () => expect(outcome(jwt, canonical)).toBe('OK'))

  const variants: [string, string, string][] = [
    ['header', alterTrailingBits(ch)!, `${cp}`],
    ['payload', ch, alterTrailingBits(cp)!],
  ]
  for (const [where, vh, vp] of variants) {
    it(`non-canonical trailing bits in the ${where}, re-signed, is MALFORMED`, () => {
      expect(outcome(jwt, sign('HS256', `${vh}.${vp}`))).toBe('MALFORMED')
    })
  }
  it('non-canonical trailing bits in the signature (16 spellings in lax decoders) are MALFORMED', () => {
    // 32 bytes encode to 43 characters: the last carries 2 unused bits.
    expect(cs.length % 4).toBe(3)
    expect(outcome(jwt, `${ch}.${cp}.${alterTrailingBits(cs)}`)).toBe('MALFORMED')
  })
  it('every other spelling of the signature\'s last character is refused', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
    for (const c of alphabet) {
      const t = canonical.slice(0, -1) + c
      if (t !== canonical) expect(jwt.verifyToken(t)).toBe(false)
    }
  })
  for (const [where, i] of [['header', 0], ['payload', 1], ['signature', 2]] as const) {
    for (const pad of ['=', '==', '===']) {
      it(`${pad} padding on the ${where} is MALFORMED`, () => {
        const parts = canonical.split('.')
        parts[i] += pad
        // Re-sign when the signing input changed, so only the padding is wrong.
        const t = i === 2 ? parts.join('.') : sign('HS256', `${parts[0]}.${parts[1]}`)
        expect(outcome(jwt, t)).toBe('MALFORMED')
      })
    }
    it(`standard base64 with padding in the ${where} is MALFORMED`, () => {
      const parts = canonical.split('.')
      const bytes = Buffer.from(parts[i], 'base64url')
      parts[i] = bytes.toString('base64')
      expect(parts[i]).toMatch(/=$/)
      const t = i === 2 ? parts.join('.') : sign('HS256', `${parts[0]}.${parts[1]}`)
      expect(outcome(jwt, t)).toBe('MALFORMED')
    })
  }
  it('a segment of 4k+1 characters is MALFORMED', () => {
    expect(outcome(jwt, sign('HS256', `${ch}A.${cp}`))).toBe('MALFORMED')
  })
})

describe('foreign characters anywhere', () => {
  // Each inserted at the start, middle and end of each segment and around the dots.
  const foreign = ['+', '/', '=', ' ', '\t', '\n', '\r', '\r\n', '\u0000', '\u00e9', '\u2028', '\ufeff', '\ud83d\ude00', '\ud800', '%', '*', '"', '\\', ',', '~', '\u0080', '\u00ff']
  const positions = new Set<number>([0, 1, h.length - 1, h.length, h.length + 1, h.length + 1 + (p.length >> 1), token.length - s.length - 1, token.length - s.length, token.length - 1, token.length])
  for (const c of foreign) {
    it(`${JSON.stringify(c)} anywhere is MALFORMED`, () => {
      for (const at of positions) {
        expect(outcome(jwt, token.slice(0, at) + c + token.slice(at)), `at ${at}`).toBe('MALFORMED')
      }
    })
  }
  it('+ and / in place of - and _ (standard base64) are MALFORMED', () => {
    // Find a signature whose encoding uses - or _, then respell it.
    for (let i = 0; ; i++) {
      const t = craft(HEADER, goodClaims({ n: i }))
      const sig = t.split('.')[2]
      if (!/[-_]/.test(sig)) continue
      const respelled = t.slice(0, t.length - sig.length) + sig.replaceAll('-', '+').replaceAll('_', '/')
      expect(outcome(jwt, respelled)).toBe('MALFORMED')
      break
    }
  })
  it('a token wrapped in whitespace or quotes is MALFORMED', () => {
    for (const t of [` ${token}`, `${token} `, `${token}\n`, `"${token}"`, `Bearer ${token}`]) expect(outcome(jwt, t)).toBe('MALFORMED')
  })
})

describe('signature', () => {
  const input = `${h}.${p}`
  const mac = hmac('HS256', SECRET, input)
  const cases: [string, string, string][] = [
    ['truncated by one byte (canonical)', b64(mac.subarray(0, 31)), 'INVALID_SIGNATURE'],
    ['truncated to half', b64(mac.subarray(0, 16)), 'INVALID_SIGNATURE'],
    ['truncated to one byte', b64(mac.subarray(0, 1)), 'INVALID_SIGNATURE'],
    ['extended by one byte', b64(Buffer.concat([mac, Buffer.from([0])])), 'INVALID_SIGNATURE'],
    ['doubled', b64(Buffer.concat([mac, mac])), 'INVALID_SIGNATURE'],
    ['all zero, right length', b64(new Uint8Array(32)), 'INVALID_SIGNATURE'],
    ['all zero, one byte', 'AA', 'INVALID_SIGNATURE'],
    ['one bit flipped in the first byte', b64(Buffer.from(mac.map((b, i) => (i === 0 ? b ^ 1 : b)))), 'INVALID_SIGNATURE'],
    ['one bit flipped in the last byte', b64(Buffer.from(mac.map((b, i) => (i === 31 ? b ^ 0x80 : b)))), 'INVALID_SIGNATURE'],
    ['from another secret', b64(hmac('HS256', OTHER_SECRET, input)), 'INVALID_SIGNATURE'],
    ['from the secret with a trailing byte', b64(hmac('HS256', `${SECRET}!`, input)), 'INVALID_SIGNATURE'],
    ['from the same secret with HS384', b64(hmac('HS384', SECRET, input)), 'INVALID_SIGNATURE'],
    ['from the same secret with HS512', b64(hmac('HS512', SECRET, input)), 'INVALID_SIGNATURE'],
    ['HS512 truncated to 32 bytes', b64(hmac('HS512', SECRET, input).subarray(0, 32)), 'INVALID_SIGNATURE'],
    ['over the payload only', b64(hmac('HS256', SECRET, p)), 'INVALID_SIGNATURE'],
    ['over the decoded JSON instead of the segments', b64(hmac('HS256', SECRET, `${JSON.stringify(HEADER)}.${JSON.stringify(goodClaims())}`)), 'INVALID_SIGNATURE'],
  ]
  for (const [name, sig, code] of cases) {
    it(`${name} is ${code}`, () => expect(outcome(jwt, `${input}.${sig}`)).toBe(code))
  }
  it('HMAC pads short keys with zeros (RFC 2104 §2): the secret plus a NUL byte is the same key, OK', () => {
    expect(outcome(jwt, `${input}.${b64(hmac('HS256', `${SECRET}\u0000`, input))}`)).toBe('OK')
  })
  it('truncated by one character: 42 characters carry 4 unused bits, so MALFORMED unless they happen to be zero', () => {
    const t = `${input}.${s.slice(0, -1)}`
    const last = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'.indexOf(s.at(-2)!)
    expect(outcome(jwt, t)).toBe(last & 15 ? 'MALFORMED' : 'INVALID_SIGNATURE')
  })
  for (const alg of ['HS384', 'HS512'] as HS[]) {
    it(`${alg}: a signature of the wrong algorithm's length is INVALID_SIGNATURE`, () => {
      const v = makeJwt({ algorithm: alg })
      const i = `${b64(JSON.stringify({ alg, typ: 'JWT' }))}.${p}`
      expect(outcome(v, `${i}.${b64(hmac(alg, SECRET, i))}`)).toBe('OK')
      expect(outcome(v, `${i}.${b64(hmac('HS256', SECRET, i))}`)).toBe('INVALID_SIGNATURE')
      expect(outcome(v, `${i}.${b64(hmac(alg, SECRET, i).subarray(1))}`)).toBe('INVALID_SIGNATURE')
    })
  }
})

describe('size (maxTokenLength, checked before anything else)', () => {
  /** A valid token of exactly n characters: a filler claim takes up the slack. */
  function tokenOfLength(n: number): string {
    for (let fill = 0; fill < n; fill++) {
      const t = craft(HEADER, goodClaims({ f: 'x'.repeat(fill) }))
      if (t.length === n) return t
      if (t.length > n) break
    }
    throw new Error(`no token of length ${n}`)
  }
  for (const max of [1000, 8192]) {
    const v = makeJwt({ maxTokenLength: max })
    it(`a valid token of exactly maxTokenLength (${max}) is OK`, () => {
      expect(outcome(v, tokenOfLength(max))).toBe('OK')
    })
    it(`a valid token one character over (${max + 1}) is TOKEN_TOO_LARGE`, () => {
      expect(outcome(v, tokenOfLength(max + 1))).toBe('TOKEN_TOO_LARGE')
    })
  }
  it('at the largest maxTokenLength (65536), an exact fit is OK and one over is TOKEN_TOO_LARGE', () => {
    const v = makeJwt({ maxTokenLength: 65536 })
    // 65536 is not reachable by every filler length; step the filler by one and take what fits.
    let t = ''
    for (let fill = 49000; ; fill++) {
      t = craft(HEADER, goodClaims({ f: 'x'.repeat(fill) }))
      if (t.length >= 65536) break
    }
    expect(outcome(v, t)).toBe(t.length === 65536 ? 'OK' : 'TOKEN_TOO_LARGE')
    expect(outcome(v, `${t}A`)).toBe('TOKEN_TOO_LARGE')
  })
  it('a 1 MB token is TOKEN_TOO_LARGE, valid signature or not', () => {
    const big = craft(HEADER, goodClaims({ f: 'x'.repeat(786_432) }))
    expect(big.length).toBeGreaterThan(1_000_000)
    expect(outcome(jwt, big)).toBe('TOKEN_TOO_LARGE')
    expect(outcome(makeJwt({ maxTokenLength: 65536 }), big)).toBe('TOKEN_TOO_LARGE')
    expect(outcome(jwt, 'A'.repeat(1 << 20))).toBe('TOKEN_TOO_LARGE')
    expect(outcome(jwt, '.'.repeat(1 << 20))).toBe('TOKEN_TOO_LARGE')
  })
  it('size wins over every other fault: an oversized alg-none token is TOKEN_TOO_LARGE', () => {
    const t = `${b64('{"alg":"none"}')}.${b64(JSON.stringify(goodClaims({ f: 'x'.repeat(9000) })))}.`
    expect(outcome(jwt, t)).toBe('TOKEN_TOO_LARGE')
  })
  it('with the verified-token cache on too, an oversized token is refused before any other work (not even the clock)', () => {
    let calls = 0
    const cached = makeJwt({ cache: { size: 16 }, clock: () => (calls++, NOW) })
    const ok = craft(HEADER, goodClaims())
    expect(outcome(cached, ok)).toBe('OK') // now cached
    const before = calls
    for (const big of [`${ok}${'A'.repeat(8192)}`, 'A'.repeat(1 << 20), `${'A'.repeat(9000)}.${ok.split('.')[2]}`]) {
      expect(outcome(cached, big)).toBe('TOKEN_TOO_LARGE')
    }
    expect(calls).toBe(before)
  })
  it('non-ASCII within the length limit is MALFORMED, whatever its UTF-8 size', () => {
    const v = makeJwt({ maxTokenLength: 65536 })
    expect(outcome(v, '\u20ac'.repeat(30000))).toBe('MALFORMED')
    expect(outcome(v, `${token.slice(0, 10)}${'\u20ac'.repeat(30000)}`)).toBe('MALFORMED')
  })
})

describe('not a string', () => {
  for (const value of [undefined, null, 0, 1, true, {}, [], ['a', 'b', 'c'], new String(token), Buffer.from(token), Symbol('t'), () => token, 10n]) {
    it(`${typeof value} ${String(typeof value === 'symbol' ? 'symbol' : value).slice(0, 20)} is MALFORMED`, () => {
      expect(outcome(jwt, value)).toBe('MALFORMED')
    })
  }
})
