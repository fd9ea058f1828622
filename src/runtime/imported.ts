// The loader for edges that forbid compiling wasm from bytes at run time ("Wasm code
// generation disallowed by embedder"): their bundlers compile an imported .wasm file
// ahead of time and hand the module over as the import's default export.
import { compile } from './compile.js'

export function importedModule(imported: unknown, specifier: string): () => WebAssembly.Module {
  return () => {
    // toString rather than instanceof: a host may compile the module in another realm
    // (Next.js's edge sandbox compiles in Node and passes it into its vm context).
    if (Object.prototype.toString.call(imported) === '[object WebAssembly.Module]') return imported as WebAssembly.Module
    // A bundler that yields bytes instead: compile them, which works where allowed.
    if (imported instanceof ArrayBuffer) return compile(new Uint8Array(imported))
    if (ArrayBuffer.isView(imported)) return compile(new Uint8Array(imported.buffer.slice(imported.byteOffset, imported.byteOffset + imported.byteLength) as ArrayBuffer))
    throw new TypeError(
      `jwt-wasm: import of '${specifier}' did not give a WebAssembly.Module (got ${typeof imported}). ` +
        'Configure the bundler to load .wasm files as compiled modules (Wrangler and Next.js do so by default), ' +
        "or import jwt-wasm without the 'workerd'/'edge-light' condition to use the embedded module.",
    )
  }
}
