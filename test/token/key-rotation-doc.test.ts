// docs/key-rotation.md, run as written: every `ts` block, with each `expression // value`
// line checked to give that value and each logged line to match its comment (the same
// conventions as test/token/readme.test.ts); and the guide quotes examples/rotation.mjs
// exactly, which test/http/rotation.e2e.test.ts serves over HTTP.
import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { JWT, JWTError } from '../../src/index.js'

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')
const doc = read('docs/key-rotation.md')
const blocks = [...doc.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!)

/** Secrets as a deployment would hold them: full strength, stable per name for the run. */
const env = new Proxy({} as Record<string, string>, {
  get: (known, name: string) => (known[name] ??= JWT.generateSecret()),
})

function run(block: string): { checks: number; logs: number } {
  const checks: [string, unknown, unknown][] = []
  const logged: { values: unknown[]; comment: string }[] = []
  const body = block
    .split('\n')
    .filter((line) => !line.startsWith('import '))
    .map((line) => {
      const value = /^(\s*)(\w[^/]*?) \/\/ ('[^']*'|true|false)(?=[;:,]|$)/.exec(line)
      if (value) return `${value[1]}__check(${JSON.stringify(value[2])}, ${value[2]}, ${value[3]})`
      const log = /console\.log\((.*)\) \/\/ (.*)$/.exec(line)
      if (log) return line.replace(/console\.log\((.*)\) \/\/ (.*)$/, `__log(${JSON.stringify(log[2])}, $1)`)
      return line
    })
    .join('\n')
  new Function('JWT', 'JWTError', 'process', '__check', '__log', body)(
    JWT,
    JWTError,
    { env },
    (text: string, actual: unknown, expected: unknown) => checks.push([text, actual, expected]),
    (comment: string, ...values: unknown[]) => logged.push({ values, comment }),
  )
  for (const [text, actual, expected] of checks) expect(actual, text).toStrictEqual(expected)
  for (const { values, comment } of logged) expect(comment.startsWith(values.join(' ')), `${values.join(' ')} vs ${comment}`).toBe(true)
  return { checks: checks.length, logs: logged.length }
}

describe('docs/key-rotation.md', () => {
  test('has the ring, run-time changes, the emergency and the move from secretKey', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(4)
    expect(blocks.some((b) => b.includes('signingKey') && b.includes('UNKNOWN_KEY'))).toBe(true)
    expect(blocks.some((b) => b.includes('keys.add') && b.includes('keys.use') && b.includes('keys.remove'))).toBe(true)
    expect(blocks.some((b) => b.includes('keylessKey'))).toBe(true)
    for (const phase of ['1. **Add the new key, verify-only**', '2. **Switch signing to it**', '3. **Remove the old key**', '## Emergency rotation after a leak']) expect(doc).toContain(phase)
  })

  test.each(blocks.map((b, i) => [i + 1, b] as const))('example %i runs and says what it does', (_, block) => {
    const { checks, logs } = run(block)
    expect(checks + logs).toBeGreaterThan(0)
  })

  test('quotes examples/rotation.mjs exactly', () => {
    expect(doc).toContain('```js\n' + read('examples/rotation.mjs') + '```\n')
  })

  test('the README links to it', () => {
    expect(read('README.md')).toMatch(/\n- \[Rotating keys\]\(docs\/key-rotation\.md\): /)
  })
})
