// Loads build/jwt.testing.wasm (the shipped exports plus hash and mac, assembly/testing.ts)
// directly, with no JS wrapper, and moves bytes through the exported IN/OUT regions, so these
// tests see only the assembly side of the boundary.
// JWT_WASM may name another build of the same exports, as in bench/hash.bench.mjs.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const ALGS = [
  { alg: 0, name: "sha256", block: 64, size: 32 },
  { alg: 1, name: "sha384", block: 128, size: 48 },
  { alg: 2, name: "sha512", block: 128, size: 64 },
] as const;

interface Exports {
  memory: WebAssembly.Memory;
  inPtr(): number;
  outPtr(): number;
  keyStatePtr(): number;
  hash(alg: number, len: number): number;
  setKey(alg: number, len: number): void;
  mac(alg: number, len: number): number;
}

const file = process.env.JWT_WASM ?? fileURLToPath(new URL("../../build/jwt.testing.wasm", import.meta.url));
export const wasm = new WebAssembly.Instance(new WebAssembly.Module(readFileSync(file)), {}).exports as unknown as Exports;
/** Memory is fixed-size (initial = maximum), so this view never detaches. */
export const mem = new Uint8Array(wasm.memory.buffer);
export const IN = wasm.inPtr();
export const OUT = wasm.outPtr();
export const KEY_STATE = wasm.keyStatePtr();

function put(bytes: Uint8Array): number {
  mem.set(bytes, IN);
  return bytes.length;
}

function out(n: number): Buffer {
  return Buffer.from(mem.slice(OUT, OUT + n));
}

export function hash(alg: number, msg: Uint8Array): Buffer {
  return out(wasm.hash(alg, put(msg)));
}

export function setKey(alg: number, key: Uint8Array): void {
  wasm.setKey(alg, put(key));
}

export function mac(alg: number, msg: Uint8Array): Buffer {
  return out(wasm.mac(alg, put(msg)));
}

export const hex = (s: string): Buffer => Buffer.from(s, "hex");

/** Deterministic, distinctive bytes: no run of them is likely to occur in memory by chance. */
export function pattern(len: number, seed: number): Buffer {
  const b = Buffer.alloc(len);
  let x = (seed * 0x9e3779b1 + 1) >>> 0;
  for (let i = 0; i < len; i++) {
    x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
    b[i] = x & 0xff;
  }
  return b;
}
