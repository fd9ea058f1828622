// Alone in its file so that no JWT exists yet when it starts (vitest isolates test files).
import { expect, it } from 'vitest'
import { JWT, getDefaultJWT, jwtRequired, setDefaultJWT, type JwtRequest } from '../../src/index.js'
import { SECRET, body, request } from './helpers.js'

it('answers 500 saying to construct a JWT until one exists, then uses it', async () => {
  const handler = jwtRequired((req: JwtRequest) => ({ user: req.jwtIdentity }))
  expect(getDefaultJWT()).toBeUndefined()
  const before = await handler(request('/', { bearer: 'a.b.c' }))
  expect(before.status).toBe(500)
  expect(await body(before)).toEqual({ error: 'No JWT instance: construct one with new JWT(...) before requests reach the guards' })

  const first = new JWT({ secretKey: SECRET })
  expect(getDefaultJWT()).toBe(first)
  expect(await body(await handler(request('/', { bearer: first.createAccessToken('late') })))).toEqual({ user: 'late' })

  const second = new JWT({ secretKey: 'another-secret-of-32-characters!' })
  expect(getDefaultJWT()).toBe(second)
  setDefaultJWT(first)
  expect(getDefaultJWT()).toBe(first)
  expect(() => setDefaultJWT({} as JWT)).toThrow(new TypeError('setDefaultJWT needs a JWT instance'))
})
