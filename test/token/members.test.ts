// decodeToken builds the claims object from the engine's member table (assembly/json.ts
// MEMBERS, src/util/members.ts) instead of running JSON.parse on the payload. The object
// must be the one JSON.parse gives, to the property: the same own keys in the same order,
// the same descriptors and prototype, and values that are Object.is-equal (so -0 stays -0)
// or, for objects and arrays, deeply equal. The payloads here are raw text, so they hold
// spellings JSON.stringify never writes: escapes in names and strings, every number form,
// whitespace, names Object.prototype has, integer-like names, long names, many members
// (generators in test/helpers/raw-json.ts).
import { createHmac } from 'node:crypto'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { afterEach, describe, expect, it } from 'vitest'
import { JWT } from '../../src/index.js'
import { expectSameObject, expectedClaims, forRandomPayloads } from '../helpers/raw-json.js'
import { getAbi } from '../../src/wasm/abi.js'
import { NOW, b64url, makeJwt, signRaw } from './helpers.js'

const jwt = makeJwt()

const EXP = NOW + 3600

function decodesAsJsonParse(payload: string): void {
  expectSameObject(jwt.decodeToken(signRaw(payload)), expectedClaims(payload))
}

describe('claims built from the member table are what JSON.parse gives', () => {
  it('random members in raw spellings, with whitespace', () => {
    forRandomPayloads(EXP, 1500, decodesAsJsonParse)
  })

  it('every member count around the table size (12), and the registered claims with their own spellings', () => {
    for (let n = 0; n <= 15; n++) {
      const custom = Array.from({ length: n }, (_, i) => `"c${i}":${i % 3 === 0 ? `"v${i}"` : i % 3 === 1 ? `${i * 1000000007}` : 'true'}`)
      decodesAsJsonParse(`{"sub":"user-${n}","iat":${NOW},"nbf":${NOW - 1}.0,"exp":${EXP}${custom.map((c) => `,${c}`).join('')}}`)
      decodesAsJsonParse(`{${custom.map((c) => `${c},`).join('')}"sub":"\\u0075ser","exp":${NOW + 7}e0}`)
    }
  })

  it('names Object.prototype has become own properties, as JSON.parse makes them', () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', '__defineGetter__', 'valueOf']) {
      for (const value of ['{"polluted":true}', 'null', '"x"', '1']) decodesAsJsonParse(`{"exp":${EXP},"${name}":${value},"after":1}`)
      const claims = jwt.decodeToken(signRaw(`{"exp":${EXP},"${name}":{"polluted":true}}`))
      expect(Object.getPrototypeOf(claims)).toBe(Object.prototype)
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    }
  })

  it('the same names in another order, another count, and after thousands of new names (the table is cleared and refilled)', () => {
    const names = Array.from({ length: 900 }, (_, i) => `name${(i * 7919) % 900}`)
    for (let i = 0; i < names.length; i += 9) {
      const chosen = names.slice(i, i + 9 + (i % 4))
      if (i % 2) chosen.reverse()
      decodesAsJsonParse(`{${chosen.map((n, k) => `"${n}":${k % 2 ? `"${n}-value"` : k}`).join(',')},"exp":${EXP}}`)
      decodesAsJsonParse(`{"exp":${EXP},"sub":"s","jti":"j","type":"access"}`)
    }
  })

  it('a non-ASCII payload (read through TextDecoder) gives the same object', () => {
    decodesAsJsonParse(`{"exp":${EXP},"name":"Zoë","emoji":"😀","plain":"ascii"}`)
  })
})

describe('what the claims keep alive', () => {
  // A string value sliced out of the payload text would keep the whole payload alive for as
  // long as the value lives (V8 shares the parent from 13 characters on); JSON.parse's copies
  // never do, and neither may ours. 300 payloads of 40 KB, of which only a 36-character sub
  // and a 13-character claim are kept: 12 MB if each held its payload, well under 1 MB if not.
  it('a kept string value holds its own characters, not its payload', () => {
    setFlagsFromString('--expose-gc')
    const gc = runInNewContext('gc') as () => void
    const big = makeJwt({ maxTokenLength: 65536 })
    const pad = 'x'.repeat(20_000)
    const kept: unknown[] = []
    gc()
    const before = process.memoryUsage().heapUsed
    for (let i = 0; i < 300; i++) {
      const sub = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`
      const claims = big.decodeToken(signRaw(`{"sub":"${sub}","exp":${EXP},"thirteen-long":"abcdefghijklm","a":"${pad}","b":"${pad}"}`))
      expect(claims.sub).toBe(sub)
      kept.push(claims.sub, claims['thirteen-long'])
    }
    gc()
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(1_000_000)
    expect(kept).toHaveLength(600)
  })
})

describe('the name table', () => {
  // MEMBERS + 4 (assembly/json.ts): the epoch, which moves on each time the table is cleared.
  const epoch = () => getAbi().view.getInt32(getAbi().MEMBERS + 4, true)

  it('takes no names from headers, which are read before the signature is checked', () => {
    jwt.decodeToken(signRaw(`{"exp":${EXP}}`))
    const before = epoch()
    // 2,400 new names, enough to clear the table about twenty times if they went in.
    for (let i = 0; i < 200; i++) {
      const header = `{"alg":"HS256",${Array.from({ length: 12 }, (_, k) => `"h${i}x${k}":1`).join(',')}}`
      const token = signRaw(`{"exp":${EXP},"sub":"s"}`, header)
      expect(jwt.decodeToken(token).sub).toBe('s')
      expect(jwt.verifyToken(`${token.slice(0, -2)}AA`)).toBe(false)
    }
    expect(epoch()).toBe(before)
  })

  it('is cleared by new payload names, and the claims stay right across it', () => {
    const before = epoch()
    for (let i = 0; i < 40; i++) decodesAsJsonParse(`{${Array.from({ length: 11 }, (_, k) => `"p${i}x${k}":${k}`).join(',')},"exp":${EXP}}`)
    expect(epoch()).toBeGreaterThan(before)
  })
})

describe('a name Object.prototype gains an accessor for', () => {
  const NAME = 'claimWithAnInheritedAccessor'
  afterEach(() => {
    delete (Object.prototype as Record<string, unknown>)[NAME]
  })

  it('is still an own data property of the claims, and the accessor never runs', () => {
    let ran = false
    Object.defineProperty(Object.prototype, NAME, {
      configurable: true,
      get: () => 'inherited',
      set: () => {
        ran = true
      },
    })
    const payload = `{"exp":${EXP},"${NAME}":"own","other":2}`
    decodesAsJsonParse(payload)
    expect(Object.getOwnPropertyDescriptor(jwt.decodeToken(signRaw(payload)), NAME)?.value).toBe('own')
    expect(ran).toBe(false)
  })

  // Object.prototype is asked at every assignment, not once per name: a name it gains after
  // the engine first met it (prototype pollution, a late polyfill) must not change the claims.
  const LATE = 'claimSeenBeforeObjectPrototypeHadIt'
  afterEach(() => {
    delete (Object.prototype as Record<string, unknown>)[LATE]
  })

  it('an accessor Object.prototype gains after the name was first seen never runs', () => {
    const payload = `{"exp":${EXP},"${LATE}":"own"}`
    decodesAsJsonParse(payload)
    let ran = false
    Object.defineProperty(Object.prototype, LATE, { configurable: true, get: () => 'inherited', set: () => (ran = true) })
    decodesAsJsonParse(payload)
    expect(ran).toBe(false)
  })

  it('a read-only member Object.prototype gains after the name was first seen is still defined', () => {
    const payload = `{"exp":${EXP},"${LATE}":"own"}`
    decodesAsJsonParse(payload)
    Object.defineProperty(Object.prototype, LATE, { configurable: true, writable: false, value: 'inherited' })
    decodesAsJsonParse(payload)
  })
})

// The name ids must hold whichever way a payload reaches the engine (verify, verifyRing with
// the signing key's own header, verifyKeyed after a kid lookup), across failed scans that
// tabled names before failing, headers full of names, and the table's clears; and for names
// the lookup must tell apart: equal-length FNV-1a collisions (found by brute force), and
// names of every length around sameText's 8-byte steps and NAME_LONGEST (64).
describe('name ids on every verification path', () => {
  const K1 = 'first-ring-key-of-32-bytes-0123!'
  const K2 = 'second-ring-key-of-32-bytes-012!'
  const ring = new JWT({ keys: [{ kid: 'k1', secret: K1 }, { kid: 'k2', secret: K2 }], signingKey: 'k1', clock: () => NOW })
  const ownHeader = Buffer.from(ring.createAccessToken('x').split('.')[0]!, 'base64url').toString()
  const hmac = (header: string, payload: string, secret: string) => {
    const input = `${b64url(header)}.${b64url(payload)}`
    return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`
  }
  const COLLIDING = [
    ['7yzla', 'e6apa'],
    ['xx93zlaa', 'xxopapaa'],
    ['xxxa437aa', 'xxx4aaaca'],
    ['xxxxxxxxxx9rjfaa', 'xxxxxxxxxxapfhaa'],
    ['xxxxxxxxxxx6w37aa', 'xxxxxxxxxxxcnaaca'],
    [`${'x'.repeat(58)}4tzlaa`, `${'x'.repeat(58)}j3apaa`],
  ]
  const fnv = (s: string) => [...s].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0, 0x811c9dc5)
  const LENGTHS = Array.from({ length: 72 }, (_, n) => 'abcdefghijklmnopqrstuvwxyz0123456789'.repeat(2).slice(0, n))
  const POOL = [...COLLIDING.flat(), ...LENGTHS, ...LENGTHS.map((s) => s.replace(/.$/, 'Z')), 'role', '0', '12']
  const VALUES = ['1', '-0', '"s"', '"e\\u0073c"', 'true', 'null', '{"a":[1]}', '1.5', '123456789012345', '1234567890123456']

  it('the colliding pairs collide', () => {
    for (const [a, b] of COLLIDING) expect([a!.length, fnv(a!)]).toEqual([b!.length, fnv(b!)])
  })

  it('verify, verifyRing and verifyKeyed, between failed scans and headers of new names', () => {
    let seed = 7
    const rand = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % n
    for (let i = 0; i < 800; i++) {
      const names = new Set<string>()
      for (let n = rand(14); names.size < n; ) names.add(rand(3) ? POOL[rand(POOL.length)]! : `f${i}_${names.size}${'q'.repeat(rand(70))}`)
      const members = [...names].map((n) => `"${n}":${VALUES[rand(VALUES.length)]}`)
      members.splice(rand(members.length + 1), 0, `"exp":${EXP}`)
      const payload = `{${members.join(',')}}`
      const fresh = (prefix: string) => Array.from({ length: 12 }, (_, k) => `"${prefix}${i}_${k}${'w'.repeat(rand(64))}":1`).join(',')
      switch (rand(5)) {
        case 0:
          expectSameObject(jwt.decodeToken(signRaw(payload, `{"alg":"HS256",${fresh('h')}}`)), expectedClaims(payload))
          break
        case 1:
          expectSameObject(ring.decodeToken(hmac(ownHeader, payload, K1)), expectedClaims(payload))
          break
        case 2:
          expectSameObject(ring.decodeToken(hmac('{"alg":"HS256","kid":"k2"}', payload, K2)), expectedClaims(payload))
          break
        case 3:
          // signed, so tabled: twelve new names go in before the trailing byte fails the scan
          expect(jwt.verifyToken(signRaw(`{${fresh('m')},"exp":${EXP}} x`))).toBe(false)
          decodesAsJsonParse(payload)
          break
        default:
          decodesAsJsonParse(payload)
      }
    }
  })
})
