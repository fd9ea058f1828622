// Test-only entry, compiled in memory by p521.harness.ts: the P-521 code alone,
// with its arithmetic exposed, so that tests reach it before and apart from the pk module.
import { p521ImportKey, p521Verify, P521_KEY_BYTES } from "../../../assembly/pk/p521";
import { feMul, feSqr, scMul, scSqr, feAdd, feSub, feMulSmall, feCanon, scCanon, feInv, scInv } from "../../../assembly/pk/p521-field";
import { scMul as scMulWide } from "../../../assembly/pk/p521-mul";

/** IO: [0, 512) operands and results, KEY: a key table. */
const IO: usize = memory.data(512, 16);
const KEY: usize = memory.data(P521_KEY_BYTES, 16);

export function ioPtr(): usize { return IO; }
export function keyPtr(): usize { return KEY; }
export function keyBytes(): i32 { return P521_KEY_BYTES; }

/** IO[0, 132) = x‖y; returns 1 when the key is accepted (its table then in KEY). */
export function importKey(): i32 { return p521ImportKey(IO, KEY) ? 1 : 0; }
/** IO[0, 64) = digest, IO[64, 196) = r‖s. */
export function verify(): i32 { return p521Verify(KEY, IO, IO + 64) ? 1 : 0; }

/** Arithmetic on IO[0, 72) and IO[72, 144) (18 limbs each) into IO[144, 216). */
export function op(which: i32, k: i32): void {
  const a = IO, b = IO + 72, o = IO + 144;
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
    case 11: scMulWide(o, a, b); break;
  }
}
