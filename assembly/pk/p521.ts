// ECDSA P-521 verification (FIPS 186-5 §6.4.2, SEC 1 §4.1.4) for ES512 (RFC 7518 §3.4):
// the key import with its per-key table, and the verification of a raw r‖s signature.
// The same algorithm as p384.ts, on p521-field.ts: the point formulas (a = -3 here too),
// the special cases of the addition and the checks are the same, line for line. What
// differs: field values are plain, not Montgomery (p521-field.ts says why), and the
// scalars have 521 bits, so each is cut into nine 64-bit pieces (the last holds 9 bits).
//
// u1·G + u2·Q is computed with the eighteen pieces recoded to wNAF and interleaved: 65
// doublings instead of 521. Both tables are affine (mixed additions) and have the same
// shape: the odd multiples 1..15 of each base 2^(64j)·B (window 5), 10,368 bytes. Q's is
// built at key import; G's is built by the same code from G's encoding, once, the first
// time the module meets a P-521 key, as p384.ts does: shipping it would add about 10 KB of
// incompressible static data to the module.
import {
  FE, feAdd, feSub, feMul, feSqr, feMulSmall, feIsZero, feEqual, feInv,
  scMul, scInv, fromBytes, toWords, lessThanBytes, isZeroBytes, cmp, BYTES,
} from "./p521-field";
import { P_BYTES, N_BYTES, N, P_MINUS_N, R2_N, ONE_P, B_P, G_BYTES, PIECES } from "./p521-tables";

/** wNAF window of both tables: 2^(WINDOW-2) = 8 odd multiples a base. */
const WINDOW: i32 = 5;
const POINTS: usize = 1 << (WINDOW - 2);
/** An affine point: x then y (plain field values). */
const AFFINE: usize = 2 * FE;
/** Bytes of the table p521ImportKey writes: PIECES bases of POINTS points. */
export const P521_KEY_BYTES: i32 = <i32>(<usize>PIECES * POINTS * AFFINE);

// Scratch. X, Y, Z: the accumulator (Jacobian: x = X/Z², y = Y/Z³).
const X: usize = memory.data(72, 16);
const Y: usize = memory.data(72, 16);
const Z: usize = memory.data(72, 16);
const T1: usize = memory.data(72, 16);
const T2: usize = memory.data(72, 16);
const T3: usize = memory.data(72, 16);
const T4: usize = memory.data(72, 16);
const T5: usize = memory.data(72, 16);
const NEG_Y: usize = memory.data(72, 16);
const ZERO: usize = memory.data(72, 16);
let infinity = true;

/** (X, Y, Z) = 2·(X, Y, Z). dbl-2001-b (a = -3): 3M + 5S. Not called on infinity. */
function double(): void {
  feSqr(T1, Z); //                  delta = Z²
  feSqr(T2, Y); //                  gamma = Y²
  feMul(T3, X, T2); //              beta = X·gamma
  feSub(T4, X, T1);
  feAdd(T5, X, T1);
  feMul(T4, T4, T5);
  feMulSmall(T4, T4, 3); //         alpha = 3(X - delta)(X + delta)
  feAdd(T5, Y, Z);
  feSqr(T5, T5);
  feSub(T5, T5, T2);
  feSub(Z, T5, T1); //              Z3 = (Y + Z)² - gamma - delta
  feSqr(X, T4);
  feMulSmall(T5, T3, 8);
  feSub(X, X, T5); //               X3 = alpha² - 8·beta
  feMulSmall(T3, T3, 4);
  feSub(T3, T3, X);
  feMul(T3, T3, T4);
  feSqr(T2, T2);
  feMulSmall(T2, T2, 8);
  feSub(Y, T3, T2); //              Y3 = alpha(4·beta - X3) - 8·gamma²
}

/**
 * (X, Y, Z) += (x, y), affine. madd-2004-hmv: 8M + 3S. The special cases are handled
 * because a crafted signature can make them happen: the accumulator at infinity, the
 * same point (double instead), and its negation (the sum is infinity).
 */
function addAffine(x: usize, y: usize): void {
  if (infinity) {
    memory.copy(X, x, FE);
    memory.copy(Y, y, FE);
    memory.copy(Z, ONE_P, FE);
    infinity = false;
    return;
  }
  feSqr(T1, Z);
  feMul(T2, T1, Z);
  feMul(T1, T1, x); //              U2 = x·Z²
  feMul(T2, T2, y); //              S2 = y·Z³
  feSub(T1, T1, X); //              H = U2 - X
  feSub(T2, T2, Y); //              r = S2 - Y
  if (feIsZero(T1)) {
    if (feIsZero(T2)) double();
    else infinity = true;
    return;
  }
  feMul(Z, Z, T1); //               Z3 = Z·H
  feSqr(T3, T1); //                 HH
  feMul(T4, T3, T1); //             HHH
  feMul(T3, X, T3); //              V = X·HH
  feSqr(X, T2);
  feSub(X, X, T4);
  feSub(X, X, T3);
  feSub(X, X, T3); //               X3 = r² - HHH - 2V
  feSub(T3, T3, X);
  feMul(T3, T3, T2);
  feMul(T4, Y, T4);
  feSub(Y, T3, T4); //              Y3 = r(V - X3) - Y·HHH
}

// ---- wNAF recoding ----
/** Digit strings: eighteen scalars of 65 signed digits (a 64-bit piece can carry into bit 64). */
const DIGITS: usize = memory.data(18 * 72, 16);
/** u1's nine 64-bit words, then u2's. */
const WORDS: usize = memory.data(144, 16);

/**
 * Writes the width-w NAF of the 64-bit k to out[0, 65) (least significant first): odd
 * digits in (-2^(w-1), 2^(w-1)), each followed by at least w - 1 zeros. Returns the count
 * of positions in use.
 */
function wnaf(out: usize, k: u64, w: i32): i32 {
  memory.fill(out, 0, 72);
  const full: i32 = 1 << w, half: i32 = 1 << (w - 1);
  let top: bool = false; // the virtual bit 64, set when adding |d| overflows
  let i = 0, used = 0;
  while (k != 0 || top) {
    if (k & 1) {
      let d = <i32>(k & <u64>(full - 1));
      if (d >= half) d -= full;
      store<i8>(out + <usize>i, <i8>d);
      used = i + 1;
      if (d > 0) k -= <u64>d;
      else {
        const next = k + <u64>(-d);
        if (next < k) top = true;
        k = next;
      }
    }
    k = (k >> 1) | (top ? <u64>1 << 63 : 0);
    top = false;
    i++;
  }
  return used;
}

/** Adds digit d of a table of odd multiples: d·P = sign(d)·((|d|-1)/2-th entry). */
// @ts-ignore: decorator
@inline function addDigit(table: usize, d: i32): void {
  const pt = table + <usize>((d < 0 ? -d : d) >> 1) * AFFINE;
  if (d > 0) addAffine(pt, pt + FE);
  else {
    feSub(NEG_Y, ZERO, pt + FE);
    addAffine(pt, NEG_Y);
  }
}

/** (X, Y, Z) = u1·G + u2·Q, u1 and u2 fully reduced scalars (18 limbs); `key` is Q's table. */
function doubleScalarMul(u1: usize, u2: usize, key: usize): void {
  toWords(WORDS, u1);
  toWords(WORDS + 72, u2);
  const pieces = <usize>PIECES;
  let top = 0;
  for (let j: usize = 0; j < 2 * pieces; j++) {
    const used = wnaf(DIGITS + j * 72, load<u64>(WORDS + (j << 3)), WINDOW);
    if (used > top) top = used;
  }
  infinity = true;
  for (let i = top - 1; i >= 0; i--) {
    if (!infinity) double();
    for (let j: usize = 0; j < 2 * pieces; j++) {
      const d = <i32>load<i8>(DIGITS + j * 72 + <usize>i);
      if (d == 0) continue;
      if (j < pieces) addDigit(G_TABLE + j * POINTS * AFFINE, d);
      else addDigit(key + (j - pieces) * POINTS * AFFINE, d);
    }
  }
}

// ---- key import ----
/** The key's points in Jacobian form (X, Y, Z) before a shared inversion: up to PIECES·POINTS (72). */
const JAC: usize = memory.data(<i32>(<usize>3 * PIECES * POINTS * FE), 16);
const PREFIX: usize = memory.data(<i32>(<usize>PIECES * POINTS * FE), 16);
/** Affine B_j (= 2^(64j)·Q) and 2·B_j for j = 0..8: the bases and their doubles. */
const BASES: usize = memory.data(<i32>(<usize>2 * PIECES * AFFINE), 16);
const ZI: usize = memory.data(72, 16);

/** (X, Y, Z) = (x, y, 1). */
function setAcc(x: usize, y: usize): void {
  memory.copy(X, x, FE);
  memory.copy(Y, y, FE);
  memory.copy(Z, ONE_P, FE);
  infinity = false;
}

/** JAC entry i = (X, Y, Z). */
function saveAcc(i: usize): void {
  const e = JAC + i * 3 * FE;
  memory.copy(e, X, FE);
  memory.copy(e + FE, Y, FE);
  memory.copy(e + 2 * FE, Z, FE);
}

/**
 * The first `count` JAC entries to affine points at out (AFFINE bytes apart), with one
 * inversion for all (Montgomery's trick: PREFIX[i] = Z0·..·Zi). No Z is zero: every
 * entry is a multiple k·Q with 0 < k < n.
 */
function batchToAffine(count: usize, out: usize): void {
  memory.copy(PREFIX, JAC + 2 * FE, FE);
  for (let i: usize = 1; i < count; i++) feMul(PREFIX + i * FE, PREFIX + (i - 1) * FE, JAC + (i * 3 + 2) * FE);
  feInv(T5, PREFIX + (count - 1) * FE); // (Z0·..·Zlast)^-1
  for (let i = <isize>count - 1; i >= 0; i--) {
    const e = JAC + <usize>i * 3 * FE;
    if (i > 0) {
      feMul(ZI, T5, PREFIX + <usize>(i - 1) * FE); // Zi^-1
      feMul(T5, T5, e + 2 * FE);
    } else memory.copy(ZI, T5, FE);
    feSqr(T1, ZI);
    const o = out + <usize>i * AFFINE;
    feMul(o, e, T1);
    feMul(T1, T1, ZI);
    feMul(o + FE, e + FE, T1);
  }
}

/**
 * Validates the public key at src (x‖y, 66 bytes each, big-endian: the JWK's x and y,
 * RFC 7518 §6.2.1) and writes its table (P521_KEY_BYTES) to out. Returns false unless
 * x < p, y < p and y² = x³ - 3x + b (SEC 1 §3.2.2.1). P-521 has prime order (cofactor 1),
 * so there is no subgroup to check, and the point at infinity has no affine encoding.
 */
export function p521ImportKey(src: usize, out: usize): bool {
  // G's table first: building it uses the scratch (BASES, JAC) that Q's import fills below.
  if (!gReady) buildG();
  return importPoint(src, out);
}

/** G's table, as a key's (p521ImportKey), at G_TABLE; gReady when done. */
const G_TABLE: usize = memory.data(P521_KEY_BYTES, 16);
let gReady = false;
function buildG(): void {
  gReady = importPoint(G_BYTES, G_TABLE);
}

/** p521ImportKey without G's table. */
function importPoint(src: usize, out: usize): bool {
  if (!lessThanBytes(src, P_BYTES) || !lessThanBytes(src + BYTES, P_BYTES)) return false;
  const qx = BASES, qy = BASES + FE;
  fromBytes(qx, src, BYTES);
  fromBytes(qy, src + BYTES, BYTES);
  feSqr(T1, qy);
  feSqr(T2, qx);
  feMul(T2, T2, qx);
  feMulSmall(T3, qx, 3);
  feSub(T2, T2, T3);
  feAdd(T2, T2, B_P);
  if (!feEqual(T1, T2)) return false;

  // One chain of 513 doublings from Q gives 2·B_j (the first doubling after B_j) and
  // B_(j+1) = 2^64·B_j: JAC[2j] = 2·B_j, JAC[2j + 1] = B_(j+1). Then all seventeen to affine at once.
  const pieces = <usize>PIECES;
  setAcc(qx, qy);
  for (let j: usize = 0; j < pieces; j++) {
    double();
    saveAcc(2 * j);
    if (j == pieces - 1) break;
    for (let k = 1; k < 64; k++) double();
    saveAcc(2 * j + 1);
  }
  batchToAffine(2 * pieces - 1, BASES + AFFINE); // BASES[1 + i] = JAC[i]: [2B_0, B_1, 2B_1, .., B_8, 2B_8]

  // For each base B_j, its odd multiples B, 3B, .., 15B as B + k·2B, then all to affine.
  for (let j: usize = 0; j < pieces; j++) {
    const b = BASES + 2 * j * AFFINE, twice = b + AFFINE;
    setAcc(b, b + FE);
    for (let k: usize = 0; k < POINTS; k++) {
      if (k) addAffine(twice, twice + FE);
      saveAcc(j * POINTS + k);
    }
  }
  batchToAffine(pieces * POINTS, out);
  return true;
}

// ---- verification ----
const R: usize = memory.data(72, 16);
const S: usize = memory.data(72, 16);
const E: usize = memory.data(72, 16);
const W: usize = memory.data(72, 16);
const U1: usize = memory.data(72, 16);
const U2: usize = memory.data(72, 16);

/**
 * Verifies the ES512 signature at sig (r‖s, 132 bytes: RFC 7518 §3.4) of the SHA-512 digest
 * at digest, under the table of a key that p521ImportKey accepted.
 */
export function p521Verify(key: usize, digest: usize, sig: usize): bool {
  // Every key was imported in this instance, which built G's table; this keeps a layout
  // copied in some other way from ever meeting a table of zeros.
  if (!gReady) buildG();
  // r and s in [1, n-1] (FIPS 186-5 §6.4.2 step 1). r = s = 0 is CVE-2022-21449.
  if (isZeroBytes(sig) || !lessThanBytes(sig, N_BYTES)) return false;
  if (isZeroBytes(sig + BYTES) || !lessThanBytes(sig + BYTES, N_BYTES)) return false;
  fromBytes(R, sig, BYTES);
  fromBytes(S, sig + BYTES, BYTES);
  // e: the digest's leftmost 521 bits (§6.4.2 step 3), n having 521: SHA-512 gives only
  // 512, so e is the whole digest, not truncated, and always below n (RFC 7518 §3.4 uses
  // SHA-512 as it is; §6.4.2 step 3 truncates only a longer hash).
  fromBytes(E, digest, 64);
  // w = s^-1: s·R in the Montgomery domain, inverted there (w·R); then e·(w·R)·R^-1 = e·w.
  scMul(W, S, R2_N);
  scInv(W, W);
  // scMul reduces fully (p521-field.ts), as toWords needs.
  scMul(U1, E, W);
  scMul(U2, R, W);

  doubleScalarMul(U1, U2, key);
  // §6.4.2 step 6: the point at infinity fails. (Z ≠ 0 whenever the flag is clear; the
  // test costs little and keeps the comparison below from dividing by zero in effect.)
  if (infinity || feIsZero(Z)) return false;

  // Step 7 without an inversion: x = X/Z², and x mod n = r means x = r or, when r + n < p,
  // x = r + n (x < p < 2n); so test X = r·Z² and X = (r + n)·Z² (mod p).
  // r's limbs are a field value as they are: the field has no Montgomery form.
  feSqr(T1, Z);
  feMul(T2, R, T1);
  if (feEqual(T2, X)) return true;
  if (cmp(R, P_MINUS_N) >= 0) return false;
  feAdd(T2, R, N);
  feMul(T2, T2, T1);
  return feEqual(T2, X);
}
