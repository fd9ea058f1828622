// Montgomery arithmetic modulo an odd n for the RSA public operation (RFC 8017 §5.2.2),
// on 28-bit limbs stored one per u32, least significant first.
//
// Why 28 bits: a limb product is below 2^56, so a u64 column can take 256 of them before
// it could overflow. The products then go into the columns without propagating carries
// (the carries are deferred), and SIMD does two columns at once with
// i64x2.extmul_{low,high}_i32x4_u. Columns are normalised every 64 rows, which keeps every
// column below 2^63 whatever the modulus size (a 2048-bit product has 74 rows).
//
// montMul is "almost Montgomery" (operand-scanning, reduction interleaved): with
// R = 2^(28L) > 4n and inputs below 2n, (ab + mn)/R < 2n, so no subtraction is needed
// between products; modPow reduces once at the end. Inputs and the modulus are padded
// with zero limbs to L4, a multiple of 4, for the vector loop; R is still 2^(28L).
//
// Everything here works on public values (a signature and a public key), so nothing needs
// to run in constant time.
import { WORK } from "./layout";

export const LIMB_BITS: i32 = 28;
const MASK: u32 = (1 << 28) - 1;
/** Limbs for an 8192-bit modulus: ceil((8192 + 2) / 28) = 293, padded to 296. */
export const MAX_LIMBS: i32 = 296;
const LIMB_BYTES: usize = <usize>MAX_LIMBS << 2;

/** The product's columns, u64 each: 2 * MAX_LIMBS + 8 of them. */
const T: usize = WORK;
const T_BYTES: usize = (<usize>(2 * MAX_LIMBS + 8)) << 3;
/** s in Montgomery form, the running power, and the constant 1 (to leave the form). */
const X: usize = T + T_BYTES;
const ACC: usize = X + LIMB_BYTES;
const ONE: usize = ACC + LIMB_BYTES;
/** Scratch for fromBytes callers. */
export const S: usize = ONE + LIMB_BYTES;
export const MONTGOMERY_END: usize = S + LIMB_BYTES;

/** Limb count L for a modulus of `bits` bits: the smallest with 2^(28L) > 4n. */
// @ts-ignore: decorator
@inline export function limbCount(bits: i32): i32 { return (bits + 2 + 27) / 28; }

/** Carries over columns p[0, count), the last carry added into p[count]. */
function normalize(p: usize, count: i32): void {
  let c: u64 = 0;
  for (let k = 0; k < count; k++) {
    const at = p + (<usize>k << 3);
    const v = load<u64>(at) + c;
    store<u64>(at, v & MASK);
    c = v >> 28;
  }
  const top = p + (<usize>count << 3);
  store<u64>(top, load<u64>(top) + c);
}

/**
 * out = a * b / R mod n, below 2n when a and b are (see above). out may be a or b.
 * n0inv is -n^-1 mod 2^28. a, b and n have L4 limbs, those from L on zero.
 */
export function montMul(out: usize, a: usize, b: usize, n: usize, n0inv: u32, L: i32, L4: i32): void {
  memory.fill(T, 0, (<usize>(2 * L4 + 8)) << 3);
  const b0 = <u64>load<u32>(b);
  for (let i = 0; i < L; i++) {
    const ai = load<u32>(a + (<usize>i << 2));
    const tp = T + (<usize>i << 3);
    // The multiple of n that clears column i's low 28 bits, once a_i * b is in it.
    const t0 = load<u64>(tp) + <u64>ai * b0;
    const m = (<u32>t0 * n0inv) & MASK;
    const va = i32x4.splat(ai);
    const vm = i32x4.splat(m);
    for (let j = 0; j < L4; j += 4) {
      const vb = v128.load(b + (<usize>j << 2));
      const vn = v128.load(n + (<usize>j << 2));
      const p = tp + (<usize>j << 3);
      const lo = i64x2.add(i64x2.extmul_low_i32x4_u(vb, va), i64x2.extmul_low_i32x4_u(vn, vm));
      const hi = i64x2.add(i64x2.extmul_high_i32x4_u(vb, va), i64x2.extmul_high_i32x4_u(vn, vm));
      v128.store(p, i64x2.add(v128.load(p), lo));
      v128.store(p, i64x2.add(v128.load(p, 16), hi), 16);
    }
    // Column i is now a multiple of 2^28: its high part moves up, and the division by R
    // is reading the result from column L on.
    store<u64>(tp, load<u64>(tp, 8) + (load<u64>(tp) >> 28), 8);
    if ((i & 63) == 63) normalize(tp + 8, L4);
  }
  let c: u64 = 0;
  for (let j = 0; j < L4; j++) {
    const v = load<u64>(T + (<usize>(L + j) << 3)) + c;
    store<u32>(out + (<usize>j << 2), <u32>v & MASK);
    c = v >> 28;
  }
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
 * out = s^e mod n, fully reduced, for s < n. r2 is R^2 mod n. Left-to-right binary
 * exponentiation: for e = 65537, 16 squarings and one multiplication, plus one product
 * each to enter and leave the Montgomery form.
 */
export function modPow(out: usize, s: usize, e: u32, n: usize, r2: usize, n0inv: u32, L: i32, L4: i32): void {
  montMul(X, s, r2, n, n0inv, L, L4);
  memory.copy(ACC, X, <usize>L4 << 2);
  for (let bit = 30 - <i32>clz(e); bit >= 0; bit--) {
    montMul(ACC, ACC, ACC, n, n0inv, L, L4);
    if ((e >> <u32>bit) & 1) montMul(ACC, ACC, X, n, n0inv, L, L4);
  }
  memory.fill(ONE, 0, <usize>L4 << 2);
  store<u32>(ONE, 1);
  montMul(ACC, ACC, ONE, n, n0inv, L, L4);
  if (geq(ACC, n, L4)) sub(ACC, n, L4);
  memory.copy(out, ACC, <usize>L4 << 2);
}

/** The big-endian bytes src[0, len) as L4 limbs at dst. */
export function fromBytes(dst: usize, src: usize, len: i32, L4: i32): void {
  memory.fill(dst, 0, <usize>L4 << 2);
  let acc: u64 = 0;
  let bits: i32 = 0;
  let j = 0;
  for (let i = len - 1; i >= 0; i--) {
    acc |= <u64>load<u8>(src + <usize>i) << <u64>bits;
    bits += 8;
    if (bits >= 28) {
      if (j < L4) store<u32>(dst + (<usize>j << 2), <u32>acc & MASK);
      j++;
      acc >>= 28;
      bits -= 28;
    }
  }
  if (bits > 0 && j < L4) store<u32>(dst + (<usize>j << 2), <u32>acc);
}

/** The low len bytes of the L4 limbs at src, big-endian, at dst. */
export function toBytes(dst: usize, src: usize, len: i32, L4: i32): void {
  let acc: u64 = 0;
  let bits: i32 = 0;
  let j = 0;
  for (let i = len - 1; i >= 0; i--) {
    if (bits < 8) {
      if (j < L4) acc |= <u64>load<u32>(src + (<usize>j << 2)) << <u64>bits;
      j++;
      bits += 28;
    }
    store<u8>(dst + <usize>i, <u8>acc);
    acc >>= 8;
    bits -= 8;
  }
}
