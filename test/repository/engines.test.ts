// The package promises Node 20 (package.json engines). Nothing it ships may need more: the
// only third-party code in dist/ is the bundled cookie package, whose own engines must allow
// Node 20, and the package has no runtime dependencies that could.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { expect, test } from 'vitest'

const root = new URL('../../', import.meta.url)
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'))
const require = createRequire(new URL('package.json', root))

/** The lowest major version a `>=N` engines range allows. */
const floor = (range: string) => Number(/>=\s*v?(\d+)/.exec(range)?.[1])

test('the package promises Node 20 and has no runtime dependencies', () => {
  expect(floor(pkg.engines.node)).toBe(20)
  expect(pkg.dependencies ?? {}).toEqual({})
})

test('the bundled cookie package (the copy this repository pins) runs on Node 20', () => {
  const cookie = JSON.parse(readFileSync(require.resolve('cookie/package.json'), 'utf8'))
  expect(cookie.version).toBe(pkg.devDependencies.cookie)
  expect(floor(cookie.engines.node)).toBeLessThanOrEqual(20)
})
