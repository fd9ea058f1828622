// Runner for a Chromium page under a Content-Security-Policy: window.__csp says whether
// a token could be made, with the error message when it could not.
import * as lib from 'jwt-wasm'
import { probe } from './handler.mjs'

window.__csp = probe(lib)
