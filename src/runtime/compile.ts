// Compiling wasm from bytes is what a strict Content-Security-Policy blocks; say how to fix it.
export function compile(bytes: Uint8Array<ArrayBuffer>): WebAssembly.Module {
  try {
    return new WebAssembly.Module(bytes)
  } catch (cause) {
    if (cause instanceof Error && /unsafe-eval|wasm-unsafe-eval|Content Security Policy|code generation/i.test(cause.message)) {
      throw new Error(
        "jwt-wasm could not compile its WebAssembly module: the page's Content-Security-Policy forbids it. " +
          "Add 'wasm-unsafe-eval' to script-src (it allows WebAssembly only, not JavaScript eval).",
        { cause },
      )
    }
    throw cause
  }
}
