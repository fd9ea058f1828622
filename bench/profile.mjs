// Where the time goes: runs one operation in a loop under `node --cpu-prof` and prints
// the functions with the most self time. Used by run.mjs for RESULTS.md; alone:
//   node bench/profile.mjs [decode|sign|reject|cached] [HS256]
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const LOOP = fileURLToPath(new URL('./profile-loop.mjs', import.meta.url))

/** wasm-function[i] -> its name: the release build has no name section, but asc writes
 * build/jwt.wat from the same build, and with no imports function i is the i-th defined. */
function wasmNames() {
  try {
    const wat = readFileSync(new URL('../build/jwt.wat', import.meta.url), 'utf8')
    return [...wat.matchAll(/^ \(func \$([^ ]+)/gm)].map((m) => m[1].replace(/^assembly\//, ''))
  } catch {
    return []
  }
}

/** Self time per function (name and file:line), as shares of all samples. */
export function profile(op, alg = 'HS256', seconds = 3) {
  const dir = mkdtempSync(join(tmpdir(), 'jwt-wasm-prof-'))
  try {
    const run = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, LOOP, op, alg, String(seconds)], { encoding: 'utf8' })
    if (run.status !== 0) throw new Error(`profile ${op}: ${run.stderr}`)
    const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'))
    const { nodes, samples, timeDeltas } = JSON.parse(readFileSync(join(dir, file), 'utf8'))
    const byId = new Map(nodes.map((n) => [n.id, n]))
    const names = wasmNames()
    const self = new Map()
    let total = 0
    for (let i = 0; i < samples.length; i++) {
      const n = byId.get(samples[i])
      const { functionName, url, lineNumber } = n.callFrame
      const where = url ? `${url.split('/').slice(-2).join('/')}:${lineNumber + 1}` : ''
      const wasm = /^wasm-function\[(\d+)\]$/.exec(functionName)
      const key = wasm ? `wasm ${names[Number(wasm[1])] ?? functionName}` : `${functionName || '(anonymous)'}${where ? ` ${where}` : ''}`
      const dt = timeDeltas[i] ?? 0
      self.set(key, (self.get(key) ?? 0) + dt)
      total += dt
    }
    // The loop itself and idle time are not the operation.
    const rows = [...self].filter(([k]) => !/^\((idle|program)\)/.test(k)).sort((a, b) => b[1] - a[1])
    const counted = rows.reduce((s, [, v]) => s + v, 0)
    return { op, alg, rows: rows.slice(0, 12).map(([name, t]) => ({ name, share: t / counted })), note: run.stdout.trim() }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = profile(process.argv[2] ?? 'decode', process.argv[3] ?? 'HS256')
  console.log(r.note)
  for (const { name, share } of r.rows) console.log(`${(share * 100).toFixed(1).padStart(5)}%  ${name}`)
}
