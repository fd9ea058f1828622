// Compiles the test-only entry (p256.entry.ts) with asc, in memory, with the shipped
// modules' options (stub runtime, no abort, SIMD, -O3, no asserts), and instantiates it.
// The tests reach the P-256 internals through it: field and scalar arithmetic, key import
// and verification, each against BigInt arithmetic or node:crypto.
import asc from "assemblyscript/asc";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

export interface P256Exports {
  memory: WebAssembly.Memory;
  ioPtr(): number;
  keyPtr(): number;
  keyBytes(): number;
  importKey(): number;
  verify(): number;
  op(which: number, k: number): void;
}

/** The `op` numbers of p256.entry.ts. */
export const OP = { feMul: 0, feSqr: 1, scMul: 2, feAdd: 3, feSub: 4, feMulSmall: 5, feCanon: 6, scCanon: 7, feInv: 8, scInv: 9, scSqr: 10 } as const;

const root = fileURLToPath(new URL("../../..", import.meta.url));

export async function compileP256(): Promise<P256Exports> {
  let binary: Uint8Array | undefined;
  const errors: string[] = [];
  const { error } = await asc.main(
    [
      "test/assembly/pk/p256.entry.ts", "--outFile", "p256-test.wasm",
      "-O3", "--noAssert", "--runtime", "stub", "--use", "abort=", "--enable", "simd",
      "--initialMemory", "4", "--maximumMemory", "4",
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
  return new WebAssembly.Instance(new WebAssembly.Module(binary), {}).exports as unknown as P256Exports;
}
