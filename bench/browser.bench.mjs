// Chromium (headless, the flags of the runtime matrix): verify and sign against jose and
// hono, floor crypto.subtle.sign. Bundles bench/browser/page.mjs, serves it on 127.0.0.1
// (a secure context, so crypto.subtle exists), runs it, and writes the results as JSON.
// Alone: node bench/browser.bench.mjs [out.json] [page.mjs] (bench/browser/page.mjs unless given:
// bench/browser/asymmetric-page.mjs runs the asymmetric cases).
import { build } from 'esbuild'
import { createServer } from 'node:http'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium'
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
const quick = process.env.BENCH_QUICK === '1'
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? (quick ? 2 : 5))
const CPU_TIME = Number(process.env.BENCH_CPU_MS ?? (quick ? 8 : 25)) * 1e6

const bundle = await build({
  entryPoints: [process.argv[3] ?? new URL('./browser/page.mjs', import.meta.url).pathname],
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  write: false,
  // mitata's main entry probes runtime modules that no browser has; only its measure() is used.
  external: ['bun:jsc', 'node:*'],
  logLevel: 'error',
})
const script = bundle.outputFiles[0].text
const html = '<!doctype html><meta charset="utf-8"><title>jwt-wasm bench</title><script type="module" src="/bench.js"></script>'
// Cross-origin isolation gives performance.now() its finest resolution (5 us, not 100 us).
const ISOLATED = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' }
const server = createServer((req, res) => {
  if (req.url === '/bench.js') res.writeHead(200, { ...ISOLATED, 'content-type': 'text/javascript' }).end(script)
  else res.writeHead(200, { ...ISOLATED, 'content-type': 'text/html' }).end(html)
})
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
const profile = mkdtempSync(join(tmpdir(), 'jwt-wasm-chromium-'))
const version = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS })
try {
  const page = context.pages()[0] ?? (await context.newPage())
  page.on('pageerror', (e) => process.stderr.write(`page error: ${e.message}\n`))
  await page.goto(`http://127.0.0.1:${server.address().port}/`)
  await page.waitForFunction(() => window.benchReady === true, null, { timeout: 60_000 })
  const userAgent = await page.evaluate(() => navigator.userAgent)
  if (!(await page.evaluate(() => crossOriginIsolated))) process.stderr.write('browser bench: page is not cross-origin isolated; timings are coarser\n')
  const results = await page.evaluate((o) => window.runBench(o), { rounds: ROUNDS, cpuTime: CPU_TIME })
  const out = { version, userAgent, rounds: ROUNDS, cpuTimeMs: CPU_TIME / 1e6, results }
  if (process.argv[2]) writeFileSync(process.argv[2], JSON.stringify(out, null, 1))
  else for (const r of results) console.log(`${r.alg} ${r.op.padEnd(14)} ${r.lib.padEnd(24)} ${(r.medianNs / 1000).toFixed(2).padStart(8)} us  x${r.ratio.toFixed(2)}`)
} finally {
  await context.close()
  server.close()
  rmSync(profile, { recursive: true, force: true })
}
