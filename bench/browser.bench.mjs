// Chromium (headless, the flags of the runtime matrix): verify and sign against jose and
// hono, floor crypto.subtle.sign. Bundles bench/browser/page.mjs, serves it on 127.0.0.1
// (a secure context, so crypto.subtle exists), runs it, and writes the results as JSON.
// Alone: node bench/browser.bench.mjs [out.json] [page.mjs] (bench/browser/page.mjs unless given:
// bench/browser/asymmetric-page.mjs runs the asymmetric cases).
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { CHROMIUM, withChromiumPage } from './chromium-page.mjs'
import { benchSize } from './harness.mjs'

const { rounds: ROUNDS, cpuTime: CPU_TIME } = benchSize(5)

const version = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
const esbuild = {
  entryPoints: [process.argv[3] ?? new URL('./browser/page.mjs', import.meta.url).pathname],
  // mitata's main entry probes runtime modules that no browser has; only its measure() is used.
  external: ['bun:jsc', 'node:*'],
}
await withChromiumPage({ esbuild, ready: 'benchReady' }, async (page) => {
  const userAgent = await page.evaluate(() => navigator.userAgent)
  if (!(await page.evaluate(() => crossOriginIsolated))) process.stderr.write('browser bench: page is not cross-origin isolated; timings are coarser\n')
  const results = await page.evaluate((o) => window.runBench(o), { rounds: ROUNDS, cpuTime: CPU_TIME })
  const out = { version, userAgent, rounds: ROUNDS, cpuTimeMs: CPU_TIME / 1e6, results }
  if (process.argv[2]) writeFileSync(process.argv[2], JSON.stringify(out, null, 1))
  else for (const r of results) console.log(`${r.alg} ${r.op.padEnd(14)} ${r.lib.padEnd(24)} ${(r.medianNs / 1000).toFixed(2).padStart(8)} us  x${r.ratio.toFixed(2)}`)
})
