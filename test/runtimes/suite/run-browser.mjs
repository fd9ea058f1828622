// Runner for Chromium, loaded bundled (esbuild) or unbundled (import map). The test reads
// window.__smoke; window.__vectors is set by the test before the page loads.
import * as lib from 'jwt-wasm'
import * as core from 'jwt-wasm/core'
import * as asymmetric from 'jwt-wasm/asymmetric'
import { smoke } from './smoke.mjs'

window.__smoke = smoke(lib, window.__vectors, core, asymmetric)
