// SHA-256 compression (FIPS 180-4 §6.2.2). Only the block function and its constants
// live here; padding and length encoding are in md.ts, shared with SHA-512.
//
// Chaining state: 8 u32 words in native (little-endian) order. Message words are
// big-endian (§3.1), so they are byte-swapped on load; the digest is swapped back
// when md.ts writes it out.
//
// The message schedule runs four words at a time in 128-bit SIMD (i32x4), the rounds in
// scalar locals. A MAC took about 20% less time than with an all-scalar schedule in V8
// and about half in Bun's JavaScriptCore (bench/engine-ab.mjs): the sixteen schedule
// words no longer compete with the eight working variables for general registers, and
// one shuffle byte-swaps four message words. Wasm SIMD is in every runtime this package
// supports (Node 16.4, Chromium 91, Firefox 89, Safari 16.4, Deno, Bun, workerd), no
// later than the String.prototype.isWellFormed that src/jwt/jwt.ts already needs.

import { IV512, K512 } from "./sha512";

// SHA-256's constants are the first 32 bits of SHA-512's: H(0) from the square roots of the
// first eight primes (§5.3.3, §5.3.5), K from the cube roots of the first 64 (§4.2.2,
// §4.2.3). So they are taken from sha512.ts's tables when the module starts, rather than
// shipped twice: 288 bytes less in the module, about 290 gzipped in every bundle that
// embeds it (test/architecture/bundles.test.ts). The hash vectors in test/ check the result.

/** §5.3.3: initial hash value H(0). */
export const IV256: usize = memory.data(32, 16);

/** §4.2.2: the 64 round constants. */
const K: usize = memory.data(256, 16);

for (let i: usize = 0; i < 64; i++) {
  store<u32>(K + (i << 2), <u32>(load<u64>(K512 + (i << 3)) >> 32));
  if (i < 8) store<u32>(IV256 + (i << 2), <u32>(load<u64>(IV512 + (i << 3)) >> 32));
}

// §4.1.2 functions. Ch uses the form with one fewer operation; Maj is written in the rounds.
// @ts-ignore: decorator
@inline function ch(x: u32, y: u32, z: u32): u32 { return z ^ (x & (y ^ z)); }
// @ts-ignore: decorator
@inline function bigS0(x: u32): u32 { return rotr<u32>(x, 2) ^ rotr<u32>(x, 13) ^ rotr<u32>(x, 22); }
// @ts-ignore: decorator
@inline function bigS1(x: u32): u32 { return rotr<u32>(x, 6) ^ rotr<u32>(x, 11) ^ rotr<u32>(x, 25); }

/**
 * T1 of §6.2.2 step 3; `kw` is K[t] + W[t]. Summed with Σ1(e), the slowest term and the
 * one on the round-to-round dependency chain, last: the others are ready earlier (about
 * 1% per block; the same for T2 = Σ0(a) + Maj, added to T1 as one term).
 */
// @ts-ignore: decorator
@inline function t1(e: u32, f: u32, g: u32, h: u32, kw: u32): u32 { return h + kw + ch(e, f, g) + bigS1(e); }

/** The four message words of v128 v, big-endian (§3.1), as native u32 lanes. */
// @ts-ignore: decorator
@inline function bswap4(v: v128): v128 {
  return i8x16.shuffle(v, v, 3, 2, 1, 0, 7, 6, 5, 4, 11, 10, 9, 8, 15, 14, 13, 12);
}
// @ts-ignore: decorator
@inline function rotr4(x: v128, n: i32): v128 { return v128.or(i32x4.shr_u(x, n), i32x4.shl(x, 32 - n)); }
/** §4.1.2 σ0 and σ1 on four words. */
// @ts-ignore: decorator
@inline function smallS0x4(x: v128): v128 { return v128.xor(v128.xor(rotr4(x, 7), rotr4(x, 18)), i32x4.shr_u(x, 3)); }
// @ts-ignore: decorator
@inline function smallS1x4(x: v128): v128 { return v128.xor(v128.xor(rotr4(x, 17), rotr4(x, 19)), i32x4.shr_u(x, 10)); }

/**
 * §6.2.2 step 1 for W[t..t+3], from x0 = W[t-16..t-13], x1 = W[t-12..t-9],
 * x2 = W[t-8..t-5], x3 = W[t-4..t-1]: W[t] = σ1(W[t-2]) + W[t-7] + σ0(W[t-15]) + W[t-16].
 * W[t+2] and W[t+3] need W[t] and W[t+1], so σ1 is applied in two halves; σ1(0) = 0, so
 * zero lanes leave the other half alone.
 */
// @ts-ignore: decorator
@inline function schedule4(x0: v128, x1: v128, x2: v128, x3: v128, zero: v128): v128 {
  const w15 = i8x16.shuffle(x0, x1, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19); // W[t-15..t-12]
  const w7 = i8x16.shuffle(x2, x3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19); //  W[t-7..t-4]
  let w = i32x4.add(i32x4.add(x0, w7), smallS0x4(w15));
  w = i32x4.add(w, smallS1x4(i8x16.shuffle(x3, zero, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23))); // W[t-2], W[t-1]
  return i32x4.add(w, smallS1x4(i8x16.shuffle(zero, w, 0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23))); //   W[t], W[t+1]
}

/**
 * Compresses `blocks` consecutive 64-byte blocks at `p` (any alignment: wasm loads
 * need none) into `state`. The state stays in locals across blocks, so callers pass
 * whole runs of blocks.
 */
export function sha256Blocks(state: usize, p: usize, blocks: usize): void {
  let h0 = load<u32>(state, 0), h1 = load<u32>(state, 4), h2 = load<u32>(state, 8), h3 = load<u32>(state, 12);
  let h4 = load<u32>(state, 16), h5 = load<u32>(state, 20), h6 = load<u32>(state, 24), h7 = load<u32>(state, 28);
  const end = p + (blocks << 6);
  const zero = i32x4.splat(0);
  while (p < end) {
    // W0..W15 (§6.2.2 step 1), four to a vector; each pass replaces them with the next
    // sixteen. The schedule never touches linear memory, so there is nothing
    // key-derived to wipe after HMAC key setup.
    let x0 = bswap4(v128.load(p, 0)), x1 = bswap4(v128.load(p, 16)), x2 = bswap4(v128.load(p, 32)), x3 = bswap4(v128.load(p, 48));
    let a = h0, b = h1, c = h2, d = h3, e = h4, f = h5, g = h6, h = h7;
    // Maj(a, b, c) = ((a ^ b) & (b ^ c)) ^ b, and this round's b ^ c is the previous
    // round's a ^ b (the names shift by one), so it is carried in bc: one operation fewer
    // per round than the §4.1.2 form.
    let ab: u32, bc = b ^ c;
    let kw: v128; // K[t..t+3] + W[t..t+3]
    // Steps 2-3, sixteen rounds per pass (64 = 4 x 16). Instead of shifting a..h each
    // round, the names rotate: after eight rounds every value is back in its slot.
    for (let k = K; ; k += 64) {
      let t: u32;
      kw = i32x4.add(x0, v128.load(k, 0));
      t = t1(e, f, g, h, i32x4.extract_lane(kw, 0)); d += t; h = t + (bigS0(a) + (((ab = a ^ b) & bc) ^ b)); bc = ab;
      t = t1(d, e, f, g, i32x4.extract_lane(kw, 1)); c += t; g = t + (bigS0(h) + (((ab = h ^ a) & bc) ^ a)); bc = ab;
      t = t1(c, d, e, f, i32x4.extract_lane(kw, 2)); b += t; f = t + (bigS0(g) + (((ab = g ^ h) & bc) ^ h)); bc = ab;
      t = t1(b, c, d, e, i32x4.extract_lane(kw, 3)); a += t; e = t + (bigS0(f) + (((ab = f ^ g) & bc) ^ g)); bc = ab;
      kw = i32x4.add(x1, v128.load(k, 16));
      t = t1(a, b, c, d, i32x4.extract_lane(kw, 0)); h += t; d = t + (bigS0(e) + (((ab = e ^ f) & bc) ^ f)); bc = ab;
      t = t1(h, a, b, c, i32x4.extract_lane(kw, 1)); g += t; c = t + (bigS0(d) + (((ab = d ^ e) & bc) ^ e)); bc = ab;
      t = t1(g, h, a, b, i32x4.extract_lane(kw, 2)); f += t; b = t + (bigS0(c) + (((ab = c ^ d) & bc) ^ d)); bc = ab;
      t = t1(f, g, h, a, i32x4.extract_lane(kw, 3)); e += t; a = t + (bigS0(b) + (((ab = b ^ c) & bc) ^ c)); bc = ab;
      kw = i32x4.add(x2, v128.load(k, 32));
      t = t1(e, f, g, h, i32x4.extract_lane(kw, 0)); d += t; h = t + (bigS0(a) + (((ab = a ^ b) & bc) ^ b)); bc = ab;
      t = t1(d, e, f, g, i32x4.extract_lane(kw, 1)); c += t; g = t + (bigS0(h) + (((ab = h ^ a) & bc) ^ a)); bc = ab;
      t = t1(c, d, e, f, i32x4.extract_lane(kw, 2)); b += t; f = t + (bigS0(g) + (((ab = g ^ h) & bc) ^ h)); bc = ab;
      t = t1(b, c, d, e, i32x4.extract_lane(kw, 3)); a += t; e = t + (bigS0(f) + (((ab = f ^ g) & bc) ^ g)); bc = ab;
      kw = i32x4.add(x3, v128.load(k, 48));
      t = t1(a, b, c, d, i32x4.extract_lane(kw, 0)); h += t; d = t + (bigS0(e) + (((ab = e ^ f) & bc) ^ f)); bc = ab;
      t = t1(h, a, b, c, i32x4.extract_lane(kw, 1)); g += t; c = t + (bigS0(d) + (((ab = d ^ e) & bc) ^ e)); bc = ab;
      t = t1(g, h, a, b, i32x4.extract_lane(kw, 2)); f += t; b = t + (bigS0(c) + (((ab = c ^ d) & bc) ^ d)); bc = ab;
      t = t1(f, g, h, a, i32x4.extract_lane(kw, 3)); e += t; a = t + (bigS0(b) + (((ab = b ^ c) & bc) ^ c)); bc = ab;
      if (k == K + 48 * 4) break; // the last pass needs no further schedule
      x0 = schedule4(x0, x1, x2, x3, zero);
      x1 = schedule4(x1, x2, x3, x0, zero);
      x2 = schedule4(x2, x3, x0, x1, zero);
      x3 = schedule4(x3, x0, x1, x2, zero);
    }
    // Step 4: the Davies–Meyer feed-forward.
    h0 += a; h1 += b; h2 += c; h3 += d; h4 += e; h5 += f; h6 += g; h7 += h;
    p += 64;
  }
  store<u32>(state, h0, 0); store<u32>(state, h1, 4); store<u32>(state, h2, 8); store<u32>(state, h3, 12);
  store<u32>(state, h4, 16); store<u32>(state, h5, 20); store<u32>(state, h6, 24); store<u32>(state, h7, 28);
}
