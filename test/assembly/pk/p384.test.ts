// The P-384 code of the asymmetric module, alone: its arithmetic against BigInt, every
// Wycheproof ES384 vector, a differential against node:crypto, and the checks ES384
// verification must make (RFC 7518 §3.4, FIPS 186-5 §6.4.2), each with a case that
// fails without it. The same cases as p256.test.ts, at P-384's sizes.
import { describe, it, expect, beforeAll } from "vitest";
import { readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { createHash, randomBytes, sign, verify, createPublicKey } from "node:crypto";
import { generateKeyPairSync } from "../../helpers/key-pair.js";
import { p384 } from "@noble/curves/nist.js";
import { compileP384, OP, type P384Exports } from "./p384.harness";

const P = 2n ** 384n - 2n ** 128n - 2n ** 96n + 2n ** 32n - 1n;
const N = 0xffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973n;
const R = 1n << 406n;
const LIMBS = 14;
const FE = 56;
const mod = (a: bigint, m: bigint): bigint => ((a % m) + m) % m;
function pow(b: bigint, e: bigint, m: bigint): bigint {
  let r = 1n;
  b = mod(b, m);
  for (; e > 0n; e >>= 1n, b = (b * b) % m) if (e & 1n) r = (r * b) % m;
  return r;
}
const RINV_P = pow(R, P - 2n, P);
const RINV_N = pow(R, N - 2n, N);

const be48 = (v: bigint): Buffer => Buffer.from(v.toString(16).padStart(96, "0"), "hex");
const big = (b: Uint8Array): bigint => BigInt(`0x${Buffer.from(b).toString("hex") || "0"}`);
const sha384 = (m: Uint8Array): Buffer => createHash("sha384").update(m).digest();

let w: P384Exports;
let mem: Uint8Array;
let dv: DataView;
let IO: number;

beforeAll(async () => {
  w = await compileP384();
  mem = new Uint8Array(w.memory.buffer);
  dv = new DataView(w.memory.buffer);
  IO = w.ioPtr();
});

function putLimbs(off: number, v: bigint): void {
  const top = BigInt(29 * (LIMBS - 1));
  for (let i = 0; i < LIMBS; i++) dv.setUint32(IO + off + 4 * i, Number(i < LIMBS - 1 ? (v >> BigInt(29 * i)) & 0x1fffffffn : v >> top), true);
}
/** The 14 limbs at off as a number, and whether limbs 0..12 are below 2^29. */
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
  mem.set(y, IO + 48);
  return w.importKey() === 1;
}
/** Verifies r‖s over a digest under the key imported last. */
function verifyDigest(digest: Uint8Array, sig: Uint8Array): boolean {
  mem.set(digest, IO);
  mem.set(sig, IO + 48);
  return w.verify() === 1;
}

describe("generated sources", () => {
  it("p384-tables.ts and p384-mul.ts are what scripts/gen-p384.mjs generates now", () => {
    const script = new URL("../../../scripts/gen-p384.mjs", import.meta.url);
    expect(() => execFileSync(process.execPath, [script.pathname, "--check"], { stdio: "pipe" })).not.toThrow();
  });
});

describe("P-384 arithmetic against BigInt", () => {
  // Deterministic operands: the extremes of the bounds the code promises to handle (values
  // below 2^386 between operations, 2^390 into a product; limbs below 2^29) and
  // pseudo-random ones.
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
    0n, 1n, P - 1n, P, P + 1n, 2n * P, 3n * P, 4n * P, N - 1n, N, (1n << 384n) - 1n, (1n << 385n) - 1n, (1n << 386n) - 1n, 1n << 385n,
    // A value whose low limb is that of a multiple of p (-1, -2, .. mod 2^29) but is not one:
    // feIsZero's shortcut must not take it for zero.
    (1n << 29n) - 1n, (1n << 200n) - 2n,
    ...Array.from({ length: 300 }, (_, i) => rand(i % 3 === 0 ? 384 : 386)),
  ];
  const check = (op: number, a: bigint, b: bigint, want: bigint, m: bigint, bound: bigint, k = 0): void => {
    putLimbs(0, a);
    putLimbs(FE, b);
    w.op(op, k);
    const { v, normal } = getLimbs(2 * FE);
    expect(mod(v, m)).toBe(mod(want, m));
    expect(v < bound && normal).toBe(true);
  };

  it("Montgomery products and squares mod p stay below 2^385, also from inputs up to 2^390", () => {
    const xs = [...operands(), (1n << 390n) - 1n];
    for (let i = 0; i < xs.length; i++) {
      const a = xs[i], b = xs[(i * 7 + 3) % xs.length];
      check(OP.feMul, a, b, a * b * RINV_P, P, 1n << 385n);
      check(OP.feSqr, a, 0n, a * a * RINV_P, P, 1n << 385n);
    }
  });

  it("Montgomery products and squares mod n stay below 2^385, also from inputs up to 2^390", () => {
    const xs = [...operands(), (1n << 390n) - 1n];
    for (let i = 0; i < xs.length; i++) {
      const a = xs[i], b = xs[(i * 5 + 1) % xs.length];
      check(OP.scMul, a, b, a * b * RINV_N, N, 1n << 385n);
      check(OP.scSqr, a, 0n, a * a * RINV_N, N, 1n << 385n);
    }
  });

  it("addition, subtraction and small multiples mod p stay below 2^385", () => {
    const xs = operands();
    for (let i = 0; i < xs.length; i++) {
      const a = xs[i], b = xs[(i * 11 + 5) % xs.length];
      check(OP.feAdd, a, b, a + b, P, 1n << 385n);
      check(OP.feSub, a, b, a - b, P, 1n << 385n);
      check(OP.feSub, a, a, 0n, P, 1n << 385n);
      for (const k of [2, 3, 4, 8]) check(OP.feMulSmall, a, 0n, a * BigInt(k), P, 1n << 385n, k);
    }
  });

  it("full reduction mod p and mod n, and inversion in the Montgomery domain", () => {
    const xs = operands();
    for (const a of xs) {
      putLimbs(0, a);
      w.op(OP.feCanon, 0);
      expect(getLimbs(2 * FE).v).toBe(mod(a, P));
      w.op(OP.scCanon, 0);
      expect(getLimbs(2 * FE).v).toBe(mod(a, N));
    }
    for (const a of xs.slice(16, 44)) {
      check(OP.feInv, a, 0n, pow(a * RINV_P, P - 2n, P) * R, P, 1n << 386n);
      check(OP.scInv, a, 0n, pow(a * RINV_N, N - 2n, N) * R, N, 1n << 386n);
    }
  });
});

interface Vector { tcId: number; comment: string; msg: string; sig: string; result: string; flags: string[] }
interface Group { publicKey: { wx: string; wy: string }; tests: Vector[] }

describe("Wycheproof ecdsa_secp384r1_sha384_p1363_test.json", () => {
  const file = JSON.parse(readFileSync(new URL("../../vectors/wycheproof/ecdsa_secp384r1_sha384_p1363_test.json", import.meta.url), "utf8")) as { numberOfTests: number; testGroups: Group[] };
  const coordinate = (hex: string): Buffer => be48(BigInt(`0x${hex}`));

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
        const ok = sig.length === 96 && verifyDigest(sha384(Buffer.from(t.msg, "hex")), sig);
        if (ok) valid++;
        if (ok !== (t.result === "valid")) wrong.push(t.tcId);
      }
    }
    expect(count).toBe(file.numberOfTests);
    expect(wrong).toEqual([]);
    expect(valid).toBe(193);
  });
});

describe("differential against node:crypto", () => {
  it("agrees on random keys, messages, high-S twins and mutations", () => {
    for (let k = 0; k < 10; k++) {
      const { publicKey, privateKey } = generateKeyPairSync("ec", { namedCurve: "P-384" });
      const jwk = publicKey.export({ format: "jwk" });
      expect(importKey(Buffer.from(jwk.x!, "base64url"), Buffer.from(jwk.y!, "base64url"))).toBe(true);
      for (let m = 0; m < 8; m++) {
        const msg = randomBytes((k * 37 + m * 101) % 700);
        const sig = sign("sha384", msg, { key: privateKey, dsaEncoding: "ieee-p1363" });
        const oracle = (s: Uint8Array): boolean => verify("sha384", msg, { key: publicKey, dsaEncoding: "ieee-p1363" }, s);
        const digest = sha384(msg);
        expect(verifyDigest(digest, sig)).toBe(true);
        // High S: (r, n - s) verifies too, as in WebCrypto and node:crypto.
        const twin = Buffer.concat([sig.subarray(0, 48), be48(N - big(sig.subarray(48)))]);
        expect(verifyDigest(digest, twin)).toBe(oracle(twin));
        expect(oracle(twin)).toBe(true);
        // A flipped bit anywhere in r or s, or in the message.
        const bad = Buffer.from(sig);
        bad[(m * 13 + k * 7) % 96] ^= 1 << (m % 8);
        expect(verifyDigest(digest, bad)).toBe(oracle(bad));
        expect(oracle(bad)).toBe(false);
        const otherDigest = sha384(Buffer.concat([msg, Buffer.from([m])]));
        expect(verifyDigest(otherDigest, sig)).toBe(false);
      }
    }
  });
});

describe("the checks of an ES384 verification", () => {
  const d = 0x1234567890abcdef1234567890abcdef1234567890abcdef1234567890abcdef1234567890abcdef1234567890abcdefn;
  const Q = p384.Point.BASE.multiply(d).toAffine();
  const digest = sha384(Buffer.from("payload"));
  const e = big(digest);
  const b = p384.Point.CURVE().b;
  /** A valid signature with nonce k, computed here so that r and s can be chosen. */
  const signWith = (k: bigint, ee = e): { r: bigint; s: bigint } => {
    const r = mod(p384.Point.BASE.multiply(k).toAffine().x, N);
    return { r, s: mod(pow(k, N - 2n, N) * (ee + r * d), N) };
  };
  const sig = (r: bigint, s: bigint): Buffer => Buffer.concat([be48(r), be48(s)]);
  /** The point with the least x >= from, on P-384 (p ≡ 3 mod 4: y = y2^((p+1)/4)). */
  const pointFrom = (from: bigint): { x: bigint; y: bigint } => {
    for (let x = from; ; x++) {
      const y2 = mod(x ** 3n - 3n * x + b, P);
      const y = pow(y2, (P + 1n) / 4n, P);
      if (mod(y * y, P) === y2) return { x, y };
    }
  };

  beforeAll(() => {
    expect(importKey(be48(Q.x), be48(Q.y))).toBe(true);
  });

  it("accepts a valid signature and its high-S twin", () => {
    const { r, s } = signWith(777n);
    expect(verifyDigest(digest, sig(r, s))).toBe(true);
    expect(verifyDigest(digest, sig(r, N - s))).toBe(true);
    // The digest may be >= n (e is all 384 bits of SHA-384, FIPS 186-5 §6.4.2 step 3).
    const eBig = N + 5n;
    const big2 = signWith(779n, eBig);
    expect(verifyDigest(be48(eBig), sig(big2.r, big2.s))).toBe(true);
  });

  it("refuses r = s = 0 (CVE-2022-21449) and r or s out of [1, n-1]", () => {
    const { r, s } = signWith(778n);
    expect(verifyDigest(digest, sig(r, s))).toBe(true);
    expect(verifyDigest(digest, sig(0n, 0n))).toBe(false);
    expect(verifyDigest(digest, sig(0n, s))).toBe(false);
    expect(verifyDigest(digest, sig(r, 0n))).toBe(false);
    // r + n and s + n: the same values mod n, so a verifier that reduces would accept them.
    // (They fit in 384 bits only when below 2^384, about one time in 2^190.)
    if (r + N < 1n << 384n) expect(verifyDigest(digest, sig(r + N, s))).toBe(false);
    if (s + N < 1n << 384n) expect(verifyDigest(digest, sig(r, s + N))).toBe(false);
    expect(verifyDigest(digest, sig(N, s))).toBe(false);
    expect(verifyDigest(digest, sig(r, N))).toBe(false);
    expect(verifyDigest(digest, sig(N + 1n, s))).toBe(false);
    expect(verifyDigest(digest, sig((1n << 384n) - 1n, (1n << 384n) - 1n))).toBe(false);
  });

  it("refuses s + n for a signature whose s + n fits in 384 bits", () => {
    // Choose the nonce's image so that s is small: s = k^-1 (e + r·d), so pick s first and
    // solve for e (the digest is an input of the unit): e = s·k - r·d.
    const k = 0xabcdefn, s = 3n;
    const r = mod(p384.Point.BASE.multiply(k).toAffine().x, N);
    const ee = mod(s * k - r * d, N);
    expect(verifyDigest(be48(ee), sig(r, s))).toBe(true);
    expect(verifyDigest(be48(ee), sig(r, s + N))).toBe(false);
  });

  it("refuses keys off the curve or with coordinates not below p", () => {
    expect(importKey(be48(Q.x), be48(mod(Q.y + 1n, P)))).toBe(false);
    expect(importKey(be48(0n), be48(0n))).toBe(false);
    // (x, p - y) is the negation, on the curve; (x, y + p) is the same point spelled >= p.
    expect(importKey(be48(Q.x), be48(P - Q.y))).toBe(true);
    if (Q.y + P < 1n << 384n) expect(importKey(be48(Q.x), be48(Q.y + P))).toBe(false);
    // A point whose x + p still fits in 384 bits: x < 2^384 - p.
    const small = pointFrom(1n);
    expect(importKey(be48(small.x), be48(small.y))).toBe(true);
    expect(importKey(be48(small.x + P), be48(small.y))).toBe(false);
    expect(importKey(be48(P), be48(Q.y))).toBe(false);
    expect(importKey(be48((1n << 384n) - 1n), be48((1n << 384n) - 1n))).toBe(false);
    expect(importKey(be48(Q.x), be48(Q.y))).toBe(true);
  });

  it("refuses a signature whose computed point is infinity", () => {
    // u1·G + u2·Q = (e + r·d)/s · G is infinity when e ≡ -r·d (mod n): choose that digest.
    const r = 0x42n, s = 0x43n;
    const bad = be48(mod(-r * d, N));
    expect(verifyDigest(bad, sig(r, s))).toBe(false);
  });

  it("verifies when u1 = ±u2 under the key G, where the addition meets the same point", () => {
    // With Q = G (d = 1) and e = r, u1 = u2, so each 64-bit piece of u1 has the same wNAF
    // digits as u2's (both windows are 5): the first Q digit added to an accumulator that
    // holds only the same G digit takes the doubling branch of the addition. A signature
    // with u1 = u2 = k/2: R' = k·G, r = x(R') mod n, s = 2r/k.
    const G = p384.Point.BASE.toAffine();
    expect(importKey(be48(G.x), be48(G.y))).toBe(true);
    try {
      const k = 0x1234567n;
      const r = mod(p384.Point.BASE.multiply(k).toAffine().x, N);
      const s = mod(2n * r * pow(k, N - 2n, N), N);
      expect(verifyDigest(be48(r), sig(r, s))).toBe(true);
      // (r, n - s): u1 = u2 = -k/2, the sum is -R', with the same x.
      expect(verifyDigest(be48(r), sig(r, N - s))).toBe(true);
      // e = -r: u1 = -u2, the sum is infinity (§6.4.2 step 6).
      expect(verifyDigest(be48(mod(-r, N)), sig(r, s))).toBe(false);
      expect(verifyDigest(be48(r), sig(mod(r + 1n, N), s))).toBe(false);
    } finally {
      expect(importKey(be48(Q.x), be48(Q.y))).toBe(true);
    }
  });

  it("compares x mod n with r, including x = r + n when r + n < p", () => {
    // A point R' with n <= x < p, and the key that makes (r, s) = (x - n, s) verify:
    // Q' = r^-1 (s·R' - e·G), so u1·G + u2·Q' = R' (the construction Wycheproof uses).
    // From n + 1: r = x - n must be at least 1 (and x = n is itself on P-384).
    const Rp = pointFrom(N + 1n);
    const r = Rp.x - N, s = 0x1234567n;
    const point = p384.Point.fromAffine(Rp);
    const Qp = point.multiply(s).subtract(p384.Point.BASE.multiply(mod(e, N))).multiply(pow(r, N - 2n, N)).toAffine();
    expect(importKey(be48(Qp.x), be48(Qp.y))).toBe(true);
    expect(verifyDigest(digest, sig(r, s))).toBe(true);
    // node:crypto agrees, and a wrong r of the same shape fails.
    const spki = createPublicKey({ key: { kty: "EC", crv: "P-384", x: be48(Qp.x).toString("base64url"), y: be48(Qp.y).toString("base64url") }, format: "jwk" });
    expect(verify("sha384", Buffer.from("payload"), { key: spki, dsaEncoding: "ieee-p1363" }, sig(r, s))).toBe(true);
    expect(verifyDigest(digest, sig(r + 1n, s))).toBe(false);
    expect(importKey(be48(Q.x), be48(Q.y))).toBe(true);
  });
});
