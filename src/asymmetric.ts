// The jwt-wasm/asymmetric entry (Node, browsers, Deno, Bun; ESM and CommonJS): the
// asymmetric module's bytes are embedded here, and compiled on the first key import.
// The export list lives in api-asymmetric.ts.
import { providePkModule } from './wasm-pk/abi.js'
import { embeddedPkModule } from './runtime/pk-embedded.js'
import { stringPump } from './runtime/strings.js'

providePkModule(embeddedPkModule, stringPump)

export * from './api-asymmetric.js'
