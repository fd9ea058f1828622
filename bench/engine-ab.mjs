// The engine alone, for work on assembly/: verify of the HS256 fixture token and the MAC
// of its signing input, straight through the wasm exports (no JS wrapper), for several
// builds in one run, interleaved, so a codegen change is judged under the same load.
// Save a build first (cp build/jwt.wasm /tmp/before.wasm), change and rebuild, then:
//   node bench/engine-ab.mjs /tmp/before.wasm build/jwt.wasm
// (mac is timed only for builds that export it: build/jwt.testing.wasm.)
import { measure } from 'mitata'
import { readFileSync } from 'node:fs'
import { SECRET, fixturePayload, fixtureToken } from './fixture.mjs'

const { input, token } = await fixtureToken('HS256', fixturePayload())
const now = Date.now() / 1000
const encoder = new TextEncoder()

function load(file) {
  const ex = new WebAssembly.Instance(new WebAssembly.Module(readFileSync(file)), {}).exports
  const bytes = new Uint8Array(ex.memory.buffer)
  bytes.set(SECRET, ex.inPtr())
  ex.setKey(0, SECRET.length)
  const tok = encoder.encode(token)
  const inp = encoder.encode(input)
  const verify = () => {
    bytes.set(tok, ex.inPtr())
    return ex.verify(0, tok.length, now, 0)
  }
  if (verify() !== 0) throw new Error(`${file}: the fixture token does not verify`)
  return {
    verify,
    // mac is a test hook: only builds of asconfig.testing.json (build/jwt.testing.wasm) export it.
    mac: ex.mac
      ? () => {
          bytes.set(inp, ex.inPtr())
          return ex.mac(0, inp.length)
        }
      : undefined,
  }
}

const files = process.argv.slice(2)
if (files.length === 0) throw new Error('usage: node bench/engine-ab.mjs a.wasm [b.wasm ...]')
const builds = files.map(load)
const ROUNDS = 7
const times = {}
for (let r = 0; r < ROUNDS; r++) {
  for (const op of ['verify', 'mac']) {
    for (let i = 0; i < builds.length; i++) {
      if (!builds[i][op]) continue
      const m = await measure(builds[i][op], { min_cpu_time: 30e6 })
      ;(times[`${op} ${files[i]}`] ??= []).push(m.p50)
    }
  }
}
for (const [name, t] of Object.entries(times)) {
  t.sort((a, b) => a - b)
  console.log(`${name.padEnd(40)} median ${t[ROUNDS >> 1].toFixed(0).padStart(5)} ns  (${t.map((x) => x.toFixed(0)).join(' ')})`)
}
