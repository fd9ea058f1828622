// Arithmetic modulo p = 2^255 - 19 for Ed25519 (RFC 8032 §5.1), in the representation of
// the ref10 code by Bernstein, Duif, Lange, Schwabe and Yang: ten signed limbs of 26 and
// 25 bits alternately (radix 2^25.5), one i32 each, so limb i weighs 2^ceil(25.5 i).
//
// Why this radix: wasm has no 64x64 -> 128-bit multiply, so 51-bit limbs are out; with
// 25.5-bit limbs every limb product fits an i64 with room for the ten-term sums, and
// 2^255 = 19 folds the high half back with a multiply by 19. A multiply is 100 i64
// products and one carry chain, a square 55.
//
// Bounds (the ref10 analysis): a "reduced" element, as feMul/feSq/feCarry leave it, has
// |limb| <= 1.1 * 2^25 (even limbs) or 1.1 * 2^24 (odd), the carries rounding to nearest.
// feAdd and feSub do not carry. A product column is at most 498 * 2^50 * a * b for inputs
// bounded by a and b times 2^26 / 2^25, so it stays below 2^63 while a * b < 16; reduced
// elements have a = 0.55, and the point formulas (edwards25519.ts) multiply nothing
// larger than a sum of three reduced elements, as ref10's do (a * b <= 2.8).
//
// Everything here works on public values (a public key and a signature), so nothing needs
// to run in constant time; equality and sign tests branch freely.

/** Bytes per field element: ten i32 limbs. */
export const FE: usize = 40;

/** The curve constant d = -121665/121666 (RFC 8032 §5.1), 2d, and sqrt(-1) = 2^((p-1)/4). */
export const D: usize = memory.data<i32>([56195235, 13857412, 51736253, 6949390, 114729, 24766616, 60832955, 30306712, 48412415, 21499315]);
export const D2: usize = memory.data<i32>([45281625, 27714825, 36363642, 13898781, 229458, 15978800, 54557047, 27058993, 29715967, 9444199]);
export const SQRT_M1: usize = memory.data<i32>([34513072, 25610706, 9377949, 3500415, 12389472, 33281959, 41962654, 31548777, 326685, 11406482]);

/** Scratch for the exponentiations and byte encodings. */
const T0: usize = memory.data(40, 16);
const T1: usize = memory.data(40, 16);
const T2: usize = memory.data(40, 16);
const T3: usize = memory.data(40, 16);
const BYTES: usize = memory.data(32, 16);
const CARRIED: usize = memory.data(40, 16);

export function feZero(h: usize): void { memory.fill(h, 0, FE); }

export function feOne(h: usize): void {
  memory.fill(h, 0, FE);
  store<i32>(h, 1);
}

export function feCopy(h: usize, f: usize): void { memory.copy(h, f, FE); }

// Sums and differences are a tenth of a verification's time; as two i32x4 and one i64
// lane they are three loads and stores each, inlined into the point formulas.
// @ts-ignore: decorator
@inline export function feAdd(h: usize, f: usize, g: usize): void {
  v128.store(h, i32x4.add(v128.load(f), v128.load(g)));
  v128.store(h, i32x4.add(v128.load(f, 16), v128.load(g, 16)), 16);
  store<i32>(h, load<i32>(f, 32) + load<i32>(g, 32), 32);
  store<i32>(h, load<i32>(f, 36) + load<i32>(g, 36), 36);
}

// @ts-ignore: decorator
@inline export function feSub(h: usize, f: usize, g: usize): void {
  v128.store(h, i32x4.sub(v128.load(f), v128.load(g)));
  v128.store(h, i32x4.sub(v128.load(f, 16), v128.load(g, 16)), 16);
  store<i32>(h, load<i32>(f, 32) - load<i32>(g, 32), 32);
  store<i32>(h, load<i32>(f, 36) - load<i32>(g, 36), 36);
}

export function feNeg(h: usize, f: usize): void {
  for (let i: usize = 0; i < FE; i += 4) store<i32>(h + i, -load<i32>(f + i));
}

/**
 * The ref10 carry chain over h0..h9 (i64, |h| < 2^62), stored reduced at `out`. Carries
 * round to nearest (the + 2^24 / 2^25), so limbs come out signed and small; limb 9's carry
 * wraps into limb 0 times 19 because 2^255 = 19 (mod p).
 */
// @ts-ignore: decorator
@inline function carryStore(
  out: usize, h0: i64, h1: i64, h2: i64, h3: i64, h4: i64, h5: i64, h6: i64, h7: i64, h8: i64, h9: i64,
): void {
  let c: i64;
  c = (h0 + (1 << 25)) >> 26; h1 += c; h0 -= c << 26;
  c = (h4 + (1 << 25)) >> 26; h5 += c; h4 -= c << 26;
  c = (h1 + (1 << 24)) >> 25; h2 += c; h1 -= c << 25;
  c = (h5 + (1 << 24)) >> 25; h6 += c; h5 -= c << 25;
  c = (h2 + (1 << 25)) >> 26; h3 += c; h2 -= c << 26;
  c = (h6 + (1 << 25)) >> 26; h7 += c; h6 -= c << 26;
  c = (h3 + (1 << 24)) >> 25; h4 += c; h3 -= c << 25;
  c = (h7 + (1 << 24)) >> 25; h8 += c; h7 -= c << 25;
  c = (h4 + (1 << 25)) >> 26; h5 += c; h4 -= c << 26;
  c = (h8 + (1 << 25)) >> 26; h9 += c; h8 -= c << 26;
  c = (h9 + (1 << 24)) >> 25; h0 += c * 19; h9 -= c << 25;
  c = (h0 + (1 << 25)) >> 26; h1 += c; h0 -= c << 26;
  store<i32>(out, <i32>h0, 0); store<i32>(out, <i32>h1, 4); store<i32>(out, <i32>h2, 8);
  store<i32>(out, <i32>h3, 12); store<i32>(out, <i32>h4, 16); store<i32>(out, <i32>h5, 20);
  store<i32>(out, <i32>h6, 24); store<i32>(out, <i32>h7, 28); store<i32>(out, <i32>h8, 32);
  store<i32>(out, <i32>h9, 36);
}

/** Reduces the limbs of a sum or difference back to the bounds of a product's. */
export function feCarry(h: usize, f: usize): void {
  carryStore(h,
    <i64>load<i32>(f, 0), <i64>load<i32>(f, 4), <i64>load<i32>(f, 8), <i64>load<i32>(f, 12), <i64>load<i32>(f, 16),
    <i64>load<i32>(f, 20), <i64>load<i32>(f, 24), <i64>load<i32>(f, 28), <i64>load<i32>(f, 32), <i64>load<i32>(f, 36));
}

/**
 * h = f * g. Limb product f_i g_j lands in column i + j (times 19 when i + j >= 10, as
 * 2^255 = 19) and is doubled when i and j are both odd: 25.5 i + 25.5 j rounds up twice.
 * h may alias f or g.
 */
export function feMul(h: usize, f: usize, g: usize): void {
  const f0 = <i64>load<i32>(f, 0), f1 = <i64>load<i32>(f, 4), f2 = <i64>load<i32>(f, 8), f3 = <i64>load<i32>(f, 12), f4 = <i64>load<i32>(f, 16);
  const f5 = <i64>load<i32>(f, 20), f6 = <i64>load<i32>(f, 24), f7 = <i64>load<i32>(f, 28), f8 = <i64>load<i32>(f, 32), f9 = <i64>load<i32>(f, 36);
  const g0 = <i64>load<i32>(g, 0), g1 = <i64>load<i32>(g, 4), g2 = <i64>load<i32>(g, 8), g3 = <i64>load<i32>(g, 12), g4 = <i64>load<i32>(g, 16);
  const g5 = <i64>load<i32>(g, 20), g6 = <i64>load<i32>(g, 24), g7 = <i64>load<i32>(g, 28), g8 = <i64>load<i32>(g, 32), g9 = <i64>load<i32>(g, 36);
  const g1_19 = g1 * 19, g2_19 = g2 * 19, g3_19 = g3 * 19, g4_19 = g4 * 19, g5_19 = g5 * 19;
  const g6_19 = g6 * 19, g7_19 = g7 * 19, g8_19 = g8 * 19, g9_19 = g9 * 19;
  const f1_2 = f1 << 1, f3_2 = f3 << 1, f5_2 = f5 << 1, f7_2 = f7 << 1, f9_2 = f9 << 1;
  const h0 = f0 * g0 + f1_2 * g9_19 + f2 * g8_19 + f3_2 * g7_19 + f4 * g6_19 + f5_2 * g5_19 + f6 * g4_19 + f7_2 * g3_19 + f8 * g2_19 + f9_2 * g1_19;
  const h1 = f0 * g1 + f1 * g0 + f2 * g9_19 + f3 * g8_19 + f4 * g7_19 + f5 * g6_19 + f6 * g5_19 + f7 * g4_19 + f8 * g3_19 + f9 * g2_19;
  const h2 = f0 * g2 + f1_2 * g1 + f2 * g0 + f3_2 * g9_19 + f4 * g8_19 + f5_2 * g7_19 + f6 * g6_19 + f7_2 * g5_19 + f8 * g4_19 + f9_2 * g3_19;
  const h3 = f0 * g3 + f1 * g2 + f2 * g1 + f3 * g0 + f4 * g9_19 + f5 * g8_19 + f6 * g7_19 + f7 * g6_19 + f8 * g5_19 + f9 * g4_19;
  const h4 = f0 * g4 + f1_2 * g3 + f2 * g2 + f3_2 * g1 + f4 * g0 + f5_2 * g9_19 + f6 * g8_19 + f7_2 * g7_19 + f8 * g6_19 + f9_2 * g5_19;
  const h5 = f0 * g5 + f1 * g4 + f2 * g3 + f3 * g2 + f4 * g1 + f5 * g0 + f6 * g9_19 + f7 * g8_19 + f8 * g7_19 + f9 * g6_19;
  const h6 = f0 * g6 + f1_2 * g5 + f2 * g4 + f3_2 * g3 + f4 * g2 + f5_2 * g1 + f6 * g0 + f7_2 * g9_19 + f8 * g8_19 + f9_2 * g7_19;
  const h7 = f0 * g7 + f1 * g6 + f2 * g5 + f3 * g4 + f4 * g3 + f5 * g2 + f6 * g1 + f7 * g0 + f8 * g9_19 + f9 * g8_19;
  const h8 = f0 * g8 + f1_2 * g7 + f2 * g6 + f3_2 * g5 + f4 * g4 + f5_2 * g3 + f6 * g2 + f7_2 * g1 + f8 * g0 + f9_2 * g9_19;
  const h9 = f0 * g9 + f1 * g8 + f2 * g7 + f3 * g6 + f4 * g5 + f5 * g4 + f6 * g3 + f7 * g2 + f8 * g1 + f9 * g0;
  carryStore(h, h0, h1, h2, h3, h4, h5, h6, h7, h8, h9);
}

/**
 * h = f^2 (times 2 when `double`), feMul's columns with each cross product f_i f_j
 * (i < j) counted once and doubled: 55 products instead of 100.
 */
// @ts-ignore: decorator
@inline function square(h: usize, f: usize, double: bool): void {
  const f0 = <i64>load<i32>(f, 0), f1 = <i64>load<i32>(f, 4), f2 = <i64>load<i32>(f, 8), f3 = <i64>load<i32>(f, 12), f4 = <i64>load<i32>(f, 16);
  const f5 = <i64>load<i32>(f, 20), f6 = <i64>load<i32>(f, 24), f7 = <i64>load<i32>(f, 28), f8 = <i64>load<i32>(f, 32), f9 = <i64>load<i32>(f, 36);
  const f0_2 = f0 << 1, f1_2 = f1 << 1, f2_2 = f2 << 1, f3_2 = f3 << 1, f4_2 = f4 << 1;
  const f5_2 = f5 << 1, f6_2 = f6 << 1, f7_2 = f7 << 1;
  const f5_38 = f5 * 38, f6_19 = f6 * 19, f7_38 = f7 * 38, f8_19 = f8 * 19, f9_38 = f9 * 38;
  let h0 = f0 * f0 + f1_2 * f9_38 + f2_2 * f8_19 + f3_2 * f7_38 + f4_2 * f6_19 + f5 * f5_38;
  let h1 = f0_2 * f1 + f2 * f9_38 + f3_2 * f8_19 + f4 * f7_38 + f5_2 * f6_19;
  let h2 = f0_2 * f2 + f1_2 * f1 + f3_2 * f9_38 + f4_2 * f8_19 + f5_2 * f7_38 + f6 * f6_19;
  let h3 = f0_2 * f3 + f1_2 * f2 + f4 * f9_38 + f5_2 * f8_19 + f6 * f7_38;
  let h4 = f0_2 * f4 + f1_2 * f3_2 + f2 * f2 + f5_2 * f9_38 + f6_2 * f8_19 + f7 * f7_38;
  let h5 = f0_2 * f5 + f1_2 * f4 + f2_2 * f3 + f6 * f9_38 + f7_2 * f8_19;
  let h6 = f0_2 * f6 + f1_2 * f5_2 + f2_2 * f4 + f3_2 * f3 + f7_2 * f9_38 + f8 * f8_19;
  let h7 = f0_2 * f7 + f1_2 * f6 + f2_2 * f5 + f3_2 * f4 + f8 * f9_38;
  let h8 = f0_2 * f8 + f1_2 * f7_2 + f2_2 * f6 + f3_2 * f5_2 + f4 * f4 + f9 * f9_38;
  let h9 = f0_2 * f9 + f1_2 * f8 + f2_2 * f7 + f3_2 * f6 + f4_2 * f5;
  if (double) {
    h0 <<= 1; h1 <<= 1; h2 <<= 1; h3 <<= 1; h4 <<= 1; h5 <<= 1; h6 <<= 1; h7 <<= 1; h8 <<= 1; h9 <<= 1;
  }
  carryStore(h, h0, h1, h2, h3, h4, h5, h6, h7, h8, h9);
}

export function feSq(h: usize, f: usize): void { square(h, f, false); }

/** h = 2 f^2, for the doubling formula. */
export function feSq2(h: usize, f: usize): void { square(h, f, true); }

/** h = f^(2^n), n >= 1. */
function feSqN(h: usize, f: usize, n: i32): void {
  feSq(h, f);
  for (let i = 1; i < n; i++) feSq(h, h);
}

/**
 * T0 = z^11 and T1 = z^(2^250 - 1): the common part of ref10's addition chains for
 * z^(p-2) and z^((p-5)/8). 250 squarings and 11 multiplications.
 */
function chain250(z: usize): void {
  feSq(T0, z);            // 2
  feSqN(T1, T0, 2);       // 8
  feMul(T1, z, T1);       // 9
  feMul(T0, T0, T1);      // 11
  feSq(T2, T0);           // 22
  feMul(T1, T1, T2);      // 31 = 2^5 - 1
  feSqN(T2, T1, 5);
  feMul(T1, T2, T1);      // 2^10 - 1
  feSqN(T2, T1, 10);
  feMul(T2, T2, T1);      // 2^20 - 1
  feSqN(T3, T2, 20);
  feMul(T2, T3, T2);      // 2^40 - 1
  feSqN(T2, T2, 10);
  feMul(T1, T2, T1);      // 2^50 - 1
  feSqN(T2, T1, 50);
  feMul(T2, T2, T1);      // 2^100 - 1
  feSqN(T3, T2, 100);
  feMul(T2, T3, T2);      // 2^200 - 1
  feSqN(T2, T2, 50);
  feMul(T1, T2, T1);      // 2^250 - 1
}

/** h = 1/z = z^(p-2) = z^(2^255 - 21) (Fermat); 0 for z = 0. */
export function feInvert(h: usize, z: usize): void {
  chain250(z);
  feSqN(T1, T1, 5);       // 2^255 - 32
  feMul(h, T1, T0);       // 2^255 - 21
}

/** h = z^((p-5)/8) = z^(2^252 - 3), the square-root exponent of RFC 8032 §5.1.3 step 3. */
export function fePow22523(h: usize, z: usize): void {
  chain250(z);
  feSqN(T1, T1, 2);       // 2^252 - 4
  feMul(h, T1, z);        // 2^252 - 3
}

/**
 * The canonical 32-byte little-endian encoding of f (RFC 8032 §5.1.2: the value in
 * [0, p)), with bit 255 clear. q is floor(f / p) (-1, 0 or 1 once f is reduced), found
 * by propagating the carry of f + 19; adding 19q and dropping bit 255 subtracts qp.
 */
export function feToBytes(s: usize, f: usize): void {
  // ref10's q below needs reduced limbs; sums and differences are carried first.
  feCarry(CARRIED, f);
  f = CARRIED;
  let h0 = load<i32>(f, 0), h1 = load<i32>(f, 4), h2 = load<i32>(f, 8), h3 = load<i32>(f, 12), h4 = load<i32>(f, 16);
  let h5 = load<i32>(f, 20), h6 = load<i32>(f, 24), h7 = load<i32>(f, 28), h8 = load<i32>(f, 32), h9 = load<i32>(f, 36);
  let q = (19 * h9 + (1 << 24)) >> 25;
  q = (h0 + q) >> 26; q = (h1 + q) >> 25; q = (h2 + q) >> 26; q = (h3 + q) >> 25; q = (h4 + q) >> 26;
  q = (h5 + q) >> 25; q = (h6 + q) >> 26; q = (h7 + q) >> 25; q = (h8 + q) >> 26; q = (h9 + q) >> 25;
  h0 += 19 * q;
  let c: i32;
  c = h0 >> 26; h1 += c; h0 -= c << 26;
  c = h1 >> 25; h2 += c; h1 -= c << 25;
  c = h2 >> 26; h3 += c; h2 -= c << 26;
  c = h3 >> 25; h4 += c; h3 -= c << 25;
  c = h4 >> 26; h5 += c; h4 -= c << 26;
  c = h5 >> 25; h6 += c; h5 -= c << 25;
  c = h6 >> 26; h7 += c; h6 -= c << 26;
  c = h7 >> 25; h8 += c; h7 -= c << 25;
  c = h8 >> 26; h9 += c; h8 -= c << 26;
  c = h9 >> 25; h9 -= c << 25; // c is q: the 2^255 that 19q stood for
  // Limbs are now in [0, 2^26) / [0, 2^25); pack them at bits 0, 26, 51, 77, 102, 128, ...
  store<u32>(s, <u32>h0 | (<u32>h1 << 26), 0);
  store<u32>(s, (<u32>h1 >> 6) | (<u32>h2 << 19), 4);
  store<u32>(s, (<u32>h2 >> 13) | (<u32>h3 << 13), 8);
  store<u32>(s, (<u32>h3 >> 19) | (<u32>h4 << 6), 12);
  store<u32>(s, <u32>h5 | (<u32>h6 << 25), 16);
  store<u32>(s, (<u32>h6 >> 7) | (<u32>h7 << 19), 20);
  store<u32>(s, (<u32>h7 >> 13) | (<u32>h8 << 12), 24);
  store<u32>(s, (<u32>h8 >> 20) | (<u32>h9 << 6), 28);
}

/**
 * The field element of a 32-byte little-endian string, bit 255 ignored (RFC 8032 §5.1.3
 * step 1 takes it as the sign of x). Values in [p, 2^255) are NOT refused here: callers
 * check canonicity on the bytes (isCanonical).
 */
export function feFromBytes(h: usize, s: usize): void {
  store<i32>(h, load<u32>(s, 0) & 0x3ffffff, 0);
  store<i32>(h, (load<u32>(s, 3) >> 2) & 0x1ffffff, 4);
  store<i32>(h, (load<u32>(s, 6) >> 3) & 0x3ffffff, 8);
  store<i32>(h, (load<u32>(s, 9) >> 5) & 0x1ffffff, 12);
  store<i32>(h, (load<u32>(s, 12) >> 6) & 0x3ffffff, 16);
  store<i32>(h, load<u32>(s, 16) & 0x1ffffff, 20);
  store<i32>(h, (load<u32>(s, 19) >> 1) & 0x3ffffff, 24);
  store<i32>(h, (load<u32>(s, 22) >> 3) & 0x1ffffff, 28);
  store<i32>(h, (load<u32>(s, 25) >> 4) & 0x3ffffff, 32);
  store<i32>(h, (load<u32>(s, 28) >> 6) & 0x1ffffff, 36);
}

/**
 * True if the 255-bit value of s (bit 255 ignored) is below p. The only values at or
 * above p are p .. 2^255 - 1: bytes 1..30 all 0xff, byte 31 0x7f (sign bit aside) and
 * byte 0 at least 0xed.
 */
export function isCanonical(s: usize): bool {
  if ((load<u8>(s, 31) & 0x7f) != 0x7f) return true;
  for (let i: usize = 1; i < 31; i++) if (load<u8>(s + i) != 0xff) return true;
  return load<u8>(s) < 0xed;
}

/** True if f = 0 (mod p). */
export function feIsZero(f: usize): bool {
  feToBytes(BYTES, f);
  return (load<u64>(BYTES, 0) | load<u64>(BYTES, 8) | load<u64>(BYTES, 16) | load<u64>(BYTES, 24)) == 0;
}

/** True if f mod p is odd: "negative" in RFC 8032 §5.1.2's sign convention. */
export function feIsOdd(f: usize): bool {
  feToBytes(BYTES, f);
  return (load<u8>(BYTES) & 1) != 0;
}

/** True if f = g (mod p). */
export function feEqual(f: usize, g: usize): bool {
  feSub(T0, f, g);
  return feIsZero(T0);
}
