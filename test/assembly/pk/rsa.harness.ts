// Compiles the test-only entry (rsa.entry.ts) with asc, in memory, with the shipped
// module's options (stub runtime, no abort, SIMD, -O3, no asserts, its fixed memory), and
// instantiates it. The tests reach the RSA public operation through it, against BigInt.
import asc from "assemblyscript/asc";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

export interface RsaExports {
  memory: WebAssembly.Memory;
  keyPtr(): number;
  signaturePtr(): number;
  emPtr(): number;
  rsa(len: number): number;
}

const root = fileURLToPath(new URL("../../..", import.meta.url));

export async function compileRsa(): Promise<RsaExports> {
  let binary: Uint8Array | undefined;
  const errors: string[] = [];
  const { error } = await asc.main(
    [
      "test/assembly/pk/rsa.entry.ts", "--outFile", "rsa-test.wasm",
      "-O3", "--noAssert", "--runtime", "stub", "--use", "abort=", "--enable", "simd",
      "--initialMemory", "24", "--maximumMemory", "24",
    ],
    {
      readFile: async (name: string, baseDir: string) => {
        try { return await readFile(resolve(baseDir, name), "utf8"); } catch { return null; }
      },
      writeFile: (name: string, contents: Uint8Array) => { if (name.endsWith(".wasm")) binary = contents; },
      listFiles: () => [],
      stdout: { write: () => true },
      stderr: { write: (s: string) => { errors.push(String(s)); return true; } },
      baseDir: root,
    } as never,
  );
  if (error || !binary) throw new Error(`asc failed: ${error?.message ?? ""}\n${errors.join("")}`);
  return new WebAssembly.Instance(new WebAssembly.Module(binary), {}).exports as unknown as RsaExports;
}
