// Paired rounds over mitata's measure(): each case is timed, then its floor right after,
// in every round, in a shuffled order. On a shared, noisy machine the absolute times
// drift, but a case and the floor measured next to it see the same conditions, so the
// per-round ratio is the figure that holds. Runs in Node and in the browser bundle.
import { measure } from 'mitata'
import { median } from './fixture.mjs'

/** A small deterministic PRNG (mulberry32) so every run shuffles the same way. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function shuffle(list, next) {
  const out = [...list]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1))
    ;[out[i], out[j]] = [out[j], out[i]]
  }
  return out
}

/**
 * Where the clock is coarse (a page's performance.now() ticks in 5 to 100 us), one timed
 * call runs fn enough times to last about minCallNs; returns that function and the count.
 */
async function batched(fn, minCallNs) {
  if (!minCallNs) return { fn, calls: 1 }
  const isAsync = fn() instanceof Promise
  let calls = 1
  for (;;) {
    const t0 = performance.now()
    for (let i = 0; i < calls; i++) await fn()
    if ((performance.now() - t0) * 1e6 >= minCallNs) break
    calls *= 2
  }
  const run = isAsync
    ? async () => {
        for (let i = 0; i < calls; i++) await fn()
      }
    : () => {
        for (let i = 0; i < calls; i++) fn()
      }
  return { fn: run, calls }
}

/**
 * cases: [{ op, alg, lib, fn, floor }] where floor is the function to pair with.
 * Returns per case: ops/s (from the median time), median and best time in ns, and the
 * median of the per-round ratios to the floor.
 */
export async function runPaired(cases, { rounds = 5, cpuTime = 30e6, batchSamples = 128, minCallNs = 0, progress = () => {} } = {}) {
  // mitata batches calls under 65 us into samples of batch_samples calls; its default of
  // 4096 makes a 70 us call take 0.3 s per sample. 128 keeps every case near cpuTime.
  const opts = { min_cpu_time: cpuTime, min_samples: 8, batch_samples: batchSamples }
  const state = []
  for (const c of cases) {
    const a = await batched(c.fn, minCallNs)
    const f = await batched(c.floor, minCallNs)
    state.push({ c: { ...c, fn: a.fn, floor: f.fn }, calls: a.calls, floorCalls: f.calls, p50: [], min: [], ratio: [] })
  }
  // A discarded round first: every function reaches its optimized tier (V8 starts wasm
  // in its baseline compiler, Liftoff) before anything counts.
  for (const s of state) {
    await measure(s.c.fn, { ...opts, min_cpu_time: cpuTime / 3 })
    await measure(s.c.floor, { ...opts, min_cpu_time: cpuTime / 3 })
  }
  const next = random(6)
  for (let r = 0; r < rounds; r++) {
    for (const s of shuffle(state, next)) {
      const a = await measure(s.c.fn, opts)
      const f = await measure(s.c.floor, opts)
      s.p50.push(a.p50 / s.calls)
      s.min.push(a.min / s.calls)
      s.ratio.push(a.p50 / s.calls / (f.p50 / s.floorCalls))
    }
    progress(r + 1, rounds)
  }
  return state.map(({ c, p50, min, ratio }) => {
    const ns = median(p50)
    // A coarse clock can report a zero-length sample; best is then the fastest round's median.
    const best = Math.min(...min) > 0 ? Math.min(...min) : Math.min(...p50)
    return { op: c.op, alg: c.alg, lib: c.lib, note: c.note, opsPerSec: 1e9 / ns, medianNs: ns, bestNs: best, ratio: median(ratio), ratios: ratio }
  })
}

/**
 * A Node bench's size, from the environment: BENCH_QUICK=1 for a short run, BENCH_ROUNDS and
 * BENCH_CPU_MS (per case per round) to set either outright. `fullRounds` is the bench's own
 * default. (Node only: a page receives rounds and cpuTime from its driver.)
 */
export function benchSize(fullRounds) {
  const quick = process.env.BENCH_QUICK === '1'
  return {
    quick,
    rounds: Number(process.env.BENCH_ROUNDS ?? (quick ? 2 : fullRounds)),
    cpuTime: Number(process.env.BENCH_CPU_MS ?? (quick ? 8 : 25)) * 1e6,
  }
}

/** runPaired's progress option for a Node bench: each round, with the seconds since this call, on stderr. */
export function progressOn(label) {
  const started = Date.now()
  return (r, n) => process.stderr.write(`${label}: round ${r}/${n} (${((Date.now() - started) / 1000).toFixed(0)} s)\n`)
}
