// Compiles the test-only entry (ed25519.entry.ts) with asc, in memory, with the shipped
// modules' options (stub runtime, no abort, SIMD, -O3, no asserts), and instantiates it.
// The tests reach the Ed25519 internals through it: field and scalar arithmetic, key import
// and verification, each against BigInt arithmetic or node:crypto.
import asc from "assemblyscript/asc";
import { fileURLToPath } from "node:url";

export interface Ed25519Exports {
  memory: WebAssembly.Memory;
  scratch(): number;
  keyPtr(): number;
  keyBytes(): number;
  mul(h: number, f: number, g: number): void;
  sq(h: number, f: number): void;
  sq2(h: number, f: number): void;
  invert(h: number, f: number): void;
  pow22523(h: number, f: number): void;
  carry(h: number, f: number): void;
  toBytes(s: number, f: number): void;
  fromBytes(h: number, s: number): void;
  canonical(s: number): number;
  scalarReduced(s: number): number;
  reduce64(out: number, h: number): void;
  combDigits(out: number, s: number): void;
  importKey(pub: number): number;
  verify(msg: number, len: number, sig: number): number;
}

const root = fileURLToPath(new URL("../../..", import.meta.url));

export async function compileEd25519(): Promise<Ed25519Exports> {
  let binary: Uint8Array | undefined;
  const errors: string[] = [];
  const { error } = await asc.main(
    [
      "test/assembly/pk/ed25519.entry.ts", "--outFile", "ed25519-test.wasm",
      "-O3", "--noAssert", "--runtime", "stub", "--use", "abort=", "--enable", "simd",
      "--initialMemory", "8", "--maximumMemory", "8",
    ],
    {
      readFile: async (name, baseDir) => {
        const { readFile } = await import("node:fs/promises");
        const { resolve } = await import("node:path");
        try { return await readFile(resolve(baseDir, name), "utf8"); } catch { return null; }
      },
      writeFile: (name, contents) => { if (name.endsWith(".wasm")) binary = contents as Uint8Array; },
      listFiles: () => [],
      stdout: { write: () => true } as never,
      stderr: { write: (s: string) => { errors.push(String(s)); return true; } } as never,
      baseDir: root,
    } as never,
  );
  if (error || !binary) throw new Error(`asc failed: ${error?.message ?? ""}\n${errors.join("")}`);
  const module = new WebAssembly.Module(binary);
  return new WebAssembly.Instance(module, {}).exports as unknown as Ed25519Exports;
}
