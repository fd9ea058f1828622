// The P-521 test entry (p521.entry.ts), compiled by compile.ts. The tests reach the P-521
// internals through it: field and scalar arithmetic, key import and verification, each
// against BigInt arithmetic or node:crypto.
import { compileEntry } from "./compile";

export interface P521Exports {
  memory: WebAssembly.Memory;
  ioPtr(): number;
  keyPtr(): number;
  keyBytes(): number;
  importKey(): number;
  verify(): number;
  op(which: number, k: number): void;
}

/** The `op` numbers of p521.entry.ts. */
export const OP = { feMul: 0, feSqr: 1, scMul: 2, feAdd: 3, feSub: 4, feMulSmall: 5, feCanon: 6, scCanon: 7, feInv: 8, scInv: 9, scSqr: 10, scMulWide: 11 } as const;

export function compileP521(): Promise<P521Exports> {
  return compileEntry<P521Exports>("p521", 4);
}
