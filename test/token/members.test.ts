// decodeToken builds the claims object from the engine's member table (assembly/json.ts
// MEMBERS, src/util/members.ts) instead of running JSON.parse on the payload. The object
// must be the one JSON.parse gives, to the property: the same own keys in the same order,
// the same descriptors and prototype, and values that are Object.is-equal (so -0 stays -0)
// or, for objects and arrays, deeply equal. The payloads here are raw text, so they hold
// spellings JSON.stringify never writes: escapes in names and strings, every number form,
// whitespace, names Object.prototype has, integer-like names, long names, many members
// (generators in test/helpers/raw-json.ts).
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { params } from '../fuzz/scale.js'
import { expectSameObject, expectedClaims, objectText, rawName, rawValue, space, validMembers } from '../helpers/raw-json.js'
import { getAbi } from '../../src/wasm/abi.js'
import { NOW, makeJwt, signRaw } from './helpers.js'

const jwt = makeJwt()

const EXP = NOW + 3600

function decodesAsJsonParse(payload: string): void {
  expectSameObject(jwt.decodeToken(signRaw(payload)), expectedClaims(payload))
}

describe('claims built from the member table are what JSON.parse gives', () => {
  it('random members in raw spellings, with whitespace', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(rawName, rawValue), { maxLength: 16 }), fc.nat(16), fc.array(space, { minLength: 1, maxLength: 4 }), (members, at, gaps) => {
        fc.pre(validMembers(members))
        decodesAsJsonParse(objectText(members, at, gaps, EXP))
      }),
      params(1500),
    )
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
})
