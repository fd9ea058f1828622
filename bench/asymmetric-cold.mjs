// Cold start for RS256-2048: a fresh Node process imports the library, imports the JWKS
// (jwt-wasm compiles its asymmetric module here) and verifies its first token, then 999
// more; for jwt-wasm/asymmetric and for jose. RUNS fresh processes each; medians reported.
// Alone: node bench/asymmetric-cold.mjs [out.json]
import { fileURLToPath } from 'node:url'
import { pkFixture } from './asymmetric-fixture.mjs'
import { coldRuns } from './cold-runs.mjs'

const f = await pkFixture('RS256-2048', 'RS256', 2048)
coldRuns(fileURLToPath(new URL('./asymmetric-cold-child.mjs', import.meta.url)), [JSON.stringify({ keys: [f.jwk] }), f.token])
