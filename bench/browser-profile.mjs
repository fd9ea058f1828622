// Where the time goes in Chromium: jwt-wasm's HS256 verify+decode (decodeToken on the
// fixture token) or sign in a loop in a headless page, under the V8 CPU profiler (the
// DevTools protocol's Profiler domain), and the functions with the most self time. Wasm
// frames are named from build/jwt.wat, as bench/profile.mjs names them on Node, and the
// string pump's (build/strings.wasm, a second module) from assembly/strings.wat. Used by
// run.mjs for RESULTS.md; alone:
//   node bench/browser-profile.mjs [decode|sign] [seconds]
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { withChromiumPage } from './chromium-page.mjs'

/** assembly/strings.wat: two imported functions, then put and get. */
const PUMP_NAMES = ['', '', 'put', 'get']

function pageScript(op) {
  return `
import { JWT } from './dist/index.js'
import { SECRET, fixturePayload, fixtureToken } from './bench/fixture.mjs'
const { token } = await fixtureToken('HS256', fixturePayload())
const jwt = new JWT({ secretKey: SECRET })
const work = ${op === 'sign' ? "() => jwt.createAccessToken('user-1234', { claims: { role: 'admin' } })" : '() => jwt.decodeToken(token)'}
window.loop = (ms) => {
  let n = 0
  const end = performance.now() + ms
  while (performance.now() < end) for (let i = 0; i < 1000; i++, n++) work()
  return n
}
window.ready = true
`
}

/** Self time per function in Chromium, as shares of all samples (idle and program left out). */
export async function browserProfile(op = 'decode', seconds = 3) {
  const esbuild = { stdin: { contents: pageScript(op), resolveDir: fileURLToPath(new URL('..', import.meta.url)), loader: 'js' } }
  return withChromiumPage({ esbuild, ready: 'ready', isolated: false }, async (tab, context) => {
    await tab.evaluate(() => window.loop(1000)) // warm up: tier-up to TurboFan before sampling
    const cdp = await context.newCDPSession(tab)
    // Which wasm module a frame is in: both name their frames wasm-function[i]. The pump is
    // the module with build/strings.wasm's bytes (where the browser links it at all).
    const pumpBytes = readFileSync(new URL('../build/strings.wasm', import.meta.url)).length
    const wasmScripts = []
    cdp.on('Debugger.scriptParsed', (e) => {
      if (e.scriptLanguage === 'WebAssembly') wasmScripts.push(e)
    })
    await cdp.send('Debugger.enable')
    const pumpUrls = new Set()
    for (const s of wasmScripts) {
      const { bytecode } = await cdp.send('Debugger.getScriptSource', { scriptId: s.scriptId })
      if (bytecode && Buffer.from(bytecode, 'base64').length === pumpBytes) pumpUrls.add(s.url)
    }
    await cdp.send('Debugger.disable')
    await cdp.send('Profiler.enable')
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
    await cdp.send('Profiler.start')
    const calls = await tab.evaluate((ms) => window.loop(ms), seconds * 1000)
    const { profile } = await cdp.send('Profiler.stop')
    const names = [...readFileSync(new URL('../build/jwt.wat', import.meta.url), 'utf8').matchAll(/^ \(func \$([^ ]+)/gm)].map((m) => m[1].replace(/^assembly\//, ''))
    const byId = new Map(profile.nodes.map((n) => [n.id, n]))
    const self = new Map()
    for (let i = 0; i < profile.samples.length; i++) {
      const { functionName, url, lineNumber } = byId.get(profile.samples[i]).callFrame
      const wasm = /^(?:wasm-function\[|\$?)(\d+)\]?$/.exec(functionName) ?? /^wasm-function\[(\d+)\]/.exec(functionName)
      const key = pumpUrls.has(url)
        ? `wasm strings/${PUMP_NAMES[Number(wasm?.[1])] ?? functionName}`
        : url.startsWith('wasm://') || wasm
          ? `wasm ${names[Number(wasm?.[1])] ?? functionName}`
          : `${functionName || '(anonymous)'}${url ? ` ${url.split('/').pop()}:${lineNumber + 1}` : ''}`
      self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0))
    }
    const rows = [...self].filter(([k]) => !/^\((idle|program)\)/.test(k)).sort((a, b) => b[1] - a[1])
    const total = rows.reduce((s, [, v]) => s + v, 0)
    return {
      op,
      pump: pumpUrls.size > 0,
      note: `${op} HS256 in Chromium: ${calls} calls in ${seconds} s under the profiler`,
      rows: rows.slice(0, 16).map(([name, t]) => ({ name, share: t / total })),
    }
  })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = await browserProfile(process.argv[2] ?? 'decode', Number(process.argv[3] ?? 3))
  console.log(`${r.note}${r.pump ? '' : ' (no string pump: this browser lacks the JS String Builtins)'}`)
  for (const { name, share } of r.rows) console.log(`${(share * 100).toFixed(1).padStart(5)}%  ${name}`)
}
