// Test-only entry, compiled in memory by p384.harness.ts: the P-384 code alone,
// with its arithmetic exposed, so that tests reach it before and apart from the pk module.
import { p384ImportKey, p384Verify, P384_KEY_BYTES } from "../../../assembly/pk/p384";
import { feMul, feSqr, scMul, scSqr, feAdd, feSub, feMulSmall, feCanon, scCanon, feInv, scInv } from "../../../assembly/pk/p384-field";

/** IO: [0, 256) operands and results, KEY: a key table. */
const IO: usize = memory.data(256, 16);
const KEY: usize = memory.data(P384_KEY_BYTES, 16);

export function ioPtr(): usize { return IO; }
export function keyPtr(): usize { return KEY; }
export function keyBytes(): i32 { return P384_KEY_BYTES; }

/** IO[0, 96) = x‖y; returns 1 when the key is accepted (its table then in KEY). */
export function importKey(): i32 { return p384ImportKey(IO, KEY) ? 1 : 0; }
/** IO[0, 48) = digest, IO[48, 144) = r‖s. */
export function verify(): i32 { return p384Verify(KEY, IO, IO + 48) ? 1 : 0; }

/** Arithmetic on IO[0, 56) and IO[56, 112) (14 limbs each) into IO[112, 168). */
export function op(which: i32, k: i32): void {
  const a = IO, b = IO + 56, o = IO + 112;
  switch (which) {
    case 0: feMul(o, a, b); break;
    case 1: feSqr(o, a); break;
    case 2: scMul(o, a, b); break;
    case 3: feAdd(o, a, b); break;
    case 4: feSub(o, a, b); break;
    case 5: feMulSmall(o, a, <i64>k); break;
    case 6: feCanon(o, a); break;
    case 7: scCanon(o, a); break;
    case 8: feInv(o, a); break;
    case 9: scInv(o, a); break;
    case 10: scSqr(o, a); break;
  }
}
