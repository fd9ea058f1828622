// Arithmetic mod p and mod n for P-384, on 14 limbs of 29 bits stored as u32 (56 bytes a
// number): the limb size of p256-field.ts, so the two curves' code reads alike. The
// products are generated (p384-mul.ts); this file has the linear operations, the
// conversions and the exponentiations.
//
// Bounds every stored value keeps: limbs 0..12 in [0, 2^29), the top limb non-negative, the
// value below 2^386 (so below 8p, which feSub relies on, and below the 2^390 the products
// take). Values are not fully reduced; feCanon/scCanon reduce them when a comparison needs
// it. Verification handles only public data, so branching on values is allowed here.
//
// Unlike p256-field.ts the linear operations run as loops over i64 columns in memory, not
// unrolled over locals: they are a small part of a verification (the products dominate),
// and 14 unrolled limbs would cost code size for little time.
import { feMul, feSqr, scMul } from "./p384-mul";
import { P, P8, N, R2_P, ONE_P, ONE_N, P_MINUS_2_BYTES, N_MINUS_2_BYTES } from "./p384-tables";

const M: i64 = 0x1fffffff;
const LIMBS: usize = 14;
/** Bytes of one 14-limb number. */
export const FE: usize = 56;
/** Bytes of an encoded coordinate or scalar (RFC 7518 §3.4, §6.2.1.2). */
export const BYTES: usize = 48;

/** Columns of a linear operation before they are settled, i64 each. */
const C: usize = memory.data(8 * 14, 16);

// @ts-ignore: decorator
@inline function limb(a: usize, i: usize): i64 { return <i64>load<u32>(a + (i << 2)); }
// @ts-ignore: decorator
@inline function col(i: usize): i64 { return load<i64>(C + (i << 3)); }
// @ts-ignore: decorator
@inline function setCol(i: usize, v: i64): void { store<i64>(C + (i << 3), v); }

/** Floor carries through columns 0..12 (arithmetic shifts), limb 13 keeping the rest. */
function carry(): void {
  for (let i: usize = 0; i < LIMBS - 1; i++) {
    const c = col(i);
    setCol(i + 1, col(i + 1) + (c >> 29));
    setCol(i, c & M);
  }
}

/**
 * Stores the columns C as limbs at o, congruent mod p and below 2^385, given that their
 * whole value is non-negative and below 2^390 (single columns may be negative: a
 * subtraction). A first carry pass makes limbs 0..12 canonical, so limb 13 holds the
 * whole value's top and is non-negative; its bits at 2^384 and above (t) fold back as
 * 2^384 ≡ 2^128 + 2^96 - 2^32 + 1 (mod p), offsets 128 = 4·29 + 12, 96 = 3·29 + 9,
 * 32 = 29 + 3. The folded value is L + t·(2^128 + 2^96 - 2^32 + 1) with 0 <= L < 2^384 and
 * 0 <= t < 2^6: non-negative and below 2^385, which the second pass then carries.
 */
function settle(o: usize): void {
  carry();
  const t = col(13) >> 7;
  setCol(13, col(13) & 0x7f);
  setCol(0, col(0) + t);
  setCol(1, col(1) - (t << 3));
  setCol(3, col(3) + (t << 9));
  setCol(4, col(4) + (t << 12));
  carry();
  for (let i: usize = 0; i < LIMBS; i++) store<u32>(o + (i << 2), <u32>col(i));
}

/** o = a + b (mod p). */
export function feAdd(o: usize, a: usize, b: usize): void {
  for (let i: usize = 0; i < LIMBS; i++) setCol(i, limb(a, i) + limb(b, i));
  settle(o);
}

/** o = a - b (mod p), computed as a - b + 8p so that the whole value stays positive (b < 2^386 < 8p). */
export function feSub(o: usize, a: usize, b: usize): void {
  for (let i: usize = 0; i < LIMBS; i++) setCol(i, limb(a, i) - limb(b, i) + limb(P8, i));
  settle(o);
}

/** o = k·a (mod p) for a small k (at most 8 in this code: below 2^389 before settling). */
export function feMulSmall(o: usize, a: usize, k: i64): void {
  for (let i: usize = 0; i < LIMBS; i++) setCol(i, limb(a, i) * k);
  settle(o);
}

/** Compares two normalized numbers: -1, 0 or 1. */
export function cmp(a: usize, b: usize): i32 {
  for (let i = <i32>LIMBS - 1; i >= 0; i--) {
    const x = load<u32>(a + (<usize>i << 2)), y = load<u32>(b + (<usize>i << 2));
    if (x != y) return x < y ? -1 : 1;
  }
  return 0;
}

/** a -= m for normalized a >= m. */
function subInPlace(a: usize, m: usize): void {
  let borrow: i64 = 0;
  for (let i: usize = 0; i < LIMBS; i++) {
    const d = limb(a, i) - limb(m, i) + borrow;
    borrow = d >> 29;
    store<u32>(a + (i << 2), <u32>(i < LIMBS - 1 ? d & M : d));
  }
}

/** o = a mod m, fully reduced, for m = P or N and a below 2^390 (so at most 64m away; 4m in practice). */
function canon(o: usize, a: usize, m: usize): void {
  memory.copy(o, a, FE);
  while (cmp(o, m) >= 0) subInPlace(o, m);
}

export function feCanon(o: usize, a: usize): void { canon(o, a, P); }
export function scCanon(o: usize, a: usize): void { canon(o, a, N); }

const CA: usize = memory.data(56, 16);
const CB: usize = memory.data(56, 16);

/** a ≡ b (mod p). */
export function feEqual(a: usize, b: usize): bool {
  feCanon(CA, a);
  feCanon(CB, b);
  return cmp(CA, CB) == 0;
}

/**
 * a ≡ 0 (mod p). The multiples of p below 2^386 are 0, p, 2p, 3p and 4p, whose low limbs
 * are 0 and 2^29 - 1, - 2, - 3, - 4 (p ≡ -1 mod 2^29): anything else is non-zero without
 * reducing.
 */
export function feIsZero(a: usize): bool {
  if (((load<u32>(a) + 4) & 0x1fffffff) > 4) return false;
  feCanon(CA, a);
  for (let i: usize = 0; i < LIMBS; i++) if (load<u32>(CA + (i << 2)) != 0) return false;
  return true;
}

/** o = the 48-byte big-endian number at src, as limbs (not converted to Montgomery form). */
export function fromBytes(o: usize, src: usize): void {
  let acc: u64 = 0, bits: u32 = 0, i: usize = 0;
  for (let j = <i32>BYTES - 1; j >= 0; j--) {
    acc |= <u64>load<u8>(src + <usize>j) << bits;
    bits += 8;
    if (bits >= 29) {
      store<u32>(o + (i << 2), <u32>(acc & 0x1fffffff));
      acc >>= 29; bits -= 29; i++;
    }
  }
  store<u32>(o + 52, <u32>acc); // the top 7 bits (384 = 13·29 + 7)
}

/** The six 64-bit words of a fully reduced number, least significant first, at out. */
export function toWords(out: usize, a: usize): void {
  let acc: u64 = 0, bits: u32 = 0, w: usize = 0;
  for (let i: usize = 0; i < LIMBS; i++) {
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
  if (w < 6) store<u64>(out + (w << 3), acc);
}

/** Big-endian compare of two 48-byte strings: a < b. */
export function lessThanBytes(a: usize, b: usize): bool {
  for (let i: usize = 0; i < BYTES; i++) {
    const x = load<u8>(a + i), y = load<u8>(b + i);
    if (x != y) return x < y;
  }
  return false;
}

export function isZeroBytes(a: usize): bool {
  return (load<u64>(a) | load<u64>(a, 8) | load<u64>(a, 16) | load<u64>(a, 24) | load<u64>(a, 32) | load<u64>(a, 40)) == 0;
}

/** o = a·R mod p: into the Montgomery domain. */
export function feToMont(o: usize, a: usize): void { feMul(o, a, R2_P); }

/** a^0 .. a^15 for pow's window. */
const POW_TABLE: usize = memory.data(56 * 16, 16);

/**
 * o = a^e in the Montgomery domain of `mul`, for a 48-byte big-endian exponent e; a and o
 * are Montgomery values. A 4-bit fixed window: 380 squarings and at most 95 products,
 * after 14 products for the table (as p256-field.ts's pow).
 */
function pow(o: usize, a: usize, e: usize, sqr: (o: usize, a: usize) => void, mul: (o: usize, a: usize, b: usize) => void, one: usize): void {
  memory.copy(POW_TABLE, one, FE);
  memory.copy(POW_TABLE + FE, a, FE);
  for (let i: usize = 2; i < 16; i++) mul(POW_TABLE + i * FE, POW_TABLE + (i - 1) * FE, a);
  memory.copy(o, one, FE);
  for (let i: usize = 0; i < 2 * BYTES; i++) {
    if (i) { sqr(o, o); sqr(o, o); sqr(o, o); sqr(o, o); }
    const byte = load<u8>(e + (i >> 1));
    const nib = (i & 1) ? byte & 15 : byte >> 4;
    if (nib) mul(o, o, POW_TABLE + <usize>nib * FE);
  }
}

/** o = a^-1 (mod p), Montgomery in and out; a must not be ≡ 0. */
export function feInv(o: usize, a: usize): void { pow(o, a, P_MINUS_2_BYTES, feSqr, feMul, ONE_P); }

/** o = a²·R^-1 mod n, as scMul(o, a, a) (p384-mul.ts says why there is no squaring of its own). */
export function scSqr(o: usize, a: usize): void { scMul(o, a, a); }

/** o = a^-1 (mod n), Montgomery in and out; a must not be ≡ 0. */
export function scInv(o: usize, a: usize): void { pow(o, a, N_MINUS_2_BYTES, scSqr, scMul, ONE_N); }

export { feMul, feSqr, scMul };
