// Test-only AssemblyScript entry: exports the Ed25519 internals (field, scalar, point
// and signature functions) over one scratch region, so test/assembly/pk/*.test.ts can
// compare each against BigInt arithmetic and node:crypto. Not part of any shipped module;
// the tests compile it with asc (see ed25519.harness.ts).
import { feMul, feSq, feSq2, feInvert, fePow22523, feToBytes, feFromBytes, feCarry, isCanonical } from "../../../assembly/pk/f25519";
import { scIsReduced, scReduce64, scCombDigits } from "../../../assembly/pk/sc25519";
import { importEd25519, verifyEd25519, ED25519_KEY_BYTES } from "../../../assembly/pk/ed25519";

const SCRATCH: usize = memory.data(1 << 17, 64);
const KEY: usize = memory.data(<i32>ED25519_KEY_BYTES, 64);

export function scratch(): usize { return SCRATCH; }
export function keyPtr(): usize { return KEY; }
export function keyBytes(): usize { return ED25519_KEY_BYTES; }

export function mul(h: usize, f: usize, g: usize): void { feMul(h, f, g); }
export function sq(h: usize, f: usize): void { feSq(h, f); }
export function sq2(h: usize, f: usize): void { feSq2(h, f); }
export function invert(h: usize, f: usize): void { feInvert(h, f); }
export function pow22523(h: usize, f: usize): void { fePow22523(h, f); }
export function carry(h: usize, f: usize): void { feCarry(h, f); }
export function toBytes(s: usize, f: usize): void { feToBytes(s, f); }
export function fromBytes(h: usize, s: usize): void { feFromBytes(h, s); }
export function canonical(s: usize): bool { return isCanonical(s); }
export function scalarReduced(s: usize): bool { return scIsReduced(s); }
export function reduce64(out: usize, h: usize): void { scReduce64(out, h); }
export function combDigits(out: usize, s: usize): void { scCombDigits(out, s); }
export function importKey(pub: usize): i32 { return importEd25519(pub, KEY); }
export function verify(msg: usize, len: usize, sig: usize): bool { return verifyEd25519(KEY, msg, len, sig); }
