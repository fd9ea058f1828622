// The key ring on its own (src/token/keyring.ts): what it accepts, what it refuses and
// with which message, lookup by the exact kid, JWK import and generateKey.
import { createHmac } from 'node:crypto'
import { describe, expect, test } from 'vitest'
import '../../src/index.js'
import { getAbi, OWN_HEADER_AT } from '../../src/wasm/abi.js'
import { headerId, Status, verifyTokenSelected } from '../../src/wasm/engine.js'
import { generateKey, isKid, KeyRing, type RingKey } from '../../src/token/keyring.js'
import { b64url, expectFixedMemory } from './helpers.js'

expectFixedMemory()

const S256 = 'k'.repeat(32)
const S512 = 'z'.repeat(64)

function ring(keys: unknown, extra: { signingKey?: unknown; keylessKey?: unknown } = {}, onRemove = () => {}): KeyRing {
  return new KeyRing({ keys, signingKey: extra.signingKey, keylessKey: extra.keylessKey, algorithm: 'HS256', onRemove })
}

function messageOf(fn: () => unknown): string {
  try {
    fn()
  } catch (e) {
    expect(e).toBeInstanceOf(TypeError)
    return (e as Error).message
  }
  throw new Error('expected a TypeError')
}

describe('kid rule', () => {
  test('1 to 64 printable ASCII characters', () => {
    for (const kid of ['a', ' ', '~', 'k'.repeat(64), '../x', 'a"b', 'a\\b', "' OR 1=1 --"]) expect(isKid(kid), kid).toBe(true)
    for (const kid of ['', 'k'.repeat(65), 'a\u0000', 'é', 'a\nb', '\u007f', 1, null, undefined, ['a']]) expect(isKid(kid), String(kid)).toBe(false)
  })
})

describe('construction', () => {
  test('secret keys and oct JWKs, each with its own or the instance algorithm', () => {
    const r = ring(
      [
        { kid: 'a', secret: S256 },
        { kid: 'b', secret: S512, algorithm: 'hs512' },
        { kty: 'oct', kid: 'c', k: b64url(S512), alg: 'HS384', use: 'sig', key_ops: ['sign', 'verify'], ext: true },
        { kid: 'd', secret: new Uint8Array(32).fill(7) },
      ],
      { signingKey: 'b', keylessKey: 'a' },
    )
    expect(r.control.list()).toEqual([
      { kid: 'a', algorithm: 'HS256', signing: false, keyless: true },
      { kid: 'b', algorithm: 'HS512', signing: true, keyless: false },
      { kid: 'c', algorithm: 'HS384', signing: false, keyless: false },
      { kid: 'd', algorithm: 'HS256', signing: false, keyless: false },
    ])
    expect(r.select('a')?.alg).toBe(0)
    expect(r.select('b')?.alg).toBe(2)
    expect(r.select('c')?.alg).toBe(1)
    expect(r.select(null)).toBe(r.select('a'))
  })

  test('one key signs without naming it; several need signingKey', () => {
    expect(ring([{ kid: 'only', secret: S256 }]).control.list()[0].signing).toBe(true)
    expect(messageOf(() => ring([{ kid: 'a', secret: S256 }, { kid: 'b', secret: S256 }]))).toMatch(/^JWT option signingKey /)
  })

  test('the signer header is {"alg","typ","kid"} in that order', () => {
    const r = ring([{ kid: 'k"1', secret: S512, algorithm: 'HS512' }])
    expect(Buffer.from(new TextDecoder().decode(r.signer.header), 'base64url').toString()).toBe('{"alg":"HS512","typ":"JWT","kid":"k\\"1"}')
  })

  const refused: [string, unknown, { signingKey?: unknown; keylessKey?: unknown }, RegExp][] = [
    ['not an array', { kid: 'a', secret: S256 }, {}, /^JWT option keys must be a non-empty array/],
    ['empty', [], {}, /^JWT option keys must be a non-empty array/],
    ['a key that is not an object', ['secret'], {}, /^JWT option keys\[0\] must be an object/],
    ['a missing kid', [{ secret: S256 }], {}, /^JWT option keys\[0\]\.kid must be a string of 1 to 64 printable ASCII/],
    ['an empty kid', [{ kid: '', secret: S256 }], {}, /^JWT option keys\[0\]\.kid /],
    ['a 65-character kid', [{ kid: 'k'.repeat(65), secret: S256 }], {}, /^JWT option keys\[0\]\.kid /],
    ['a kid with NUL', [{ kid: 'a\u0000', secret: S256 }], {}, /^JWT option keys\[0\]\.kid /],
    ['two keys with one kid', [{ kid: 'a', secret: S256 }, { kid: 'a', secret: S512 }], { signingKey: 'a' }, /^JWT option keys\[1\]\.kid repeats the kid of an earlier key$/],
    ['a signingKey naming no key', [{ kid: 'a', secret: S256 }], { signingKey: 'b' }, /^JWT option signingKey must be the kid of a key in keys$/],
    ['a keylessKey naming no key', [{ kid: 'a', secret: S256 }], { keylessKey: 'A' }, /^JWT option keylessKey must be the kid of a key in keys$/],
    ['an HS256 secret under 32 bytes', [{ kid: 'a', secret: 'x'.repeat(31) }], {}, /^JWT option keys\[0\]\.secret must be at least 32 bytes for HS256 \(RFC 7518 §3\.2\)/],
    ['an HS384 secret under 48 bytes', [{ kid: 'a', secret: 'x'.repeat(47), algorithm: 'HS384' }], {}, /at least 48 bytes for HS384/],
    ['an HS512 secret under 64 bytes', [{ kid: 'a', secret: new Uint8Array(63), algorithm: 'HS512' }], {}, /at least 64 bytes for HS512/],
    ['a 16-byte secret (enough for secretKey, not for a ring)', [{ kid: 'a', secret: 'x'.repeat(16) }], {}, /at least 32 bytes/],
    ['an unknown algorithm', [{ kid: 'a', secret: S256, algorithm: 'RS256' }], {}, /^JWT option keys\[0\]\.algorithm must be HS256, HS384 or HS512$/],
    ['a secret that is a number', [{ kid: 'a', secret: 12345678901234567890123456789012 }], {}, /^JWT option keys\[0\]\.secret must be a string or a Uint8Array$/],
    ['a lone surrogate in a secret', [{ kid: 'a', secret: `${'x'.repeat(40)}\ud800` }], {}, /well-formed/],
    ['an unknown member (alg on a secret key)', [{ kid: 'a', secret: S256, alg: 'HS256' }], {}, /^JWT option keys\[0\] has an unknown member alg/],
    ['a JWK of kty RSA', [{ kty: 'RSA', kid: 'a', n: 'AQAB', e: 'AQAB' }], {}, /^JWT option keys\[0\]\.kty must be 'oct'/],
    ['a JWK of kty EC', [{ kty: 'EC', kid: 'a', crv: 'P-256' }], {}, /\.kty must be 'oct'/],
    ['a JWK for encryption (use enc)', [{ kty: 'oct', kid: 'a', k: b64url(S256), use: 'enc' }], {}, /^JWT option keys\[0\]\.use must be 'sig'/],
    ['a JWK whose key_ops forbid signing', [{ kty: 'oct', kid: 'a', k: b64url(S256), key_ops: ['verify'] }], {}, /^JWT option keys\[0\]\.key_ops must allow both 'sign' and 'verify'/],
    ['a JWK whose key_ops forbid verifying', [{ kty: 'oct', kid: 'a', k: b64url(S256), key_ops: ['sign'] }], {}, /key_ops must allow both/],
    ['a JWK with key_ops not an array', [{ kty: 'oct', kid: 'a', k: b64url(S256), key_ops: 'sign verify' }], {}, /key_ops must allow both/],
    ['a JWK alg in lower case (case-sensitive, RFC 7517 §4.4)', [{ kty: 'oct', kid: 'a', k: b64url(S256), alg: 'hs256' }], {}, /^JWT option keys\[0\]\.alg must be HS256, HS384 or HS512/],
    ['a JWK alg none', [{ kty: 'oct', kid: 'a', k: b64url(S256), alg: 'none' }], {}, /\.alg must be/],
    ['a JWK k with padding', [{ kty: 'oct', kid: 'a', k: `${Buffer.from('x'.repeat(32)).toString('base64url')}=` }], {}, /^JWT option keys\[0\]\.k must be the key in base64url/],
    ['a JWK k in standard base64', [{ kty: 'oct', kid: 'a', k: Buffer.from(new Uint8Array(33).fill(0xfb)).toString('base64') }], {}, /\.k must be the key in base64url/],
    ['a JWK without k', [{ kty: 'oct', kid: 'a' }], {}, /\.k must be the key in base64url/],
    ['a JWK k too short for its alg', [{ kty: 'oct', kid: 'a', k: b64url(S256), alg: 'HS512' }], {}, /^JWT option keys\[0\]\.k must be at least 64 bytes for HS512/],
    ['a JWK without kid', [{ kty: 'oct', k: b64url(S256) }], {}, /\.kid must be/],
  ]
  for (const [name, keys, extra, message] of refused) {
    test(`refused: ${name}`, () => {
      expect(messageOf(() => ring(keys, extra))).toMatch(message)
    })
  }

  test('messages never contain a kid or a secret', () => {
    const kid = 'KID-VISIBLE-MARKER'
    const secret = 'SECRET-VISIBLE-MARKER-0123456789'
    const cases: unknown[][] = [
      [{ kid, secret: secret.slice(0, 20) }],
      [{ kid, secret }, { kid, secret }],
      [{ kid, secret, algorithm: 'nope' }],
      [{ kty: 'oct', kid, k: b64url(secret.slice(0, 20)) }],
    ]
    for (const keys of cases) {
      const message = messageOf(() => ring(keys, { signingKey: kid }))
      expect(message).not.toContain(kid)
      expect(message).not.toContain('SECRET-VISIBLE')
    }
    expect(messageOf(() => ring([{ kid: 'a', secret }], { signingKey: kid }))).not.toContain(kid)
  })
})

describe('lookup', () => {
  const r = ring([{ kid: 'key-1', secret: S256 }, { kid: 'Key-1', secret: S512 }], { signingKey: 'key-1' })
  test('by the exact kid, case-sensitive', () => {
    expect(r.select('key-1')).toBeDefined()
    expect(r.select('Key-1')).toBeDefined()
    expect(r.select('Key-1')).not.toBe(r.select('key-1'))
    for (const kid of ['KEY-1', 'key-1 ', ' key-1', 'key-', 'key-1\u0000', 'key\u20111']) expect(r.select(kid), kid).toBeUndefined()
  })
  test('no keylessKey: a token without a kid selects nothing', () => {
    expect(r.select(null)).toBeUndefined()
  })
  test('names from the prototype select nothing', () => {
    for (const kid of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) expect(r.select(kid)).toBeUndefined()
  })
})

describe('lookup by the id of a whole header segment (signerFor)', () => {
  const segment = (header: object) => b64url(JSON.stringify(header))
  const own = (r: KeyRing, header: object) => r.signerFor(headerId(new TextEncoder().encode(segment(header))))

  test("each key's own header, and the keylessKey's kid-less one, name that key", () => {
    const r = ring([{ kid: 'a', secret: S256 }, { kid: 'b', secret: S512, algorithm: 'HS512' }, { kid: 'c', secret: S256 }], { signingKey: 'b', keylessKey: 'c' })
    expect(own(r, { alg: 'HS512', typ: 'JWT', kid: 'b' })).toBe(r.signer)
    for (const [kid, alg] of [['a', 'HS256'], ['c', 'HS256']] as const) {
      expect(own(r, { alg, typ: 'JWT', kid })?.schedule, kid).toBe(r.select(kid))
      expect(new TextDecoder().decode(own(r, { alg, typ: 'JWT', kid })!.header)).toBe(segment({ alg, typ: 'JWT', kid }))
    }
    const keyless = own(r, { alg: 'HS256', typ: 'JWT' })
    expect(keyless?.schedule).toBe(r.select(null))
    expect(new TextDecoder().decode(keyless!.header)).toBe(segment({ alg: 'HS256', typ: 'JWT' }))
  })

  test('any other header names no key, and is left to the kid lookup', () => {
    const r = ring([{ kid: 'a', secret: S256 }, { kid: 'ab', secret: S256 }], { signingKey: 'ab' })
    for (const header of [
      { alg: 'HS384', typ: 'JWT', kid: 'a' }, // another algorithm
      { alg: 'HS256', typ: 'JWT', kid: 'A' }, // another case
      { alg: 'HS256', kid: 'a' }, // another spelling of the same header
      { typ: 'JWT', alg: 'HS256', kid: 'a' },
      { alg: 'HS256', typ: 'JWT' }, // no keylessKey
      { alg: 'HS256', typ: 'JWT', kid: 'a', x: 1 },
    ]) {
      expect(own(r, header), JSON.stringify(header)).toBeUndefined()
    }
  })

  test('a removed key leaves the lookup, and a re-added kid brings its new key back in', () => {
    const r = ring([{ kid: 'a', secret: S256 }, { kid: 'k', secret: S256 }], { signingKey: 'a', keylessKey: 'k' })
    const old = own(r, { alg: 'HS256', typ: 'JWT', kid: 'k' })!
    const oldKeyless = own(r, { alg: 'HS256', typ: 'JWT' })!
    r.control.remove('k')
    expect([own(r, { alg: 'HS256', typ: 'JWT', kid: 'k' }), own(r, { alg: 'HS256', typ: 'JWT' })]).toEqual([undefined, undefined])
    expect(old.schedule.state.every((b) => b === 0)).toBe(true)
    expect(oldKeyless.schedule).toBe(old.schedule)
    r.control.add({ kid: 'k', secret: S512, algorithm: 'HS512' })
    expect(own(r, { alg: 'HS256', typ: 'JWT', kid: 'k' })).toBeUndefined() // its header now says HS512
    expect(own(r, { alg: 'HS512', typ: 'JWT', kid: 'k' })?.schedule).toBe(r.select('k'))
    expect(own(r, { alg: 'HS512', typ: 'JWT' })?.schedule).toBe(r.select(null))
  })

  // A 30-bit id: among about a hundred thousand kids two headers share one (found here, not
  // written down, so a change to headerId cannot leave the test without its collision).
  test('two headers with one id: each key still checks only its own tokens, before and after a removal', () => {
    const ids = new Map<number, string>()
    let pair: [string, string] | undefined
    for (let i = 0; pair === undefined && i < 1_000_000; i++) {
      const kid = `k${i}`
      const id = headerId(new TextEncoder().encode(segment({ alg: 'HS256', typ: 'JWT', kid })))
      const earlier = ids.get(id)
      if (earlier === undefined) ids.set(id, kid)
      else pair = [earlier, kid]
    }
    const [first, second] = pair!
    const secrets = { [first]: S256, [second]: 'y'.repeat(32) }
    const r = ring([{ kid: first, secret: secrets[first] }, { kid: second, secret: secrets[second] }, { kid: 'signs', secret: S256 }], { signingKey: 'signs' })
    const now = Math.floor(Date.now() / 1000)
    const token = (kid: string, secret: string) => {
      const input = `${segment({ alg: 'HS256', typ: 'JWT', kid })}.${b64url(JSON.stringify({ sub: 'someone', exp: now + 60 }))}`
      return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`
    }
    const verdicts = () => [first, second].flatMap((kid) => [verifyTokenSelected(r, token(kid, secrets[kid]!), now, 0), verifyTokenSelected(r, token(kid, secrets[kid === first ? second : first]!), now, 0)])
    expect(own(r, { alg: 'HS256', typ: 'JWT', kid: first })?.schedule).toBe(r.select(first))
    expect(verdicts()).toEqual([Status.OK, Status.INVALID_SIGNATURE, Status.OK, Status.INVALID_SIGNATURE])
    r.control.remove(second) // not the key the id names: the first keeps it
    expect(own(r, { alg: 'HS256', typ: 'JWT', kid: first })?.schedule).toBe(r.select(first))
    expect(verdicts()).toEqual([Status.OK, Status.INVALID_SIGNATURE, Status.UNKNOWN_KEY, Status.UNKNOWN_KEY])
    r.control.add({ kid: second, secret: secrets[second]! })
    r.control.remove(first)
    expect(verdicts()).toEqual([Status.UNKNOWN_KEY, Status.UNKNOWN_KEY, Status.OK, Status.INVALID_SIGNATURE])
  })

  test("the engine checks every key's own tokens in one call, switching keys in any order", () => {
    class Counting extends KeyRing {
      asked = 0
      override select(kid: string | null) {
        this.asked++
        return super.select(kid)
      }
    }
    const keys = [{ kid: 'a', secret: S256 }, { kid: 'b', secret: S512, algorithm: 'HS512' as const }, { kid: 'long-enough-kid', secret: S256 }, { kid: 'k', secret: S512 }]
    const r = new Counting({ keys, signingKey: 'a', keylessKey: 'k', algorithm: 'HS256', onRemove: () => {} })
    const now = Math.floor(Date.now() / 1000)
    const signed = (header: object, secret: string, alg: 'HS256' | 'HS512') => {
      const input = `${segment(header)}.${b64url(JSON.stringify({ sub: 'someone', exp: now + 60 }))}`
      return `${input}.${createHmac(alg === 'HS256' ? 'sha256' : 'sha512', secret).update(input).digest('base64url')}`
    }
    const tokens = [
      signed({ alg: 'HS256', typ: 'JWT', kid: 'a' }, S256, 'HS256'),
      signed({ alg: 'HS512', typ: 'JWT', kid: 'b' }, S512, 'HS512'),
      signed({ alg: 'HS256', typ: 'JWT', kid: 'long-enough-kid' }, S256, 'HS256'),
      signed({ alg: 'HS256', typ: 'JWT' }, S512, 'HS256'),
    ]
    const tampered = tokens.map((t) => `${t.slice(0, -6)}${t.slice(-6, -5) === 'A' ? 'B' : 'A'}${t.slice(-5)}`)
    for (const order of [[0, 1, 2, 3], [3, 2, 1, 0], [1, 1, 3, 0, 2, 2, 0, 3]]) {
      for (const i of order) {
        expect(verifyTokenSelected(r, tokens[i]!, now, 0), `token ${i}`).toBe(Status.OK)
        expect(verifyTokenSelected(r, tampered[i]!, now, 0), `tampered ${i}`).toBe(Status.INVALID_SIGNATURE)
        // A token of another key under this one's header is refused: the header names the key.
        expect(verifyTokenSelected(r, `${tokens[i]!.split('.')[0]}.${tokens[(i + 2) % 4]!.split('.').slice(1).join('.')}`, now, 0)).toBe(Status.INVALID_SIGNATURE)
      }
    }
    expect(r.asked).toBe(0)
    expect(verifyTokenSelected(r, signed({ alg: 'HS256', kid: 'a' }, S256, 'HS256'), now, 0)).toBe(Status.OK)
    expect(r.asked).toBe(1) // another spelling: its kid was read and looked up
  })

})

describe('changes at run time', () => {
  test('add, use and remove, each checked as the constructor checks', () => {
    let removed = 0
    const r = ring([{ kid: 'old', secret: S256 }], {}, () => removed++)
    const keys = r.control
    expect(() => keys.add({ kid: 'new', secret: 'short' })).toThrow(/^keys\.add\(key\)\.secret must be at least 32 bytes/)
    expect(() => keys.add({ kid: 'old', secret: S256 })).toThrow(/^keys\.add\(key\): key\.kid is already in the ring/)
    expect(() => keys.add({ kty: 'RSA', kid: 'x' } as unknown as RingKey)).toThrow(/^keys\.add\(key\)\.kty must be 'oct'/)
    expect(keys.has('new')).toBe(false)
    keys.add({ kid: 'new', secret: S512, algorithm: 'HS512' })
    expect(keys.has('new')).toBe(true)
    expect(r.signer).toBe(r.signer)
    const before = r.signer
    expect(() => keys.use('nope')).toThrow(/^keys\.use\(kid\): no key in the ring has this kid$/)
    expect(r.signer).toBe(before)
    keys.use('new')
    expect(r.signer).not.toBe(before)
    expect(() => keys.remove('new')).toThrow(/^keys\.remove\(kid\): this is the signing key/)
    expect(() => keys.remove('nope')).toThrow(/^keys\.remove\(kid\): no key/)
    expect(removed).toBe(0)
    const schedule = r.select('old')!
    keys.remove('old')
    expect(removed).toBe(1)
    expect(r.select('old')).toBeUndefined()
    expect(schedule.state.every((b) => b === 0)).toBe(true) // wiped
    expect(keys.list().map((k) => k.kid)).toEqual(['new'])
  })

  // The engine keeps secret-derived bytes in three places: the loaded schedule (KEY_STATE),
  // the loaded ring key's first-block state (OWN_KEY), and a saved copy of each ring key's
  // OWN_KEY region (src/wasm/engine.ts useSigner). remove must wipe all three.
  test('remove leaves nothing derived from the key in wasm memory or in the saved copies', () => {
    const abi = getAbi()
    const now = Math.floor(Date.now() / 1000)
    // A kid long enough that the first block is the header alone, so its state is cached.
    const kid = 'a-leaving-key-with-a-long-kid'
    const token = (header: object, secret: string) => {
      const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify({ sub: 'someone', exp: now + 60 }))}`
      return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`
    }
    const region = () => abi.bytes.slice(abi.OWN_KEY, abi.OWN_KEY + OWN_HEADER_AT)
    // The bytes of the region that depend on the secret: those a key with the same kid and
    // header but another secret has different (no offsets inside the region assumed).
    const twin = ring([{ kid, secret: S512 }])
    expect(verifyTokenSelected(twin, token({ alg: 'HS256', typ: 'JWT', kid }, S512), now, 0)).toBe(Status.OK)
    const other = region()

    const r = ring([{ kid: 'stays', secret: S256 }, { kid, secret: 'L'.repeat(32) }], { signingKey: 'stays', keylessKey: kid })
    expect(verifyTokenSelected(r, token({ alg: 'HS256', typ: 'JWT', kid: 'stays' }, S256), now, 0)).toBe(Status.OK) // the signing key's copy, before the spy
    const copies: Uint8Array[] = []
    const bytes = abi.bytes
    const slice = bytes.slice
    Object.defineProperty(bytes, 'slice', {
      configurable: true,
      value(this: Uint8Array, start?: number, end?: number) {
        const copy = slice.call(this, start, end)
        if (start === abi.OWN_KEY) copies.push(copy)
        return copy
      },
    })
    try {
      // Both of its own headers (the kid-less one: it is the keylessKey), each saved once.
      expect(verifyTokenSelected(r, token({ alg: 'HS256', typ: 'JWT' }, 'L'.repeat(32)), now, 0)).toBe(Status.OK)
      expect(verifyTokenSelected(r, token({ alg: 'HS256', typ: 'JWT', kid }, 'L'.repeat(32)), now, 0)).toBe(Status.OK)
    } finally {
      delete (bytes as { slice?: unknown }).slice
    }
    expect(copies).toHaveLength(2)
    const loaded = region()
    const derived = [...loaded.keys()].filter((i) => loaded[i] !== other[i])
    expect(derived.length).toBeGreaterThanOrEqual(28) // the 32-byte SHA-256 state, but for chance equal bytes
    const schedule = r.select(kid)!.state.slice()

    r.control.remove(kid)
    for (const copy of copies) expect(copy.every((b) => b === 0)).toBe(true)
    expect(derived.filter((i) => abi.bytes[abi.OWN_KEY + i] !== 0)).toEqual([])
    // Nor is any 16 bytes of the schedule or of that state anywhere else in wasm memory.
    const memory = Buffer.from(abi.bytes.buffer, abi.bytes.byteOffset, abi.bytes.byteLength)
    const state = Uint8Array.from(derived.slice(0, 16), (i) => loaded[i]!)
    for (const secret of [schedule.subarray(0, 16), schedule.subarray(64, 80), state]) expect(memory.indexOf(secret)).toBe(-1)
  })

  test('a refused change changes nothing', () => {
    const r = ring([{ kid: 'a', secret: S256 }])
    const list = JSON.stringify(r.control.list())
    for (const bad of [() => r.control.add({ kid: 'b', secret: 'x' }), () => r.control.use('b'), () => r.control.remove('a'), () => r.control.add(null as unknown as RingKey)]) {
      expect(bad).toThrow(TypeError)
      expect(JSON.stringify(r.control.list())).toBe(list)
    }
  })

  test('the control object is frozen and gives no way to the schedules', () => {
    const r = ring([{ kid: 'a', secret: S256 }])
    expect(Object.isFrozen(r.control)).toBe(true)
    expect(JSON.stringify(r.control.list())).not.toMatch(/state|secret/)
  })
})

describe('generateKey', () => {
  test('a full-strength oct JWK that the ring accepts, for each algorithm', () => {
    for (const [alg, bytes] of [['HS256', 32], ['HS384', 48], ['HS512', 64]] as const) {
      const jwk = generateKey({ algorithm: alg, kid: `k-${alg}` })
      expect(Object.keys(jwk)).toEqual(['kty', 'kid', 'alg', 'k'])
      expect(jwk).toMatchObject({ kty: 'oct', kid: `k-${alg}`, alg })
      expect(Buffer.from(jwk.k, 'base64url')).toHaveLength(bytes)
      expect(jwk.k).toMatch(/^[A-Za-z0-9_-]+$/)
      expect(ring([jwk]).control.list()[0]).toMatchObject({ kid: `k-${alg}`, algorithm: alg })
    }
  })
  test('a random kid by default, and a different key each time', () => {
    const a = generateKey()
    const b = generateKey()
    expect(a.alg).toBe('HS256')
    expect(a.kid).toMatch(/^[0-9a-f]{32}$/)
    expect(a.kid).not.toBe(b.kid)
    expect(a.k).not.toBe(b.k)
  })
  test('bad options are TypeErrors naming the option', () => {
    expect(() => generateKey({ algorithm: 'RS256' })).toThrow(/^JWT\.generateKey option algorithm /)
    expect(() => generateKey({ kid: '' })).toThrow(/^JWT\.generateKey option kid /)
    expect(() => generateKey({ kid: 'k'.repeat(65) })).toThrow(/^JWT\.generateKey option kid /)
    expect(() => generateKey({ size: 32 } as never)).toThrow(/^JWT\.generateKey has no option size$/)
    expect(() => generateKey('HS256' as never)).toThrow(/^JWT\.generateKey options must be an object/)
  })
})
