// The P-521 code of the asymmetric module, alone: its arithmetic against BigInt, every
// Wycheproof ES512 vector, a differential against node:crypto, and the checks ES512
// verification must make (RFC 7518 §3.4, FIPS 186-5 §6.4.2), each with a case that
// fails without it. The same cases as p384.test.ts, at P-521's sizes; the field mod p is
// plain (p = 2^521 - 1, no Montgomery form), the scalars mod n Montgomery.
import { describe, it, expect, beforeAll } from "vitest";
import { readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { createHash, randomBytes, sign, verify, createPublicKey } from "node:crypto";
import { generateKeyPairSync } from "../../helpers/key-pair.js";
import { p521 } from "@noble/curves/nist.js";
import { compileP521, OP, type P521Exports } from "./p521.harness";

const P = 2n ** 521n - 1n;
const N = 0x01fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa51868783bf2f966b7fcc0148f709a5d03bb5c9b8899c47aebb6fb71e91386409n;
const R = 1n << 522n;
const LIMBS = 18;
const FE = 72;
/** What p521-field.ts promises of a stored field value: limb 17 at most 2^28, so below this. */
const STORED = (1n << 521n) + (1n << 493n);
const mod = (a: bigint, m: bigint): bigint => ((a % m) + m) % m;
function pow(b: bigint, e: bigint, m: bigint): bigint {
  let r = 1n;
  b = mod(b, m);
  for (; e > 0n; e >>= 1n, b = (b * b) % m) if (e & 1n) r = (r * b) % m;
  return r;
}
const RINV_N = pow(R, N - 2n, N);

const be66 = (v: bigint): Buffer => Buffer.from(v.toString(16).padStart(132, "0"), "hex");
const be64 = (v: bigint): Buffer => Buffer.from(v.toString(16).padStart(128, "0"), "hex");
const big = (b: Uint8Array): bigint => BigInt(`0x${Buffer.from(b).toString("hex") || "0"}`);
const sha512 = (m: Uint8Array): Buffer => createHash("sha512").update(m).digest();

let w: P521Exports;
let mem: Uint8Array;
let dv: DataView;
let IO: number;

beforeAll(async () => {
  w = await compileP521();
  mem = new Uint8Array(w.memory.buffer);
  dv = new DataView(w.memory.buffer);
  IO = w.ioPtr();
});

function putLimbs(off: number, v: bigint): void {
  const top = BigInt(29 * (LIMBS - 1));
  for (let i = 0; i < LIMBS; i++) dv.setUint32(IO + off + 4 * i, Number(i < LIMBS - 1 ? (v >> BigInt(29 * i)) & 0x1fffffffn : v >> top), true);
}
/** The 18 limbs at off as a number, and whether limbs 0..16 are below 2^29. */
function getLimbs(off: number): { v: bigint; normal: boolean } {
  let v = 0n, normal = true;
  for (let i = LIMBS - 1; i >= 0; i--) {
    const l = dv.getUint32(IO + off + 4 * i, true);
    if (i < LIMBS - 1 && l >= 2 ** 29) normal = false;
    v = (v << 29n) + BigInt(l);
  }
  return { v, normal };
}

/** Imports x‖y; true if accepted. */
function importKey(x: Uint8Array, y: Uint8Array): boolean {
  mem.set(x, IO);
  mem.set(y, IO + 66);
  return w.importKey() === 1;
}
/** Verifies r‖s over a digest under the key imported last. */
function verifyDigest(digest: Uint8Array, sig: Uint8Array): boolean {
  mem.set(digest, IO);
  mem.set(sig, IO + 64);
  return w.verify() === 1;
}

describe("generated sources", () => {
  it("p521-tables.ts and p521-mul.ts are what scripts/gen-p521.mjs generates now", () => {
    const script = new URL("../../../scripts/gen-p521.mjs", import.meta.url);
    expect(() => execFileSync(process.execPath, [script.pathname, "--check"], { stdio: "pipe" })).not.toThrow();
  });
});

describe("P-521 arithmetic against BigInt", () => {
  // Deterministic operands: the extremes of the bounds the code promises to handle (stored
  // values below 2^521 + 2^493, anything below 2^522 into a product; limbs below 2^29)
  // and pseudo-random ones.
  let seed = 0x2545f491;
  const rand = (bits: number): bigint => {
    let v = 0n;
    for (let i = 0; i < bits; i += 32) {
      seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5;
      v = (v << 32n) | BigInt(seed >>> 0);
    }
    return v & ((1n << BigInt(bits)) - 1n);
  };
  const operands = (): bigint[] => [
    0n, 1n, 2n, P - 1n, P, P + 1n, N - 1n, N, N + 1n, (1n << 520n) - 1n, 1n << 520n, STORED - 1n,
    // Limbs all at their maximum, and a value with only limb 17 set: the carries' extremes.
    (1n << 493n) - 1n, 1n << 493n, 0x1fffffffn << 464n,
    ...Array.from({ length: 300 }, (_, i) => rand(i % 3 === 0 ? 512 : 521)),
  ];
  const check = (op: number, a: bigint, b: bigint, want: bigint, m: bigint, bound: bigint, k = 0): void => {
    putLimbs(0, a);
    putLimbs(FE, b);
    w.op(op, k);
    const { v, normal } = getLimbs(2 * FE);
    expect(mod(v, m)).toBe(mod(want, m));
    expect(v < bound && normal).toBe(true);
  };

  it("products and squares mod p stay stored values, also from inputs up to 2^522", () => {
    const xs = [...operands(), (1n << 522n) - 1n, 2n * P];
    for (let i = 0; i < xs.length; i++) {
      const a = xs[i], b = xs[(i * 7 + 3) % xs.length];
      check(OP.feMul, a, b, a * b, P, STORED);
      check(OP.feSqr, a, 0n, a * a, P, STORED);
    }
  });

  it("Montgomery products and squares mod n are fully reduced, also from inputs up to 2^522", () => {
    const xs = [...operands(), (1n << 522n) - 1n];
    for (let i = 0; i < xs.length; i++) {
      const a = xs[i], b = xs[(i * 5 + 1) % xs.length];
      check(OP.scMul, a, b, a * b * RINV_N, N, N);
      check(OP.scSqr, a, 0n, a * a * RINV_N, N, N);
      // The generated product alone: below 2^522 + n, the bound scMul's reduction relies on.
      check(OP.scMulWide, a, b, a * b * RINV_N, N, (1n << 522n) + N);
    }
  });

  it("addition, subtraction and small multiples mod p stay stored values", () => {
    const xs = operands();
    for (let i = 0; i < xs.length; i++) {
      const a = xs[i], b = xs[(i * 11 + 5) % xs.length];
      check(OP.feAdd, a, b, a + b, P, STORED);
      check(OP.feSub, a, b, a - b, P, STORED);
      check(OP.feSub, a, a, 0n, P, STORED);
      check(OP.feSub, 0n, a, -a, P, STORED);
      for (const k of [2, 3, 4, 8]) check(OP.feMulSmall, a, 0n, a * BigInt(k), P, STORED, k);
    }
  });

  it("full reduction mod p and mod n, and inversion (plain mod p, Montgomery mod n)", () => {
    const xs = operands();
    for (const a of xs) {
      putLimbs(0, a);
      w.op(OP.feCanon, 0);
      expect(getLimbs(2 * FE).v).toBe(mod(a, P));
      w.op(OP.scCanon, 0);
      expect(getLimbs(2 * FE).v).toBe(mod(a, N));
    }
    for (const a of xs.slice(15, 43).concat([1n, 2n, P - 1n, N - 1n])) {
      check(OP.feInv, a, 0n, pow(a, P - 2n, P), P, STORED);
      check(OP.scInv, a, 0n, pow(a * RINV_N, N - 2n, N) * R, N, N);
    }
  });
});

interface Vector { tcId: number; comment: string; msg: string; sig: string; result: string; flags: string[] }
interface Group { publicKey: { wx: string; wy: string }; tests: Vector[] }

describe("Wycheproof ecdsa_secp521r1_sha512_p1363_test.json", () => {
  const file = JSON.parse(readFileSync(new URL("../../vectors/wycheproof/ecdsa_secp521r1_sha512_p1363_test.json", import.meta.url), "utf8")) as { numberOfTests: number; testGroups: Group[] };
  const coordinate = (hex: string): Buffer => be66(BigInt(`0x${hex}`));

  it("gives every vector's verdict", () => {
    let count = 0, valid = 0;
    const wrong: number[] = [];
    for (const group of file.testGroups) {
      const accepted = importKey(coordinate(group.publicKey.wx), coordinate(group.publicKey.wy));
      expect(accepted).toBe(true); // every key in the file is a valid point
      for (const t of group.tests) {
        count++;
        // The file has no "acceptable" verdict; a new one would need a decision of its own.
        expect(["valid", "invalid"]).toContain(t.result);
        const sig = Buffer.from(t.sig, "hex");
        // A signature of any other length is refused before the arithmetic (RFC 7518 §3.4).
        const ok = sig.length === 132 && verifyDigest(sha512(Buffer.from(t.msg, "hex")), sig);
        if (ok) valid++;
        if (ok !== (t.result === "valid")) wrong.push(t.tcId);
      }
    }
    expect(count).toBe(file.numberOfTests);
    expect(wrong).toEqual([]);
    expect(valid).toBe(231);
  });
});

describe("differential against node:crypto", () => {
  it("agrees on random keys, messages, high-S twins and mutations", () => {
    for (let k = 0; k < 10; k++) {
      const { publicKey, privateKey } = generateKeyPairSync("ec", { namedCurve: "P-521" });
      const jwk = publicKey.export({ format: "jwk" });
      expect(importKey(Buffer.from(jwk.x!, "base64url"), Buffer.from(jwk.y!, "base64url"))).toBe(true);
      for (let m = 0; m < 8; m++) {
        const msg = randomBytes((k * 37 + m * 101) % 700);
        const sig = sign("sha512", msg, { key: privateKey, dsaEncoding: "ieee-p1363" });
        const oracle = (s: Uint8Array): boolean => verify("sha512", msg, { key: publicKey, dsaEncoding: "ieee-p1363" }, s);
        const digest = sha512(msg);
        expect(verifyDigest(digest, sig)).toBe(true);
        // High S: (r, n - s) verifies too, as in WebCrypto and node:crypto.
        const twin = Buffer.concat([sig.subarray(0, 66), be66(N - big(sig.subarray(66)))]);
        expect(verifyDigest(digest, twin)).toBe(oracle(twin));
        expect(oracle(twin)).toBe(true);
        // A flipped bit anywhere in r or s, or in the message.
        const bad = Buffer.from(sig);
        bad[(m * 13 + k * 7) % 132] ^= 1 << (m % 8);
        expect(verifyDigest(digest, bad)).toBe(oracle(bad));
        expect(oracle(bad)).toBe(false);
        const otherDigest = sha512(Buffer.concat([msg, Buffer.from([m])]));
        expect(verifyDigest(otherDigest, sig)).toBe(false);
      }
    }
  });
});

describe("the checks of an ES512 verification", () => {
  const d = 0x1234567890abcdef1234567890abcdef1234567890abcdef1234567890abcdef1234567890abcdef1234567890abcdefn;
  const Q = p521.Point.BASE.multiply(d).toAffine();
  const digest = sha512(Buffer.from("payload"));
  const e = big(digest);
  const b = p521.Point.CURVE().b;
  /** A valid signature with nonce k, computed here so that r and s can be chosen. */
  const signWith = (k: bigint, ee = e): { r: bigint; s: bigint } => {
    const r = mod(p521.Point.BASE.multiply(k).toAffine().x, N);
    return { r, s: mod(pow(k, N - 2n, N) * (ee + r * d), N) };
  };
  const sig = (r: bigint, s: bigint): Buffer => Buffer.concat([be66(r), be66(s)]);
  /** The point with the least x >= from, on P-521 (p ≡ 3 mod 4: y = y2^((p+1)/4)). */
  const pointFrom = (from: bigint): { x: bigint; y: bigint } => {
    for (let x = from; ; x++) {
      const y2 = mod(x ** 3n - 3n * x + b, P);
      const y = pow(y2, (P + 1n) / 4n, P);
      if (mod(y * y, P) === y2) return { x, y };
    }
  };

  beforeAll(() => {
    expect(importKey(be66(Q.x), be66(Q.y))).toBe(true);
  });

  it("accepts a valid signature and its high-S twin", () => {
    const { r, s } = signWith(777n);
    expect(verifyDigest(digest, sig(r, s))).toBe(true);
    expect(verifyDigest(digest, sig(r, N - s))).toBe(true);
    // e is the whole 512-bit digest, not truncated (n has 521 bits, FIPS 186-5 §6.4.2
    // step 3): the largest digest, all ones, verifies, and so does a small one.
    const eMax = (1n << 512n) - 1n;
    const top = signWith(779n, eMax);
    expect(verifyDigest(Buffer.alloc(64, 0xff), sig(top.r, top.s))).toBe(true);
    const low = signWith(780n, 5n);
    expect(verifyDigest(be64(5n), sig(low.r, low.s))).toBe(true);
    expect(verifyDigest(be64(6n), sig(low.r, low.s))).toBe(false);
  });

  it("refuses r = s = 0 (CVE-2022-21449) and r or s out of [1, n-1]", () => {
    const { r, s } = signWith(778n);
    expect(verifyDigest(digest, sig(r, s))).toBe(true);
    expect(verifyDigest(digest, sig(0n, 0n))).toBe(false);
    expect(verifyDigest(digest, sig(0n, s))).toBe(false);
    expect(verifyDigest(digest, sig(r, 0n))).toBe(false);
    // r + n and s + n: the same values mod n, so a verifier that reduces would accept them.
    // They always fit in 66 bytes: n < 2^521, so r + n < 2^522 < 2^528.
    expect(verifyDigest(digest, sig(r + N, s))).toBe(false);
    expect(verifyDigest(digest, sig(r, s + N))).toBe(false);
    expect(verifyDigest(digest, sig(r + N, s + N))).toBe(false);
    expect(verifyDigest(digest, sig(N, s))).toBe(false);
    expect(verifyDigest(digest, sig(r, N))).toBe(false);
    expect(verifyDigest(digest, sig(N + 1n, s))).toBe(false);
    expect(verifyDigest(digest, sig((1n << 528n) - 1n, (1n << 528n) - 1n))).toBe(false);
    expect(verifyDigest(digest, sig(r + (1n << 521n), s))).toBe(false);
  });

  it("refuses keys off the curve or with coordinates not below p", () => {
    expect(importKey(be66(Q.x), be66(mod(Q.y + 1n, P)))).toBe(false);
    expect(importKey(be66(0n), be66(0n))).toBe(false);
    // (x, p - y) is the negation, on the curve; (x, y + p) is the same point spelled >= p.
    expect(importKey(be66(Q.x), be66(P - Q.y))).toBe(true);
    expect(importKey(be66(Q.x), be66(Q.y + P))).toBe(false);
    // x + p and y + p always fit in 66 bytes (p < 2^521): a small point spelled both ways.
    const small = pointFrom(1n);
    expect(importKey(be66(small.x), be66(small.y))).toBe(true);
    expect(importKey(be66(small.x + P), be66(small.y))).toBe(false);
    expect(importKey(be66(P), be66(Q.y))).toBe(false);
    expect(importKey(be66(small.x), be66(small.y + P))).toBe(false);
    expect(importKey(be66((1n << 528n) - 1n), be66((1n << 528n) - 1n))).toBe(false);
    expect(importKey(be66(Q.x), be66(Q.y))).toBe(true);
  });

  it("refuses a signature whose computed point is infinity", () => {
    // u1·G + u2·Q = (e + r·d')/s · G is infinity when e ≡ -r·d' (mod n). The digest has
    // only 512 bits, so choose the key instead: d' = -e·r^-1.
    const r = 0x42n, s = 0x43n;
    const dBad = mod(-e * pow(r, N - 2n, N), N);
    const Qb = p521.Point.BASE.multiply(dBad).toAffine();
    expect(importKey(be66(Qb.x), be66(Qb.y))).toBe(true);
    try {
      expect(verifyDigest(digest, sig(r, s))).toBe(false);
      // The same key and digest with a real signature verify: the refusal is the infinity's.
      const k = 0x777n;
      const rk = mod(p521.Point.BASE.multiply(k).toAffine().x, N);
      expect(verifyDigest(digest, sig(rk, mod(pow(k, N - 2n, N) * (e + rk * dBad), N)))).toBe(true);
    } finally {
      expect(importKey(be66(Q.x), be66(Q.y))).toBe(true);
    }
  });

  it("verifies when u1 = ±u2 under the key G, where the addition meets the same point", () => {
    // With Q = G (d = 1) and e = r, u1 = u2, so each 64-bit piece of u1 has the same wNAF
    // digits as u2's (both windows are 5): the first Q digit added to an accumulator that
    // holds only the same G digit takes the doubling branch of the addition. A signature
    // with u1 = u2 = k/2: R' = k·G, r = x(R') mod n, s = 2r/k. An even k keeps k/2 small,
    // in the lowest piece alone, so the first addition is the doubling one whatever the
    // other pieces would do. The digest has 512 bits, so e = r needs r < 2^512 and e ≡ -r
    // needs n - r < 2^512: nonces are searched for each (one in 512 has it; the search is
    // deterministic).
    const G = p521.Point.BASE.toAffine();
    const nonce = (fits: (r: bigint) => boolean): { k: bigint; r: bigint } => {
      const twoG = p521.Point.BASE.double();
      let point = twoG;
      for (let k = 2n; ; k += 2n, point = point.add(twoG)) {
        const r = mod(point.toAffine().x, N);
        if (fits(r)) return { k, r };
      }
    };
    expect(importKey(be66(G.x), be66(G.y))).toBe(true);
    try {
      const { k, r } = nonce((r) => r < 1n << 512n);
      const s = mod(2n * r * pow(k, N - 2n, N), N);
      expect(verifyDigest(be64(r), sig(r, s))).toBe(true);
      // (r, n - s): u1 = u2 = -k/2, the sum is -R', with the same x.
      expect(verifyDigest(be64(r), sig(r, N - s))).toBe(true);
      expect(verifyDigest(be64(r), sig(mod(r + 1n, N), s))).toBe(false);
      // e = -r: u1 = -u2, the sum is infinity (§6.4.2 step 6).
      const neg = nonce((r) => N - r < 1n << 512n);
      const s2 = mod(2n * neg.r * pow(neg.k, N - 2n, N), N);
      expect(verifyDigest(be64(N - neg.r), sig(neg.r, s2))).toBe(false);
    } finally {
      expect(importKey(be66(Q.x), be66(Q.y))).toBe(true);
    }
  });

  it("compares x mod n with r, including x = r + n when r + n < p", () => {
    // A point R' with n <= x < p, and the key that makes (r, s) = (x - n, s) verify:
    // Q' = r^-1 (s·R' - e·G), so u1·G + u2·Q' = R' (the construction Wycheproof uses).
    // From n + 1: r = x - n must be at least 1.
    const Rp = pointFrom(N + 1n);
    const r = Rp.x - N, s = 0x1234567n;
    const point = p521.Point.fromAffine(Rp);
    const Qp = point.multiply(s).subtract(p521.Point.BASE.multiply(mod(e, N))).multiply(pow(r, N - 2n, N)).toAffine();
    expect(importKey(be66(Qp.x), be66(Qp.y))).toBe(true);
    expect(verifyDigest(digest, sig(r, s))).toBe(true);
    // node:crypto agrees, and a wrong r of the same shape fails.
    const spki = createPublicKey({ key: { kty: "EC", crv: "P-521", x: be66(Qp.x).toString("base64url"), y: be66(Qp.y).toString("base64url") }, format: "jwk" });
    expect(verify("sha512", Buffer.from("payload"), { key: spki, dsaEncoding: "ieee-p1363" }, sig(r, s))).toBe(true);
    expect(verifyDigest(digest, sig(r + 1n, s))).toBe(false);
    expect(importKey(be66(Q.x), be66(Q.y))).toBe(true);
  });
});
