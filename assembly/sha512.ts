// SHA-512 compression (FIPS 180-4 §6.4.2), also SHA-384's (§6.5: same function,
// different initial value, digest truncated to six words). Padding and length
// encoding are in md.ts, shared with SHA-256.
//
// Chaining state: 8 u64 words in native (little-endian) order; message words are
// big-endian (§3.1) and are byte-swapped on load.
//
// The message schedule runs two words at a time in SIMD (i64x2), the rounds in scalar
// locals, as in sha256.ts: an HS512 key setup and MAC took about 17% less time in V8.

/** §5.3.5: SHA-512 initial hash value. */
export const IV512: usize = memory.data<u64>([
  0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
  0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
], 16);

/** §5.3.4: SHA-384 initial hash value (the 9th-16th primes, so no SHA-512 prefix is a SHA-384 state). */
export const IV384: usize = memory.data<u64>([
  0xcbbb9d5dc1059ed8, 0x629a292a367cd507, 0x9159015a3070dd17, 0x152fecd8f70e5939,
  0x67332667ffc00b31, 0x8eb44a8768581511, 0xdb0c2e0d64f98fa7, 0x47b5481dbefa4fa4,
], 16);

/** §4.2.3: the 80 round constants, first 64 bits of the cube roots of the first 80 primes. */
export const K512: usize = memory.data<u64>([
  0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc,
  0x3956c25bf348b538, 0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118,
  0xd807aa98a3030242, 0x12835b0145706fbe, 0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2,
  0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235, 0xc19bf174cf692694,
  0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65,
  0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5,
  0x983e5152ee66dfab, 0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4,
  0xc6e00bf33da88fc2, 0xd5a79147930aa725, 0x06ca6351e003826f, 0x142929670a0e6e70,
  0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed, 0x53380d139d95b3df,
  0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
  0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30,
  0xd192e819d6ef5218, 0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8,
  0x19a4c116b8d2d0c8, 0x1e376c085141ab53, 0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8,
  0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373, 0x682e6ff3d6b2b8a3,
  0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
  0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b,
  0xca273eceea26619c, 0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178,
  0x06f067aa72176fba, 0x0a637dc5a2c898a6, 0x113f9804bef90dae, 0x1b710b35131c471b,
  0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc, 0x431d67c49c100d4c,
  0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817,
], 16);

// §4.1.3 functions.
// @ts-ignore: decorator
@inline function ch(x: u64, y: u64, z: u64): u64 { return z ^ (x & (y ^ z)); }
// @ts-ignore: decorator
@inline function bigS0(x: u64): u64 { return rotr<u64>(x, 28) ^ rotr<u64>(x, 34) ^ rotr<u64>(x, 39); }
// @ts-ignore: decorator
@inline function bigS1(x: u64): u64 { return rotr<u64>(x, 14) ^ rotr<u64>(x, 18) ^ rotr<u64>(x, 41); }

/** T1 of §6.4.2 step 3; `kw` is K[t] + W[t]. Σ1(e) last, as in sha256.ts. */
// @ts-ignore: decorator
@inline function t1(e: u64, f: u64, g: u64, h: u64, kw: u64): u64 { return h + kw + ch(e, f, g) + bigS1(e); }

/** The two message words of v128 v, big-endian (§3.1), as native u64 lanes. */
// @ts-ignore: decorator
@inline function bswap2(v: v128): v128 {
  return i8x16.shuffle(v, v, 7, 6, 5, 4, 3, 2, 1, 0, 15, 14, 13, 12, 11, 10, 9, 8);
}
// @ts-ignore: decorator
@inline function rotr2(x: v128, n: i32): v128 { return v128.or(i64x2.shr_u(x, n), i64x2.shl(x, 64 - n)); }
/** §4.1.3 σ0 and σ1 on two words. */
// @ts-ignore: decorator
@inline function smallS0x2(x: v128): v128 { return v128.xor(v128.xor(rotr2(x, 1), rotr2(x, 8)), i64x2.shr_u(x, 7)); }
// @ts-ignore: decorator
@inline function smallS1x2(x: v128): v128 { return v128.xor(v128.xor(rotr2(x, 19), rotr2(x, 61)), i64x2.shr_u(x, 6)); }

/**
 * §6.4.2 step 1 for W[t..t+1], from the eight vectors before them (x0 = W[t-16..t-15]
 * ... x7 = W[t-2..t-1]): W[t] = σ1(W[t-2]) + W[t-7] + σ0(W[t-15]) + W[t-16]. Two words
 * per vector, so unlike SHA-256 neither needs the other.
 */
// @ts-ignore: decorator
@inline function schedule2(x0: v128, x1: v128, x4: v128, x5: v128, x7: v128): v128 {
  const w15 = i8x16.shuffle(x0, x1, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23); // W[t-15..t-14]
  const w7 = i8x16.shuffle(x4, x5, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23); //  W[t-7..t-6]
  return i64x2.add(i64x2.add(x0, w7), i64x2.add(smallS0x2(w15), smallS1x2(x7)));
}

/** Compresses `blocks` consecutive 128-byte blocks at `p` (any alignment) into `state`. */
export function sha512Blocks(state: usize, p: usize, blocks: usize): void {
  const end = p + (blocks << 7);
  while (p < end) {
    // W0..W15 (§6.4.2 step 1), two to a vector; each pass replaces them with the next
    // sixteen, so the schedule never touches memory (see sha256.ts).
    let x0 = bswap2(v128.load(p, 0)), x1 = bswap2(v128.load(p, 16)), x2 = bswap2(v128.load(p, 32)), x3 = bswap2(v128.load(p, 48));
    let x4 = bswap2(v128.load(p, 64)), x5 = bswap2(v128.load(p, 80)), x6 = bswap2(v128.load(p, 96)), x7 = bswap2(v128.load(p, 112));
    // The chaining words stay in memory between blocks: eight fewer live registers
    // through the rounds.
    let a = load<u64>(state, 0), b = load<u64>(state, 8), c = load<u64>(state, 16), d = load<u64>(state, 24);
    let e = load<u64>(state, 32), f = load<u64>(state, 40), g = load<u64>(state, 48), h = load<u64>(state, 56);
    // Maj carried as in sha256.ts.
    let ab: u64, bc = b ^ c;
    let kw: v128; // K[t..t+1] + W[t..t+1]
    // Sixteen rounds per pass (80 = 5 x 16) with rotating names, as in sha256.ts, written
    // once as eight rounds over x0..x3, then their successors sixteen words on, then a
    // trade of places with x4..x7, for which the same four schedule steps hold: half the
    // code of the 16-round body (about 400 bytes gzipped in every bundle that embeds the
    // module, test/architecture/bundles.test.ts) for a few vector moves per pass.
    for (let k = K512; ; k += 128) {
      for (let half = 0; half < 2; half++) {
        const kk = k + (<usize>half << 6);
        let t: u64;
        kw = i64x2.add(x0, v128.load(kk, 0));
        t = t1(e, f, g, h, i64x2.extract_lane(kw, 0)); d += t; h = t + (bigS0(a) + (((ab = a ^ b) & bc) ^ b)); bc = ab;
        t = t1(d, e, f, g, i64x2.extract_lane(kw, 1)); c += t; g = t + (bigS0(h) + (((ab = h ^ a) & bc) ^ a)); bc = ab;
        kw = i64x2.add(x1, v128.load(kk, 16));
        t = t1(c, d, e, f, i64x2.extract_lane(kw, 0)); b += t; f = t + (bigS0(g) + (((ab = g ^ h) & bc) ^ h)); bc = ab;
        t = t1(b, c, d, e, i64x2.extract_lane(kw, 1)); a += t; e = t + (bigS0(f) + (((ab = f ^ g) & bc) ^ g)); bc = ab;
        kw = i64x2.add(x2, v128.load(kk, 32));
        t = t1(a, b, c, d, i64x2.extract_lane(kw, 0)); h += t; d = t + (bigS0(e) + (((ab = e ^ f) & bc) ^ f)); bc = ab;
        t = t1(h, a, b, c, i64x2.extract_lane(kw, 1)); g += t; c = t + (bigS0(d) + (((ab = d ^ e) & bc) ^ e)); bc = ab;
        kw = i64x2.add(x3, v128.load(kk, 48));
        t = t1(g, h, a, b, i64x2.extract_lane(kw, 0)); f += t; b = t + (bigS0(c) + (((ab = c ^ d) & bc) ^ d)); bc = ab;
        t = t1(f, g, h, a, i64x2.extract_lane(kw, 1)); e += t; a = t + (bigS0(b) + (((ab = b ^ c) & bc) ^ c)); bc = ab;
        if (k != K512 + 64 * 8) { // the last pass needs no further schedule
          x0 = schedule2(x0, x1, x4, x5, x7);
          x1 = schedule2(x1, x2, x5, x6, x0);
          x2 = schedule2(x2, x3, x6, x7, x1);
          x3 = schedule2(x3, x4, x7, x0, x2);
        }
        let y = x0; x0 = x4; x4 = y;
        y = x1; x1 = x5; x5 = y;
        y = x2; x2 = x6; x6 = y;
        y = x3; x3 = x7; x7 = y;
      }
      if (k == K512 + 64 * 8) break;
    }

    store<u64>(state, load<u64>(state, 0) + a, 0); store<u64>(state, load<u64>(state, 8) + b, 8);
    store<u64>(state, load<u64>(state, 16) + c, 16); store<u64>(state, load<u64>(state, 24) + d, 24);
    store<u64>(state, load<u64>(state, 32) + e, 32); store<u64>(state, load<u64>(state, 40) + f, 40);
    store<u64>(state, load<u64>(state, 48) + g, 48); store<u64>(state, load<u64>(state, 56) + h, 56);
    p += 128;
  }
}
