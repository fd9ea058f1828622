// Runner for workerd: a module Worker whose fetch handler serves the suite and a guarded route.
import * as lib from 'jwt-wasm'
import * as core from 'jwt-wasm/core'
import * as asymmetric from 'jwt-wasm/asymmetric'
import { createHandler } from './handler.mjs'

const handle = createHandler(lib, core, asymmetric)

export default { fetch: (request) => handle(request) }
