import { measure } from 'mitata'
import { readFileSync } from 'node:fs'
import { SECRET, fixturePayload, fixtureToken } from './fixture.mjs'
const { input, token } = await fixtureToken('HS256', fixturePayload())
const now = Date.now() / 1000
const file = process.argv[2]
const ex = new WebAssembly.Instance(new WebAssembly.Module(readFileSync(file)), {}).exports
const bytes = new Uint8Array(ex.memory.buffer)
bytes.set(SECRET, ex.inPtr()); ex.setKey(0, SECRET.length)
const enc = (s) => new TextEncoder().encode(s)
const tok = enc(token), inp = enc(input), seg = enc(token.split('.')[1]), sig = enc(token.split('.')[2])
const IN = ex.inPtr()
const cases = {
  setOnly: () => bytes.set(tok, IN),
  verify: () => { bytes.set(tok, IN); return ex.verify(0, tok.length, now, 0) },
  mac: () => { bytes.set(inp, IN); return ex.mac(0, inp.length) },
  b64payload: () => { bytes.set(seg, IN); return ex.decode(seg.length) },
  b64sig: () => { bytes.set(sig, IN); return ex.decode(sig.length) },
  hash64: () => { bytes.set(inp.subarray(0, 55), IN); return ex.hash(0, 55) },
}
for (let r = 0; r < 3; r++) for (const [k, fn] of Object.entries(cases)) { const m = await measure(fn, { min_cpu_time: 30e6 }); if (r == 2) console.log(k.padEnd(12), m.p50.toFixed(0)) }
