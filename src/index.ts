// The default entry (Node, browsers, Deno, Bun; ESM and CommonJS): the wasm module's
// bytes are embedded in the JavaScript and compiled on first use, synchronously.
// The export list lives in api.ts; add new exports there, not here.
import { provideModule } from './wasm/abi.js'
import { embeddedModule } from './runtime/embedded.js'
import { stringPump } from './runtime/strings.js'

provideModule(embeddedModule, stringPump)

export * from './api.js'
