// npm run bench: every benchmark in its own fresh process, one after another, then
// bench/RESULTS.md written from their results (and the tables printed). Set
// BENCH_QUICK=1 for a short smoke run (its numbers are not worth quoting).
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { fileURLToPath } from 'node:url'
import { profile } from './profile.mjs'
import { browserProfile } from './browser-profile.mjs'
import { memoryFigures, readmeSummary, targets, writeDocBlock } from './readme.mjs'
import { eddsaSection } from './eddsa-results.mjs'
import { asymmetricSection } from './asymmetric-report.mjs'

const here = (p) => fileURLToPath(new URL(p, import.meta.url))
const OUT = here('./.results/')
mkdirSync(OUT, { recursive: true })
const started = new Date()
const load = os.loadavg()

function step(name, script, ...args) {
  const t0 = Date.now()
  process.stderr.write(`== ${name}\n`)
  const file = `${OUT}${name}.json`
  const r = spawnSync(process.execPath, [here(script), file, ...args], { stdio: ['ignore', 'inherit', 'inherit'], env: process.env })
  if (r.status !== 0) throw new Error(`${name} failed (exit ${r.status})`)
  process.stderr.write(`== ${name}: ${((Date.now() - t0) / 1000).toFixed(0)} s\n`)
  return JSON.parse(readFileSync(file, 'utf8'))
}

const node = step('node', './node.bench.mjs')
const browser = step('browser', './browser.bench.mjs')
const cold = step('cold', './cold.mjs')
const memory = step('memory', './memory.mjs')
const asymmetric = {
  node: step('asymmetric', './asymmetric.bench.mjs'),
  browser: step('asymmetric-browser', './browser.bench.mjs', here('./browser/asymmetric-page.mjs')),
  cold: step('asymmetric-cold', './asymmetric-cold.mjs'),
}
const eddsa = { ...step('eddsa', './eddsa.bench.mjs'), browser: step('eddsa-browser', './browser.bench.mjs', here('./browser/eddsa-page.mjs')) }
const es256 = { ...step('es256', './es256.bench.mjs'), browser: step('es256-browser', './browser.bench.mjs', here('./browser/es256-page.mjs')).results }
process.stderr.write('== profiles\n')
const profiles = ['decode', 'sign'].map((op) => profile(op, 'HS256', process.env.BENCH_QUICK === '1' ? 1 : 3))
const chromiumProfile = await browserProfile('decode', process.env.BENCH_QUICK === '1' ? 1 : 3)

// ---- formatting
const us = (ns) => (ns / 1000).toFixed(2)
const ops = (n) => (n >= 1e6 ? `${(n / 1e6).toFixed(2)} M` : n >= 1e3 ? `${(n / 1e3).toFixed(0)} k` : n.toFixed(0))
const x = (r) => `${r.toFixed(2)}x`
const mb = (bytes) => `${(bytes / 1048576).toFixed(1)} MB`
const signed = (bytes) => `${bytes >= 0 ? '+' : ''}${mb(bytes)}`
const find = (set, alg, op, lib) => set.find((r) => r.alg === alg && r.op === op && r.lib === lib)

function caseTable(rows, floorName) {
  const lines = [`| operation | library | ops/s | median µs | best µs | × ${floorName} |`, '| --- | --- | ---: | ---: | ---: | ---: |']
  for (const r of rows) lines.push(`| ${r.op} | ${r.lib}${r.note ? ` (${r.note})` : ''} | ${ops(r.opsPerSec)} | ${us(r.medianNs)} | ${us(r.bestNs)} | ${x(r.ratio)} |`)
  return lines.join('\n')
}

function target(label, value, limit) {
  const met = value <= limit
  const by = met ? `met, ${((1 - value / limit) * 100).toFixed(0)}% under` : `missed by ${x(value / limit)} (${(value - limit).toFixed(2)} over)`
  return `| ${label} | ≤ ${limit} | ${x(value)} | ${by} |`
}

const n = (op, lib, alg = 'HS256') => find(node.results, alg, op, lib)
const b = (op, lib, alg = 'HS256') => find(browser.results, alg, op, lib)
const speedup = (peer, ours) => `${(peer.ratio / ours.ratio).toFixed(1)}x`
const memRows = [
  ['valid tokens', memory.start, memory.afterValid, memory.validMs],
  ['garbage tokens', memory.afterValid, memory.afterGarbage, memory.garbageMs],
]
const { rssGrowth, wasmGrew } = memoryFigures(memory)
const wasmBytes = statSync(here('../build/jwt.wasm')).size
let cpuFlags = ''
try {
  cpuFlags = readFileSync('/proc/cpuinfo', 'utf8')
} catch {}
const shaNi = /\bsha_ni\b/.test(cpuFlags)
const shareOf = (p, re) => p.rows.filter((r) => re.test(r.name)).reduce((t, r) => t + r.share, 0)
const decodeProfile = profiles.find((p) => p.op === 'decode')
const signProfile = profiles.find((p) => p.op === 'sign')
const pct = (v) => `${(v * 100).toFixed(0)}%`
const byAlg = (op, lib) => ['HS256', 'HS384', 'HS512'].map((alg) => `${alg} ${x(find(node.results, alg, op, lib).ratio)}`).join(', ')

/** Issue 15: ES256 verify+decode against node:crypto / crypto.subtle.verify (the floors) and the peers. */
function es256Section(r) {
  const row = (set, op, lib) => set.find((c) => c.op === op && c.lib === lib)
  const on = (set, floorName) => caseTable(set, floorName)
  const ours = row(r.node, 'verify+decode', 'jwt-wasm'), jose = row(r.node, 'verify+decode', 'jose')
  const oursB = row(r.browser, 'verify+decode', 'jwt-wasm'), joseB = row(r.browser, 'verify+decode', 'jose')
  return `## ES256 (issue 15)

Verify+decode of one ES256 token (the HS fixture's payload, header with a kid) by \`JWTVerifier\` from \`jwt-wasm/asymmetric\`, paired with the platform's own ECDSA verify of the same signing input: \`crypto.verify\` with a KeyObject on Node, \`crypto.subtle.verify\` in Chromium. fast-jwt gets the PEM, jose an imported key.

| target | limit | measured | |
| --- | --- | ---: | --- |
${target('Node: verify+decode vs crypto.verify', ours.ratio, 3)}
${target('Node: verify+decode vs jose', ours.ratio / jose.ratio, 1)}
${target('Chromium: verify+decode vs crypto.subtle.verify', oursB.ratio, 3)}
${target('Chromium: verify+decode vs jose', oursB.ratio / joseB.ratio, 1)}

### Node

${on(r.node, 'crypto.verify')}

### Chromium

${on(r.browser, 'crypto.subtle.verify')}

Key import (\`KeySet.from\` of one P-256 JWK: decoding, the point check, the key's 64-point table): ${r.importUs.toFixed(0)} µs. build/jwt-pk.wasm is ${r.moduleBytes} bytes, ${r.withoutEs256Bytes} with ES256 stubbed out: ES256 adds ${r.moduleBytes - r.withoutEs256Bytes} bytes, 9,216 of them the static table of G's multiples.`
}

const md = `# Benchmark results

Written by \`npm run bench\` (bench/run.mjs); do not edit by hand, run it again.

- Date: ${started.toISOString()}
- CPU: ${os.cpus()[0]?.model ?? 'unknown'} × ${os.cpus().length} (load average at start ${load.map((l) => l.toFixed(2)).join(', ')})
- Node ${process.version} (V8 ${process.versions.v8}); ${browser.version} (headless)
- jwt-wasm engine: build/jwt.wasm, ${wasmBytes} bytes
- Node: ${node.rounds} paired rounds, about ${node.cpuTimeMs} ms per measurement; Chromium: ${browser.rounds} rounds

**Read the ratios, not the times.** On a shared machine (see the load average above) absolute times drift by tens of percent between runs. Every case is measured and then, immediately after, its floor (\`createHmac('sha256', key).update(input).digest()\` on Node, \`crypto.subtle.sign\` in Chromium, on the same signing input); the ratio of the two in the same round is what holds, and the table gives the median of the ${node.rounds} per-round ratios. ops/s comes from the median time; best is the fastest sample.

## Targets (issue 6), HS256

| target | limit | measured | |
| --- | --- | ---: | --- |
${targets({ node, browser }).map((t) => target(t.label, t.value, t.limit)).join('\n')}
| Memory: RSS growth over 1,000,000 verifications | < 5 MB | ${signed(rssGrowth)} | ${rssGrowth < 5 * 1048576 ? 'met' : 'missed'} |
| Memory: wasm memory never grows | 0 | ${wasmGrew ? 'grew' : '0'} | ${wasmGrew ? 'missed' : 'met'} |

Against the peers (HS256, ratio of ratios): verify+decode ${speedup(n('verify+decode', 'fast-jwt'), n('verify+decode', 'jwt-wasm'))} faster than fast-jwt (target 2.5x), ${speedup(n('verify+decode', '@node-rs/jsonwebtoken'), n('verify+decode', 'jwt-wasm'))} than @node-rs/jsonwebtoken, ${speedup(n('verify+decode', 'jose'), n('verify+decode', 'jwt-wasm'))} than jose on Node; sign ${speedup(n('sign', 'fast-jwt'), n('sign', 'jwt-wasm'))} faster than fast-jwt (target 2.5x); cached verify ${speedup(n('cached verify', 'fast-jwt'), n('cached verify', 'jwt-wasm'))} faster than fast-jwt's cache (target 6x); in Chromium verify ${speedup(b('verify+decode', 'jose'), b('verify+decode', 'jwt-wasm'))} faster than jose (target 5x).

## Key ring (issue 11), HS256, Node

A ring of three keys (\`keys\`, \`signingKey\`), whose tokens carry a kid. The ring's verifications are paired with createHmac over their own token's signing input, which is longer than the fixture's by the kid member; sign rows share the fixture floor, as everywhere else.

| case | × createHmac | target | |
| --- | ---: | --- | --- |
| verify+decode, one secretKey | ${x(n('verify+decode', 'jwt-wasm').ratio)} | | |
| verify+decode, ring of 3 keys, the signing key's token | ${x(n('verify+decode', 'jwt-wasm, ring of 3 keys').ratio)} | ≤ 1.25 | ${n('verify+decode', 'jwt-wasm, ring of 3 keys').ratio <= 1.25 ? 'met' : 'missed'}; ${x(n('verify+decode', 'jwt-wasm, ring of 3 keys').ratio / n('verify+decode', 'jwt-wasm').ratio)} one secretKey's in this run |
| verify+decode, ring of 3 keys, another key's token (found by its header's id) | ${x(n('verify+decode', 'jwt-wasm, ring of 3 keys, another key').ratio)} | ≤ 1.25 | ${n('verify+decode', 'jwt-wasm, ring of 3 keys, another key').ratio <= 1.25 ? 'met' : 'missed'} |
| verify+decode, ring of 3 keys, the two keys' tokens in turn (a rotation under way) | ${x(n('verify+decode', 'jwt-wasm, ring of 3 keys, both in turn').ratio)} | ≤ 1.25 | ${n('verify+decode', 'jwt-wasm, ring of 3 keys, both in turn').ratio <= 1.25 ? 'met' : 'missed'} |
| sign, one secretKey | ${x(n('sign', 'jwt-wasm').ratio)} | | |
| sign, ring of 3 keys | ${x(n('sign', 'jwt-wasm, ring of 3 keys').ratio)} | ≤ 1.0, today's sign (0.7-1.0x) | ${n('sign', 'jwt-wasm, ring of 3 keys').ratio <= 1 ? 'met' : 'missed'}; ${x(n('sign', 'jwt-wasm, ring of 3 keys').ratio / n('sign', 'jwt-wasm').ratio)} one secretKey's in this run |

## Node, in one process

${['HS256', 'HS384', 'HS512'].map((alg) => `### ${alg}\n\n${caseTable(node.results.filter((r) => r.alg === alg), 'createHmac')}`).join('\n\n')}

## Chromium (headless)

${['HS256', 'HS384', 'HS512'].map((alg) => `### ${alg}\n\n${caseTable(browser.results.filter((r) => r.alg === alg), 'crypto.subtle.sign')}`).join('\n\n')}

## Cold start (HS256; median of ${cold.results[0].runs} fresh Node processes)

| library | import ms | first verification ms (key set-up included) | first 1,000 verifications ms | process start to first result ms | process wall ms |
| --- | ---: | ---: | ---: | ---: | ---: |
${cold.results.map((r) => `| ${r.lib} | ${r.importMs.toFixed(1)} | ${r.firstMs.toFixed(1)} | ${r.first1000Ms.toFixed(1)} | ${r.startToFirstMs.toFixed(1)} | ${r.wallMs.toFixed(0)} |`).join('\n')}

V8 compiles wasm lazily with its baseline compiler (Liftoff) and moves hot functions to TurboFan in the background; the first 1,000 include that period.

## Memory (${memory.n.toLocaleString('en-US')} decodeToken calls per row, HS256; after a full GC)

Measured from a snapshot taken after ${memory.warmup.toLocaleString('en-US')} warm-up calls of each kind, so V8's young generation has already grown to its working size: what is left is growth with the count.

| tokens | RSS before | RSS after | RSS change | heap used change | wasm memory before → after | time s |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
${memRows.map(([label, a, z, ms]) => `| ${label} | ${mb(a.rss)} | ${mb(z.rss)} | ${signed(z.rss - a.rss)} | ${signed(z.heapUsed - a.heapUsed)} | ${mb(a.wasm)} → ${mb(z.wasm)} | ${(ms / 1000).toFixed(1)} |`).join('\n')}

## Where the time goes (\`node --cpu-prof\`, HS256, self time)

${profiles.map((p) => `### ${p.op} (${p.note})\n\n| share | function |\n| ---: | --- |\n${p.rows.map((r) => `| ${(r.share * 100).toFixed(1)}% | ${r.name.replace(/\|/g, '\\|')} |`).join('\n')}`).join('\n\n')}

Reading the profiles (figures from this run):

- SHA-256 compression (sha256Blocks, md/finish, bswap) is ${pct(shareOf(decodeProfile, /sha256|md\/finish|bswap/))} of a decode and ${pct(shareOf(signProfile, /sha256|md\/finish|bswap/))} of a sign. ${shaNi ? 'This CPU has the SHA extensions (sha_ni): createHmac (OpenSSL) and crypto.subtle (BoringSSL) compute SHA-256 with dedicated instructions that WebAssembly cannot reach, so for HS256 the floor is hardware and a software SHA-256 starts behind it. SHA-384/512 have no such instructions; the same engine against a software floor:' : 'This CPU has no SHA extensions, so the floors compute SHA-2 in software as the engine does:'} verify+decode ${byAlg('verify+decode', 'jwt-wasm')}; verify-only ${byAlg('verify-only', 'jwt-wasm')}; sign ${byAlg('sign', 'jwt-wasm')}.
- decodeToken's own time (${pct(shareOf(decodeProfile, /^decodeToken /))}) is almost all JSON.parse of the payload, which every library pays; the JSON scan in wasm (json/*) is ${pct(shareOf(decodeProfile, /json\//))}, base64url ${pct(shareOf(decodeProfile, /base64url/))}.
- #create's own time (${pct(shareOf(signProfile, /^#create /))} of a sign) is building the payload object and JSON.stringify.
- Rejecting a bad signature through decodeToken costs the verification plus one thrown JWTError (built without a stack trace, src/errors.ts): ${x(n('reject', 'jwt-wasm').ratio)}; verifyToken refuses without an Error: ${x(n('reject', 'jwt-wasm verifyToken').ratio)}.

Function names for wasm frames come from build/jwt.wat (the release build has no name section). Time in a JS function includes the builtins V8 inlines into it (JSON.parse in decodeToken, JSON.stringify in #create).

## Where the time goes in Chromium (bench/browser-profile.mjs, HS256 verify+decode, self time)

${chromiumProfile.note}; V8's profiler over the DevTools protocol.

| share | function |
| ---: | --- |
${chromiumProfile.rows.map((r) => `| ${(r.share * 100).toFixed(1)}% | ${r.name.replace(/\|/g, '\\|')} |`).join('\n')}

Reading it (figures from this run):

- SHA-256 (sha256Blocks, md/finish) is ${pct(shareOf(chromiumProfile, /sha256|md\/finish/))}${shaNi ? ": BoringSSL's HMAC behind \`crypto.subtle.sign\` uses the SHA extensions too" : ''}.
- decodeToken's own time, almost all JSON.parse of the payload, is ${pct(shareOf(chromiumProfile, /^decodeToken /))}.
- Text across the boundary is ${pct(shareOf(chromiumProfile, /strings\/|encodeInto|^decode$|readText|writeInput|^ascii /))}: ${
  chromiumProfile.pump
    ? 'strings/put writes the token into wasm memory and strings/get reads the payload out, through the string pump (assembly/strings.wat) over the JS String Builtins. Where those are missing, TextEncoder.encodeInto and TextDecoder.decode do it, each with a fixed cost per call in Chromium (bench/browser-profile.mjs before the pump: 14% and 10% of the same loop)'
    : 'this browser lacks the JS String Builtins, so TextEncoder.encodeInto writes the token and TextDecoder reads the payload'
}.
- The JSON scan in wasm (json/*) is ${pct(shareOf(chromiumProfile, /json\//))}, base64url ${pct(shareOf(chromiumProfile, /base64url/))}.

${asymmetricSection(asymmetric)}

${eddsaSection(eddsa)}

${es256Section(es256)}

## How it is measured

- Fixture (bench/fixture.mjs): header \`{"alg":"HSxxx","typ":"JWT"}\`, payload \`{sub, iat, nbf, exp, jti (32 hex), type: "access", fresh: true, role: "admin"}\`, a 64-byte secret. Every library gets the same bytes in its fastest documented key form: Buffer for fast-jwt, @node-rs/jsonwebtoken and createHmac; a KeyObject for jsonwebtoken; an imported CryptoKey for jose and hono. Every library's output is checked before timing (signatures recomputed with WebCrypto, claims compared, bad signatures refused).
- jwt-wasm signs with \`createAccessToken\`, which also draws a fresh random jti and reads the clock per token; the others sign the fixed fixture object.
- verify-only is jwt-wasm's \`verifyToken\`; the peers have no boolean API, so it is their verify in a try/catch. Reject is the throwing call caught (jwt-wasm's \`decodeToken\`), plus jwt-wasm's \`verifyToken\`, which refuses without building an Error.
- Cached verify: jwt-wasm with \`cache: { size: 1000 }\`, fast-jwt with \`cache: 1000\`. The same token string every call lets V8 reuse the string's hash; the "sliced from a header" rows take a fresh string each call, \`authorization.slice(7)\`, as a server reading \`Authorization: Bearer …\` does.
- @node-rs/jsonwebtoken is loaded as its platform package, \`require('@node-rs/jsonwebtoken-linux-x64-gnu')\`: the wrapper package lists every platform's binary as optional, this registry lacks the others, and \`npm ci\` then fails. The binary and API are the wrapper's.
- Harness: mitata's \`measure()\` (bench/harness.mjs). Chosen over tinybench because it is a low-level primitive (one function in, statistics out) that lets a case and its floor be paired in the same round in a shuffled order, it batches sub-microsecond calls into unrolled loops generated per function so loop overhead stays out of the numbers, and its \`min_cpu_time\` keeps every case's cost bounded (tinybench times one call per sample through a shared closure and owns the run order). The same harness runs in Chromium, with calls batched to at least 0.5 ms because a page's clock is coarse.
- Chromium: ${browser.userAgent}; flags as in the runtime matrix; page served from 127.0.0.1, cross-origin isolated.
`
writeFileSync(here('./RESULTS.md'), md)
// The benchmark figures of docs/performance.md come from this same run (bench/readme.mjs).
writeDocBlock('bench', readmeSummary({ node, browser, cold, memory, date: started.toISOString(), nodeVersion: process.version, shaNi }))
process.stdout.write(md)
process.stderr.write(`bench: ${((Date.now() - started.getTime()) / 1000).toFixed(0)} s in all; wrote bench/RESULTS.md\n`)
