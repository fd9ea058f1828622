// Compiling wasm from bytes is what a strict Content-Security-Policy blocks in browsers, and
// what workerd and Vercel's edge runtime refuse outright; say which fix applies.
const CSP = /unsafe-eval|wasm-eval|Content Security Policy|Content-Security-Policy|CSP/i
const EMBEDDER = /code generation|disallowed by embedder/i

export const CSP_FIX =
  "the page's Content-Security-Policy forbids it. Add 'wasm-unsafe-eval' to script-src " +
  '(it allows WebAssembly only, not JavaScript eval).'
export const EDGE_FIX =
  'this runtime forbids compiling WebAssembly from bytes. On Cloudflare Workers or Vercel Edge, import jwt-wasm ' +
  "through its 'workerd' or 'edge-light' export condition (Wrangler and Next.js select it by default), which ships " +
  "a precompiled module; in a browser, add 'wasm-unsafe-eval' to the Content-Security-Policy's script-src."

export function compile(bytes: Uint8Array<ArrayBuffer>): WebAssembly.Module {
  try {
    return new WebAssembly.Module(bytes)
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause)
    const fix = CSP.test(message) ? CSP_FIX : EMBEDDER.test(message) ? EDGE_FIX : undefined
    if (fix) throw new Error(`jwt-wasm could not compile its WebAssembly module: ${fix}`, { cause })
    throw cause
  }
}

/**
 * The bytes of lowercase hex text (scripts/embed-wasm.mjs writes it): '0'-'9' are 0x30-0x39
 * and 'a'-'f' 0x61-0x66, so the low four bits plus 9 for letters (bit 6) give the digit.
 */
export function hexBytes(hex: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(hex.length >> 1)
  for (let i = 0, j = 0; i < bytes.length; i++, j += 2) {
    const hi = hex.charCodeAt(j)
    const lo = hex.charCodeAt(j + 1)
    bytes[i] = (((hi & 15) + (hi >> 6) * 9) << 4) | ((lo & 15) + (lo >> 6) * 9)
  }
  return bytes
}
