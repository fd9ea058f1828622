// Arithmetic mod p and mod n for P-521, on 18 limbs of 29 bits stored as u32 (72 bytes a
// number). The products are generated (p521-mul.ts); this file has the linear operations,
// the conversions and the exponentiations.
//
// Why this layout. p = 2^521 - 1 is a Mersenne prime, so reduction mod p needs no
// Montgomery form and no multiplications: 2^521 ≡ 1, and 18·29 = 522 bits put 2^522 ≡ 2
// at the limb boundary, so a product's upper 17 columns fold into the lower ones doubled.
// 29-bit limbs keep p384-field.ts's code shape and keep every column of a product in one
// u64 with room to spare (p521-mul.ts: below 2^63.2 mod p, below 2^64 with Montgomery's
// terms mod n); 30-bit limbs would overflow a column, 28-bit ones need 19 limbs (20% more
// products). Field elements are therefore plain values (feToMont does not exist here; 1
// and b are stored as they are), while scalars mod n stay Montgomery (n has no form).
//
// Bounds every stored field value keeps: limbs 0..16 in [0, 2^29), limb 17 in [0, 2^28],
// so the value is below 2^521 + 2^493 < 2p: at most one p above its residue, which
// feCanon removes. Scalars are kept fully reduced (below n): scMul reduces after each
// product, since its Montgomery output (below 2^522 + n) is not closed under a bound the
// next product accepts. Verification handles only public data, so branching is allowed.
import { feMul, feSqr, scMul as scMulWide } from "./p521-mul";
import { P, P2, N, ONE_P, ONE_N, P_MINUS_2_BYTES, N_MINUS_2_BYTES } from "./p521-tables";

const M: i64 = 0x1fffffff;
const LIMBS: usize = 18;
/** Bytes of one 18-limb number. */
export const FE: usize = 72;
/** Bytes of an encoded coordinate or scalar (RFC 7518 §3.4, §6.2.1.2): ceil(521 / 8). */
export const BYTES: usize = 66;

/** Columns of a linear operation before they are settled, i64 each. */
const C: usize = memory.data(8 * 18, 16);

// @ts-ignore: decorator
@inline function limb(a: usize, i: usize): i64 { return <i64>load<u32>(a + (i << 2)); }
// @ts-ignore: decorator
@inline function col(i: usize): i64 { return load<i64>(C + (i << 3)); }
// @ts-ignore: decorator
@inline function setCol(i: usize, v: i64): void { store<i64>(C + (i << 3), v); }

/** Floor carries through columns 0..16 (arithmetic shifts), limb 17 keeping the rest. */
function carry(): void {
  for (let i: usize = 0; i < LIMBS - 1; i++) {
    const c = col(i);
    setCol(i + 1, col(i + 1) + (c >> 29));
    setCol(i, c & M);
  }
}

/**
 * Stores the columns C as limbs at o, congruent mod p and within the bounds above, given
 * that their whole value is non-negative and below 2^526. The first pass makes limbs 0..16
 * canonical, so limb 17 holds the whole value's top, non-negative; its bits at 2^521 and
 * above (limb 17 starts at 2^493: bit 28 of it) fold into limb 0 as 2^521 ≡ 1 (below 2^5
 * of them). The second pass then leaves limb 17 at most 2^28 - 1 + 1.
 */
function settle(o: usize): void {
  carry();
  const t = col(17) >> 28;
  setCol(17, col(17) & 0xfffffff);
  setCol(0, col(0) + t);
  carry();
  for (let i: usize = 0; i < LIMBS; i++) store<u32>(o + (i << 2), <u32>col(i));
}

/** o = a + b (mod p). */
export function feAdd(o: usize, a: usize, b: usize): void {
  for (let i: usize = 0; i < LIMBS; i++) setCol(i, limb(a, i) + limb(b, i));
  settle(o);
}

/** o = a - b (mod p), computed as a - b + 2p so that the whole value stays positive (b < 2p). */
export function feSub(o: usize, a: usize, b: usize): void {
  for (let i: usize = 0; i < LIMBS; i++) setCol(i, limb(a, i) - limb(b, i) + limb(P2, i));
  settle(o);
}

/** o = k·a (mod p) for a small k (at most 8 in this code: below 2^525 before settling). */
export function feMulSmall(o: usize, a: usize, k: i64): void {
  for (let i: usize = 0; i < LIMBS; i++) setCol(i, limb(a, i) * k);
  settle(o);
}

/** Compares two numbers whose limbs 0..16 are below 2^29: -1, 0 or 1. */
export function cmp(a: usize, b: usize): i32 {
  for (let i = <i32>LIMBS - 1; i >= 0; i--) {
    const x = load<u32>(a + (<usize>i << 2)), y = load<u32>(b + (<usize>i << 2));
    if (x != y) return x < y ? -1 : 1;
  }
  return 0;
}

/** a -= m for a >= m, limbs 0..16 of both below 2^29. */
function subInPlace(a: usize, m: usize): void {
  let borrow: i64 = 0;
  for (let i: usize = 0; i < LIMBS; i++) {
    const d = limb(a, i) - limb(m, i) + borrow;
    borrow = d >> 29;
    store<u32>(a + (i << 2), <u32>(i < LIMBS - 1 ? d & M : d));
  }
}

/** o = a mod m, fully reduced, for m = P or N and a below 2^523 (at most 4m away). */
function canon(o: usize, a: usize, m: usize): void {
  memory.copy(o, a, FE);
  while (cmp(o, m) >= 0) subInPlace(o, m);
}

export function feCanon(o: usize, a: usize): void { canon(o, a, P); }
export function scCanon(o: usize, a: usize): void { canon(o, a, N); }

/** o = a·b·R^-1 mod n, fully reduced. o may alias a or b. */
export function scMul(o: usize, a: usize, b: usize): void {
  scMulWide(o, a, b);
  canon(o, o, N);
}

const CA: usize = memory.data(72, 16);
const CB: usize = memory.data(72, 16);

/** a ≡ b (mod p). */
export function feEqual(a: usize, b: usize): bool {
  feCanon(CA, a);
  feCanon(CB, b);
  return cmp(CA, CB) == 0;
}

/** a ≡ 0 (mod p): a stored value is below 2p, so it is 0 or p. */
export function feIsZero(a: usize): bool {
  feCanon(CA, a);
  for (let i: usize = 0; i < LIMBS; i++) if (load<u32>(CA + (i << 2)) != 0) return false;
  return true;
}

/**
 * o = the len-byte big-endian number at src, as limbs: a coordinate or scalar (66 bytes,
 * already checked below p or n, so below 2^521) or a SHA-512 digest (64 bytes). Limbs
 * 0..16 take 29 bits each; limb 17 what is left (below 2^28 for those inputs).
 */
export function fromBytes(o: usize, src: usize, len: usize): void {
  let acc: u64 = 0, bits: u32 = 0, i: usize = 0;
  for (let j = <i32>len - 1; j >= 0; j--) {
    acc |= <u64>load<u8>(src + <usize>j) << bits;
    bits += 8;
    if (bits >= 29 && i < LIMBS - 1) {
      store<u32>(o + (i << 2), <u32>(acc & 0x1fffffff));
      acc >>= 29; bits -= 29; i++;
    }
  }
  for (; i < LIMBS - 1; i++) { store<u32>(o + (i << 2), <u32>(acc & 0x1fffffff)); acc >>= 29; }
  store<u32>(o + 68, <u32>acc);
}

/** The nine 64-bit words of a fully reduced number (below 2^521), least significant first, at out. */
export function toWords(out: usize, a: usize): void {
  memory.fill(out, 0, 72);
  for (let i: usize = 0; i < LIMBS; i++) {
    const l = <u64>load<u32>(a + (i << 2)), bit = i * 29, w = bit >> 6, sh = bit & 63;
    store<u64>(out + (w << 3), load<u64>(out + (w << 3)) | (l << sh));
    if (sh + 29 > 64) store<u64>(out + ((w + 1) << 3), load<u64>(out + ((w + 1) << 3)) | (l >> (64 - sh)));
  }
}

/** Big-endian compare of two 66-byte strings: a < b. */
export function lessThanBytes(a: usize, b: usize): bool {
  for (let i: usize = 0; i < BYTES; i++) {
    const x = load<u8>(a + i), y = load<u8>(b + i);
    if (x != y) return x < y;
  }
  return false;
}

export function isZeroBytes(a: usize): bool {
  let x: u8 = 0;
  for (let i: usize = 0; i < BYTES; i++) x |= load<u8>(a + i);
  return x == 0;
}

/** a^0 .. a^15 for pow's window. */
const POW_TABLE: usize = memory.data(72 * 16, 16);

/**
 * o = a^e for a 66-byte big-endian exponent e, with `mul` and `sqr` (plain mod p, or
 * Montgomery mod n, where a and o are Montgomery values and `one` is R). A 4-bit fixed
 * window: 524 squarings and at most 132 products, after 14 products for the table.
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

/** o = a^-1 (mod p); a must not be ≡ 0. */
export function feInv(o: usize, a: usize): void { pow(o, a, P_MINUS_2_BYTES, feSqr, feMul, ONE_P); }

/** o = a²·R^-1 mod n, as scMul(o, a, a). */
export function scSqr(o: usize, a: usize): void { scMul(o, a, a); }

/** o = a^-1 (mod n), Montgomery in and out; a must not be ≡ 0. */
export function scInv(o: usize, a: usize): void { pow(o, a, N_MINUS_2_BYTES, scSqr, scMul, ONE_N); }

export { feMul, feSqr };
