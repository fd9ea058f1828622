// Runner for Vercel's edge-runtime: a fetch event listener, as edge functions are served.
import * as lib from 'jwt-wasm'
import { createHandler } from './handler.mjs'

const handle = createHandler(lib)

addEventListener('fetch', (event) => event.respondWith(handle(event.request)))
