// Arithmetic mod p and mod n for P-256, on 9 limbs of 29 bits stored as u32 (36 bytes a
// number). The products are generated (p256-mul.ts); this file has the linear operations,
// the conversions and the exponentiations.
//
// Bounds every stored value keeps: limbs 0..7 in [0, 2^29), the top limb non-negative, the
// value below 2^258. Values are not fully reduced; feCanon/scCanon reduce them when a
// comparison needs it. Verification handles only public data, so branching on values is
// allowed here (no secret ever reaches this code).
import { feMul, feSqr, scMul, scSqr } from "./p256-mul";
import { P, P8, N, R2_P, ONE_P, ONE_N, P_MINUS_2_BYTES, N_MINUS_2_BYTES } from "./p256-tables";

const M: i64 = 0x1fffffff;
/** Bytes of one 9-limb number. */
export const FE: usize = 36;

/**
 * Stores c0..c8 as limbs after folding the bits at 2^256 and above back in: 2^256 ≡
 * 2^224 - 2^192 - 2^96 + 1 (mod p), and 224, 192, 96 are 7·29+21, 6·29+18, 3·29+9. Limbs
 * may be negative on entry (a subtraction) as long as the whole value is not; arithmetic
 * shifts make the carries floor divisions. The result is below 2^257.
 */
// @ts-ignore: decorator
@inline function settle(o: usize, c0: i64, c1: i64, c2: i64, c3: i64, c4: i64, c5: i64, c6: i64, c7: i64, c8: i64): void {
  const t = c8 >> 24;
  c8 &= 0xffffff;
  c0 += t; c3 -= t << 9; c6 -= t << 18; c7 += t << 21;
  c1 += c0 >> 29; store<u32>(o, <u32>(c0 & M), 0);
  c2 += c1 >> 29; store<u32>(o, <u32>(c1 & M), 4);
  c3 += c2 >> 29; store<u32>(o, <u32>(c2 & M), 8);
  c4 += c3 >> 29; store<u32>(o, <u32>(c3 & M), 12);
  c5 += c4 >> 29; store<u32>(o, <u32>(c4 & M), 16);
  c6 += c5 >> 29; store<u32>(o, <u32>(c5 & M), 20);
  c7 += c6 >> 29; store<u32>(o, <u32>(c6 & M), 24);
  c8 += c7 >> 29; store<u32>(o, <u32>(c7 & M), 28);
  store<u32>(o, <u32>c8, 32);
}

// @ts-ignore: decorator
@inline function limb(a: usize, i: usize): i64 { return <i64>load<u32>(a + (i << 2)); }

/** o = a + b (mod p). */
export function feAdd(o: usize, a: usize, b: usize): void {
  settle(o, limb(a, 0) + limb(b, 0), limb(a, 1) + limb(b, 1), limb(a, 2) + limb(b, 2), limb(a, 3) + limb(b, 3),
    limb(a, 4) + limb(b, 4), limb(a, 5) + limb(b, 5), limb(a, 6) + limb(b, 6), limb(a, 7) + limb(b, 7), limb(a, 8) + limb(b, 8));
}

/** o = a - b (mod p), computed as a - b + 8p so that the whole value stays positive (b < 2^258 < 8p). */
export function feSub(o: usize, a: usize, b: usize): void {
  settle(o, limb(a, 0) - limb(b, 0) + limb(P8, 0), limb(a, 1) - limb(b, 1) + limb(P8, 1), limb(a, 2) - limb(b, 2) + limb(P8, 2),
    limb(a, 3) - limb(b, 3) + limb(P8, 3), limb(a, 4) - limb(b, 4) + limb(P8, 4), limb(a, 5) - limb(b, 5) + limb(P8, 5),
    limb(a, 6) - limb(b, 6) + limb(P8, 6), limb(a, 7) - limb(b, 7) + limb(P8, 7), limb(a, 8) - limb(b, 8) + limb(P8, 8));
}

/** o = k·a (mod p) for a small k (at most 8 in this code). */
export function feMulSmall(o: usize, a: usize, k: i64): void {
  settle(o, limb(a, 0) * k, limb(a, 1) * k, limb(a, 2) * k, limb(a, 3) * k, limb(a, 4) * k,
    limb(a, 5) * k, limb(a, 6) * k, limb(a, 7) * k, limb(a, 8) * k);
}

/** Compares two normalized numbers: -1, 0 or 1. */
export function cmp(a: usize, b: usize): i32 {
  for (let i: i32 = 8; i >= 0; i--) {
    const x = load<u32>(a + (<usize>i << 2)), y = load<u32>(b + (<usize>i << 2));
    if (x != y) return x < y ? -1 : 1;
  }
  return 0;
}

/** a -= m for normalized a >= m. */
function subInPlace(a: usize, m: usize): void {
  let borrow: i64 = 0;
  for (let i: usize = 0; i < 9; i++) {
    const d = limb(a, i) - limb(m, i) + borrow;
    borrow = d >> 29;
    store<u32>(a + (i << 2), <u32>(i < 8 ? d & M : d));
  }
}

/** o = a mod m, fully reduced, for m = P or N and a below 2^258 (so at most 3m away). */
function canon(o: usize, a: usize, m: usize): void {
  // A plain carry pass first (no folding: m may be n), then subtract m while a >= m.
  let c: i64 = 0;
  for (let i: usize = 0; i < 9; i++) {
    c += limb(a, i);
    store<u32>(o + (i << 2), <u32>(i < 8 ? c & M : c));
    c >>= 29;
  }
  while (cmp(o, m) >= 0) subInPlace(o, m);
}

export function feCanon(o: usize, a: usize): void { canon(o, a, P); }
export function scCanon(o: usize, a: usize): void { canon(o, a, N); }

const CA: usize = memory.data(36, 16);
const CB: usize = memory.data(36, 16);

/** a ≡ b (mod p). */
export function feEqual(a: usize, b: usize): bool {
  feCanon(CA, a);
  feCanon(CB, b);
  return cmp(CA, CB) == 0;
}

/**
 * a ≡ 0 (mod p). The multiples of p below 2^258 are 0, p, 2p and 3p, whose low limbs are
 * 0 and 2^29 - 1, - 2, - 3 (p ≡ -1 mod 2^29): anything else is non-zero without reducing.
 */
export function feIsZero(a: usize): bool {
  if (((load<u32>(a) + 3) & 0x1fffffff) > 3) return false;
  feCanon(CA, a);
  for (let i: usize = 0; i < 9; i++) if (load<u32>(CA + (i << 2)) != 0) return false;
  return true;
}

/** o = the 32-byte big-endian number at src, as limbs (not converted to Montgomery form). */
export function fromBytes(o: usize, src: usize): void {
  let acc: u64 = 0, bits: u32 = 0, i: usize = 0;
  for (let j: i32 = 31; j >= 0; j--) {
    acc |= <u64>load<u8>(src + <usize>j) << bits;
    bits += 8;
    if (bits >= 29) {
      store<u32>(o + (i << 2), <u32>(acc & 0x1fffffff));
      acc >>= 29; bits -= 29; i++;
    }
  }
  store<u32>(o + 32, <u32>acc); // the top 24 bits
}

/** The four 64-bit words of a fully reduced number, least significant first, at out. */
export function toWords(out: usize, a: usize): void {
  let acc: u64 = 0, bits: u32 = 0, w: usize = 0;
  for (let i: usize = 0; i < 9; i++) {
    const l = <u64>load<u32>(a + (i << 2));
    acc |= l << bits;
    if (bits + 29 >= 64) {
      store<u64>(out + (w << 3), acc);
      w++;
      const used = 64 - bits;
      acc = used < 64 ? l >> used : 0;
      bits = bits + 29 - 64;
    } else bits += 29;
  }
  if (w < 4) store<u64>(out + (w << 3), acc);
}

/** Big-endian compare of two 32-byte strings: a < b. */
export function lessThanBytes(a: usize, b: usize): bool {
  for (let i: usize = 0; i < 32; i++) {
    const x = load<u8>(a + i), y = load<u8>(b + i);
    if (x != y) return x < y;
  }
  return false;
}

export function isZeroBytes(a: usize): bool {
  return (load<u64>(a) | load<u64>(a, 8) | load<u64>(a, 16) | load<u64>(a, 24)) == 0;
}

/** o = a·R mod p: into the Montgomery domain. */
export function feToMont(o: usize, a: usize): void { feMul(o, a, R2_P); }

/** a^0 .. a^15 for pow's window. */
const POW_TABLE: usize = memory.data(36 * 16, 16);

/**
 * o = a^e in the Montgomery domain of `mul`, for a 32-byte big-endian exponent e; a and o
 * are Montgomery values. A 4-bit fixed window: 252 squarings and at most 63 products,
 * after 14 products for the table. The arithmetic comes in as function references (one
 * indirect call each, next to a 50 ns product) so that p and n share this code.
 */
function pow(o: usize, a: usize, e: usize, sqr: (o: usize, a: usize) => void, mul: (o: usize, a: usize, b: usize) => void, one: usize): void {
  memory.copy(POW_TABLE, one, FE);
  memory.copy(POW_TABLE + FE, a, FE);
  for (let i: usize = 2; i < 16; i++) mul(POW_TABLE + i * FE, POW_TABLE + (i - 1) * FE, a);
  memory.copy(o, one, FE);
  for (let i: usize = 0; i < 64; i++) {
    if (i) { sqr(o, o); sqr(o, o); sqr(o, o); sqr(o, o); }
    const byte = load<u8>(e + (i >> 1));
    const nib = (i & 1) ? byte & 15 : byte >> 4;
    if (nib) mul(o, o, POW_TABLE + <usize>nib * FE);
  }
}

/** o = a^-1 (mod p), Montgomery in and out; a must not be ≡ 0. */
export function feInv(o: usize, a: usize): void { pow(o, a, P_MINUS_2_BYTES, feSqr, feMul, ONE_P); }

/** o = a^-1 (mod n), Montgomery in and out; a must not be ≡ 0. */
export function scInv(o: usize, a: usize): void { pow(o, a, N_MINUS_2_BYTES, scSqr, scMul, ONE_N); }

export { feMul, feSqr, scMul, scSqr };
