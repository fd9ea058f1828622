// Compiles a test-only AssemblyScript entry with asc, in memory, with the shipped modules'
// options (stub runtime, no abort, SIMD, -O3, no asserts, fixed memory), and instantiates
// it: the tests under test/assembly/pk/ reach the asymmetric module's internals through
// such entries (*.entry.ts), each against BigInt arithmetic or node:crypto.
import asc from "assemblyscript/asc";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../..", import.meta.url));

/** The exports of test/assembly/pk/<name>.entry.ts, built with `pages` fixed 64 KiB pages. */
export async function compileEntry<T>(name: string, pages: number): Promise<T> {
  let binary: Uint8Array | undefined;
  const errors: string[] = [];
  const { error } = await asc.main(
    [
      `test/assembly/pk/${name}.entry.ts`, "--outFile", `${name}-test.wasm`,
      "-O3", "--noAssert", "--runtime", "stub", "--use", "abort=", "--enable", "simd",
      "--initialMemory", String(pages), "--maximumMemory", String(pages),
    ],
    {
      readFile: async (file: string, baseDir: string) => {
        try { return await readFile(resolve(baseDir, file), "utf8"); } catch { return null; }
      },
      writeFile: (file: string, contents: Uint8Array) => { if (file.endsWith(".wasm")) binary = contents; },
      listFiles: () => [],
      stdout: { write: () => true },
      stderr: { write: (s: string) => { errors.push(String(s)); return true; } },
      baseDir: root,
    } as never,
  );
  if (error || !binary) throw new Error(`asc failed: ${error?.message ?? ""}\n${errors.join("")}`);
  return new WebAssembly.Instance(new WebAssembly.Module(binary), {}).exports as unknown as T;
}
