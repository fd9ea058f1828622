// The README's guards and framework sections quote the example files verbatim, and the
// examples are what the tests run: so the README's code cannot drift from tested code.
import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')

it.each(['express', 'fastify', 'hono'])('README quotes examples/%s.mjs exactly, under its own heading', (framework) => {
  const readme = read('README.md')
  const heading = readme.indexOf(`\n### ${framework[0]!.toUpperCase()}${framework.slice(1)}\n`, readme.indexOf('\n## Frameworks'))
  expect(heading).toBeGreaterThan(0)
  const quote = '```js\n' + read(`examples/${framework}.mjs`) + '```\n'
  expect(readme.indexOf(quote, heading)).toBeGreaterThan(heading)
  expect(readme).not.toContain('<!-- section: frameworks (issue 4) -->')
})

it('README quotes examples/fetch.ts exactly under "Guards and cookies" (test/http/fetch-example.test.ts runs it)', () => {
  const readme = read('README.md')
  const section = readme.indexOf('\n## Guards and cookies\n')
  expect(section).toBeGreaterThan(0)
  const quote = '```ts\n' + read('examples/fetch.ts') + '```\n'
  const at = readme.indexOf(quote, section)
  expect(at).toBeGreaterThan(section)
  expect(at).toBeLessThan(readme.indexOf('\n## ', section + 1))
})
