// What Ed25519 adds to build/jwt-pk.wasm: the asymmetric module compiled twice with the
// release options of asconfig.pk.json, as is and with assembly/pk/ed25519.ts replaced by
// a stub of the same exports (the field, scalar and point code then drops out as dead).
// Alone: node bench/eddsa-size.mjs
import asc from 'assemblyscript/asc'
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

const root = fileURLToPath(new URL('..', import.meta.url))
const STUB = `export const ED25519_KEY_BYTES: usize = 0;
export function importEd25519(pub: usize, key: usize): i32 { return 1; }
export function verifyEd25519(key: usize, msg: usize, len: usize, sig: usize): bool { return false; }
`

async function compile(stubbed) {
  let binary
  const { error, stderr } = await asc.main(
    ['--config', 'asconfig.pk.json', '--target', 'release', '--outFile', 'out.wasm', '--textFile', ''],
    {
      readFile: async (name, baseDir) => {
        const path = resolve(baseDir, name)
        if (stubbed && path === resolve(root, 'assembly/pk/ed25519.ts')) return STUB
        try { return await readFile(path, 'utf8') } catch { return null }
      },
      writeFile: (name, contents) => { if (name.endsWith('.wasm')) binary = contents },
      listFiles: () => [],
      baseDir: root,
    },
  )
  if (error || !binary) throw new Error(`asc: ${error?.message} ${stderr}`)
  return { bytes: binary.length, gzip: gzipSync(binary, { level: 9 }).length }
}

/** Sizes of the module with and without Ed25519, raw and gzip -9. */
export async function moduleSizes() {
  const full = await compile(false)
  const without = await compile(true)
  return { full, without }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { full, without } = await moduleSizes()
  console.log(`jwt-pk.wasm: ${full.bytes} bytes (${full.gzip} gzip); without Ed25519 ${without.bytes} (${without.gzip} gzip); Ed25519 adds ${full.bytes - without.bytes} (${full.gzip - without.gzip} gzip)`)
}
