// ES256 verification on Node (issue 15): jwt-wasm's JWTVerifier against node:crypto,
// fast-jwt and jose, each case paired with crypto.verify of the same signing input on a
// KeyObject. Also the key import (per-key table) and what ES256 adds to the module. The
// Chromium half is bench/browser.bench.mjs with bench/browser/es256-page.mjs. Run through
// bench/run.mjs (npm run bench); alone: node bench/es256.bench.mjs [out.json]
import { createPublicKey, verify as cryptoVerify } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import asc from 'assemblyscript/asc'
import { createVerifier } from 'fast-jwt'
import { jwtVerify } from 'jose'
import { KeySet, JWTVerifier } from '../dist/asymmetric.js'
import { checkClaims, median } from './fixture.mjs'
import { es256Fixture } from './es256-fixture.mjs'
import { benchSize, runPaired } from './harness.mjs'

const { quick, rounds: ROUNDS, cpuTime: CPU_TIME } = benchSize(7)

const f = await es256Fixture()
const keyObject = createPublicKey({ key: f.jwk, format: 'jwk' })
const signature = Buffer.from(f.signature)
const ours = new JWTVerifier({ keys: KeySet.from({ keys: [f.jwk] }), algorithms: ['ES256'] })
const fast = createVerifier({ key: keyObject.export({ format: 'pem', type: 'spki' }), algorithms: ['ES256'] })
const floor = () => cryptoVerify('sha256', f.bytes, { key: keyObject, dsaEncoding: 'ieee-p1363' }, signature)
const cases = [
  ['verify', 'node:crypto verify', floor],
  ['verify+decode', 'jwt-wasm', () => ours.verify(f.token)],
  ['verify+decode', 'fast-jwt', () => fast(f.token)],
  ['verify+decode', 'jose', () => jwtVerify(f.token, f.publicKey, { algorithms: ['ES256'] }).then((r) => r.payload)],
]
for (const [op, lib, fn] of cases) {
  const out = await fn()
  if (op === 'verify') {
    if (out !== true) throw new Error('crypto.verify refused the fixture')
  } else checkClaims(out, f.payload, `ES256 ${op} ${lib}`)
}
const node = await runPaired(cases.map(([op, lib, fn]) => ({ op, alg: 'ES256', lib, fn, floor })), { rounds: ROUNDS, cpuTime: CPU_TIME })

// Key import: KeySet.from of one P-256 key (decode, point check, the 64-point table).
const importTimes = []
for (let r = 0; r < (quick ? 3 : 9); r++) {
  const t0 = performance.now()
  for (let i = 0; i < 50; i++) KeySet.from({ keys: [f.jwk] })
  importTimes.push(((performance.now() - t0) / 50) * 1000)
}

// Size: build/jwt-pk.wasm as configured against the same module with ES256 stubbed out
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
      try {
        return readFileSync(file, 'utf8')
      } catch {
        return null
      }
    },
    writeFile: (name, contents) => {
      if (name.endsWith('.wasm')) bytes = contents.length
    },
    listFiles: () => [],
    stdout: { write: () => true },
    stderr: { write: () => true },
    baseDir: fileURLToPath(new URL('..', import.meta.url)),
  })
  if (error) throw error
  return bytes
}

const out = { node, importUs: median(importTimes), moduleBytes: await pkModuleBytes(false), withoutEs256Bytes: await pkModuleBytes(true), rounds: ROUNDS, cpuTimeMs: CPU_TIME / 1e6 }
if (process.argv[2]) writeFileSync(process.argv[2], JSON.stringify(out, null, 1))
for (const r of node) console.log(`${r.op.padEnd(14)} ${r.lib.padEnd(22)} ${(r.medianNs / 1000).toFixed(1).padStart(8)} us  x${r.ratio.toFixed(2)}`)
console.log(`import ${out.importUs.toFixed(0)} us; jwt-pk.wasm ${out.moduleBytes} bytes, ${out.withoutEs256Bytes} without ES256`)
