// docs/sessions.md's code: the setup snippets run as written (against the built package and
// a real redis-server), and the routes it quotes from examples/demo-app.mjs are quoted exactly.
import { execFile } from 'node:child_process'
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startRedis, type RedisServer } from '../helpers/redis-server.js'

const root = fileURLToPath(new URL('../../', import.meta.url))
const doc = readFileSync(`${root}docs/sessions.md`, 'utf8')
const blocks = [...doc.matchAll(/```js\n([\s\S]*?)```\n/g)].map((m) => m[1]!)

let redis: RedisServer
beforeAll(async () => {
  redis = await startRedis()
})
afterAll(() => redis?.stop())

/** Runs `code` as a module in the repository root, so 'jwt-wasm' resolves to the built package. */
function run(code: string): Promise<string> {
  if (!existsSync(`${root}dist/redis.js`)) throw new Error('dist/ is missing: run `npm run build` first')
  const file = `${root}.docs-sessions-${process.pid}-${Math.random().toString(36).slice(2)}.mjs`
  writeFileSync(file, code)
  const env = { ...process.env, JWT_SECRET: 'docs-test-secret-of-32-characters!', REDIS_URL: `unix://${redis.socket}` }
  return new Promise<string>((resolve, reject) =>
    execFile(process.execPath, [file], { env, timeout: 30_000 }, (error, stdout, stderr) => (error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout))),
  ).finally(() => rmSync(file, { force: true }))
}

it('the MemoryStore setup runs as written', async () => {
  const setup = blocks.find((b) => b.includes('new MemoryStore()'))!
  expect(await run(`${setup}\nconst { accessToken } = await jwt.startSession('alice')\nconsole.log(jwt.decodeToken(accessToken).sub)\n`)).toBe('alice\n')
})

it('the RedisStore setup runs as written, against a real Redis', async () => {
  const setup = blocks.find((b) => b.includes("from 'jwt-wasm/redis'"))!
  const out = await run(`${setup}\nconst { accessToken } = await jwt.startSession('alice')\nawait jwt.endSession(accessToken)\nconsole.log((await client.keys('myapp:jwt:*')).length)\nawait client.quit()\n`)
  expect(out).toBe('0\n') // the session and its index are gone after logout
})

it('quotes the demo’s refresh and logout routes exactly', () => {
  const quote = blocks.find((b) => b.includes('rotateRefreshToken(request.jwtClaims)'))!
  const demo = readFileSync(`${root}examples/demo-app.mjs`, 'utf8')
  const indented = quote
    .split('\n')
    .map((line) => (line === '' ? '' : `  ${line}`))
    .join('\n')
  const [first, second] = indented.split('\n\n  // Logout ends')
  expect(demo).toContain(first)
  expect(demo).toContain(`  // Logout ends${second}`)
})
