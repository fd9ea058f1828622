// The examples as a user runs them: `node examples/<framework>.mjs` on an ephemeral port
// (PORT=0), importing 'jwt-wasm' and 'jwt-wasm/<framework>' from dist/ through the package's
// exports, driven through the seed's flow over real HTTP. This proves the built adapters
// resolve and share the one core with the main entry. Build first (npm test does).
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe } from 'vitest'
import { flowSuite, type Client } from './harness.js'

const root = fileURLToPath(new URL('../../', import.meta.url))

function fetchClient(base: () => string): Client {
  return async (method, path, { headers = {}, json } = {}) => {
    const h = new Headers(headers)
    if (json !== undefined) h.set('content-type', 'application/json')
    const res = await fetch(base() + path, { method, headers: h, body: json === undefined ? undefined : JSON.stringify(json) })
    return {
      status: res.status,
      challenge: res.headers.get('www-authenticate'),
      retryAfter: res.headers.get('retry-after'),
      setCookie: res.headers.getSetCookie(),
      contentType: res.headers.get('content-type'),
      text: await res.text(),
    }
  }
}

for (const framework of ['express', 'fastify', 'hono']) {
  describe(`node examples/${framework}.mjs against dist/`, () => {
    let child: ChildProcess | undefined
    let url = ''

    beforeAll(async () => {
      if (!existsSync(`${root}dist/${framework}.js`)) throw new Error(`dist/${framework}.js is missing: run \`npm run build\` (npm test does) before this test`)
      child = spawn(process.execPath, [`examples/${framework}.mjs`], { cwd: root, env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] })
      let output = ''
      url = await new Promise<string>((resolve, reject) => {
        const onData = (chunk: Buffer) => {
          output += chunk
          const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)
          if (match) resolve(match[1]!)
        }
        child!.stdout!.on('data', onData)
        child!.stderr!.on('data', onData)
        child!.once('exit', (code) => reject(new Error(`examples/${framework}.mjs exited (${code}) before listening:\n${output}`)))
      })
    })

    afterAll(async () => {
      if (child && child.exitCode === null) {
        const exited = new Promise((resolve) => child!.once('exit', resolve))
        child.kill('SIGKILL')
        await exited
      }
    })

    flowSuite(fetchClient(() => url))
  })
}
