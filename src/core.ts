// The jwt-wasm/core entry (Node, browsers, Deno, Bun; ESM and CommonJS): tokens only, with the
// wasm module's bytes embedded. The export list lives in api-core.ts.
import { provideModule } from './wasm/abi.js'
import { embeddedModule } from './runtime/embedded.js'
import { stringPump } from './runtime/strings.js'

provideModule(embeddedModule, stringPump)

export * from './api-core.js'
