// Secrets never leak (errors, toString, JSON, inspect, wasm memory), and misuse is a
// clear error at construction, never a surprise on a request.
import { inspect } from 'node:util'
import { describe, expect, it } from 'vitest'
import { JWT, JWTError } from '../../src/index.js'
import { getAbi } from '../../src/wasm/abi.js'
import { craft, goodClaims, HEADER, makeJwt, NOW, SECRET } from './helpers.js'

/** The secret in every form a careless printer might show it. */
function forms(secret: string | Uint8Array): string[] {
  const bytes = typeof secret === 'string' ? Buffer.from(secret) : Buffer.from(secret)
  return [bytes.toString('latin1'), bytes.toString('hex'), bytes.toString('base64'), bytes.toString('base64url').slice(0, 20), [...bytes.subarray(0, 8)].join(',')]
}

function expectNoSecret(text: string, secret: string | Uint8Array = SECRET): void {
  for (const form of forms(secret)) expect(text).not.toContain(form)
}

function thrown(fn: () => unknown): Error {
  try {
    fn()
  } catch (error) {
    return error as Error
  }
  throw new Error('expected a throw')
}

describe('secrets never appear', () => {
  const binary = new Uint8Array(48).map((_, i) => (i * 37 + 11) & 255)
  const instances: [string, JWT, string | Uint8Array][] = [
    ['string secret', makeJwt(), SECRET],
    ['Uint8Array secret, HS384', new JWT({ secretKey: binary, algorithm: 'HS384' }), binary],
    ['app.secretKey', new JWT(new (class App { secretKey = SECRET })(), { algorithm: 'HS512' }), SECRET],
    ['every option set', makeJwt({ issuer: 'iss', audience: ['a', 'b'], leeway: 5, maxTokenLength: 4096 }), SECRET],
  ]
  for (const [name, jwt, secret] of instances) {
    it(`${name}: not in toString, JSON.stringify, util.inspect or own keys`, () => {
      const views = [
        String(jwt),
        `${jwt}`,
        jwt.toString(),
        JSON.stringify(jwt),
        JSON.stringify({ jwt }),
        inspect(jwt),
        inspect(jwt, { showHidden: true, depth: Infinity, getters: true, customInspect: false }),
        inspect({ nested: { jwt } }, { depth: Infinity }),
        inspect(jwt.options, { showHidden: true, depth: Infinity, getters: true }),
        JSON.stringify(jwt.options),
        Reflect.ownKeys(jwt).map(String).join(','),
        Object.entries(jwt).map(String).join(','),
      ]
      for (const view of views) expectNoSecret(view, secret)
      expect(inspect(jwt)).toMatch(/^JWT \{ algorithm: 'HS(256|384|512)'/)
    })
  }
  it('nor is the key schedule (secret-equivalent: it can sign) shown by inspect, JSON or own keys', () => {
    const jwt = new JWT({ secretKey: SECRET, algorithm: 'HS512' })
    const abi = getAbi()
    // Scheduling leaves the new instance's schedule in KEY_STATE (src/wasm/engine.ts scheduleKey).
    const schedule = Buffer.from(abi.bytes.subarray(abi.KEY_STATE, abi.KEY_STATE + 128))
    expect(schedule.some((b) => b !== 0)).toBe(true)
    const head = `,${[...schedule.subarray(0, 8)].join(',')},`
    // Any printing of the bytes as numbers: inspect lays them out in padded columns, JSON as {"0":n,...}.
    const shown = (view: string) =>
      `,${(view.match(/\d+/g) ?? []).join(',')},`.includes(head) || `,${[...view.matchAll(/:(\d+)/g)].map((m) => m[1]).join(',')},`.includes(head)
    const forms = [schedule.toString('hex').slice(0, 16), schedule.toString('base64').slice(0, 12), schedule.toString('latin1').slice(0, 8)]
    expect(shown(inspect({ leaked: new Uint8Array(schedule) }, { depth: Infinity }))).toBe(true) // the check can fail
    expect(shown(JSON.stringify({ leaked: new Uint8Array(schedule) }))).toBe(true)
    const views = [
      inspect(jwt, { showHidden: true, depth: Infinity, getters: true, customInspect: false }),
      inspect(jwt, { showHidden: true, depth: Infinity }),
      JSON.stringify(jwt),
      String(jwt),
      JSON.stringify(Object.getOwnPropertyDescriptors(jwt)),
    ]
    for (const view of views) {
      expect(shown(view)).toBe(false)
      for (const form of forms) expect(view).not.toContain(form)
    }
  })
  it('not in any error a bad token produces (message, stack, JSON, inspect), nor the token itself', () => {
    const jwt = makeJwt()
    const token = craft(HEADER, goodClaims({ secretClaim: 'claim-value-xyz' }))
    const bad = [
      token.slice(0, -2),
      craft(HEADER, goodClaims({ exp: NOW - 1, secretClaim: 'claim-value-xyz' })),
      craft(HEADER, goodClaims({ nbf: NOW + 100, secretClaim: 'claim-value-xyz' })),
      craft({ alg: 'none' }, goodClaims({ secretClaim: 'claim-value-xyz' })),
      craft(HEADER, '{"secretClaim":"claim-value-xyz"'),
      craft(HEADER, goodClaims({ aud: 'claim-value-xyz' })),
      `${token}.${token}`,
      'x'.repeat(9000),
    ]
    for (const t of bad) {
      const error = thrown(() => jwt.decodeToken(t))
      expect(JWTError.is(error)).toBe(true)
      for (const text of [error.message, String(error.stack), JSON.stringify(error), inspect(error, { showHidden: true, depth: Infinity })]) {
        expectNoSecret(text)
        expect(text).not.toContain('claim-value-xyz')
        expect(text).not.toContain(t.slice(0, 30))
      }
    }
  })
  it('not in construction errors, even when the secret is given under a wrong name', () => {
    const errors = [
      thrown(() => new JWT({ secret: SECRET } as never)),
      thrown(() => new JWT({ secretKey: SECRET, secret: SECRET } as never)),
      thrown(() => new JWT({ secretKey: SECRET.slice(0, 15) })),
      thrown(() => new JWT({ secretKey: SECRET, algorithm: SECRET })),
      thrown(() => new JWT({ secretKey: SECRET, issuer: '' })),
      thrown(() => new JWT({ secretKey: SECRET, clock: SECRET } as never)),
    ]
    for (const error of errors) {
      expectNoSecret(error.message)
      expectNoSecret(String(error.stack))
      expect(error.message).not.toContain(SECRET.slice(0, 15))
    }
  })
  it('no copy of the secret is left in wasm memory after construction', () => {
    const secret = new Uint8Array(64).map((_, i) => (i * 101 + 7) & 255)
    const text = 'a-very-recognisable-secret-string-0123456789'
    new JWT({ secretKey: secret, algorithm: 'HS512' })
    new JWT({ secretKey: text })
    // A key longer than the block is hashed first (RFC 2104 §2): its copy must go too.
    const long = 'L'.repeat(100) + text
    new JWT({ secretKey: long, algorithm: 'HS256' })
    const memory = Buffer.from(getAbi().exports.memory.buffer)
    expect(memory.indexOf(Buffer.from(secret.subarray(0, 16)))).toBe(-1)
    expect(memory.indexOf(Buffer.from(text.slice(0, 16)))).toBe(-1)
    expect(memory.indexOf(Buffer.from('L'.repeat(32)))).toBe(-1)
  })
  it('the bytes made from a string secret are wiped once the key is scheduled', () => {
    const secret = 'a-string-secret-to-be-wiped-0001'
    const made: Uint8Array[] = []
    const encode = TextEncoder.prototype.encode
    TextEncoder.prototype.encode = function (this: TextEncoder, input?: string) {
      const out = encode.call(this, input)
      if (input === secret) made.push(out)
      return out
    }
    try {
      new JWT({ secretKey: secret })
    } finally {
      TextEncoder.prototype.encode = encode
    }
    expect(made.length).toBeGreaterThan(0)
    for (const bytes of made) expect(bytes.every((b) => b === 0)).toBe(true)
  })
  it('the caller\'s secret bytes are not modified', () => {
    const secret = new Uint8Array(32).fill(7)
    new JWT({ secretKey: secret })
    expect([...secret]).toStrictEqual(new Array(32).fill(7))
  })
  it('JWT.generateSecret leaves no copy of the secret (its bytes or its text) in wasm memory', () => {
    for (const algorithm of ['HS256', 'HS384', 'HS512']) {
      const secret = JWT.generateSecret(algorithm)
      const raw = Buffer.from(secret, 'base64url')
      const memory = () => Buffer.from(getAbi().exports.memory.buffer)
      expect(memory().indexOf(raw.subarray(0, 12)), algorithm).toBe(-1)
      expect(memory().indexOf(Buffer.from(secret.slice(0, 16))), algorithm).toBe(-1)
      // Nor once an instance is made from it, the recommended use.
      new JWT({ secretKey: secret, algorithm })
      expect(memory().indexOf(raw.subarray(0, 12)), algorithm).toBe(-1)
      expect(memory().indexOf(Buffer.from(secret.slice(0, 16))), algorithm).toBe(-1)
    }
  })
})

describe('misuse is a clear error at construction', () => {
  const cases: [string, () => unknown, RegExp][] = [
    ['no secret', () => new JWT({}), /JWT requires a secret key\. Set app\.secretKey or pass secretKey/],
    ['no arguments', () => new JWT(), /JWT requires a secret key/],
    ['app without a secret', () => new JWT(new (class App {})()), /JWT requires a secret key/],
    ['numeric secret', () => new JWT({ secretKey: 12345678901234567890 as never }), /secretKey must be a string or a Uint8Array/],
    ['numeric app.secretKey', () => new JWT(new (class App { secretKey = 1234567890123456 })() as never), /secretKey must be a string or a Uint8Array/],
    ['empty secret', () => new JWT({ secretKey: '' }), /Secret key must be at least 16 characters/],
    ['empty Uint8Array secret', () => new JWT({ secretKey: new Uint8Array(0) }), /Secret key must be at least 16 characters/],
    ['15-character secret', () => new JWT({ secretKey: '123456789012345' }), /Secret key must be at least 16 characters/],
    ['object secret', () => new JWT({ secretKey: { key: SECRET } as never }), /secretKey must be a string or a Uint8Array/],
    ['array secret', () => new JWT({ secretKey: [...Buffer.from(SECRET)] as never }), /secretKey must be a string or a Uint8Array/],
    ['ArrayBuffer secret', () => new JWT({ secretKey: new ArrayBuffer(32) as never }), /secretKey must be a string or a Uint8Array/],
    ['Uint16Array secret', () => new JWT({ secretKey: new Uint16Array(32) as never }), /secretKey must be a string or a Uint8Array/],
    ['boolean secret', () => new JWT({ secretKey: true as never }), /secretKey must be a string or a Uint8Array/],
    ['secret with a lone surrogate (two strings, one key)', () => new JWT({ secretKey: `${SECRET}\ud800` }), /secretKey must be well-formed Unicode text/],
    ['String object secret', () => new JWT({ secretKey: new String(SECRET) as never }), /secretKey must be a string or a Uint8Array/],
    ['negative accessExpires', () => makeJwt({ accessExpires: -1 }), /accessExpires must be a non-negative whole number of seconds/],
    ['fractional accessExpires', () => makeJwt({ accessExpires: 1.5 }), /accessExpires must be a non-negative whole number of seconds/],
    ['string accessExpires', () => makeJwt({ accessExpires: '900' as never }), /accessExpires must be a non-negative whole number of seconds/],
    ['NaN accessExpires', () => makeJwt({ accessExpires: Number.NaN }), /accessExpires must be/],
    ['Infinity accessExpires', () => makeJwt({ accessExpires: Number.POSITIVE_INFINITY }), /accessExpires must be/],
    ['negative refreshExpires', () => makeJwt({ refreshExpires: -86400 }), /refreshExpires must be a non-negative whole number of seconds/],
    ['fractional refreshExpires', () => makeJwt({ refreshExpires: 0.5 }), /refreshExpires must be/],
    ['negative leeway', () => makeJwt({ leeway: -5 }), /leeway must be a non-negative whole number of seconds/],
    ['fractional leeway', () => makeJwt({ leeway: 0.25 }), /leeway must be/],
    ['unknown option secret (typo of secretKey)', () => new JWT({ secret: SECRET } as never), /Unknown JWT option: secret\b/],
    ['unknown option expiresIn', () => makeJwt({ expiresIn: 60 } as never), /Unknown JWT option: expiresIn/],
    ['unknown option acessExpires', () => makeJwt({ acessExpires: 60 } as never), /Unknown JWT option: acessExpires/],
    ['unknown option algorithms', () => makeJwt({ algorithms: ['HS256'] } as never), /Unknown JWT option: algorithms/],
    ['unknown option with an app', () => new JWT(new (class App { secretKey = SECRET })(), { Algorithm: 'HS256' } as never), /Unknown JWT option: Algorithm/],
    ['algorithm none', () => makeJwt({ algorithm: 'none' }), /Unsupported algorithm\. Use HS256, HS384, or HS512/],
    ['algorithm RS256', () => makeJwt({ algorithm: 'RS256' }), /Unsupported algorithm/],
    ['algorithm empty', () => makeJwt({ algorithm: '' }), /Unsupported algorithm/],
    ['algorithm not a string', () => makeJwt({ algorithm: 256 as never }), /Unsupported algorithm/],
    ['maxTokenLength over the engine limit', () => makeJwt({ maxTokenLength: 65537 }), /maxTokenLength/],
    ['maxTokenLength fractional', () => makeJwt({ maxTokenLength: 1000.5 }), /maxTokenLength/],
    ['clock not a function', () => makeJwt({ clock: 1700000000 as never }), /clock/],
    ['options not a plain object', () => new JWT(new (class App { secretKey = SECRET })(), 'HS256' as never), /options must be a plain object/],
  ]
  for (const [name, make, message] of cases) {
    it(name, () => {
      const error = thrown(make)
      expect(error).toBeInstanceOf(TypeError)
      expect(error.message).toMatch(message)
    })
  }
  it('expiresDelta is checked like the lifetimes, when a token is made', () => {
    const jwt = makeJwt()
    for (const expiresDelta of [-1, 1.5, Number.NaN, '60', Number.POSITIVE_INFINITY]) {
      expect(() => jwt.createAccessToken('alice', { expiresDelta: expiresDelta as never })).toThrow(/expiresDelta must be a non-negative whole number of seconds/)
      expect(() => jwt.createRefreshToken('alice', { expiresDelta: expiresDelta as never })).toThrow(/expiresDelta/)
    }
  })
  it('a misspelled token option is refused, not ignored (which would give the default lifetime)', () => {
    const jwt = makeJwt()
    expect(() => jwt.createAccessToken('alice', { expires_delta: 60 } as never)).toThrow(/Unknown token option: expires_delta/)
    expect(() => jwt.createRefreshToken('alice', { fresh: false } as never)).toThrow(/Unknown token option: fresh/)
  })
  it('identities JSON cannot carry as sub are refused', () => {
    const jwt = makeJwt()
    for (const identity of [undefined, null, Number.NaN, Number.POSITIVE_INFINITY, {}, [], true, 1n]) {
      expect(() => jwt.createAccessToken(identity as never)).toThrow(TypeError)
    }
  })
  it('a clock returning something other than a finite number never lets a token through', () => {
    const token = craft(HEADER, goodClaims({ exp: 1 }))
    for (const value of [Number.NaN, undefined, '1700000000', null, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      // Always bad: refused at construction naming the option, or else every token refused.
      let always: JWT | undefined
      try {
        always = makeJwt({ clock: () => value as never })
      } catch (error) {
        expect((error as Error).message).toMatch(/JWT option clock/)
      }
      if (always) {
        expect(always.verifyToken(craft(HEADER, goodClaims()))).toBe(false)
        expect(() => always.decodeToken(token)).toThrow(/clock/)
      }
      // Good at construction, bad later: every token is refused, none passes.
      let calls = 0
      const jwt = makeJwt({ clock: () => (calls++ === 0 ? NOW : (value as never)) })
      expect(jwt.verifyToken(token)).toBe(false)
      expect(jwt.verifyToken(craft(HEADER, goodClaims()))).toBe(false)
      expect(() => jwt.decodeToken(token)).toThrow()
    }
  })
  it('a plain-object app is read as the options, so an unknown member is reported', () => {
    expect(() => new JWT({ secretKey: SECRET, name: 'my-app' } as never)).toThrow(/Unknown JWT option: name/)
  })
})
