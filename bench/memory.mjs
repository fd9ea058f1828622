// Memory: 1,000,000 verifications of a valid token, then of garbage tokens, in a fresh
// process with --expose-gc; RSS and heap before and after each (after a full GC), and
// the wasm memory's size, which must never change. Alone: node bench/memory.mjs [out.json]
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const CHILD = fileURLToPath(new URL('./memory-child.mjs', import.meta.url))
const N = Number(process.env.BENCH_MEMORY_N ?? (process.env.BENCH_QUICK === '1' ? 100000 : 1000000))
const child = spawnSync(process.execPath, ['--expose-gc', CHILD, String(N)], { encoding: 'utf8' })
if (child.status !== 0) throw new Error(`memory: ${child.stderr}`)
const out = JSON.parse(child.stdout)
if (process.argv[2]) writeFileSync(process.argv[2], JSON.stringify(out, null, 1))
else console.log(out)
