// SHA-512 compression (FIPS 180-4 §6.4.2), also SHA-384's (§6.5: same function,
// different initial value, digest truncated to six words). Padding and length
// encoding are in md.ts, shared with SHA-256.
//
// Chaining state: 8 u64 words in native (little-endian) order; message words are
// big-endian (§3.1) and are byte-swapped on load.

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
const K: usize = memory.data<u64>([
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
@inline function maj(x: u64, y: u64, z: u64): u64 { return (x & y) | (z & (x | y)); }
// @ts-ignore: decorator
@inline function bigS0(x: u64): u64 { return rotr<u64>(x, 28) ^ rotr<u64>(x, 34) ^ rotr<u64>(x, 39); }
// @ts-ignore: decorator
@inline function bigS1(x: u64): u64 { return rotr<u64>(x, 14) ^ rotr<u64>(x, 18) ^ rotr<u64>(x, 41); }
// @ts-ignore: decorator
@inline function smallS0(x: u64): u64 { return rotr<u64>(x, 1) ^ rotr<u64>(x, 8) ^ (x >>> 7); }
// @ts-ignore: decorator
@inline function smallS1(x: u64): u64 { return rotr<u64>(x, 19) ^ rotr<u64>(x, 61) ^ (x >>> 6); }

/** T1 of §6.4.2 step 3; `kw` is K[t] + W[t]. */
// @ts-ignore: decorator
@inline function t1(e: u64, f: u64, g: u64, h: u64, kw: u64): u64 { return h + bigS1(e) + ch(e, f, g) + kw; }
/** T2 of §6.4.2 step 3. */
// @ts-ignore: decorator
@inline function t2(a: u64, b: u64, c: u64): u64 { return bigS0(a) + maj(a, b, c); }

/** Compresses `blocks` consecutive 128-byte blocks at `p` (any alignment) into `state`. */
export function sha512Blocks(state: usize, p: usize, blocks: usize): void {
  let h0 = load<u64>(state, 0), h1 = load<u64>(state, 8), h2 = load<u64>(state, 16), h3 = load<u64>(state, 24);
  let h4 = load<u64>(state, 32), h5 = load<u64>(state, 40), h6 = load<u64>(state, 48), h7 = load<u64>(state, 56);
  const end = p + (blocks << 7);
  while (p < end) {
    // W0..W15 (§6.4.2 step 1) live in locals; from W16 on, each replaces the word
    // sixteen places back, so the schedule never touches memory (see sha256.ts).
    let w0 = bswap<u64>(load<u64>(p, 0)), w1 = bswap<u64>(load<u64>(p, 8)), w2 = bswap<u64>(load<u64>(p, 16)), w3 = bswap<u64>(load<u64>(p, 24));
    let w4 = bswap<u64>(load<u64>(p, 32)), w5 = bswap<u64>(load<u64>(p, 40)), w6 = bswap<u64>(load<u64>(p, 48)), w7 = bswap<u64>(load<u64>(p, 56));
    let w8 = bswap<u64>(load<u64>(p, 64)), w9 = bswap<u64>(load<u64>(p, 72)), w10 = bswap<u64>(load<u64>(p, 80)), w11 = bswap<u64>(load<u64>(p, 88));
    let w12 = bswap<u64>(load<u64>(p, 96)), w13 = bswap<u64>(load<u64>(p, 104)), w14 = bswap<u64>(load<u64>(p, 112)), w15 = bswap<u64>(load<u64>(p, 120));
    let a = h0, b = h1, c = h2, d = h3, e = h4, f = h5, g = h6, h = h7;
    // Sixteen rounds per pass with rotating names, as in sha256.ts; 80 = 5 x 16.
    for (let k = K; ; k += 128) {
      let t: u64;
      t = t1(e, f, g, h, load<u64>(k, 0) + w0);           d += t; h = t + t2(a, b, c);
      t = t1(d, e, f, g, load<u64>(k, 8) + w1);           c += t; g = t + t2(h, a, b);
      t = t1(c, d, e, f, load<u64>(k, 16) + w2);          b += t; f = t + t2(g, h, a);
      t = t1(b, c, d, e, load<u64>(k, 24) + w3);          a += t; e = t + t2(f, g, h);
      t = t1(a, b, c, d, load<u64>(k, 32) + w4);          h += t; d = t + t2(e, f, g);
      t = t1(h, a, b, c, load<u64>(k, 40) + w5);          g += t; c = t + t2(d, e, f);
      t = t1(g, h, a, b, load<u64>(k, 48) + w6);          f += t; b = t + t2(c, d, e);
      t = t1(f, g, h, a, load<u64>(k, 56) + w7);          e += t; a = t + t2(b, c, d);
      t = t1(e, f, g, h, load<u64>(k, 64) + w8);          d += t; h = t + t2(a, b, c);
      t = t1(d, e, f, g, load<u64>(k, 72) + w9);          c += t; g = t + t2(h, a, b);
      t = t1(c, d, e, f, load<u64>(k, 80) + w10);         b += t; f = t + t2(g, h, a);
      t = t1(b, c, d, e, load<u64>(k, 88) + w11);         a += t; e = t + t2(f, g, h);
      t = t1(a, b, c, d, load<u64>(k, 96) + w12);         h += t; d = t + t2(e, f, g);
      t = t1(h, a, b, c, load<u64>(k, 104) + w13);        g += t; c = t + t2(d, e, f);
      t = t1(g, h, a, b, load<u64>(k, 112) + w14);        f += t; b = t + t2(c, d, e);
      t = t1(f, g, h, a, load<u64>(k, 120) + w15);        e += t; a = t + t2(b, c, d);
      if (k == K + 64 * 8) break; // the last pass needs no further schedule
      w0 += smallS1(w14) + w9 + smallS0(w1);        w1 += smallS1(w15) + w10 + smallS0(w2);
      w2 += smallS1(w0) + w11 + smallS0(w3);        w3 += smallS1(w1) + w12 + smallS0(w4);
      w4 += smallS1(w2) + w13 + smallS0(w5);        w5 += smallS1(w3) + w14 + smallS0(w6);
      w6 += smallS1(w4) + w15 + smallS0(w7);        w7 += smallS1(w5) + w0 + smallS0(w8);
      w8 += smallS1(w6) + w1 + smallS0(w9);         w9 += smallS1(w7) + w2 + smallS0(w10);
      w10 += smallS1(w8) + w3 + smallS0(w11);       w11 += smallS1(w9) + w4 + smallS0(w12);
      w12 += smallS1(w10) + w5 + smallS0(w13);      w13 += smallS1(w11) + w6 + smallS0(w14);
      w14 += smallS1(w12) + w7 + smallS0(w15);      w15 += smallS1(w13) + w8 + smallS0(w0);
    }

    h0 += a; h1 += b; h2 += c; h3 += d; h4 += e; h5 += f; h6 += g; h7 += h;
    p += 128;
  }
  store<u64>(state, h0, 0); store<u64>(state, h1, 8); store<u64>(state, h2, 16); store<u64>(state, h3, 24);
  store<u64>(state, h4, 32); store<u64>(state, h5, 40); store<u64>(state, h6, 48); store<u64>(state, h7, 56);
}
