// JWT with a key ring (issue 11): the options, the header it writes, which key checks which
// token, rotation while running, and the verified-token cache across a removal. Tokens the
// library would not write are signed by node:crypto from exact header text.
import { createHmac } from 'node:crypto'
import { describe, expect, test } from 'vitest'
import { JWT, JWTError } from '../../src/index.js'
import { JWT as CoreJWT } from '../../src/core.js'
import { b64url, codeOf, expectFixedMemory, NOW } from './helpers.js'
import { thrownBy } from '../helpers/thrown.js'

expectFixedMemory()

const K1 = 'first-ring-key-of-32-bytes-0123!'
const K2 = 'second-ring-key-of-32-bytes-012!'
const K512 = 'k'.repeat(64)
const LEGACY = 'the-pre-ring-secret!'

function ringJwt(extra: Record<string, unknown> = {}): JWT {
  return new JWT({ keys: [{ kid: 'k1', secret: K1 }, { kid: 'k2', secret: K2 }, { kid: 'k512', secret: K512, algorithm: 'HS512' }], signingKey: 'k1', clock: () => NOW, ...extra })
}

function header(token: string): string {
  return Buffer.from(token.split('.')[0], 'base64url').toString()
}

function signed(headerJson: string, secret: string | Uint8Array, hash = 'sha256', payload = JSON.stringify({ sub: 'alice', exp: NOW + 60 })): string {
  const input = `${b64url(headerJson)}.${b64url(payload)}`
  return `${input}.${createHmac(hash, secret).update(input).digest('base64url')}`
}

describe('signing', () => {
  test('the header is {"alg","typ","kid"} in that order, for the signing key, signed with its secret', () => {
    const jwt = ringJwt()
    const token = jwt.createAccessToken('alice')
    expect(header(token)).toBe('{"alg":"HS256","typ":"JWT","kid":"k1"}')
    const [h, p, s] = token.split('.')
    expect(s).toBe(createHmac('sha256', K1).update(`${h}.${p}`).digest('base64url'))
    expect(jwt.decodeToken(token).identity).toBe('alice')
    expect(header(jwt.createRefreshToken(7))).toBe('{"alg":"HS256","typ":"JWT","kid":"k1"}')
  })

  test("a key's own algorithm wins over the instance's", () => {
    const jwt = new JWT({ keys: [{ kid: 'k1', secret: K1, algorithm: 'HS256' }, { kid: 'k512', secret: K512, algorithm: 'HS512' }], signingKey: 'k512', algorithm: 'HS384', clock: () => NOW })
    const token = jwt.createAccessToken('alice')
    expect(header(token)).toBe('{"alg":"HS512","typ":"JWT","kid":"k512"}')
    expect(token.split('.')[2]).toHaveLength(86)
    expect(jwt.decodeToken(token).sub).toBe('alice')
  })

  test('keys without an algorithm take the instance algorithm', () => {
    const jwt = new JWT({ keys: [{ kid: 'a', secret: 'x'.repeat(48) }], algorithm: 'hs384', clock: () => NOW })
    expect(header(jwt.createAccessToken('u'))).toBe('{"alg":"HS384","typ":"JWT","kid":"a"}')
  })

  test('a kid that needs JSON escapes is written escaped and read back', () => {
    const jwt = new JWT({ keys: [{ kid: 'a"\\b', secret: K1 }], clock: () => NOW })
    const token = jwt.createAccessToken('u')
    expect(JSON.parse(header(token)).kid).toBe('a"\\b')
    expect(jwt.decodeToken(token).sub).toBe('u')
  })

  test('a secretKey instance still writes the seed header, bit for bit', () => {
    const jwt = new JWT({ secretKey: K1, clock: () => NOW })
    expect(header(jwt.createAccessToken('u'))).toBe('{"alg":"HS256","typ":"JWT"}')
  })
})

describe('verification', () => {
  test("each ring key's tokens verify, by kid", () => {
    const jwt = ringJwt()
    for (const [kid, secret, hash, alg] of [['k1', K1, 'sha256', 'HS256'], ['k2', K2, 'sha256', 'HS256'], ['k512', K512, 'sha512', 'HS512']] as const) {
      const token = signed(`{"alg":"${alg}","typ":"JWT","kid":"${kid}"}`, secret, hash)
      expect(codeOf(jwt, token), kid).toBe('OK')
      expect(jwt.verifyToken(token)).toBe(true)
    }
  })

  test('a kid not in the ring is UNKNOWN_KEY, 401, with the fixed message', () => {
    const jwt = ringJwt()
    const token = signed('{"alg":"HS256","typ":"JWT","kid":"k9"}', K1)
    const error = thrownBy(() => jwt.decodeToken(token))
    expect(error).toBeInstanceOf(JWTError)
    expect(error).toMatchObject({ code: 'UNKNOWN_KEY', status: 401, message: 'Unknown token key' })
    expect(jwt.verifyToken(token)).toBe(false)
  })

  test('without keylessKey a token with no kid is UNKNOWN_KEY; with it, only that key checks it', () => {
    const legacyToken = signed('{"alg":"HS256","typ":"JWT"}', K2)
    expect(codeOf(ringJwt(), legacyToken)).toBe('UNKNOWN_KEY')
    const jwt = ringJwt({ keylessKey: 'k2' })
    expect(codeOf(jwt, legacyToken)).toBe('OK')
    expect(codeOf(jwt, signed('{"alg":"HS256","typ":"JWT"}', K1))).toBe('INVALID_SIGNATURE') // k1 is never tried
  })

  test('tokens from the seed (a secretKey instance) verify through keylessKey after moving to a ring', () => {
    const secret = 's'.repeat(32) // the ring needs full strength
    const before = new JWT({ secretKey: secret, clock: () => NOW })
    const old = before.createAccessToken('alice')
    const after = new JWT({ keys: [{ kid: 'legacy', secret }, { kid: 'k2', secret: K2 }], signingKey: 'k2', keylessKey: 'legacy', clock: () => NOW })
    expect(after.decodeToken(old).identity).toBe('alice')
    expect(header(after.createAccessToken('bob'))).toContain('"kid":"k2"')
  })

  test('a secretKey instance ignores kid, as before', () => {
    const jwt = new JWT({ secretKey: K1, clock: () => NOW })
    expect(codeOf(jwt, signed('{"alg":"HS256","typ":"JWT","kid":"anything"}', K1))).toBe('OK')
  })

  test('jwt-wasm/core has the ring too', () => {
    const jwt = new CoreJWT({ keys: [{ kid: 'c1', secret: K1 }], clock: () => NOW })
    const token = jwt.createAccessToken('core')
    expect(header(token)).toBe('{"alg":"HS256","typ":"JWT","kid":"c1"}')
    expect(jwt.decodeToken(token).identity).toBe('core')
    jwt.keys.add({ kid: 'c2', secret: K2 })
    jwt.keys.use('c2')
    jwt.keys.remove('c1')
    expect(() => jwt.decodeToken(token)).toThrow(expect.objectContaining({ code: 'UNKNOWN_KEY' }))
  })
})

describe('options', () => {
  const cases: [string, Record<string, unknown>, RegExp][] = [
    ['keys with secretKey', { keys: [{ kid: 'a', secret: K1 }], secretKey: K1 }, /^JWT option secretKey cannot be combined with keys/],
    ['signingKey without keys', { secretKey: K1, signingKey: 'a' }, /^JWT option signingKey needs the keys option$/],
    ['keylessKey without keys', { secretKey: K1, keylessKey: 'a' }, /^JWT option keylessKey needs the keys option$/],
    ['keys not an array', { keys: { kid: 'a', secret: K1 } }, /^JWT option keys must be a non-empty array/],
    ['a ring key below full strength', { keys: [{ kid: 'a', secret: LEGACY }] }, /^JWT option keys\[0\]\.secret must be at least 32 bytes for HS256/],
    ['two keys with one kid', { keys: [{ kid: 'a', secret: K1 }, { kid: 'a', secret: K2 }], signingKey: 'a' }, /^JWT option keys\[1\]\.kid repeats/],
    ['a signingKey naming no key', { keys: [{ kid: 'a', secret: K1 }], signingKey: 'A' }, /^JWT option signingKey must be the kid of a key in keys$/],
    ['an RSA JWK', { keys: [{ kty: 'RSA', kid: 'a', n: 'x', e: 'AQAB' }] }, /^JWT option keys\[0\]\.kty must be 'oct'/],
    ['a JWK for encryption', { keys: [{ kty: 'oct', kid: 'a', k: b64url(K1), use: 'enc' }] }, /^JWT option keys\[0\]\.use must be 'sig'/],
  ]
  for (const [name, options, message] of cases) {
    test(`TypeError: ${name}`, () => {
      expect(() => new JWT({ clock: () => NOW, ...options })).toThrow(TypeError)
      expect(() => new JWT({ clock: () => NOW, ...options })).toThrow(message)
    })
  }

  test('app.secretKey is not read when keys are given', () => {
    const jwt = new JWT({ secretKey: 'app-session-secret-0123456789' }, { keys: [{ kid: 'a', secret: K1 }], clock: () => NOW })
    expect(header(jwt.createAccessToken('u'))).toContain('"kid":"a"')
  })

  test('neither the ring nor its secrets show in JSON, inspection or options', () => {
    const jwt = ringJwt()
    const shown = JSON.stringify(jwt) + String((jwt as unknown as Record<symbol, () => string>)[Symbol.for('nodejs.util.inspect.custom')]()) + JSON.stringify(jwt.options)
    for (const secret of [K1, K2, K512]) expect(shown).not.toContain(secret)
  })

  test('a secretKey instance has no ring to change', () => {
    const jwt = new JWT({ secretKey: K1 })
    expect(jwt.keys.list()).toEqual([])
    expect(jwt.keys.has('k1')).toBe(false)
    expect(() => jwt.keys.add({ kid: 'a', secret: K1 })).toThrow(/^This JWT has no key ring/)
    expect(() => jwt.keys.use('a')).toThrow(TypeError)
    expect(() => jwt.keys.remove('a')).toThrow(TypeError)
  })
})

describe('rotation while running', () => {
  test('add (verify-only), use (sign), remove (refuse): the two-phase rollout on one instance', () => {
    const jwt = new JWT({ keys: [{ kid: 'old', secret: K1 }], clock: () => NOW })
    const oldToken = jwt.createAccessToken('alice')
    jwt.keys.add({ kid: 'new', secret: K2 })
    expect(header(jwt.createAccessToken('x'))).toContain('"kid":"old"') // added keys do not sign
    jwt.keys.use('new')
    const newToken = jwt.createAccessToken('bob')
    expect(header(newToken)).toContain('"kid":"new"')
    expect(jwt.decodeToken(oldToken).identity).toBe('alice')
    expect(jwt.decodeToken(newToken).identity).toBe('bob')
    jwt.keys.remove('old')
    expect(codeOf(jwt, oldToken)).toBe('UNKNOWN_KEY')
    expect(jwt.decodeToken(newToken).identity).toBe('bob')
    expect(jwt.keys.list()).toEqual([{ kid: 'new', algorithm: 'HS256', signing: true, keyless: false }])
  })

  test('a re-added kid with another secret does not revive the old tokens', () => {
    const jwt = new JWT({ keys: [{ kid: 'a', secret: K1 }, { kid: 'b', secret: K2 }], signingKey: 'b', clock: () => NOW })
    const token = signed('{"alg":"HS256","typ":"JWT","kid":"a"}', K1)
    expect(codeOf(jwt, token)).toBe('OK')
    jwt.keys.remove('a')
    jwt.keys.add({ kid: 'a', secret: 'a-brand-new-secret-of-32-bytes!!' })
    expect(codeOf(jwt, token)).toBe('INVALID_SIGNATURE')
  })

  test('removing the keylessKey refuses tokens without a kid from then on', () => {
    const jwt = ringJwt({ keylessKey: 'k2' })
    const legacy = signed('{"alg":"HS256","typ":"JWT"}', K2)
    expect(codeOf(jwt, legacy)).toBe('OK')
    jwt.keys.remove('k2')
    expect(codeOf(jwt, legacy)).toBe('UNKNOWN_KEY')
  })

  test('the signing key cannot be removed; a failed change changes nothing', () => {
    const jwt = ringJwt()
    expect(() => jwt.keys.remove('k1')).toThrow(/signing key/)
    expect(() => jwt.keys.add({ kid: 'k3', secret: 'short' })).toThrow(TypeError)
    expect(() => jwt.keys.use('k3')).toThrow(TypeError)
    expect(jwt.keys.list().map((k) => [k.kid, k.signing])).toEqual([['k1', true], ['k2', false], ['k512', false]])
    expect(header(jwt.createAccessToken('u'))).toContain('"kid":"k1"')
  })
})

describe('with the verified-token cache', () => {
  test('a cached token is refused from the call after its key is removed', () => {
    const jwt = ringJwt({ cache: { size: 100 } })
    const token = signed('{"alg":"HS256","typ":"JWT","kid":"k2"}', K2)
    expect(jwt.decodeToken(token).sub).toBe('alice')
    expect(jwt.verifyToken(token)).toBe(true) // now from the cache
    jwt.keys.remove('k2')
    expect(jwt.verifyToken(token)).toBe(false)
    expect(codeOf(jwt, token)).toBe('UNKNOWN_KEY')
  })

  test('tokens of the keys that stay keep verifying after a removal', () => {
    const jwt = ringJwt({ cache: { size: 100 } })
    const keep = jwt.createAccessToken('kept')
    expect(jwt.decodeToken(keep).identity).toBe('kept')
    jwt.keys.remove('k2')
    expect(jwt.decodeToken(keep).identity).toBe('kept')
  })
})

describe('instances share one engine', () => {
  // The engine holds one loaded key and one ring header at a time. Two rings with the same
  // kids (so the same header bytes) and other secrets, a secretKey instance and tokens the
  // kid lookup takes, interleaved at random: each token is checked by its verifier's own key.
  test("no instance's token is ever checked with another's key, in any interleaving", () => {
    const A = new JWT({ keys: [{ kid: 'key-one', secret: K1 }, { kid: 'key-two', secret: K2 }], signingKey: 'key-one', keylessKey: 'key-two', clock: () => NOW })
    const B = new JWT({ keys: [{ kid: 'key-one', secret: K2 }, { kid: 'key-two', secret: K1 }], signingKey: 'key-one', keylessKey: 'key-two', clock: () => NOW })
    const single = new JWT({ secretKey: K1, clock: () => NOW })
    // The secret each verifier checks a token with: by kid, else the keylessKey; single ignores kid.
    const secretOf = new Map<JWT, (kid: string | null) => string>([
      [A, (kid) => ((kid ?? 'key-two') === 'key-one' ? K1 : K2)],
      [B, (kid) => ((kid ?? 'key-two') === 'key-one' ? K2 : K1)],
      [single, () => K1],
    ])
    const tokens: { token: string; kid: string | null; secret: string }[] = [
      { token: A.createAccessToken('a'), kid: 'key-one', secret: K1 },
      { token: B.createAccessToken('b'), kid: 'key-one', secret: K2 },
      { token: single.createAccessToken('s'), kid: null, secret: K1 },
    ]
    for (const secret of [K1, K2]) {
      tokens.push(
        { token: signed('{"alg":"HS256","typ":"JWT","kid":"key-two"}', secret), kid: 'key-two', secret }, // a key's own header, not the signer's
        { token: signed('{"alg":"HS256","typ":"JWT"}', secret), kid: null, secret }, // the keylessKey's
        { token: signed('{"kid":"key-one","alg":"HS256"}', secret), kid: 'key-one', secret }, // the kid lookup
      )
    }
    let seed = 11
    const rand = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % n
    let accepted = 0
    for (let i = 0; i < 3000; i++) {
      const { token, kid, secret } = tokens[rand(tokens.length)]!
      const verifier = [A, B, single][rand(3)]!
      const expected = secretOf.get(verifier)!(kid) === secret
      expect(verifier.verifyToken(token), `${i}`).toBe(expected)
      accepted += Number(expected)
      if (rand(8) === 0) [A, B, single][rand(3)]!.createAccessToken('in between')
    }
    expect(accepted).toBeGreaterThan(1000) // both verdicts, many times
  })
})
