// The twisted Edwards curve -x^2 + y^2 = 1 + d x^2 y^2 over GF(2^255 - 19) (RFC 8032
// §5.1): point decoding, and [s]B - [k]A with precomputed tables for both points.
//
// Coordinates and formulas are ref10's: extended (X:Y:Z:T) with x = X/Z, y = Y/Z,
// T = XY/Z (Hisil, Wong, Carter, Dawson 2008), "completed" P1P1 results, and affine
// "Niels" table entries (y + x, y - x, 2dxy). The addition is unified and complete on
// this curve (d is not a square), so no input, torsion points included, needs a special case.
//
// Why an eight-tooth comb: both points are fixed for many verifications (B always, A for
// a key's lifetime), so each gets a 256-entry table of the sums of subsets of
// { 2^(32 j) P : j = 0..7 } (30 KiB). [s]P is then 31 doublings and 32 table additions,
// and the two scalars share the doublings: about 31 * 8 + 64 * 7 = 700 multiplications,
// against about 2,500 for a sliding-window double-scalar multiplication.
//
// Public values only: table lookups and branches depend on the signature and the key,
// never on a secret, so nothing needs to run in constant time.
import {
  FE, D, D2, SQRT_M1, feZero, feOne, feCopy, feAdd, feSub, feNeg, feCarry, feMul, feSq, feSq2,
  feInvert, fePow22523, feFromBytes, feToBytes, feIsZero, feIsOdd, feEqual, isCanonical,
} from "./f25519";
import { scCombDigits } from "./sc25519";

/** Offsets of the coordinates in a point: X, Y, Z, T (P3 and P1P1); X, Y, Z (P2). */
const X: usize = 0, Y: usize = FE, Z: usize = 2 * FE, T: usize = 3 * FE;
/** Offsets in a Niels entry: y + x, y - x, 2dxy. */
const YPX: usize = 0, YMX: usize = FE, XY2D: usize = 2 * FE;

/** Bytes of a Niels entry, and of a comb table: 256 entries, entry 0 (the identity) unused. */
const NIELS: usize = 3 * FE;
export const TABLE_BYTES: usize = 256 * NIELS;

/** The base point B (RFC 8032 §5.1: y = 4/5, x even), as x, y, and xy. */
const BX: usize = memory.data<i32>([52811034, 25909283, 16144682, 17082669, 27570973, 30858332, 40966398, 8378388, 20764389, 8758491]);
const BY: usize = memory.data<i32>([40265304, 26843545, 13421772, 20132659, 26843545, 6710886, 53687091, 13421772, 40265318, 26843545]);
const BT: usize = memory.data<i32>([28827043, 27438313, 39759291, 244362, 8635006, 11264893, 19351346, 13413597, 16611511, 27139452]);

/**
 * B's comb table, built by the first key import (about 0.2 ms once) rather than shipped:
 * as static data it would add 30 KiB to the module and to every bundle that embeds it.
 */
const BASE_TABLE: usize = memory.data(<i32>TABLE_BYTES, 16);
let baseReady = false;

// Scratch. ACC is the running point (P3), SUM a completed result (P1P1).
const ACC: usize = memory.data(4 * <i32>FE, 16);
const SUM: usize = memory.data(4 * <i32>FE, 16);
const T0: usize = memory.data(<i32>FE, 16);
const U: usize = memory.data(<i32>FE, 16);
const V: usize = memory.data(<i32>FE, 16);
const W: usize = memory.data(<i32>FE, 16);
/** The eight comb teeth 2^(32 j) P, projective, then as Niels entries. */
const TEETH: usize = memory.data(8 * <i32>NIELS, 16);
/** Running products for the batched inversion: one per table entry. */
const PRODUCTS: usize = memory.data(256 * <i32>FE, 16);
/** Comb digits of the two scalars. */
const DIGITS_S: usize = memory.data(32, 16);
const DIGITS_K: usize = memory.data(32, 16);

/** p = identity (0 : 1 : 1 : 0). */
function p3Identity(p: usize): void {
  feZero(p + X); feOne(p + Y); feOne(p + Z); feZero(p + T);
}

/** r = p + q for Niels q (ref10 ge_madd), or p - q when `negate`: -(x, y) = (-x, y) swaps y + x and y - x. */
function madd(r: usize, p: usize, q: usize, negate: bool): void {
  feAdd(r + X, p + Y, p + X);
  feSub(r + Y, p + Y, p + X);
  feMul(r + Z, r + X, q + (negate ? YMX : YPX));
  feMul(r + Y, r + Y, q + (negate ? YPX : YMX));
  feMul(r + T, q + XY2D, p + T);
  feAdd(T0, p + Z, p + Z);
  feSub(r + X, r + Z, r + Y);
  feAdd(r + Y, r + Z, r + Y);
  if (negate) {
    feSub(r + Z, T0, r + T);
    feAdd(r + T, T0, r + T);
  } else {
    feAdd(r + Z, T0, r + T);
    feSub(r + T, T0, r + T);
  }
}

/** r = 2p for p in P2 or P3 (ref10 ge_p2_dbl; T is not read). */
function dbl(r: usize, p: usize): void {
  feSq(r + X, p + X);
  feSq(r + Z, p + Y);
  feSq2(r + T, p + Z);
  feAdd(r + Y, p + X, p + Y);
  feSq(T0, r + Y);
  feAdd(r + Y, r + Z, r + X);
  feSub(r + Z, r + Z, r + X);
  feSub(r + X, T0, r + Y);
  feSub(r + T, r + T, r + Z);
}

/** P1P1 -> P3 (ref10 ge_p1p1_to_p3): X = XT, Y = YZ, Z = ZT, T = XY. */
function toP3(r: usize, p: usize): void {
  feMul(r + X, p + X, p + T);
  feMul(r + Y, p + Y, p + Z);
  feMul(r + Z, p + Z, p + T);
  feMul(r + T, p + X, p + Y);
}

/** P1P1 -> P2: P3 without T, for a point that is only doubled next. */
function toP2(r: usize, p: usize): void {
  feMul(r + X, p + X, p + T);
  feMul(r + Y, p + Y, p + Z);
  feMul(r + Z, p + Z, p + T);
}

/**
 * Turns `count` projective points (X : Y : Z), NIELS bytes apart from `at`, into Niels
 * entries in place, with one inversion (Montgomery's trick: invert the product of all Z,
 * then peel the inverses off from the last point back).
 */
function toNiels(at: usize, count: i32): void {
  feCopy(PRODUCTS, at + Z);
  for (let i = 1; i < count; i++) {
    const prev = PRODUCTS + <usize>(i - 1) * FE;
    feMul(prev + FE, prev, at + <usize>i * NIELS + Z);
  }
  feInvert(U, PRODUCTS + <usize>(count - 1) * FE); // 1 / (Z_0 ... Z_{n-1})
  for (let i = count - 1; i >= 0; i--) {
    const e = at + <usize>i * NIELS;
    if (i > 0) {
      feMul(V, U, PRODUCTS + <usize>(i - 1) * FE); // 1 / Z_i
      feMul(U, U, e + Z);                          // 1 / (Z_0 ... Z_{i-1})
    } else {
      feCopy(V, U);
    }
    feMul(W, e + X, V); // x
    feMul(V, e + Y, V); // y
    feAdd(e + YPX, V, W); feCarry(e + YPX, e + YPX);
    feSub(e + YMX, V, W); feCarry(e + YMX, e + YMX);
    feMul(W, W, V);
    feMul(e + XY2D, W, D2);
  }
}

/**
 * Writes the comb table of p (P3) to `table`: entry b (1..255) is the sum of 2^(32 j) p over
 * the bits j of b. The entries are visited in Gray-code order, so each is the previous one
 * plus or minus a single tooth and one running point suffices; they are stored projective,
 * then converted together.
 */
export function buildTable(table: usize, p: usize): void {
  // Teeth: 2^(32 j) p, by 32 doublings each.
  feCopy(ACC + X, p + X); feCopy(ACC + Y, p + Y); feCopy(ACC + Z, p + Z);
  for (let j = 0; j < 8; j++) {
    const tooth = TEETH + <usize>j * NIELS;
    feCopy(tooth + X, ACC + X); feCopy(tooth + Y, ACC + Y); feCopy(tooth + Z, ACC + Z);
    if (j == 7) break;
    for (let n = 0; n < 32; n++) {
      dbl(SUM, ACC);
      toP2(ACC, SUM);
    }
  }
  toNiels(TEETH, 8);

  p3Identity(ACC);
  for (let k = 1; k < 256; k++) {
    const flip = ctz(k);
    const code = k ^ (k >> 1);
    madd(SUM, ACC, TEETH + <usize>flip * NIELS, ((code >> flip) & 1) == 0);
    toP3(ACC, SUM);
    const e = table + <usize>code * NIELS;
    feCopy(e + X, ACC + X); feCopy(e + Y, ACC + Y); feCopy(e + Z, ACC + Z);
  }
  toNiels(table + NIELS, 255);
}

/** B's table, built the first time it is asked for (importEd25519 asks, so verifications find it ready). */
export function baseTable(): usize {
  if (!baseReady) {
    feCopy(SUM + X, BX); feCopy(SUM + Y, BY); feOne(SUM + Z); feCopy(SUM + T, BT);
    buildTable(BASE_TABLE, SUM);
    baseReady = true;
  }
  return BASE_TABLE;
}

/** decodePoint results. */
export const DECODED: i32 = 0;
/** y >= p (step 1 says to fail), or x = 0 with the sign bit set (step 4). */
export const NOT_CANONICAL: i32 = 1;
/** No point of the curve has this y. */
export const NOT_ON_CURVE: i32 = 2;

/** Decodes a point (RFC 8032 §5.1.3) into p (P3); returns DECODED or why not. */
export function decodePoint(p: usize, s: usize): i32 {
  if (!isCanonical(s)) return NOT_CANONICAL;
  feFromBytes(p + Y, s);
  feCarry(p + Y, p + Y);
  feOne(p + Z);
  // x^2 = u / v with u = y^2 - 1, v = d y^2 + 1 (step 2).
  feSq(U, p + Y);
  feMul(V, U, D);
  feSub(U, U, p + Z);
  feAdd(V, V, p + Z);
  // Step 3: x = u v^3 (u v^7)^((p-5)/8).
  feSq(W, V);
  feMul(W, W, V);            // v^3
  feSq(p + X, W);
  feMul(p + X, p + X, V);    // v^7
  feMul(p + X, p + X, U);    // u v^7
  fePow22523(p + X, p + X);
  feMul(p + X, p + X, W);
  feMul(p + X, p + X, U);    // u v^3 (u v^7)^((p-5)/8)
  feSq(W, p + X);
  feMul(W, W, V);            // v x^2
  if (!feEqual(W, U)) {
    feNeg(U, U);
    if (!feEqual(W, U)) return NOT_ON_CURVE; // u / v is not a square
    feMul(p + X, p + X, SQRT_M1);
  }
  // Step 4: the sign bit picks x; x = 0 has no negative.
  const sign = (load<u8>(s, 31) >> 7) != 0;
  if (sign && feIsZero(p + X)) return NOT_CANONICAL;
  if (feIsOdd(p + X) != sign) feNeg(p + X, p + X);
  feMul(p + T, p + X, p + Y);
  return DECODED;
}

/** True if [8]p is the identity: p is one of the eight points of order dividing 8. */
export function hasSmallOrder(p: usize): bool {
  feCopy(ACC + X, p + X); feCopy(ACC + Y, p + Y); feCopy(ACC + Z, p + Z);
  for (let n = 0; n < 3; n++) {
    dbl(SUM, ACC);
    toP2(ACC, SUM);
  }
  // The identity is (0 : Z : Z).
  return feIsZero(ACC + X) && feEqual(ACC + Y, ACC + Z);
}

/**
 * Encodes [s]B - [k]A (RFC 8032 §5.1.2) to `out`, from A's comb table: the comb (Horner
 * over the 32 digit columns) with the doublings shared.
 */
export function doubleScalarMul(out: usize, s: usize, k: usize, tableA: usize): void {
  const tableB = baseTable();
  scCombDigits(DIGITS_S, s);
  scCombDigits(DIGITS_K, k);
  // Each step leaves ACC in P3 when an addition (which reads T) comes next, and in P2
  // (one multiplication fewer) when a doubling or the final encoding does.
  p3Identity(ACC);
  for (let i = 31; i >= 0; i--) {
    const ds = <usize>load<u8>(DIGITS_S + <usize>i);
    const dk = <usize>load<u8>(DIGITS_K + <usize>i);
    if (i != 31) {
      dbl(SUM, ACC);
      if (ds | dk) toP3(ACC, SUM);
      else toP2(ACC, SUM);
    }
    if (ds != 0) {
      madd(SUM, ACC, tableB + ds * NIELS, false);
      if (dk) toP3(ACC, SUM);
      else toP2(ACC, SUM);
    }
    if (dk != 0) {
      madd(SUM, ACC, tableA + dk * NIELS, true);
      toP2(ACC, SUM);
    }
  }
  // Affine y, and the sign of x in bit 255.
  feInvert(U, ACC + Z);
  feMul(V, ACC + X, U);
  feMul(W, ACC + Y, U);
  feToBytes(out, W);
  if (feIsOdd(V)) store<u8>(out, load<u8>(out, 31) | 0x80, 31);
}
