// decodeUnverified (src/token/decode.ts): no checks on what a token says, but it must be a
// token: three strict base64url segments, the first two JSON objects.
import { describe, expect, test } from 'vitest'
import { JWT, decodeUnverified } from '../../src/index.js'
import { decodeUnverified as coreDecodeUnverified } from '../../src/core.js'
import { codeOf } from '../helpers/code-of.js'
import { SECRET } from './helpers.js'

describe('decodeUnverified', () => {
  const token = new JWT({ secretKey: SECRET }).createAccessToken('alice')

  test('reads header and claims of a token, with no verification', () => {
    const { header, claims } = decodeUnverified(token)
    expect(header).toEqual({ alg: 'HS256', typ: 'JWT' })
    expect(claims.sub).toBe('alice')
    expect(coreDecodeUnverified(token)).toEqual(decodeUnverified(token))
  })

  test.each([
    ['a signature that is not base64url (found by peers’ suites)', 'e30.eyJhIjoxfQ.%%% not base64 %%%'],
    ['a padded signature', `${token}=`],
    ['a signature with non-canonical trailing bits', 'e30.eyJhIjoxfQ.AB'],
    ['two segments', 'e30.eyJhIjoxfQ'],
    ['four segments', 'e30.eyJhIjoxfQ.AA.AA'],
    ['a header that is not an object', 'WzFd.eyJhIjoxfQ.'],
  ])('refuses %s with MALFORMED', (_, text) => {
    expect(codeOf(() => decodeUnverified(text))).toBe('MALFORMED')
  })

  test('an empty signature segment is still three segments (an unsigned token can be inspected)', () => {
    expect(decodeUnverified('e30.eyJhIjoxfQ.').claims).toEqual({ a: 1 })
  })
})
