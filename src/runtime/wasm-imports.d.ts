// What edge bundlers give for an imported .wasm?module file: the compiled module.
declare module '*.wasm?module' {
  const module: WebAssembly.Module
  export default module
}
