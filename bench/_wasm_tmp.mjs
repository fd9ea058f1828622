import { measure } from 'mitata'
import { readFileSync } from 'node:fs'
import { SECRET, fixturePayload, fixtureToken } from './fixture.mjs'
const { input, token } = await fixtureToken('HS256', fixturePayload())
const now = Date.now() / 1000
function load(file) {
  const ex = new WebAssembly.Instance(new WebAssembly.Module(readFileSync(file)), {}).exports
  const bytes = new Uint8Array(ex.memory.buffer)
  bytes.set(SECRET, ex.inPtr()); ex.setKey(0, SECRET.length)
  const tok = new TextEncoder().encode(token)
  bytes.set(tok, ex.inPtr())
  if (ex.verify(0, tok.length, now, 0) !== 0) throw new Error('verify ' + file)
  const inp = new TextEncoder().encode(input)
  return {
    verify: () => { bytes.set(tok, ex.inPtr()); return ex.verify(0, tok.length, now, 0) },
    mac: () => { bytes.set(inp, ex.inPtr()); return ex.mac(0, inp.length) },
  }
}
const files = process.argv.slice(2)
const mods = files.map(load)
const res = {}
for (let r = 0; r < 7; r++) for (const op of ['verify', 'mac']) for (let i = 0; i < mods.length; i++) {
  const m = await measure(mods[i][op], { min_cpu_time: 30e6 })
  ;(res[`${op} ${files[i].split('/').pop()}`] ??= []).push(m.p50)
}
for (const [k, v] of Object.entries(res)) { v.sort((a, b) => a - b); console.log(k.padEnd(24), v.map((x) => x.toFixed(0)).join(' '), ' median', v[3].toFixed(0)) }
