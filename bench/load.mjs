// npm run load: HTTP load on guarded routes with autocannon (programmatic), against servers on
// 127.0.0.1 only (bench/load-server.mjs, each in its own process), bounded in time. In one run:
//   - jwt-wasm/fastify with no store, with MemoryStore, and with RedisStore on a redis-server
//     started here (Unix socket, no persistence), with requests/s, p50/p99 latency, non-2xx
//     answers and the server's RSS before and after;
//   - each adapter against that framework's own JWT plugin on the same token and route.
// Rounds are interleaved and the medians reported (loopback figures on a shared machine are
// noisy). Writes the tables between <!-- load:start --> and <!-- load:end --> in
// docs/performance.md (docs/load.md when that file does not exist yet).
// LOAD_QUICK=1: one short round, for a smoke run (its figures are not worth quoting).
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import autocannon from 'autocannon'

const root = fileURLToPath(new URL('../', import.meta.url))
const quick = process.env.LOAD_QUICK === '1'
const ROUNDS = quick ? 1 : Number(process.env.LOAD_ROUNDS ?? 7)
const DURATION = quick ? 1 : Number(process.env.LOAD_DURATION ?? 3)
const CONNECTIONS = 20
const STORE_KINDS = ['fastify-none', 'fastify-memory', 'fastify-redis']
const PAIRS = [
  ['express', 'express-jwt-wasm', 'express-plugin', 'express-jwt 8'],
  ['fastify', 'fastify-none', 'fastify-plugin', '@fastify/jwt 10'],
  ['hono', 'hono-jwt-wasm', 'hono-plugin', 'hono/jwt 4'],
]
// Fastify's plugin runs just before the no-store server, so that both of its comparisons
// are between servers measured back to back.
const KINDS = ['fastify-plugin', ...STORE_KINDS, ...PAIRS.flatMap(([, ours, theirs]) => (ours === 'fastify-none' ? [] : [ours, theirs]))]

if (!existsSync(join(root, 'dist/redis.js'))) throw new Error('dist/ is missing: npm run load builds first')

const children = new Set()
const cleanup = () => {
  for (const child of children) child.kill('SIGKILL')
}
process.once('exit', cleanup)
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(130))

function started(child, pattern, what) {
  children.add(child)
  child.once('exit', () => children.delete(child))
  return new Promise((resolve, reject) => {
    let out = ''
    const timer = setTimeout(() => reject(new Error(`${what} did not start in 30 s:\n${out}`)), 30_000)
    const onData = (chunk) => {
      out += chunk
      const match = pattern.exec(out)
      if (match) {
        clearTimeout(timer)
        resolve(match)
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.once('exit', (code) => reject(new Error(`${what} exited (${code}):\n${out}`)))
  })
}

const dir = mkdtempSync(join(os.tmpdir(), 'jwt-wasm-load-'))
const socket = join(dir, 'r.sock')
const redis = spawn('redis-server', ['--port', '0', '--unixsocket', socket, '--dir', dir, '--save', ''], { stdio: ['ignore', 'pipe', 'pipe'] })
await started(redis, /ready to accept connections/i, 'redis-server')

const servers = {}
for (const kind of KINDS) {
  const child = spawn(process.execPath, [join(root, 'bench/load-server.mjs'), kind], { cwd: root, env: { ...process.env, REDIS_URL: `unix://${socket}` }, stdio: ['ignore', 'pipe', 'pipe'] })
  const [, port] = await started(child, /listening (\d+)/, kind)
  const base = `http://127.0.0.1:${port}`
  const { token } = await (await fetch(`${base}/token`)).json()
  servers[kind] = { base, token, runs: [], rssBefore: 0, rssAfter: 0 }
}

const rssOf = async (server) => (await (await fetch(`${server.base}/rss`)).json()).rss
const hit = (server, duration) =>
  autocannon({ url: `${server.base}/guarded`, connections: CONNECTIONS, duration, headers: { authorization: `Bearer ${server.token}` } })

process.stderr.write(`load: ${KINDS.length} servers, ${ROUNDS} round(s) of ${DURATION} s each, ${CONNECTIONS} connections\n`)
for (const kind of KINDS) await hit(servers[kind], quick ? 1 : 3) // warm-up: JIT, connection pools
for (const kind of KINDS) servers[kind].rssBefore = await rssOf(servers[kind])
for (let round = 0; round < ROUNDS; round++) {
  for (const kind of KINDS) {
    const r = await hit(servers[kind], DURATION)
    servers[kind].runs.push({ rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors + r.timeouts, total: r.requests.total })
    process.stderr.write(`round ${round + 1} ${kind}: ${r.requests.average.toFixed(0)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, non-2xx ${r.non2xx}\n`)
  }
}
for (const kind of KINDS) servers[kind].rssAfter = await rssOf(servers[kind])
cleanup()
rmSync(dir, { recursive: true, force: true })

const median = (values) => {
  const s = [...values].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}
const stat = (kind) => {
  const runs = servers[kind].runs
  return {
    rps: median(runs.map((r) => r.rps)),
    p50: median(runs.map((r) => r.p50)),
    p99: median(runs.map((r) => r.p99)),
    non2xx: runs.reduce((sum, r) => sum + r.non2xx + r.errors, 0),
    total: runs.reduce((sum, r) => sum + r.total, 0),
    rss: [servers[kind].rssBefore, servers[kind].rssAfter],
  }
}
const num = (n) => Math.round(n).toLocaleString('en-US')
const mb = (bytes) => `${(bytes / 1048576).toFixed(1)}`

// Ratios and added latency pair each round's servers, which ran back to back, then take the
// median over rounds: the machine's load drifts between rounds more than within one.
const paired = (kind, base, f) => median(servers[kind].runs.map((run, i) => f(run, servers[base].runs[i])))
const none = stat('fastify-none')
const storeRows = [
  ['no store', 'fastify-none', null],
  ['MemoryStore', 'fastify-memory', 0.9],
  ['RedisStore (node-redis, Unix socket)', 'fastify-redis', 0.5],
].map(([label, kind, targetRatio]) => {
  const s = stat(kind)
  const ratio = paired(kind, 'fastify-none', (r, b) => r.rps / b.rps)
  const added = paired(kind, 'fastify-none', (r, b) => r.p99 - b.p99)
  const verdict = targetRatio === null ? '' : `${ratio >= targetRatio ? 'met' : 'missed'} (≥ ${targetRatio * 100}%)${kind === 'fastify-redis' ? `; p99 ${added >= 0 ? '+' : ''}${added} ms ${added <= 2 ? 'met' : 'missed'} (≤ 2 ms added)` : ''}`
  return `| ${label} | ${num(s.rps)} | ${targetRatio === null ? '100%' : `${(ratio * 100).toFixed(0)}%`} | ${s.p50} | ${s.p99} | ${s.non2xx} of ${num(s.total)} | ${mb(s.rss[0])} → ${mb(s.rss[1])} | ${verdict} |`
})
const pairRows = PAIRS.map(([framework, ours, theirs, name]) => {
  const o = stat(ours)
  const t = stat(theirs)
  const ratio = paired(ours, theirs, (r, b) => r.rps / b.rps)
  return `| ${framework} | ${num(o.rps)} | ${name}: ${num(t.rps)} | ${ratio.toFixed(2)}x | ${o.p99} / ${t.p99} | ${o.non2xx + t.non2xx} | ${ratio >= 1 ? 'met' : 'missed'} |`
})

const cpu = os.cpus()[0]?.model ?? 'unknown CPU'
const block = `<!-- load:start (generated by \`npm run load\`, do not edit) -->
Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${os.cpus().length} × ${cpu}, Node ${process.version}, redis-server on a Unix socket; autocannon 9, ${CONNECTIONS} connections, median of ${ROUNDS} interleaved round(s) of ${DURATION} s per server; ratios are medians of each round's ratio between servers measured back to back${quick ? ' (LOAD_QUICK: a smoke run, not worth quoting)' : ''}. Load average at the end: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}.

A guarded route (\`GET /guarded\`, jwt-wasm/fastify's \`jwtRequired\`) with a session token:

| store | req/s | of no store (paired) | p50 ms | p99 ms | non-2xx | server RSS MB (before → after) | target |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |
${storeRows.join('\n')}

Each adapter's guarded route against the framework's own JWT plugin, same token and route:

| framework | jwt-wasm req/s | plugin req/s | ratio (paired) | p99 ms (ours / plugin) | non-2xx | target (≥ plugin) |
| --- | ---: | ---: | ---: | ---: | ---: | --- |
${pairRows.join('\n')}
<!-- load:end -->`

const performance = join(root, 'docs/performance.md')
const target = existsSync(performance) ? performance : join(root, 'docs/load.md')
let text = existsSync(target) ? readFileSync(target, 'utf8') : '# Load\n'
const start = text.indexOf('<!-- load:start')
const end = text.indexOf('<!-- load:end -->')
if (start >= 0 && end > start) text = text.slice(0, start) + block + text.slice(end + '<!-- load:end -->'.length)
else {
  text = `${text.trimEnd()}\n\n## Under HTTP load: sessions and framework plugins\n\n\`npm run load\` (bench/load.mjs) drives guarded routes over loopback. Not part of \`npm test\`.\n\n${block}\n`
}
writeFileSync(target, text)
console.log(block)
console.error(`load: wrote ${target.slice(root.length)}`)
