// Bundles a suite runner the way each platform's own tooling would, resolving the package
// from the scratch folder's node_modules with that platform's export conditions.
import { build, type Plugin } from 'esbuild'
import { readFileSync } from 'node:fs'
import { basename, dirname, resolve } from 'node:path'

export interface Bundled {
  code: string
  /** The .wasm files the bundle imports, by the specifier left in the code. */
  wasm: Map<string, Uint8Array<ArrayBuffer>>
}

export type WasmImports = 'external' | 'global'

/**
 * `external`: Wrangler's rule, a .wasm import stays an import of a CompiledWasm module.
 * `global`: Next.js's edge output, a .wasm?module import reads a global the sandbox fills
 * with a module it compiled itself (globalThis.__jwt_wasm_modules[file name] here).
 */
function wasmPlugin(mode: WasmImports, wasm: Map<string, Uint8Array<ArrayBuffer>>): Plugin {
  return {
    name: 'wasm-imports',
    setup(b) {
      b.onResolve({ filter: /\.wasm(\?module)?$/ }, (args) => {
        const file = resolve(args.resolveDir, args.path.replace(/\?module$/, ''))
        if (mode === 'external') {
          wasm.set(`./${basename(file)}`, new Uint8Array(readFileSync(file)))
          return { path: `./${basename(file)}`, external: true }
        }
        wasm.set(file, new Uint8Array(readFileSync(file)))
        return { path: file, namespace: 'wasm-global' }
      })
      b.onLoad({ filter: /.*/, namespace: 'wasm-global' }, (args) => ({ contents: `export default globalThis.__jwt_wasm_modules[${JSON.stringify(basename(args.path))}]`, loader: 'js' }))
    },
  }
}

export async function bundle(
  entry: string,
  options: { conditions: string[]; format: 'esm' | 'iife'; platform?: 'browser' | 'neutral'; wasm?: WasmImports; minify?: boolean; nodePaths?: string[] },
): Promise<Bundled> {
  const wasm = new Map<string, Uint8Array<ArrayBuffer>>()
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: dirname(entry),
    bundle: true,
    write: false,
    format: options.format,
    platform: options.platform ?? 'neutral',
    conditions: options.conditions,
    mainFields: ['browser', 'module', 'main'],
    target: 'es2022',
    minify: options.minify ?? false,
    logLevel: 'silent',
    nodePaths: options.nodePaths,
    plugins: [wasmPlugin(options.wasm ?? 'external', wasm)],
  })
  return { code: result.outputFiles[0].text, wasm }
}
