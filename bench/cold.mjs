// Cold start: a fresh Node process imports the library and verifies its first token,
// then 999 more (V8 runs wasm in its baseline tier, Liftoff, until it tiers up), for
// jwt-wasm and for jose. Each measured in RUNS fresh processes; medians reported.
// Alone: node bench/cold.mjs [out.json]
import { fileURLToPath } from 'node:url'
import { coldRuns } from './cold-runs.mjs'
import { fixturePayload, fixtureToken } from './fixture.mjs'

const { token } = await fixtureToken('HS256', fixturePayload())
coldRuns(fileURLToPath(new URL('./cold-child.mjs', import.meta.url)), [token])
