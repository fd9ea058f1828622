// The Ed25519 test entry (ed25519.entry.ts), compiled by compile.ts. The tests reach the
// Ed25519 internals through it: field and scalar arithmetic, key import and verification,
// each against BigInt arithmetic or node:crypto.
import { compileEntry } from "./compile";

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

export function compileEd25519(): Promise<Ed25519Exports> {
  return compileEntry<Ed25519Exports>("ed25519", 8);
}
