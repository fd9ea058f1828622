// The figures in docs/performance.md are generated, never typed: `npm run bench` rewrites
// the block between <!-- bench:start --> and <!-- bench:end --> from the same results it
// writes to bench/RESULTS.md, and `npm run footprint` the block between
// <!-- footprint:start --> and <!-- footprint:end -->. writeDocBlock takes any block name
// (and any docs file), so a new generated figure is one more marked block. Re-render the
// bench block from the last run's saved results (bench/.results/, no timing):
// node bench/readme.mjs --write
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** Where the generated blocks live, unless a caller names another docs file. */
export const PERFORMANCE_DOC = fileURLToPath(new URL('../docs/performance.md', import.meta.url))

/** The text between a block's start and end markers in a docs file, or null without the block. */
export function readDocBlock(name, file = PERFORMANCE_DOC) {
  const doc = readFileSync(file, 'utf8')
  const start = doc.indexOf(`<!-- ${name}:start`)
  const end = doc.indexOf(`<!-- ${name}:end -->`)
  if (start < 0 || end < start) return null
  return doc.slice(doc.indexOf('-->', start) + 3, end).trim()
}

/** Replaces the text between the block's start and end markers (both kept). */
export function writeDocBlock(name, text, file = PERFORMANCE_DOC) {
  const doc = readFileSync(file, 'utf8')
  const start = doc.indexOf(`<!-- ${name}:start`)
  const end = doc.indexOf(`<!-- ${name}:end -->`)
  if (start < 0 || end < start) throw new Error(`${file} has no <!-- ${name}:start --> ... <!-- ${name}:end --> block`)
  const open = doc.indexOf('-->', start) + 3
  writeFileSync(file, `${doc.slice(0, open)}\n${text.trim()}\n${doc.slice(end)}`)
}

const x = (r) => `${r.toFixed(2)}x`
const mb = (bytes) => `${bytes >= 0 ? '+' : ''}${(bytes / 1048576).toFixed(1)} MB`
const find = (set, alg, op, lib) => {
  const row = set.find((r) => r.alg === alg && r.op === op && r.lib === lib)
  if (!row) throw new Error(`no result for ${alg} ${op} ${lib}`)
  return row
}

/** The targets of issue 6, HS256, each with the figure measured: one list for RESULTS.md and docs/performance.md. */
export function targets({ node, browser }) {
  const n = (op, lib) => find(node.results, 'HS256', op, lib).ratio
  const b = (op, lib) => find(browser.results, 'HS256', op, lib).ratio
  return [
    { label: 'Node verify+decode, × createHmac', short: 'HS256 verify + decode', value: n('verify+decode', 'jwt-wasm'), limit: 1.2 },
    { label: 'Node sign, × createHmac', short: 'sign', value: n('sign', 'jwt-wasm'), limit: 1.0 },
    { label: 'Node reject a bad signature (decodeToken, throws), × createHmac', short: 'reject through `decodeToken`', value: n('reject', 'jwt-wasm'), limit: 1.0 },
    { label: 'Node reject a bad signature (verifyToken, boolean), × createHmac', short: 'reject through `verifyToken`', value: n('reject', 'jwt-wasm verifyToken'), limit: 1.0 },
    { label: 'Node cached verify, × createHmac', short: 'cached verify', value: n('cached verify', 'jwt-wasm'), limit: 0.15 },
    { label: 'Node cached verify, token sliced from a header per call, × createHmac', short: 'cached verify with a fresh token string per call', value: n('cached verify', 'jwt-wasm, token sliced from a header per call'), limit: 0.15 },
    { label: 'Chromium verify+decode, × crypto.subtle.sign', short: 'Chromium verify', value: b('verify+decode', 'jwt-wasm'), limit: 0.8 },
  ]
}

/** RSS growth (bytes, the larger of the two rows) and whether the wasm memory grew. */
export function memoryFigures(memory) {
  const rssGrowth = Math.max(memory.afterValid.rss - memory.start.rss, memory.afterGarbage.rss - memory.start.rss)
  const wasmGrew = memory.afterGarbage.wasm !== memory.start.wasm || memory.afterValid.wasm !== memory.start.wasm
  return { rssGrowth, wasmGrew }
}

/** The benchmark summary of docs/performance.md, from one run's results. */
export function readmeSummary({ node, browser, cold, memory, date, nodeVersion, shaNi }) {
  const n = (op, lib, alg = 'HS256') => find(node.results, alg, op, lib).ratio
  const b = (op, lib) => find(browser.results, 'HS256', op, lib).ratio
  const peers = ['jwt-wasm', 'fast-jwt', '@node-rs/jsonwebtoken', 'jsonwebtoken', 'jose', 'hono']
  const row = (label, op, libs = peers) => `| ${label} | ${peers.map((lib, i) => (libs.includes(lib) ? (i === 0 ? `**${x(n(op, lib))}**` : x(n(op, lib))) : '')).join(' | ')} |`
  const c = (lib) => cold.results.find((r) => r.lib === lib)
  const { rssGrowth, wasmGrew } = memoryFigures(memory)
  const all = targets({ node, browser })
  const met = all.filter((t) => t.value <= t.limit)
  const missed = all.filter((t) => t.value > t.limit)
  const list = (ts, withValue) => ts.map((t) => (withValue ? `${t.short} (${x(t.value)} against a target of ${t.limit}x)` : `${t.short} (at most ${t.limit}x)`)).join(', ')
  const memoryMet = rssGrowth < 5 * 1048576 && !wasmGrew
  return `HS256 on Node ${nodeVersion.replace(/^v(\d+).*/, '$1')}, from the run in bench/RESULTS.md (${date.slice(0, 10)}), as a multiple of the
\`createHmac\` floor:

| | ${peers.join(' | ')} |
| --- | ${peers.map(() => '---:').join(' | ')} |
${row('verify + decode', 'verify+decode')}
${row('sign', 'sign')}
${row('reject a bad signature (throwing API)', 'reject')}
${row('verified-token cache hit', 'cached verify', ['jwt-wasm', 'fast-jwt'])}

- \`verifyToken\` refuses a bad signature at **${x(n('reject', 'jwt-wasm verifyToken'))}** the floor: it returns \`false\`
  without building an Error.
- With \`cache: { size }\`, a hit costs **${x(n('cached verify', 'jwt-wasm'))}** (${x(n('cached verify', 'jwt-wasm, token sliced from a header per call'))} when each call gets a fresh token
  string, as a server reading a header does): ${(n('cached verify', 'fast-jwt') / n('cached verify', 'jwt-wasm')).toFixed(1)}x faster than fast-jwt's cache.
- In Chromium, verify + decode runs at **${x(b('verify+decode', 'jwt-wasm'))}** \`crypto.subtle.sign\` against jose's
  ${x(b('verify+decode', 'jose'))} and hono's ${x(b('verify+decode', 'hono'))} (${(b('verify+decode', 'jose') / b('verify+decode', 'jwt-wasm')).toFixed(1)}x faster than jose).
- In a fresh Node process, the first 1,000 verifications take ${c('jwt-wasm').first1000Ms.toFixed(1)} ms in all (jose:
  ${c('jose').first1000Ms.toFixed(1)} ms), and importing the package takes ${c('jwt-wasm').importMs.toFixed(1)} ms (jose: ${c('jose').importMs.toFixed(1)} ms).
- ${memory.n.toLocaleString('en-US')} verifications of valid tokens, then as many of garbage: RSS changes by
  ${mb(memory.afterValid.rss - memory.start.rss)} and ${mb(memory.afterGarbage.rss - memory.afterValid.rss)}, and the wasm memory ${wasmGrew ? '**grew**' : 'never grows'}.

Targets from issue 6 that the run meets: ${[list(met, false), memoryMet ? 'memory (under 5 MB of RSS growth)' : ''].filter(Boolean).join(', ') || 'none'}.${missed.length || !memoryMet ? ` Missed: ${[list(missed, true), memoryMet ? '' : 'memory'].filter(Boolean).join(', ')}.` : ''}${
    missed.length && shaNi
      ? ` The reason is in the profile: this CPU has the SHA extensions, so both floors compute SHA-256 in hardware,
and WebAssembly cannot use those instructions. Where no hardware helps, SHA-384 and
SHA-512, the same engine runs verify + decode at ${x(n('verify+decode', 'jwt-wasm', 'HS384'))} and ${x(n('verify+decode', 'jwt-wasm', 'HS512'))}, and verify alone at
${x(n('verify-only', 'jwt-wasm', 'HS384'))} and ${x(n('verify-only', 'jwt-wasm', 'HS512'))}.`
      : ''
  } bench/RESULTS.md has the numbers per algorithm, the profile and the method.`
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const load = (name) => JSON.parse(readFileSync(new URL(`./.results/${name}.json`, import.meta.url), 'utf8'))
  const results = readFileSync(new URL('./RESULTS.md', import.meta.url), 'utf8')
  const date = /^- Date: (\S+)/m.exec(results)?.[1] ?? new Date().toISOString()
  const nodeVersion = /^- Node (v\S+)/m.exec(results)?.[1] ?? process.version
  let shaNi = false
  try {
    shaNi = /\bsha_ni\b/.test(readFileSync('/proc/cpuinfo', 'utf8'))
  } catch {}
  const text = readmeSummary({ node: load('node'), browser: load('browser'), cold: load('cold'), memory: load('memory'), date, nodeVersion, shaNi })
  if (process.argv[2] === '--write') writeDocBlock('bench', text)
  else console.log(text)
}
