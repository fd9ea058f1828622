// bench/quick.mjs for Chromium: HS256 sign, verify+decode and verify-only of the newest
// build, each paired with crypto.subtle.sign in the same round; given a second dist
// directory (a copy of an earlier build), both builds run in the same page, interleaved,
// so a change is judged against its baseline under the same load:
//   node bench/browser-quick.mjs [baseline-dist-dir|-] [rounds]
import { join, resolve } from 'node:path'
import { withChromiumPage } from './chromium-page.mjs'

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
const esbuild = { stdin: { contents: page, resolveDir: root, loader: 'js' }, external: ['bun:jsc', 'node:*'] }
await withChromiumPage({ esbuild, ready: 'ready' }, async (tab) => {
  const results = await tab.evaluate((o) => window.runQuick(o), { rounds: Number(roundsArg), cpuTime: 25e6 })
  console.log(`load ${(await import('node:os')).loadavg().map((x) => x.toFixed(2)).join(' ')}`)
  for (const r of results) {
    console.log(`${r.op.padEnd(14)} ${r.lib.padEnd(5)} ${(r.medianNs / 1000).toFixed(2).padStart(6)} us  ${r.ratio.toFixed(3)}x  [${r.ratios.map((x) => x.toFixed(2)).join(' ')}]`)
  }
})
