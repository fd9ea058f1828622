// The P-384 test entry (p384.entry.ts), compiled by compile.ts. The tests reach the P-384
// internals through it: field and scalar arithmetic, key import and verification, each
// against BigInt arithmetic or node:crypto.
import { compileEntry } from "./compile";

export interface P384Exports {
  memory: WebAssembly.Memory;
  ioPtr(): number;
  keyPtr(): number;
  keyBytes(): number;
  importKey(): number;
  verify(): number;
  op(which: number, k: number): void;
}

/** The `op` numbers of p384.entry.ts. */
export const OP = { feMul: 0, feSqr: 1, scMul: 2, feAdd: 3, feSub: 4, feMulSmall: 5, feCanon: 6, scCanon: 7, feInv: 8, scInv: 9, scSqr: 10 } as const;

export function compileP384(): Promise<P384Exports> {
  return compileEntry<P384Exports>("p384", 4);
}
