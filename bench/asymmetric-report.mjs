// The asymmetric section of bench/RESULTS.md (issue 14), from the results of
// bench/asymmetric.bench.mjs, the asymmetric Chromium page and bench/asymmetric-cold.mjs.

const us = (ns) => (ns / 1000).toFixed(1)
const x = (r) => `${r.toFixed(2)}x`

function table(results, floorName) {
  const lines = [`| case | operation | library | median µs | best µs | × ${floorName} |`, '| --- | --- | --- | ---: | ---: | ---: |']
  for (const r of results) lines.push(`| ${r.alg} | ${r.op} | ${r.lib} | ${us(r.medianNs)} | ${us(r.bestNs)} | ${x(r.ratio)} |`)
  return lines.join('\n')
}

function check(label, value, limit, higherIsBetter = false) {
  const met = higherIsBetter ? value >= limit : value <= limit
  return `| ${label} | ${higherIsBetter ? '≥' : '≤'} ${limit} | ${x(value)} | ${met ? 'met' : 'missed'} |`
}

export function asymmetricSection({ node, browser, cold }) {
  const find = (set, alg, op, lib) => set.results.find((r) => r.alg === alg && r.op === op && r.lib === lib)
  const ours = find(node, 'RS256-2048', 'verify+decode', 'jwt-wasm')
  const jose = find(node, 'RS256-2048', 'verify+decode', 'jose')
  const bOurs = find(browser, 'RS256-2048', 'verify+decode', 'jwt-wasm')
  const bJose = find(browser, 'RS256-2048', 'verify+decode', 'jose')
  return `## Asymmetric verification (jwt-wasm/asymmetric, issue 14)

RSA keys made with WebCrypto (e = 65537) and published in one JWKS with a kid each; the HS fixture's payload signed as RS256 or PS256 (bench/asymmetric-fixture.mjs). Floors: \`crypto.verify\` on a KeyObject on Node (OpenSSL), \`crypto.subtle.verify\` on an imported CryptoKey in Chromium (BoringSSL), same signing input and signature. jose verifies with an imported key (\`importJWK\`), fast-jwt with the PEM, jsonwebtoken with the KeyObject.

### Targets, RS256-2048 verify+decode

| target | limit | measured | |
| --- | --- | ---: | --- |
${check('Node: × crypto.verify (KeyObject)', ours.ratio, 2.0)}
${check('Node: times faster than jose', jose.ratio / ours.ratio, 2.5, true)}
${check('Chromium: × crypto.subtle.verify', bOurs.ratio, 2.5)}
${check('Chromium: times faster than jose', bJose.ratio / bOurs.ratio, 1.0, true)}

### Node, in one process

${table(node.results, 'crypto.verify')}

### Chromium (headless)

${table(browser.results, 'crypto.subtle.verify')}

### Cold start (RS256-2048; median of ${cold.results[0].runs} fresh Node processes)

The first verification includes importing the JWKS: for jwt-wasm that compiles and instantiates the asymmetric module and precomputes the key.

| library | import ms | first verification ms | first 1,000 verifications ms | process start to first result ms |
| --- | ---: | ---: | ---: | ---: |
${cold.results.map((r) => `| ${r.lib} | ${r.importMs.toFixed(1)} | ${r.firstMs.toFixed(1)} | ${r.first1000Ms.toFixed(1)} | ${r.startToFirstMs.toFixed(1)} |`).join('\n')}
`
}
