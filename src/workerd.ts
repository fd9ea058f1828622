// The Cloudflare Workers entry (export condition "workerd"). workerd refuses to compile
// wasm from bytes, so the module arrives precompiled through an import of jwt.wasm.
// The export list lives in api.ts.
import { provideModule } from './wasm/abi.js'
import { workerdModule } from './runtime/workerd.js'

provideModule(workerdModule)

export * from './api.js'
