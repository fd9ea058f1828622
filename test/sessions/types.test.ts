// Runs the sessions API's type tests (types.test-d.ts) through the compiler.
import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { expect, it } from 'vitest'

const root = fileURLToPath(new URL('../../', import.meta.url))

it('type-checks test/sessions/types.test-d.ts with tsc --noEmit', async () => {
  const tsc = fileURLToPath(new URL('node_modules/typescript/bin/tsc', `file://${root}`))
  const result = await promisify(execFile)(process.execPath, [tsc, '-p', 'test/sessions/tsconfig.json'], { cwd: root }).then(
    () => '',
    (error: { stdout?: string; message: string }) => error.stdout || error.message,
  )
  expect(result).toBe('')
}, 120_000)
