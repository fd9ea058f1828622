// Montgomery arithmetic modulo an odd n for the RSA public operation (RFC 8017 §5.2.2),
// on 29-bit limbs stored one per u32, least significant first.
//
// The products go into u64 columns without propagating carries (the carries are
// deferred), and SIMD does two columns at once with i64x2.extmul_{low,high}_i32x4_u. A
// limb product is below 2^58, so a column takes a few dozen before it could overflow;
// columns then settle (each column's high bits into the next, all at once), every 14
// passes in montMul and 9 in montSqr (a 2048-bit product has 36 passes).
//
// Why 29 bits, not 28: a 2048-bit modulus takes 71 limbs instead of 74, and the vector loop
// covers columns in fours, so a pass takes 18 chunks instead of 19 and a product 36 passes
// instead of 37: 3 to 5% faster per verify (bench/asymmetric-ab.mjs, Node 20 and Chromium
// 156) even with the settles, which 28-bit columns needed only every 60 passes. 30 bits
// would settle every 3 passes.
//
// montMul is "almost Montgomery" (operand-scanning, reduction interleaved): with
// R = 2^(29L) > 4n and inputs below 2n, (ab + mn)/R < 2n, so no subtraction is needed
// between products; modPow reduces once at the end. Rows go in pairs: each pass over the
// columns adds a_i*b + m_i*n and a_(i+1)*b + m_(i+1)*n (shifted one column), which halves
// the loads and stores of the columns and keeps every 16-byte column load aligned with an
// earlier store (a window moving by 8 bytes made each load straddle two stores, which
// CPUs cannot forward): 1.7 times faster than one row per pass. When L is odd the last
// row goes alone (half a pass's multiplications: 2% off a 2048-bit verify on Node). Every
// limb array has a zero limb before it and four after it, for the shifted and the last
// loads.
//
// Squarings, 16 of the 18 products for e = 65537, go through montSqr, which multiplies
// only the square's triangle; its first triangle chunk takes masked limbs rather than
// having the extra terms subtracted by scalar loops (5 to 7% off a verify), and a squaring
// now costs 0.7 to 0.8 of a montMul (Chromium's profiler). Measured slower on V8 and
// dropped: the square as a separate triangle and reduction (no fewer loads and stores),
// the triangle's upper half as separate rows after the passes, four rows per pass (sixteen
// live vectors spill: twice as slow), the chunk loop unrolled by two (no faster on Node 20;
// V8 12 and later unroll it by four themselves), computing the next pass's multiples of n
// early to overlap their chain of multiplications with the vector loop (no faster once
// isolated), and the carry chain that reads a product's result out dropped altogether
// (under 1%: it overlaps the next product). Weighed, not built: i32x4.dot_i16x8_s needs
// limbs of 13 bits or less, 4.5 times the products, for about as many instructions. Built
// as a prototype and measured slower (2026-12-07, Chromium 156, AMD EPYC Zen 4):
// f64x2.relaxed_madd on 23-bit f64 limbs (exact: products below 2^46, columns below
// 2^53), four rows per pass, limb pairs (b_j, n_j) so one FMA adds a_i b_j and m_i n_j: 1.14x
// slower per RS256-2048 verify than this kernel (1.30x with separate a and m rows), and about
// 3% slower at best with a cheaper squaring: the FMA pipes run it, but exactness takes 1.7
// times the products. The loop is bound by the instructions it issues: each extmul is two
// unpacks and one multiply on x64, one unpack of which (the splat's) is wasted.
//
// Everything here works on public values (a signature and a public key), so nothing needs
// to run in constant time.
import { WORK } from "./layout";

export const LIMB_BITS: i32 = 29;
const MASK: u32 = (1 << 29) - 1;
/** Limbs for an 8192-bit modulus (ceil((8192 + 2) / 29) = 283), with room to spare. */
export const MAX_LIMBS: i32 = 296;
/** Bytes of one limb array with its zero padding: 4 limbs before (the first 3 unused), 4 after. */
export const LIMB_ARRAY_BYTES: usize = (<usize>MAX_LIMBS + 8) << 2;
/** Offset of limb 0 inside such an array. */
export const LIMB_ARRAY_START: usize = 16;

/** The product's columns, u64 each: 2 * MAX_LIMBS + 16 of them. */
const T: usize = WORK;
const T_BYTES: usize = (<usize>(2 * MAX_LIMBS + 16)) << 3;
/** s in Montgomery form, and the running power. */
const X: usize = T + T_BYTES + LIMB_ARRAY_START;
const ACC: usize = X + LIMB_ARRAY_BYTES;
/** Scratch for fromBytes callers. */
export const S: usize = ACC + LIMB_ARRAY_BYTES;
/** montSqr's doubled operand, 2a, with the same padding. */
const D: usize = S + LIMB_ARRAY_BYTES;

/**
 * Passes between settles (below). After a settle a column is below 2^36; montMul's passes
 * add below 2^60 each (four products below 2^58), montSqr's below 3 * 2^59 (two triangle
 * products a_x * 2a_y below 2^59, two reduction products below 2^58). The next pass's
 * multiples are computed from the columns before the settle, adding one more pass's worth
 * at most: 15 * 2^60 and 30 * 2^59 stay below 2^64.
 */
const MUL_PASSES: i32 = 14;
const SQR_PASSES: i32 = 9;

/**
 * Moves every column's bits above 29 into the next column, for columns p[0, count) (count
 * even; p 16-byte aligned) at once: column k becomes (c_k mod 2^29) + (c_(k-1) >> 29), from
 * the old values. That is no full carry propagation, but it leaves every column below
 * 2^29 + 2^35, which is all the overflow bound needs, and the columns are independent, so
 * it runs two columns per vector step instead of one serial carry chain (a 2048-bit squaring
 * spent 5% of its time in that chain). Going down keeps each column's old value until the
 * step that reads it as c_(k-1) is done. The column below p is taken as zero: the callers'
 * is dead (its carry already folded into p[0]), and is cleared here.
 */
function settle(p: usize, count: i32): void {
  store<u64>(p - 8, 0);
  const mask = i64x2.splat(<i64>MASK);
  for (let k = count - 2; k >= 0; k -= 2) {
    const at = p + (<usize>k << 3);
    const v = v128.load(at), w = v128.load(at - 8);
    v128.store(at, i64x2.add(v128.and(v, mask), i64x2.shr_u(w, 29)));
  }
}

/**
 * Adds rows i and i + 1 of the product (limbs va0 and va1 of a, times b) and of the
 * reduction (vm0 and vm1, times n) into the four columns at p, chunk `at` (bytes into the
 * limb arrays). Row i + 1 lands one column to the right, so it takes limbs j - 1 .. j + 2.
 */
// @ts-ignore: decorator
@inline function addRows(p: usize, b: usize, n: usize, at: usize, va0: v128, vm0: v128, va1: v128, vm1: v128): void {
  addLimbs(p, v128.load(b + at), v128.load(n + at), v128.load(b + at - 4), v128.load(n + at - 4), va0, vm0, va1, vm1);
}

/**
 * addRows with x = b + at - 4 and y = n + at - 4 given: every load's address is then a
 * pointer plus a constant, which V8 folds into the instruction, where b + at - 4 took a
 * separate add per load.
 */
// @ts-ignore: decorator
@inline function addRowsFrom(p: usize, x: usize, y: usize, va0: v128, vm0: v128, va1: v128, vm1: v128): void {
  addLimbs(p, v128.load(x, 4), v128.load(y, 4), v128.load(x), v128.load(y), va0, vm0, va1, vm1);
}

/** addRows on limbs already loaded: vb, vn for row i, wb, wn (one limb lower) for row i + 1. */
// @ts-ignore: decorator
@inline function addLimbs(p: usize, vb: v128, vn: v128, wb: v128, wn: v128, va0: v128, vm0: v128, va1: v128, vm1: v128): void {
  const lo = i64x2.add(
    i64x2.add(i64x2.extmul_low_i32x4_u(vb, va0), i64x2.extmul_low_i32x4_u(vn, vm0)),
    i64x2.add(i64x2.extmul_low_i32x4_u(wb, va1), i64x2.extmul_low_i32x4_u(wn, vm1)),
  );
  const hi = i64x2.add(
    i64x2.add(i64x2.extmul_high_i32x4_u(vb, va0), i64x2.extmul_high_i32x4_u(vn, vm0)),
    i64x2.add(i64x2.extmul_high_i32x4_u(wb, va1), i64x2.extmul_high_i32x4_u(wn, vm1)),
  );
  v128.store(p, i64x2.add(v128.load(p), lo));
  v128.store(p, i64x2.add(v128.load(p, 16), hi), 16);
}

/**
 * out = a * b / R mod n, below 2n when a and b are (see above). out may be a or b.
 * n0inv is -n^-1 mod 2^29. a, b and n have L4 limbs, those from L on zero.
 */
function montMul(out: usize, a: usize, b: usize, n: usize, n0inv: u32, L: i32, L4: i32): void {
  memory.fill(T, 0, (<usize>(2 * L4 + 16)) << 3);
  const b0 = <u64>load<u32>(b), b1 = <u64>load<u32>(b, 4);
  const n0 = <u64>load<u32>(n), n1 = <u64>load<u32>(n, 4);
  // The multiples of n that clear columns i and i + 1, for pass 0 here and for each next
  // pass at the end of the one before.
  let a0 = load<u32>(a), a1 = load<u32>(a, 4);
  let c0 = <u64>a0 * b0;
  let m0 = (<u32>c0 * n0inv) & MASK;
  let m1 = (<u32>(<u64>a0 * b1 + <u64>m0 * n1 + ((c0 + <u64>m0 * n0) >> 29) + <u64>a1 * b0) * n0inv) & MASK;
  for (let i = 0; i + 1 < L; i += 2) {
    const tp = T + (<usize>i << 3);
    const va0 = i32x4.splat(a0), vm0 = i32x4.splat(m0);
    const va1 = i32x4.splat(a1), vm1 = i32x4.splat(m1);
    addRows(tp, b, n, 0, va0, vm0, va1, vm1);
    // Columns i and i + 1 are now multiples of 2^29: their high parts move up, and the
    // division by R is reading the result from column L on.
    const t1 = load<u64>(tp, 8) + (load<u64>(tp) >> 29);
    store<u64>(tp, load<u64>(tp, 16) + (t1 >> 29), 16);
    const end = tp + (<usize>L << 3);
    for (let p = tp + 32, x = b + 12, y = n + 12; p <= end; p += 32, x += 16, y += 16) addRowsFrom(p, x, y, va0, vm0, va1, vm1);
    // The next pass's multiples; at the last pass this reads a's zero padding, harmlessly
    // (and m1 goes unused when row L - 1 goes alone).
    const c = tp + 16;
    a0 = load<u32>(a + (<usize>i << 2), 8);
    a1 = load<u32>(a + (<usize>i << 2), 12);
    c0 = load<u64>(c) + <u64>a0 * b0;
    m0 = (<u32>c0 * n0inv) & MASK;
    m1 = (<u32>(load<u64>(c, 8) + <u64>a0 * b1 + <u64>m0 * n1 + ((c0 + <u64>m0 * n0) >> 29) + <u64>a1 * b0) * n0inv) & MASK;
    // Settle every MUL_PASSES passes, before a column could overflow (not after the last
    // pair: the result's columns take at most one more row). Settling keeps column i + 2
    // mod 2^29 and the sum of columns i + 2 and i + 3 with the carry between them, which is
    // all the multiples just computed depend on.
    if (i % (2 * MUL_PASSES) == 2 * MUL_PASSES - 2 && i + 2 < L) settle(c, L4 + 4);
  }
  if (L & 1) {
    // Row L - 1 alone (its a_i and m_i from the pass before); column L - 1 is then a
    // multiple of 2^29, and its high part joins column L.
    const tp = T + (<usize>(L - 1) << 3);
    const va0 = i32x4.splat(a0), vm0 = i32x4.splat(m0);
    for (let j = 0; j < L; j += 4) {
      const at = <usize>j << 2;
      addTwo(tp + (<usize>j << 3), v128.load(b + at), v128.load(n + at), va0, vm0);
    }
    store<u64>(tp, load<u64>(tp, 8) + (load<u64>(tp) >> 29), 8);
  }
  carryOut(out, L, L4);
}

/** out = columns L.. of T, carried into L4 limbs of 29 bits: the product divided by R. */
// @ts-ignore: decorator
@inline function carryOut(out: usize, L: i32, L4: i32): void {
  let c: u64 = 0;
  for (let j = 0; j < L4; j++) {
    const v = load<u64>(T + (<usize>(L + j) << 3)) + c;
    store<u32>(out + (<usize>j << 2), <u32>v & MASK);
    c = v >> 29;
  }
}

/** The four columns at p plus u * su + v * sv, lane by lane (two rows' terms). */
// @ts-ignore: decorator
@inline function addTwo(p: usize, u: v128, v: v128, su: v128, sv: v128): void {
  const lo = i64x2.add(i64x2.extmul_low_i32x4_u(u, su), i64x2.extmul_low_i32x4_u(v, sv));
  const hi = i64x2.add(i64x2.extmul_high_i32x4_u(u, su), i64x2.extmul_high_i32x4_u(v, sv));
  v128.store(p, i64x2.add(v128.load(p), lo));
  v128.store(p, i64x2.add(v128.load(p, 16), hi), 16);
}

/** The four columns at p plus u * su, lane by lane (one row's terms). */
// @ts-ignore: decorator
@inline function addOne(p: usize, u: v128, su: v128): void {
  v128.store(p, i64x2.add(v128.load(p), i64x2.extmul_low_i32x4_u(u, su)));
  v128.store(p, i64x2.add(v128.load(p, 16), i64x2.extmul_high_i32x4_u(u, su)), 16);
}

/** addRows without the product's rows: the reduction's alone, below the square's triangle. */
// @ts-ignore: decorator
@inline function addReduction(p: usize, n: usize, at: usize, vm0: v128, vm1: v128): void {
  addTwo(p, v128.load(n + at), v128.load(n + at - 4), vm0, vm1);
}

/** Lanes 2 and 3 kept, 0 and 1 cleared. */
const HIGH_LANES = memory.data<u32>([0, 0, 0xffffffff, 0xffffffff], 16);

/**
 * montSqr's first triangle chunk of pass i, at p and byte offset `at` into the limb arrays
 * (j0 = i & ~3). When i = j0, row i takes a_i, D_(i+1), D_(i+2), D_(i+3) and row i + 1
 * takes 0, 0, a_(i+1), D_(i+2); when i = j0 + 2 (odd), row i takes 0, 0, a_i, D_(i+1) and
 * row i + 1 nothing (its diagonal is in the next chunk).
 */
// @ts-ignore: decorator
@inline function firstTriangleChunk(p: usize, n: usize, at: usize, odd: bool, a0: u32, a1: u32, va0: v128, vm0: v128, va1: v128, vm1: v128): void {
  const high = v128.load(HIGH_LANES);
  let vb = v128.load(D + at);
  let wb: v128;
  if (odd) {
    vb = i32x4.replace_lane(v128.and(vb, high), 2, <i32>a0);
    wb = i32x4.splat(0);
  } else {
    vb = i32x4.replace_lane(vb, 0, <i32>a0);
    wb = i32x4.replace_lane(v128.and(v128.load(D + at - 4), high), 2, <i32>a1);
  }
  addLimbs(p, vb, v128.load(n + at), wb, v128.load(n + at - 4), va0, vm0, va1, vm1);
}

/**
 * out = a * a / R mod n, as montMul(out, a, a) gives it, with a quarter fewer vector
 * multiplications. Pass i still adds the reduction rows m_i*n and m_(i+1)*n over every
 * column, but the square's rows i and i+1 only where the triangle has terms: row x adds
 * a_x * 2a_y for y > x and a_x^2 for y = x, so columns below 2i take reduction products
 * only. The first chunk of the triangle part starts at a multiple of four, so it takes D's
 * limbs masked (firstTriangleChunk) and, every other pass, so does the next chunk. A pass
 * adds below 3 * 2^59 to a column: settle every SQR_PASSES.
 */
function montSqr(out: usize, a: usize, n: usize, n0inv: u32, L: i32, L4: i32): void {
  // a's limbs from L4 on are zero, so D's are too.
  for (let j = 0; j < L4 + 4; j += 4) {
    const at = <usize>j << 2;
    v128.store(D + at, i32x4.shl(v128.load(a + at), 1));
  }
  memory.fill(T, 0, (<usize>(2 * L4 + 16)) << 3);
  const n0 = <u64>load<u32>(n), n1 = <u64>load<u32>(n, 4);
  // Only pass 0's triangle rows reach its own two columns: a_0^2 and 2 a_0 a_1.
  let a0 = load<u32>(a), a1 = load<u32>(a, 4);
  let c0 = <u64>a0 * <u64>a0;
  let m0 = (<u32>c0 * n0inv) & MASK;
  let m1 = (<u32>(<u64>a0 * <u64>load<u32>(D, 4) + <u64>m0 * n1 + ((c0 + <u64>m0 * n0) >> 29)) * n0inv) & MASK;
  for (let i = 0; i + 1 < L; i += 2) {
    const tp = T + (<usize>i << 3);
    const vm0 = i32x4.splat(m0), vm1 = i32x4.splat(m1);
    const va0 = i32x4.splat(a0), va1 = i32x4.splat(a1);
    // The triangle starts at column 2i, in the chunk at j0; its first chunk takes D's
    // limbs with the ones below the diagonal cleared and the diagonal's halved (a_x, not
    // 2a_x), and so does row i + 1's diagonal in the next chunk when i = j0 + 2. Building
    // those from the loaded vectors measured faster than subtracting the extra terms from
    // the columns afterwards.
    const j0 = i & ~3;
    const odd = i != j0;
    if (j0 == 0) firstTriangleChunk(tp, n, 0, odd, a0, a1, va0, vm0, va1, vm1);
    else addReduction(tp, n, 0, vm0, vm1);
    const t1 = load<u64>(tp, 8) + (load<u64>(tp) >> 29);
    store<u64>(tp, load<u64>(tp, 16) + (t1 >> 29), 16);
    // Reduction rows alone up to the triangle (the loads' addresses as in addRowsFrom).
    for (let p = tp + 32, y = n + 12, end = tp + (<usize>j0 << 3); p < end; p += 32, y += 16) addTwo(p, v128.load(y, 4), v128.load(y), vm0, vm1);
    if (j0 != 0) firstTriangleChunk(tp + (<usize>j0 << 3), n, <usize>j0 << 2, odd, a0, a1, va0, vm0, va1, vm1);
    let j = j0 + 4;
    if (odd && j <= L) {
      const at = <usize>j << 2;
      addLimbs(tp + (<usize>j << 3), v128.load(D + at), v128.load(n + at), i32x4.replace_lane(v128.load(D + at - 4), 0, <i32>a1), v128.load(n + at - 4), va0, vm0, va1, vm1);
      j += 4;
    }
    const end = tp + (<usize>L << 3);
    for (let p = tp + (<usize>j << 3), x = D + (<usize>j << 2) - 4, y = n + (<usize>j << 2) - 4; p <= end; p += 32, x += 16, y += 16) addRowsFrom(p, x, y, va0, vm0, va1, vm1);
    // The next pass's multiples, as in montMul. Its rows' triangle terms start at column
    // 2(i + 2), past its two columns.
    const c = tp + 16;
    a0 = load<u32>(a + (<usize>i << 2), 8);
    a1 = load<u32>(a + (<usize>i << 2), 12);
    c0 = load<u64>(c);
    m0 = (<u32>c0 * n0inv) & MASK;
    m1 = (<u32>(load<u64>(c, 8) + <u64>m0 * n1 + ((c0 + <u64>m0 * n0) >> 29)) * n0inv) & MASK;
    if (i % (2 * SQR_PASSES) == 2 * SQR_PASSES - 2 && i + 2 < L) settle(c, L4 + 4);
  }
  if (L & 1) {
    // Row L - 1 alone, as in montMul: the reduction row over every column, and of the
    // square only a_(L-1)^2 (D's limbs past the diagonal are the padding's zeros), in the
    // chunk at j0, lane L - 1 - j0 (0 or 2, L - 1 being even).
    const i = L - 1;
    const tp = T + (<usize>i << 3);
    const vm0 = i32x4.splat(m0), va0 = i32x4.splat(a0);
    const j0 = i & ~3;
    for (let j = 0; j < j0; j += 4) addOne(tp + (<usize>j << 3), v128.load(n + (<usize>j << 2)), vm0);
    const diagonal = i != j0 ? i32x4.replace_lane(i32x4.splat(0), 2, <i32>a0) : i32x4.replace_lane(i32x4.splat(0), 0, <i32>a0);
    addTwo(tp + (<usize>j0 << 3), diagonal, v128.load(n + (<usize>j0 << 2)), va0, vm0);
    store<u64>(tp, load<u64>(tp, 8) + (load<u64>(tp) >> 29), 8);
  }
  carryOut(out, L, L4);
}

/** a >= n, both of L4 limbs. */
function geq(a: usize, n: usize, L4: i32): bool {
  for (let j = L4 - 1; j >= 0; j--) {
    const x = load<u32>(a + (<usize>j << 2));
    const y = load<u32>(n + (<usize>j << 2));
    if (x != y) return x > y;
  }
  return true;
}

/** a -= n, given a >= n. */
function sub(a: usize, n: usize, L4: i32): void {
  let borrow: i32 = 0;
  for (let j = 0; j < L4; j++) {
    const at = a + (<usize>j << 2);
    const v = <i32>load<u32>(at) - <i32>load<u32>(n + (<usize>j << 2)) - borrow;
    borrow = v < 0 ? 1 : 0;
    store<u32>(at, <u32>v & MASK);
  }
}

/**
 * out = s^e mod n, fully reduced, for s < n and odd e. r2 is R^2 mod n. Left-to-right
 * binary exponentiation in Montgomery form, except the last step: e is odd, so the last
 * step multiplies by s, and multiplying the accumulator (s^(e-1) R, below 2n) by the plain
 * s (below n) gives s^(e-1) R s / R = s^e itself, below 2n by the same bound, one
 * conditional subtraction from reduced. That saves the product that would leave the form
 * (times 1): for e = 65537, one product to enter, 16 squarings and one multiplication.
 * s is read at the end, so out may be s only because it is written last.
 */
export function modPow(out: usize, s: usize, e: u32, n: usize, r2: usize, n0inv: u32, L: i32, L4: i32): void {
  // The vector loops read four limbs past L4: a larger key's limbs there would be read as
  // part of this one's numbers.
  const padded = (<usize>L4 + 4) << 2;
  memory.fill(X, 0, padded);
  memory.fill(ACC, 0, padded);
  montMul(X, s, r2, n, n0inv, L, L4);
  memory.copy(ACC, X, <usize>L4 << 2);
  for (let bit = 30 - <i32>clz(e); bit >= 1; bit--) {
    montSqr(ACC, ACC, n, n0inv, L, L4);
    if ((e >> <u32>bit) & 1) montMul(ACC, ACC, X, n, n0inv, L, L4);
  }
  montSqr(ACC, ACC, n, n0inv, L, L4);
  montMul(ACC, ACC, s, n, n0inv, L, L4);
  if (geq(ACC, n, L4)) sub(ACC, n, L4);
  memory.copy(out, ACC, <usize>L4 << 2);
}

/**
 * The big-endian bytes src[0, len) as L4 limbs at dst, and the four zero limbs after them.
 * Limb j is bits [29j, 29j + 29) of the number, inside the 8 bytes that end 29j / 8 bytes
 * before src + len: one big-endian load per limb rather than a loop per byte.
 */
export function fromBytes(dst: usize, src: usize, len: i32, L4: i32): void {
  memory.fill(dst, 0, (<usize>L4 + 4) << 2);
  let j = 0;
  for (; j < L4; j++) {
    const low = j * 29;
    const q = low >> 3;
    if (q + 8 > len) break;
    const v = bswap<u64>(load<u64>(src + <usize>(len - 8 - q)));
    store<u32>(dst + (<usize>j << 2), <u32>(v >> <u64>(low & 7)) & MASK);
  }
  // The top limbs, whose 8 bytes would start before src: byte by byte.
  for (; j < L4; j++) {
    const low = j * 29;
    const q = low >> 3;
    if (q >= len) break;
    let v: u64 = 0;
    for (let t = 0; t < 8 && q + t < len; t++) v |= <u64>load<u8>(src + <usize>(len - 1 - q - t)) << <u64>(t << 3);
    store<u32>(dst + (<usize>j << 2), <u32>(v >> <u64>(low & 7)) & MASK);
  }
}

/** Bits [bit, bit + 64) of the number whose limbs are at src (limbs past L4 read as the zero padding). */
function bitsAt(src: usize, bit: i32): u64 {
  const a = <usize>(bit / 29) << 2;
  const s = bit % 29;
  let v = (<u64>load<u32>(src + a) >> <u64>s) | (<u64>load<u32>(src + a, 4) << <u64>(29 - s)) | (<u64>load<u32>(src + a, 8) << <u64>(58 - s));
  // A fourth limb reaches into the 64 bits when 87 - s < 64.
  if (s > 23) v |= <u64>load<u32>(src + a, 12) << <u64>(87 - s);
  return v;
}

/**
 * The low len bytes of the L4 limbs at src (below 2^(29 L4), limbs below 2^29), big-endian,
 * at dst: eight bytes per store, from the end.
 */
export function toBytes(dst: usize, src: usize, len: i32, L4: i32): void {
  const words = len >> 3;
  for (let w = 0; w < words; w++) store<u64>(dst + <usize>(len - 8 - (w << 3)), bswap<u64>(bitsAt(src, w << 6)));
  const head = len & 7;
  if (head != 0) {
    const v = bitsAt(src, words << 6);
    for (let t = 0; t < head; t++) store<u8>(dst + <usize>(head - 1 - t), <u8>(v >> <u64>(t << 3)));
  }
}
