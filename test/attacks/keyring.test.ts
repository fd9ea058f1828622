// The key ring's attack list (issue 11), each with its exact code. The ring holds three
// keys, two of them HS256 and one HS512; every hostile token is signed by node:crypto with a
// real ring secret, so a refusal is the ring's doing, never a bad signature by accident.
// Peers picked the key from token data and got it wrong (jws, GHSA-869p-cjfg-cm3x); here
// only an exact kid selects, and only one key is ever tried.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { JWT, JWTError, type JWTErrorCode } from '../../src/index.js'
import { b64, craft, expectMemoryUnchanged, goodClaims, memorySnapshot, NOW, OTHER_SECRET } from './helpers.js'

const A = 'ring-key-a-of-32-bytes-012345678'
const B = 'ring-key-b-of-32-bytes-012345678'
const H512 = 'ring-key-h512-'.padEnd(64, '!')

function ring(extra: Record<string, unknown> = {}): JWT {
  return new JWT({
    keys: [{ kid: 'key-a', secret: A }, { kid: 'key-b', secret: B }, { kid: 'key-512', secret: H512, algorithm: 'HS512' }],
    signingKey: 'key-a',
    clock: () => NOW,
    ...extra,
  })
}

const claims = goodClaims()

/** The code decodeToken throws (verifyToken must agree), or 'OK'; no message ever holds the kid. */
function outcome(jwt: JWT, token: string, kid?: unknown): JWTErrorCode | 'OK' {
  let code: JWTErrorCode | 'OK' = 'OK'
  try {
    jwt.decodeToken(token)
  } catch (error) {
    if (!(error instanceof JWTError)) throw error
    expect(error.status).toBe(401)
    if (typeof kid === 'string' && kid.length > 2) expect(error.message).not.toContain(kid)
    code = error.code
  }
  expect(jwt.verifyToken(token)).toBe(code === 'OK')
  return code
}

const header = (kid: unknown, alg = 'HS256') => ({ alg, typ: 'JWT', kid })

describe('the attack list', () => {
  const jwt = ring()
  let before: ReturnType<typeof memorySnapshot>
  beforeAll(() => {
    before = memorySnapshot()
  })
  afterAll(() => expectMemoryUnchanged(before))

  it('control: each key with its own kid is OK', () => {
    expect(outcome(jwt, craft(header('key-a'), claims, { secret: A }))).toBe('OK')
    expect(outcome(jwt, craft(header('key-b'), claims, { secret: B }))).toBe('OK')
    expect(outcome(jwt, craft(header('key-512', 'HS512'), claims, { alg: 'HS512', secret: H512 }))).toBe('OK')
  })

  it("a kid swapped to another key's kid is INVALID_SIGNATURE (only the named key is tried)", () => {
    expect(outcome(jwt, craft(header('key-b'), claims, { secret: A }))).toBe('INVALID_SIGNATURE')
    expect(outcome(jwt, craft(header('key-a'), claims, { secret: B }))).toBe('INVALID_SIGNATURE')
    // The same swap on a token the ring itself issued: its kid rewritten, its MAC kept.
    const [, payload, signature] = jwt.createAccessToken('alice').split('.')
    expect(outcome(jwt, `${b64(JSON.stringify(header('key-b')))}.${payload}.${signature}`)).toBe('INVALID_SIGNATURE')
  })

  it('a kid naming a key of another algorithm is ALGORITHM_MISMATCH', () => {
    // An HS256 token pointed at the HS512 key, MAC'd with either secret.
    expect(outcome(jwt, craft(header('key-512'), claims, { secret: H512 }))).toBe('ALGORITHM_MISMATCH')
    expect(outcome(jwt, craft(header('key-512'), claims, { secret: A }))).toBe('ALGORITHM_MISMATCH')
    // An HS512 header pointed at an HS256 key.
    expect(outcome(jwt, craft(header('key-a', 'HS512'), claims, { alg: 'HS512', secret: A }))).toBe('ALGORITHM_MISMATCH')
    expect(outcome(jwt, craft(header('key-a', 'none'), claims, { secret: A }))).toBe('ALGORITHM_MISMATCH')
  })

  const badKids: [string, unknown, JWTErrorCode][] = [
    ['of 0 characters', '', 'UNKNOWN_KEY'],
    ['of 65 characters', 'k'.repeat(65), 'UNKNOWN_KEY'],
    ['with NUL', 'key-a\u0000', 'UNKNOWN_KEY'],
    ['that is only NUL', '\u0000', 'UNKNOWN_KEY'],
    ['with ../', '../key-a', 'UNKNOWN_KEY'],
    ['that is a path', '../../../../etc/passwd', 'UNKNOWN_KEY'], // path-check: not a path (a traversal payload)
    ['with quotes', 'key-a"', 'UNKNOWN_KEY'],
    ['with SQL quotes', "key-a' OR '1'='1", 'UNKNOWN_KEY'],
    ['with a newline', 'key-a\n', 'UNKNOWN_KEY'],
    ['that is a URL', 'https://attacker.example/key', 'UNKNOWN_KEY'],
    ['with non-ASCII lookalikes', 'kеy-a', 'UNKNOWN_KEY'],
    ['that is a number', 0, 'MALFORMED'],
    ['that is null', null, 'MALFORMED'],
    ['that is true', true, 'MALFORMED'],
    ['that is an array holding the kid', ['key-a'], 'MALFORMED'],
    ['that is an object', { kid: 'key-a' }, 'MALFORMED'],
  ]
  for (const [name, kid, code] of badKids) {
    it(`a kid ${name} is ${code}`, () => {
      expect(outcome(jwt, craft(header(kid), claims, { secret: A }), kid)).toBe(code)
    })
  }

  it('a kid of 10,000 characters is TOKEN_TOO_LARGE under the default limit, UNKNOWN_KEY under a larger one', () => {
    const kid = 'k'.repeat(10_000)
    const token = craft(header(kid), claims, { secret: A })
    expect(outcome(jwt, token, kid)).toBe('TOKEN_TOO_LARGE')
    expect(outcome(ring({ maxTokenLength: 65536 }), token, kid)).toBe('UNKNOWN_KEY')
    // Escapes do not make a long kid look short: 1,000 "\u006b" are 1,000 characters.
    const escaped = craft(`{"alg":"HS256","kid":"${'\\u006b'.repeat(1000)}"}`, claims, { secret: A })
    expect(outcome(ring({ maxTokenLength: 65536 }), escaped)).toBe('UNKNOWN_KEY')
  })

  it('a duplicate kid member is MALFORMED, in any spelling and either order', () => {
    for (const text of [
      '{"alg":"HS256","kid":"key-a","kid":"key-b"}',
      '{"alg":"HS256","kid":"key-b","kid":"key-a"}',
      '{"alg":"HS256","kid":"key-a","kid":"key-a"}',
      '{"alg":"HS256","kid":"key-a","\\u006bid":"key-b"}',
      '{"kid":"key-b","alg":"HS256","typ":"JWT","k\\u0069d":"key-a"}',
    ]) {
      expect(outcome(jwt, craft(text, claims, { secret: A })), text).toBe('MALFORMED')
      expect(outcome(jwt, craft(text, claims, { secret: B })), text).toBe('MALFORMED')
    }
  })

  it('a missing kid with no keylessKey is UNKNOWN_KEY, whichever ring key signed it', () => {
    for (const secret of [A, B]) expect(outcome(jwt, craft({ alg: 'HS256', typ: 'JWT' }, claims, { secret }))).toBe('UNKNOWN_KEY')
    expect(outcome(jwt, craft({ alg: 'HS256', typ: 'JWT', x: { kid: 'key-a' } }, claims, { secret: A }))).toBe('UNKNOWN_KEY') // a nested kid is data
  })

  it('a kid in a differently-cased spelling is UNKNOWN_KEY (kids are case-sensitive)', () => {
    for (const kid of ['KEY-A', 'Key-a', 'key-A', 'kEY-a']) expect(outcome(jwt, craft(header(kid), claims, { secret: A }), kid)).toBe('UNKNOWN_KEY')
  })

  it('a key removed while its token sits in the cache is UNKNOWN_KEY from the next call', () => {
    const cached = ring({ cache: { size: 10 } })
    const token = craft(header('key-b'), claims, { secret: B })
    expect(outcome(cached, token)).toBe('OK')
    expect(cached.decodeToken(token).sub).toBe('alice') // a cache hit
    cached.keys.remove('key-b')
    expect(outcome(cached, token)).toBe('UNKNOWN_KEY')
  })
})

describe('jku, jwk and x5u in the header: ignored, never fetched', () => {
  let server: Server
  let base = ''
  let hits = 0
  let fetches = 0
  const realFetch = globalThis.fetch
  beforeAll(async () => {
    server = createServer((_, res) => {
      hits++
      res.end('{"keys":[]}')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    // Passes every call through; counts them, so a fetch of any URL would show.
    globalThis.fetch = ((...args: Parameters<typeof fetch>) => {
      fetches++
      return realFetch(...args)
    }) as typeof fetch
  })
  afterAll(async () => {
    globalThis.fetch = realFetch
    await new Promise((resolve) => server.close(resolve))
  })

  it('with the real key they change nothing (OK); with the attacker key they are INVALID_SIGNATURE or UNKNOWN_KEY', async () => {
    const jwt = ring()
    const extras = [
      { jku: `${base}/jwks.json` },
      { x5u: `${base}/cert.pem` },
      { jwk: { kty: 'oct', kid: 'key-a', k: b64(OTHER_SECRET) } },
      { jku: `${base}/jwks.json`, jwk: { kty: 'oct', k: b64(OTHER_SECRET) }, x5u: `${base}/c.pem`, x5c: ['MIIB'] },
    ]
    for (const extra of extras) {
      expect(outcome(jwt, craft({ ...header('key-a'), ...extra }, claims, { secret: A }))).toBe('OK')
      expect(outcome(jwt, craft({ ...header('key-a'), ...extra }, claims, { secret: OTHER_SECRET }))).toBe('INVALID_SIGNATURE')
      // No kid but a key of the attacker's own: still no key to check it with.
      expect(outcome(jwt, craft({ alg: 'HS256', ...extra }, claims, { secret: OTHER_SECRET }))).toBe('UNKNOWN_KEY')
    }
    // Anything fetched in the background would have arrived by now.
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect({ hits, fetches }).toEqual({ hits: 0, fetches: 0 })
    // The server was reachable: the zero above is not a dead port.
    expect((await realFetch(`${base}/jwks.json`)).status).toBe(200)
    expect(hits).toBe(1)
  })
})
