// The guards and framework docs quote the example files verbatim, and the examples are
// what the tests run: so the code in the docs cannot drift from tested code.
import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')

it.each(['express', 'fastify', 'hono'])('docs/frameworks.md quotes examples/%s.mjs exactly, under its own heading', (framework) => {
  const doc = read('docs/frameworks.md')
  const heading = doc.indexOf(`\n## ${framework[0]!.toUpperCase()}${framework.slice(1)}\n`)
  expect(heading).toBeGreaterThan(0)
  const quote = '```js\n' + read(`examples/${framework}.mjs`) + '```\n'
  const at = doc.indexOf(quote, heading)
  expect(at).toBeGreaterThan(heading)
  const next = doc.indexOf('\n## ', heading + 1)
  if (next > 0) expect(at).toBeLessThan(next)
})

it('docs/guards-cookies-csrf.md quotes examples/fetch.ts exactly under "Protect fetch handlers" (test/http/fetch-example.test.ts runs it)', () => {
  const doc = read('docs/guards-cookies-csrf.md')
  const section = doc.indexOf('\n## Protect fetch handlers\n')
  expect(section).toBeGreaterThan(0)
  const quote = '```ts\n' + read('examples/fetch.ts') + '```\n'
  const at = doc.indexOf(quote, section)
  expect(at).toBeGreaterThan(section)
  expect(at).toBeLessThan(doc.indexOf('\n## ', section + 1))
})
