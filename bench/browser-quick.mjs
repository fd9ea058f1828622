// bench/quick.mjs for Chromium: HS256 sign, verify+decode and verify-only of the newest
// build, each paired with crypto.subtle.sign in the same round; given a second dist
// directory (a copy of an earlier build), both builds run in the same page, interleaved,
// so a change is judged against its baseline under the same load:
//   node bench/browser-quick.mjs [baseline-dist-dir|-] [rounds]
import { build } from 'esbuild'
import { createServer } from 'node:http'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium } from 'playwright-core'

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium'
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
const [baseDir = '-', roundsArg = '7'] = process.argv.slice(2)
const root = new URL('..', import.meta.url).pathname
const builds = [['new', join(root, 'dist/index.js')]]
if (baseDir !== '-') builds.unshift(['base', join(resolve(baseDir), 'index.js')])

const page = `
import { SECRET, fixturePayload, fixtureToken, importHmacKey } from './bench/fixture.mjs'
import { runPaired } from './bench/harness.mjs'
${builds.map(([name, file], i) => `import { JWT as JWT${i} } from ${JSON.stringify(file)}`).join('\n')}
const names = ${JSON.stringify(builds.map(([name]) => name))}
window.runQuick = async ({ rounds, cpuTime }) => {
  const { input, token } = await fixtureToken('HS256', fixturePayload())
  const bytes = new TextEncoder().encode(input)
  const key = await importHmacKey('HS256')
  const floor = () => crypto.subtle.sign('HMAC', key, bytes)
  const cases = []
  ;[${builds.map((_, i) => `JWT${i}`).join(', ')}].forEach((JWT, i) => {
    const jwt = new JWT({ secretKey: SECRET })
    if (jwt.decodeToken(token).role !== 'admin' || !jwt.verifyToken(token)) throw new Error(names[i] + ': fixture not accepted')
    const lib = names[i]
    cases.push(
      { op: 'sign', alg: 'HS256', lib, fn: () => jwt.createAccessToken('user-1234', { claims: { role: 'admin' } }), floor },
      { op: 'verify+decode', alg: 'HS256', lib, fn: () => jwt.decodeToken(token), floor },
      { op: 'verify-only', alg: 'HS256', lib, fn: () => jwt.verifyToken(token), floor },
    )
  })
  // A page's clock is coarse: every timed call runs the operation for at least 0.5 ms.
  return runPaired(cases, { rounds, cpuTime, minCallNs: 5e5 })
}
window.ready = true
`
const bundle = await build({
  stdin: { contents: page, resolveDir: root, loader: 'js' },
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  write: false,
  external: ['bun:jsc', 'node:*'],
  logLevel: 'error',
})
const script = bundle.outputFiles[0].text
const ISOLATED = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' }
const server = createServer((req, res) => {
  if (req.url === '/page.js') res.writeHead(200, { ...ISOLATED, 'content-type': 'text/javascript' }).end(script)
  else res.writeHead(200, { ...ISOLATED, 'content-type': 'text/html' }).end('<!doctype html><script type="module" src="/page.js"></script>')
})
await new Promise((done) => server.listen(0, '127.0.0.1', done))
const dir = mkdtempSync(join(tmpdir(), 'jwt-wasm-chromium-quick-'))
const context = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM, headless: true, args: FLAGS })
try {
  const tab = context.pages()[0] ?? (await context.newPage())
  tab.on('pageerror', (e) => process.stderr.write(`page error: ${e.message}\n`))
  await tab.goto(`http://127.0.0.1:${server.address().port}/`)
  await tab.waitForFunction(() => window.ready === true)
  const results = await tab.evaluate((o) => window.runQuick(o), { rounds: Number(roundsArg), cpuTime: 25e6 })
  console.log(`load ${(await import('node:os')).loadavg().map((x) => x.toFixed(2)).join(' ')}`)
  for (const r of results) {
    console.log(`${r.op.padEnd(14)} ${r.lib.padEnd(5)} ${(r.medianNs / 1000).toFixed(2).padStart(6)} us  ${r.ratio.toFixed(3)}x  [${r.ratios.map((x) => x.toFixed(2)).join(' ')}]`)
  }
} finally {
  await context.close()
  server.close()
  rmSync(dir, { recursive: true, force: true })
}
