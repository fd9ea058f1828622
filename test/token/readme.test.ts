// The README's Usage example, run as written: every `expression // value` line must give
// that value, and what the example logs must be what its comment says.
import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { JWT, JWTError } from '../../src/index.js'

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
const usage = readme.slice(readme.indexOf('\n## Usage\n'), readme.indexOf('\n### From the seed'))
const block = /```ts\n([\s\S]*?)```/.exec(usage)?.[1] ?? ''

test('the Usage example runs and says what it does', () => {
  expect(block).toContain("from 'jwt-wasm'")
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
  const run = new Function('JWT', 'JWTError', 'process', '__check', '__log', body)
  run(JWT, JWTError, { env: { JWT_SECRET: JWT.generateSecret() } }, (text: string, actual: unknown, expected: unknown) => checks.push([text, actual, expected]), (comment: string, ...values: unknown[]) => logged.push({ values, comment }))
  expect(checks.length).toBeGreaterThanOrEqual(4)
  for (const [text, actual, expected] of checks) expect(actual, text).toStrictEqual(expected)
  expect(logged.length).toBeGreaterThan(0)
  for (const { values, comment } of logged) expect(comment.startsWith(values.join(' ')), `${values.join(' ')} vs ${comment}`).toBe(true)
})
