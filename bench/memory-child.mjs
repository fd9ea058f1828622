// The process bench/memory.mjs runs. The wasm memory is found by wrapping
// WebAssembly.Instance before the library is imported (the library exposes no handle).
import { SECRET, fixturePayload, fixtureToken } from './fixture.mjs'

const instances = []
const Instance = WebAssembly.Instance
WebAssembly.Instance = function (module, imports) {
  const instance = new Instance(module, imports)
  instances.push(instance)
  return instance
}
const { JWT } = await import('../dist/index.js')
const n = Number(process.argv[2])
const { token } = await fixtureToken('HS256', fixturePayload())
const jwt = new JWT({ secretKey: SECRET })
const memory = instances[0].exports.memory

// 1,000 different garbage tokens: random base64url text, dots in random places, some
// foreign characters, lengths 1..600; plus the valid token with its signature corrupted.
let seed = 42
const rand = (k) => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
  return seed % k
}
const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_..=+/ é'
const garbage = Array.from({ length: 1000 }, (_, i) => {
  if (i % 10 === 0) return `${token.slice(0, -8)}${'ABCDEFGH'.slice(rand(8))}${'ABCDEFGH'.slice(0, rand(8))}`
  let s = ''
  for (let k = 1 + rand(600); k > 0; k--) s += alphabet[rand(alphabet.length)]
  return s
})

function snapshot() {
  globalThis.gc()
  globalThis.gc()
  const m = process.memoryUsage()
  return { rss: m.rss, heapUsed: m.heapUsed, external: m.external, arrayBuffers: m.arrayBuffers, wasm: memory.buffer.byteLength }
}

// Warm-up: V8 sizes its young generation to the allocation rate in the first thousands
// of calls; that is a one-off step, not growth with the count.
const warmup = Math.min(n, 20000)
for (let i = 0; i < warmup; i++) {
  jwt.decodeToken(token)
  try {
    jwt.decodeToken(garbage[i % garbage.length])
  } catch {}
}
const start = snapshot()
let accepted = 0
let t = performance.now()
for (let i = 0; i < n; i++) if (jwt.decodeToken(token).sub === 'user-1234') accepted++
const validMs = performance.now() - t
const afterValid = snapshot()
let refused = 0
t = performance.now()
for (let i = 0; i < n; i++) {
  try {
    jwt.decodeToken(garbage[i % garbage.length])
  } catch {
    refused++
  }
}
const garbageMs = performance.now() - t
const afterGarbage = snapshot()
if (accepted !== n || refused !== n) throw new Error(`accepted ${accepted}, refused ${refused} of ${n}`)
console.log(JSON.stringify({ n, warmup, start, afterValid, afterGarbage, validMs, garbageMs }))
