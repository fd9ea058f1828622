// The token examples, run as written: the README's example, and every `ts` block of
// docs/tokens.md. Each `expression // value` line must give that value, and what an example
// logs must be what its comment says.
import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { JWT, JWTError } from '../../src/index.js'

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')
const blocks = (text: string) => [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!)

/** Runs one example; returns how many values it checked and lines it logged. */
function run(block: string): { checks: number; logs: number } {
  const checks: [string, unknown, unknown][] = []
  const logged: { values: unknown[]; comment: string }[] = []
  const lines = block.split('\n').filter((line) => !line.startsWith('import '))
  const body = lines
    .map((line, i) => {
      // `expr // 'text', more words` or `expr // true; more words`: expr must give the value.
      const value = /^(\w[^/]*?) \/\/ ('[^']*'|true|false)(?=[;,]|$)/.exec(line)
      if (value) return `__check(${JSON.stringify(value[1])}, ${value[1]}, ${value[2]})`
      // console.log(...) // what it prints
      const log = /console\.log\((.*)\) \/\/ (.*)$/.exec(line)
      if (log) return line.replace(/console\.log\((.*)\) \/\/ (.*)$/, `__log(${JSON.stringify(log[2])}, $1)`) + ` // line ${i}`
      return line
    })
    .join('\n')
  const example = new Function('JWT', 'JWTError', 'process', '__check', '__log', body)
  example(JWT, JWTError, { env: { JWT_SECRET: JWT.generateSecret() } }, (text: string, actual: unknown, expected: unknown) => checks.push([text, actual, expected]), (comment: string, ...values: unknown[]) => logged.push({ values, comment }))
  for (const [text, actual, expected] of checks) expect(actual, text).toStrictEqual(expected)
  for (const { values, comment } of logged) expect(comment.startsWith(values.join(' ')), `${values.join(' ')} vs ${comment}`).toBe(true)
  return { checks: checks.length, logs: logged.length }
}

test('the README\'s example runs and says what it does', () => {
  const readme = read('README.md')
  const example = readme.slice(readme.indexOf('\n## Example\n'), readme.indexOf('\n## ', readme.indexOf('\n## Example\n') + 1))
  const [block] = blocks(example)
  expect(block).toContain("from 'jwt-wasm'")
  const { checks, logs } = run(block!)
  expect(checks).toBeGreaterThanOrEqual(3)
  expect(logs).toBeGreaterThan(0)
})

describe('docs/tokens.md', () => {
  const all = blocks(read('docs/tokens.md'))

  test('has the full example, and the claims JSON cannot carry', () => {
    expect(all.length).toBeGreaterThanOrEqual(3)
    expect(all.some((b) => b.includes('createRefreshToken') && b.includes('getIdentity'))).toBe(true)
    expect(all.some((b) => b.includes('NaN') && b.includes('TypeError'))).toBe(true)
  })

  test.each(all.map((b, i) => [i + 1, b] as const))('example %i runs and says what it does', (_, block) => {
    run(block)
  })
})
