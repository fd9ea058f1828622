// The engine's key-ring path (issue 11): verifyRing reports the header's kid as bytes,
// the ring picks one key or none, and verifyKeyed checks that key's algorithm, the MAC
// and the claims. Tokens are signed by node:crypto from exact header text, so headers
// the library would never write (escapes, spaces, member order) reach the engine.
import { createHmac } from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import '../../src/index.js'
import { getAbi, Status } from '../../src/wasm/abi.js'
import { headerId, scheduleKey, signPayloadWithHeader, verifyToken, verifyTokenSelected, forgetKey, type KeySchedule } from '../../src/wasm/engine.js'
import { b64url, expectFixedMemory, HASHES, NOW, type Alg } from '../token/helpers.js'

expectFixedMemory()

const ALG_ID = { HS256: 0, HS384: 1, HS512: 2 } as const
const SECRETS = { a: 'a'.repeat(64), b: 'b'.repeat(64), c: 'c'.repeat(64) }
const PAYLOAD = JSON.stringify({ sub: 'alice', iat: NOW - 10, exp: NOW + 600 })

function signed(header: string, secret: string, alg: Alg = 'HS256', payload = PAYLOAD): string {
  const input = `${b64url(header)}.${b64url(payload)}`
  return `${input}.${createHmac(HASHES[alg], secret).update(input).digest('base64url')}`
}

/** A real lookup table, recording every kid it was asked for. */
class Ring {
  readonly asked: (string | null)[] = []
  readonly keys = new Map<string, KeySchedule>()
  keyless: string | undefined
  #signer!: { schedule: KeySchedule; header: Uint8Array }
  #signerId = -1
  /** No header segment is ever these bytes, until signWith names a signer. */
  constructor() {
    this.signer = { schedule: scheduleKey(0, new Uint8Array(32)), header: new Uint8Array([0]) }
  }
  get signer() {
    return this.#signer
  }
  // The id is taken here, not during a lookup: headerId writes the engine's input, which
  // then holds the token being verified.
  set signer(signer: { schedule: KeySchedule; header: Uint8Array }) {
    this.#signer = signer
    this.#signerId = headerId(signer.header)
  }
  signWith(kid: string, alg: Alg = 'HS256'): this {
    this.signer = { schedule: this.keys.get(kid)!, header: new TextEncoder().encode(b64url(JSON.stringify({ alg, typ: 'JWT', kid }))) }
    return this
  }
  add(kid: string, secret: string, alg: Alg = 'HS256'): KeySchedule {
    const key = scheduleKey(ALG_ID[alg], new TextEncoder().encode(secret))
    this.keys.set(kid, key)
    return key
  }
  /** When set, the key signerFor names for every id: as if every segment's id collided with its header's. */
  hint: { schedule: KeySchedule; header: Uint8Array } | undefined
  /** Only the signer's own header has an id here (src/token/keyring.ts has every key's). */
  signerFor(id: number): { schedule: KeySchedule; header: Uint8Array } | undefined {
    return this.hint ?? (id === this.#signerId ? this.#signer : undefined)
  }
  select(kid: string | null): KeySchedule | undefined {
    this.asked.push(kid)
    const name = kid ?? this.keyless
    return name === undefined ? undefined : this.keys.get(name)
  }
}

function ring(): Ring {
  const r = new Ring()
  r.add('a', SECRETS.a)
  r.add('b', SECRETS.b)
  r.add('c', SECRETS.c, 'HS512')
  return r
}

const abi = getAbi()
const MAC_AT = abi.RES - 64 // assembly/layout.ts: MAC sits just before RES

/**
 * Runs a verification with the MAC buffer marked, and says whether a MAC was computed and
 * whether the schedule of any ring key was loaded (the test rings' signer is a dummy key,
 * which a verification loads first: any ring key loaded after it was selected).
 */
function untouched(r: Ring, token: string): { status: number; macComputed: boolean; keyLoaded: boolean } {
  abi.bytes.fill(0xa5, MAC_AT, MAC_AT + 64)
  const status = verifyTokenSelected(r, token, NOW, 0)
  const macComputed = !abi.bytes.subarray(MAC_AT, MAC_AT + 64).every((b) => b === 0xa5)
  const loaded = abi.bytes.subarray(abi.KEY_STATE, abi.KEY_STATE + 128)
  const keyLoaded = [...r.keys.values()].some((k) => k.state.every((b, i) => b === loaded[i]))
  return { status, macComputed, keyLoaded }
}

describe('selection by the exact kid', () => {
  test("the ring's own header: the kid's key, and only it, is asked for and used", () => {
    const r = ring()
    for (const kid of ['a', 'b'] as const) {
      const token = signed(`{"alg":"HS256","typ":"JWT","kid":"${kid}"}`, SECRETS[kid])
      r.asked.length = 0
      expect(verifyTokenSelected(r, token, NOW, 0)).toBe(Status.OK)
      expect(r.asked).toEqual([kid])
    }
    expect(verifyTokenSelected(r, signed('{"alg":"HS512","typ":"JWT","kid":"c"}', SECRETS.c, 'HS512'), NOW, 0)).toBe(Status.OK)
  })

  test('any other spelling of the same header reports the same kid (scanned, not matched)', () => {
    const r = ring()
    const headers = [
      '{"kid":"a","alg":"HS256","typ":"JWT"}',
      '{"alg":"HS256","kid":"a"}',
      '{ "alg" : "HS256" , "typ" : "JWT" , "kid" : "a" }',
      '{"alg":"HS256","typ":"JWT","kid":"\\u0061"}',
      '{"alg":"HS256","typ":"JWT","\\u006bid":"a"}',
      '{"alg":"HS256","typ":"jwt","kid":"a","x":{"kid":"b"}}',
      '{"alg":"HS256","typ":"JWT","kid":"a","jku":"https://attacker.example/k","jwk":{"kty":"oct","k":"AAAA"},"x5u":"https://attacker.example/c"}',
    ]
    for (const header of headers) {
      r.asked.length = 0
      expect(verifyTokenSelected(r, signed(header, SECRETS.a), NOW, 0), header).toBe(Status.OK)
      expect(r.asked, header).toEqual(['a'])
    }
  })

  test('kids that need JSON escapes round-trip: quotes, backslashes, slashes', () => {
    const r = new Ring()
    for (const kid of ['a"b', 'a\\b', '../../etc/passwd', ' ', '~', "' OR 1=1 --"]) {
      r.add(kid, SECRETS.a)
      r.asked.length = 0
      const token = signed(JSON.stringify({ alg: 'HS256', typ: 'JWT', kid }), SECRETS.a)
      expect(verifyTokenSelected(r, token, NOW, 0), kid).toBe(Status.OK)
      expect(r.asked).toEqual([kid])
    }
  })

  test('every printable-ASCII kid of 1 to 64 characters is reported exactly (property)', () => {
    const printable = fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c))
    fc.assert(
      fc.property(fc.array(printable, { minLength: 1, maxLength: 64 }).map((a) => a.join('')), fc.boolean(), (kid, spaced) => {
        const r = new Ring()
        r.add(kid, SECRETS.b)
        const header = spaced ? ` {"alg":"HS256", "kid":${JSON.stringify(kid)}}` : JSON.stringify({ alg: 'HS256', typ: 'JWT', kid })
        expect(verifyTokenSelected(r, signed(header, SECRETS.b), NOW, 0)).toBe(Status.OK)
        expect(r.asked).toEqual([kid])
      }),
      { numRuns: 400 },
    )
  })

  test('a token without a kid asks for null (the keyless key), and is refused without one', () => {
    const r = ring()
    const token = signed('{"alg":"HS256","typ":"JWT"}', SECRETS.b)
    expect(untouched(r, token)).toEqual({ status: Status.UNKNOWN_KEY, macComputed: false, keyLoaded: false })
    expect(r.asked).toEqual([null])
    r.keyless = 'b'
    expect(verifyTokenSelected(r, token, NOW, 0)).toBe(Status.OK)
  })
})

describe('refusals before any MAC', () => {
  test('a kid the ring lacks is UNKNOWN_KEY: no key loaded, no MAC computed', () => {
    const r = ring()
    verifyTokenSelected(r, signed('{"alg":"HS256","typ":"JWT","kid":"a"}', SECRETS.a), NOW, 0) // load a's schedule
    for (const kid of ['A', 'd', 'a ', ' a', 'aa', 'B']) {
      const result = untouched(r, signed(JSON.stringify({ alg: 'HS256', typ: 'JWT', kid }), SECRETS.a))
      expect(result, kid).toEqual({ status: Status.UNKNOWN_KEY, macComputed: false, keyLoaded: false })
    }
  })

  test('kids no ring can hold are UNKNOWN_KEY without asking the ring', () => {
    const r = ring()
    const kids = ['', 'k'.repeat(65), 'k'.repeat(10_000), 'a\u0000', '\u007f', 'é', 'a\tb', '\ud83d\ude00', '\\u0061'.repeat(65)]
    for (const kid of kids) {
      r.asked.length = 0
      const result = untouched(r, signed(JSON.stringify({ alg: 'HS256', typ: 'JWT', kid }), SECRETS.a))
      expect(result, JSON.stringify(kid)).toEqual({ status: Status.UNKNOWN_KEY, macComputed: false, keyLoaded: false })
      expect(r.asked).toEqual([])
    }
    // 64 characters spelled as 384 bytes of escapes is still a kid of 64 characters.
    const long = 'k'.repeat(64)
    r.add(long, SECRETS.a)
    expect(verifyTokenSelected(r, signed(`{"alg":"HS256","kid":"${'\\u006b'.repeat(64)}"}`, SECRETS.a), NOW, 0)).toBe(Status.OK)
  })

  test('a kid that is not a string is MALFORMED (RFC 7515 §4.1.4)', () => {
    const r = ring()
    for (const kid of [0, 1, null, true, ['a'], { a: 1 }]) {
      const result = untouched(r, signed(JSON.stringify({ alg: 'HS256', typ: 'JWT', kid }), SECRETS.a))
      expect(result, JSON.stringify(kid)).toEqual({ status: Status.MALFORMED, macComputed: false, keyLoaded: false })
    }
  })

  test('a repeated kid member, however spelled, is MALFORMED', () => {
    const r = ring()
    for (const header of ['{"alg":"HS256","kid":"a","kid":"b"}', '{"alg":"HS256","kid":"a","\\u006bid":"a"}', '{"alg":"HS256","kid":"a","alg":"HS256"}']) {
      expect(untouched(r, signed(header, SECRETS.a)), header).toEqual({ status: Status.MALFORMED, macComputed: false, keyLoaded: false })
      expect(r.asked).toEqual([])
    }
  })

  test("an alg other than the selected key's is ALGORITHM_MISMATCH, before the MAC", () => {
    const r = ring()
    for (const [header, secret, alg] of [
      ['{"alg":"HS512","typ":"JWT","kid":"a"}', SECRETS.a, 'HS512'],
      ['{"alg":"HS256","typ":"JWT","kid":"c"}', SECRETS.c, 'HS256'],
      ['{"alg":"none","kid":"a"}', SECRETS.a, 'HS256'],
      ['{"alg":"hs256","kid":"a"}', SECRETS.a, 'HS256'],
      ['{"kid":"a"}', SECRETS.a, 'HS256'],
    ] as const) {
      const token = signed(header, secret, alg)
      abi.bytes.fill(0xa5, MAC_AT, MAC_AT + 64)
      expect(verifyTokenSelected(r, token, NOW, 0), header).toBe(Status.ALGORITHM_MISMATCH)
      expect(abi.bytes.subarray(MAC_AT, MAC_AT + 64).every((b) => b === 0xa5)).toBe(true)
    }
  })

  test('crit, b64 and a bad typ are MALFORMED as on the single-key path', () => {
    const r = ring()
    for (const header of ['{"alg":"HS256","kid":"a","crit":["x"]}', '{"alg":"HS256","kid":"a","b64":false}', '{"alg":"HS256","kid":"a","typ":"JWS"}']) {
      expect(verifyTokenSelected(r, signed(header, SECRETS.a), NOW, 0), header).toBe(Status.MALFORMED)
    }
  })

  test("the selected key's MAC decides: another ring key's signature is INVALID_SIGNATURE", () => {
    const r = ring()
    expect(verifyTokenSelected(r, signed('{"alg":"HS256","typ":"JWT","kid":"a"}', SECRETS.b), NOW, 0)).toBe(Status.INVALID_SIGNATURE)
    expect(verifyTokenSelected(r, signed('{"alg":"HS256","typ":"JWT","kid":"b"}', SECRETS.a), NOW, 0)).toBe(Status.INVALID_SIGNATURE)
  })

  test('claims are checked after the signature, as on the single-key path', () => {
    const r = ring()
    const header = '{"alg":"HS256","typ":"JWT","kid":"a"}'
    expect(verifyTokenSelected(r, signed(header, SECRETS.a, 'HS256', `{"exp":${NOW}}`), NOW, 0)).toBe(Status.EXPIRED)
    expect(verifyTokenSelected(r, signed(header, SECRETS.a, 'HS256', `{"exp":1.7e12,"nbf":${NOW + 5}.5}`), NOW, 0)).toBe(Status.NOT_YET_VALID)
    expect(verifyTokenSelected(r, signed(header, SECRETS.a, 'HS256', '{"exp":1.7e12}'), NOW, 0)).toBe(Status.OK)
  })
})

describe("the signer's own header (one call, no scan)", () => {
  test('a token with the signing key\'s exact header is checked with that key, without a lookup', () => {
    const r = ring().signWith('b')
    expect(verifyTokenSelected(r, signed('{"alg":"HS256","typ":"JWT","kid":"b"}', SECRETS.b), NOW, 0)).toBe(Status.OK)
    expect(r.asked).toEqual([])
    // Another ring key's token takes the general path: looked up by its kid.
    expect(verifyTokenSelected(r, signed('{"alg":"HS256","typ":"JWT","kid":"a"}', SECRETS.a), NOW, 0)).toBe(Status.OK)
    expect(r.asked).toEqual(['a'])
  })

  test('every verdict agrees with the general path (tampered, expired, malformed, extra segments)', () => {
    const fast = ring().signWith('c', 'HS512')
    const general = ring()
    const header = '{"alg":"HS512","typ":"JWT","kid":"c"}'
    // The key found by the header's id (HEADER_PENDING) rather than the one already loaded:
    // the dummy signer is loaded again before each token.
    const found = ring()
    found.hint = { schedule: found.keys.get('c')!, header: new TextEncoder().encode(b64url(header)) }
    const good = signed(header, SECRETS.c, 'HS512')
    const [h, p, sig] = good.split('.')
    const tokens = [
      good,
      `${h}.${p}.${sig.slice(0, -2)}AA`,
      `${h}.${p}.${sig}.x`,
      `${h}.${p}`,
      `${h}..${sig}`,
      `${h}.${p}.`,
      `${h}A.${p}.${sig}`,
      `${h}.${p}x.${sig}`,
      signed(header, SECRETS.a, 'HS512'),
      signed(header, SECRETS.c, 'HS512', `{"exp":${NOW}}`),
      signed(header, SECRETS.c, 'HS512', `{"exp":${NOW + 9},"nbf":${NOW}.5e0}`),
      signed(header, SECRETS.c, 'HS512', `{"exp":${NOW + 9},"nbf":${NOW + 1}.5}`),
      signed(header, SECRETS.c, 'HS512', '{"exp":1e20,"exp":1e20}'),
      signed(header, SECRETS.c, 'HS512', '[1]'),
      signed(header, SECRETS.c, 'HS512', `{"exp":${NOW + 9},"sub":7}`),
      signed(header, SECRETS.c, 'HS256'),
    ]
    for (const token of tokens) {
      const expected = verifyTokenSelected(general, token, NOW, 0)
      expect(verifyTokenSelected(fast, token, NOW, 0), token).toBe(expected)
      signPayloadWithHeader(found.signer, PAYLOAD)
      expect(verifyTokenSelected(found, token, NOW, 0), token).toBe(expected)
    }
    // The fast paths were taken.
    expect(fast.asked.length).toBeLessThan(general.asked.length)
    expect(found.asked).toEqual(fast.asked)
  })

  // Two segments with one headerId are rare (30 bits) and not made on demand, so the ring
  // here names one key for every id: the engine must still compare the whole segment.
  test("the key signerFor names is a hint: it checks only a token whose header is exactly its own", () => {
    const r = ring()
    const header = '{"alg":"HS256","typ":"JWT","kid":"b"}'
    r.hint = { schedule: r.keys.get('b')!, header: new TextEncoder().encode(b64url(header)) }
    const cases: [string, string, Alg, number][] = [
      [header, SECRETS.b, 'HS256', Status.OK], // its own: no lookup
      ['{"alg":"HS256","typ":"JWT","kid":"a"}', SECRETS.b, 'HS256', Status.INVALID_SIGNATURE], // same length: a's key, not b's
      ['{"alg":"HS256","typ":"JWT","kid":"a"}', SECRETS.a, 'HS256', Status.OK],
      ['{"alg":"HS256","typ":"JWT","kid":"d"}', SECRETS.b, 'HS256', Status.UNKNOWN_KEY],
      ['{"alg":"HS256","typ":"JWT"}', SECRETS.b, 'HS256', Status.UNKNOWN_KEY], // no keyless key
      ['{"alg":"HS512","typ":"JWT","kid":"b"}', SECRETS.b, 'HS512', Status.ALGORITHM_MISMATCH],
      ['{"kid":"b","alg":"HS256","typ":"JWT"}', SECRETS.b, 'HS256', Status.OK], // b's by its kid
    ]
    for (const [text, secret, alg, status] of cases) {
      r.asked.length = 0
      expect(verifyTokenSelected(r, signed(text, secret, alg), NOW, 0), text).toBe(status)
      expect(r.asked, text).toEqual(text === header ? [] : [JSON.parse(text).kid ?? null])
    }
  })

  test('the longest signing header (a 64-character kid of quotes) fits the engine region', () => {
    const kid = '"'.repeat(64)
    const r = new Ring()
    r.add(kid, SECRETS.a)
    r.signWith(kid)
    expect(r.signer.header.length).toBe(219)
    expect(verifyTokenSelected(r, signed(JSON.stringify({ alg: 'HS256', typ: 'JWT', kid }), SECRETS.a), NOW, 0)).toBe(Status.OK)
    expect(r.asked).toEqual([])
  })
})

describe('the boundary', () => {
  test('verifyKeyed without a pending verifyRing refuses, and never MACs what IN holds', () => {
    const r = ring()
    const token = signed('{"alg":"HS256","typ":"JWT","kid":"a"}', SECRETS.a)
    expect(verifyTokenSelected(r, token, NOW, 0)).toBe(Status.OK)
    abi.bytes.fill(0xa5, MAC_AT, MAC_AT + 64)
    expect(abi.exports.verifyKeyed(0, NOW, 0)).toBe(Status.MALFORMED) // consumed by the first call
    expect(abi.exports.verifyRing(0, 3, NOW, 0)).toBe(Status.MALFORMED)
    expect(abi.exports.verifyKeyed(0, NOW, 0)).toBe(Status.MALFORMED)
    expect(abi.bytes.subarray(MAC_AT, MAC_AT + 64).every((b) => b === 0xa5)).toBe(true)
  })

  test('signing with a given header: the exact token node:crypto makes, for each algorithm', () => {
    for (const alg of ['HS256', 'HS384', 'HS512'] as const) {
      const key = scheduleKey(ALG_ID[alg], new TextEncoder().encode(SECRETS.a))
      for (const kid of ['k1', 'a"b', 'x'.repeat(64)]) {
        const header = JSON.stringify({ alg, typ: 'JWT', kid })
        const token = signPayloadWithHeader({ schedule: key, header: new TextEncoder().encode(b64url(header)) }, PAYLOAD)
        expect(token).toBe(signed(header, SECRETS.a, alg))
      }
    }
  })

  test('a payload and header too long together give null, not a truncated token', () => {
    const signer = { schedule: scheduleKey(0, new TextEncoder().encode(SECRETS.a)), header: new TextEncoder().encode(b64url('{"alg":"HS256","typ":"JWT","kid":"k"}')) }
    expect(signPayloadWithHeader(signer, `{"p":"${'x'.repeat(abi.MAX_TOKEN - 20)}"}`)).toBeNull()
    expect(signPayloadWithHeader(signer, `{"p":"${'x'.repeat(49_100)}"}`)).toBeNull()
    expect(signPayloadWithHeader(signer, `{"p":"${'x'.repeat(1000)}"}`)).toMatch(/^eyJ/)
  })

  test('the single-key path still ignores kid entirely', () => {
    const key = scheduleKey(0, new TextEncoder().encode(SECRETS.a))
    for (const kid of ['', 42, 'nope', null]) {
      expect(verifyToken(key, signed(JSON.stringify({ alg: 'HS256', typ: 'JWT', kid }), SECRETS.a), NOW, 0)).toBe(Status.OK)
    }
  })

  test('forgetKey wipes the schedule and the engine copy of it', () => {
    const r = new Ring()
    const key = r.add('gone', SECRETS.a)
    expect(verifyTokenSelected(r, signed('{"alg":"HS256","kid":"gone"}', SECRETS.a), NOW, 0)).toBe(Status.OK)
    expect(abi.bytes.subarray(abi.KEY_STATE, abi.KEY_STATE + 128)).toEqual(key.state)
    forgetKey({ schedule: key, header: new Uint8Array(1) })
    expect(key.state.every((b) => b === 0)).toBe(true)
    expect(abi.bytes.subarray(abi.KEY_STATE, abi.KEY_STATE + 128).every((b) => b === 0)).toBe(true)
  })
})

describe("the signing header's cached first block", () => {
  // With a kid of 4 characters or more, the first SHA-256 block of the signing input is the
  // header, the dot and eyJzdWIiOi (base64url of {"sub":"): the engine caches the state
  // after it. Every kid length, both sides, against node:crypto.
  test('signing and verifying agree with node:crypto for every kid length and many payloads', () => {
    const enc = new TextEncoder()
    for (const alg of ['HS256', 'HS384', 'HS512'] as const) {
      // Every length from 1 to 64, and escaped kids whose headers run past one block.
      const kids = [...Array.from({ length: 64 }, (_, i) => 'k'.repeat(i + 1)), '"'.repeat(30), '\\'.repeat(64), `a"${'b'.repeat(60)}`]
      for (const kid of kids) {
        const n = kid.length
        const header = JSON.stringify({ alg, typ: 'JWT', kid })
        const r = new Ring()
        r.add(kid, SECRETS.c, alg)
        const signer = { schedule: r.keys.get(kid)!, header: enc.encode(b64url(header)) }
        r.signer = signer
        for (const payload of [PAYLOAD, JSON.stringify({ sub: 'x'.repeat(n), exp: NOW + 9 }), `{"exp":${NOW + 9}}`, `{"sub":"a","exp":${NOW + 9},"pad":"${'p'.repeat(n * 3)}"}`, ` {"sub":"a","exp":${NOW + 9}}`]) {
          const token = signPayloadWithHeader(signer, payload)
          expect(token, `${alg} kid ${n}`).toBe(signed(header, SECRETS.c, alg, payload))
          expect(verifyTokenSelected(r, token!, NOW, 0), `${alg} kid ${n}`).toBe(Status.OK)
          const [h, p, sig] = token!.split('.')
          expect(verifyTokenSelected(r, `${h}.${p}.${sig!.slice(0, -2)}${sig!.endsWith('AA') ? 'BA' : 'AA'}`, NOW, 0)).toBe(Status.INVALID_SIGNATURE)
        }
        expect(r.asked).toEqual([])
      }
    }
  })

  test('two rings with one kid and different secrets never share the cached block', () => {
    const enc = new TextEncoder()
    const header = enc.encode(b64url('{"alg":"HS256","typ":"JWT","kid":"shared-kid"}'))
    const one = new Ring()
    one.add('shared-kid', SECRETS.a)
    one.signer = { schedule: one.keys.get('shared-kid')!, header }
    const two = new Ring()
    two.add('shared-kid', SECRETS.b)
    // A separate header array, as each ring key has its own.
    two.signer = { schedule: two.keys.get('shared-kid')!, header: header.slice() }
    for (let i = 0; i < 3; i++) {
      const t1 = signPayloadWithHeader(one.signer, PAYLOAD)!
      const t2 = signPayloadWithHeader(two.signer, PAYLOAD)!
      expect(t1).toBe(signed('{"alg":"HS256","typ":"JWT","kid":"shared-kid"}', SECRETS.a))
      expect(t2).toBe(signed('{"alg":"HS256","typ":"JWT","kid":"shared-kid"}', SECRETS.b))
      expect([verifyTokenSelected(one, t1, NOW, 0), verifyTokenSelected(two, t1, NOW, 0)]).toEqual([Status.OK, Status.INVALID_SIGNATURE])
      expect([verifyTokenSelected(two, t2, NOW, 0), verifyTokenSelected(one, t2, NOW, 0)]).toEqual([Status.OK, Status.INVALID_SIGNATURE])
    }
  })
})
