// Runner for Vercel's edge-runtime: a fetch event listener, as edge functions are served.
import * as lib from 'jwt-wasm'
import * as core from 'jwt-wasm/core'
import * as asymmetric from 'jwt-wasm/asymmetric'
import { createHandler } from './handler.mjs'

const handle = createHandler(lib, core, asymmetric)

addEventListener('fetch', (event) => event.respondWith(handle(event.request)))
