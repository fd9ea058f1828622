// ES256 verification (issue 15): jwt-wasm's JWTVerifier against node:crypto, fast-jwt and
// jose on Node, and against crypto.subtle.verify and jose in Chromium, each case paired
// with the platform's own verify of the same signing input. Also the key import (per-key
// table) and the P-256 code's size. Run through bench/run.mjs; alone:
// node bench/es256.bench.mjs [out.json]
import { createPublicKey, generateKeyPairSync, sign as cryptoSign, verify as cryptoVerify } from 'node:crypto'
import { execFileSync } from 'node:child_process'
import { createServer } from 'node:http'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { chromium } from 'playwright-core'
import asc from 'assemblyscript/asc'
import { createVerifier } from 'fast-jwt'
import { importJWK, jwtVerify } from 'jose'
import { KeySet, JWTVerifier } from '../dist/asymmetric.js'
import { b64url, b64urlText, fixturePayload, median } from './fixture.mjs'
import { runPaired } from './harness.mjs'

const quick = process.env.BENCH_QUICK === '1'
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? (quick ? 2 : 7))
const CPU_TIME = Number(process.env.BENCH_CPU_MS ?? (quick ? 8 : 25)) * 1e6
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium'
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

// ---- the fixture: a fresh P-256 key, the HS fixture's payload, signed by node:crypto
const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
const jwk = { ...publicKey.export({ format: 'jwk' }), kid: 'bench', alg: 'ES256', use: 'sig' }
const payload = fixturePayload()
const input = `${b64urlText(JSON.stringify({ alg: 'ES256', typ: 'JWT', kid: 'bench' }))}.${b64urlText(JSON.stringify(payload))}`
const signature = cryptoSign('sha256', Buffer.from(input), { key: privateKey, dsaEncoding: 'ieee-p1363' })
const token = `${input}.${b64url(signature)}`
const inputBytes = Buffer.from(input)

// ---- Node
const ours = new JWTVerifier({ keys: KeySet.from({ keys: [jwk] }), algorithms: ['ES256'] })
const fast = createVerifier({ key: publicKey.export({ format: 'pem', type: 'spki' }), algorithms: ['ES256'] })
const joseKey = await importJWK(jwk, 'ES256')
const floor = () => cryptoVerify('sha256', inputBytes, { key: publicKey, dsaEncoding: 'ieee-p1363' }, signature)
const nodeCases = [
  ['verify+decode', 'jwt-wasm', () => ours.verify(token)],
  ['verify+decode', 'fast-jwt', () => fast(token)],
  ['verify+decode', 'jose', () => jwtVerify(token, joseKey, { algorithms: ['ES256'] }).then((r) => r.payload)],
  ['verify', 'node:crypto verify', floor],
]
for (const [, lib, fn] of nodeCases) {
  const out = await fn()
  if (out !== true && out?.sub !== payload.sub) throw new Error(`${lib} did not verify the fixture`)
}
process.stderr.write('es256: node\n')
const node = await runPaired(nodeCases.map(([op, lib, fn]) => ({ op, alg: 'ES256', lib, fn, floor })), { rounds: ROUNDS, cpuTime: CPU_TIME })

// Key import: KeySet.from of one P-256 key (decode, point check, the 64-point table).
const importTimes = []
for (let r = 0; r < (quick ? 3 : 9); r++) {
  const t0 = performance.now()
  for (let i = 0; i < 50; i++) KeySet.from({ keys: [jwk] })
  importTimes.push(((performance.now() - t0) / 50) * 1000)
}

// ---- Chromium
process.stderr.write('es256: chromium\n')
const bundle = await build({
  entryPoints: [fileURLToPath(new URL('./browser/es256-page.mjs', import.meta.url))],
  bundle: true, format: 'esm', platform: 'browser', target: 'es2022', write: false,
  external: ['bun:jsc', 'node:*'], logLevel: 'error',
})
const ISOLATED = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' }
const html = '<!doctype html><meta charset="utf-8"><title>es256 bench</title><script type="module" src="/bench.js"></script>'
const server = createServer((req, res) => {
  if (req.url === '/bench.js') res.writeHead(200, { ...ISOLATED, 'content-type': 'text/javascript' }).end(bundle.outputFiles[0].text)
  else res.writeHead(200, { ...ISOLATED, 'content-type': 'text/html' }).end(html)
})
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
const profile = mkdtempSync(join(tmpdir(), 'jwt-wasm-es256-'))
const browserVersion = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
let browser
const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS })
try {
  const page = context.pages()[0] ?? (await context.newPage())
  page.on('pageerror', (e) => process.stderr.write(`page error: ${e.message}\n`))
  await page.goto(`http://127.0.0.1:${server.address().port}/`)
  await page.waitForFunction(() => window.es256Ready === true, null, { timeout: 60_000 })
  browser = await page.evaluate((o) => window.runEs256(o), { jwk, token, rounds: quick ? 2 : 5, cpuTime: CPU_TIME })
} finally {
  await context.close()
  server.close()
  rmSync(profile, { recursive: true, force: true })
}

// ---- size: build/jwt-pk.wasm as shipped against the same module with ES256 stubbed out
// (assembly/pk/es256.ts replaced by functions that refuse), both compiled here with
// asconfig.pk.json's release options: the difference is what ES256 adds.
const STUB = `export const ES256_LAYOUT_BYTES: i32 = 0;
export function importEs256(src: usize): i32 { return 0; }
export function verifyEs256(msg: usize, msgLen: i32, sig: usize, sigLen: i32): bool { return false; }`
async function pkModuleBytes(stubbed) {
  let bytes = 0
  const { error } = await asc.main(['--config', 'asconfig.pk.json', '--target', 'release', '--outFile', 'pk.wasm', '--textFile', 'pk.wat'], {
    readFile: async (name, baseDir) => {
      const file = join(baseDir, name)
      if (stubbed && file.endsWith(join('assembly', 'pk', 'es256.ts'))) return STUB
      try { return readFileSync(file, 'utf8') } catch { return null }
    },
    writeFile: (name, contents) => { if (name.endsWith('.wasm')) bytes = contents.length },
    listFiles: () => [],
    stdout: { write: () => true }, stderr: { write: () => true },
    baseDir: fileURLToPath(new URL('..', import.meta.url)),
  })
  if (error) throw error
  return bytes
}
const moduleBytes = await pkModuleBytes(false)
const withoutEs256Bytes = await pkModuleBytes(true)

const out = { node, browser, browserVersion, importUs: median(importTimes), moduleBytes, withoutEs256Bytes, rounds: ROUNDS, cpuTimeMs: CPU_TIME / 1e6 }
if (process.argv[2]) writeFileSync(process.argv[2], JSON.stringify(out, null, 1))
for (const r of [...node.map((r) => ({ ...r, where: 'node' })), ...browser.map((r) => ({ ...r, where: 'chromium' }))]) {
  console.log(`${r.where.padEnd(8)} ${r.op.padEnd(14)} ${r.lib.padEnd(22)} ${(r.medianNs / 1000).toFixed(1).padStart(8)} us  x${r.ratio.toFixed(2)}`)
}
console.log(`import ${out.importUs.toFixed(0)} us; jwt-pk.wasm ${moduleBytes} bytes, ${withoutEs256Bytes} without ES256`)
