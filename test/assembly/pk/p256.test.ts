// The P-256 code of the asymmetric module, alone: its arithmetic against BigInt, every
// Wycheproof ES256 vector, a differential against node:crypto, and the checks ES256
// verification must make (RFC 7518 §3.4, FIPS 186-5 §6.4.2), each with a case that
// fails without it.
import { describe, it, expect, beforeAll } from "vitest";
import { readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { createHash, randomBytes, sign, verify, createPublicKey } from "node:crypto";
import { generateKeyPairSync } from "../../helpers/key-pair.js";
import { p256 } from "@noble/curves/nist.js";
import { compileP256, OP, type P256Exports } from "./p256.harness";

const P = 2n ** 256n - 2n ** 224n + 2n ** 192n + 2n ** 96n - 1n;
const N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n;
const R = 1n << 261n;
const mod = (a: bigint, m: bigint): bigint => ((a % m) + m) % m;
function pow(b: bigint, e: bigint, m: bigint): bigint {
  let r = 1n;
  b = mod(b, m);
  for (; e > 0n; e >>= 1n, b = (b * b) % m) if (e & 1n) r = (r * b) % m;
  return r;
}
const RINV_P = pow(R, P - 2n, P);
const RINV_N = pow(R, N - 2n, N);

const be32 = (v: bigint): Buffer => Buffer.from(v.toString(16).padStart(64, "0"), "hex");
const big = (b: Uint8Array): bigint => BigInt(`0x${Buffer.from(b).toString("hex") || "0"}`);
const sha256 = (m: Uint8Array): Buffer => createHash("sha256").update(m).digest();

let w: P256Exports;
let mem: Uint8Array;
let dv: DataView;
let IO: number;

beforeAll(async () => {
  w = await compileP256();
  mem = new Uint8Array(w.memory.buffer);
  dv = new DataView(w.memory.buffer);
  IO = w.ioPtr();
});

function putLimbs(off: number, v: bigint): void {
  for (let i = 0; i < 9; i++) dv.setUint32(IO + off + 4 * i, Number(i < 8 ? (v >> BigInt(29 * i)) & 0x1fffffffn : v >> 232n), true);
}
/** The 9 limbs at off as a number, and whether limbs 0..7 are below 2^29. */
function getLimbs(off: number): { v: bigint; normal: boolean } {
  let v = 0n, normal = true;
  for (let i = 8; i >= 0; i--) {
    const l = dv.getUint32(IO + off + 4 * i, true);
    if (i < 8 && l >= 2 ** 29) normal = false;
    v = (v << 29n) + BigInt(l);
  }
  return { v, normal };
}

/** Imports x‖y; true if accepted. */
function importKey(x: Uint8Array, y: Uint8Array): boolean {
  mem.set(x, IO);
  mem.set(y, IO + 32);
  return w.importKey() === 1;
}
/** Verifies r‖s over a digest under the key imported last. */
function verifyDigest(digest: Uint8Array, sig: Uint8Array): boolean {
  mem.set(digest, IO);
  mem.set(sig, IO + 32);
  return w.verify() === 1;
}

describe("generated sources", () => {
  it("p256-tables.ts and p256-mul.ts are what scripts/gen-p256.mjs generates now", () => {
    const script = new URL("../../../scripts/gen-p256.mjs", import.meta.url);
    expect(() => execFileSync(process.execPath, [script.pathname, "--check"], { stdio: "pipe" })).not.toThrow();
  });
});

describe("P-256 arithmetic against BigInt", () => {
  // Deterministic operands: the extremes of the bounds the code promises to handle (values
  // below 2^258, limbs below 2^29) and pseudo-random ones.
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
    0n, 1n, P - 1n, P, P + 1n, 2n * P, 3n * P, N - 1n, N, (1n << 256n) - 1n, (1n << 258n) - 1n, (1n << 257n),
    ...Array.from({ length: 300 }, (_, i) => rand(i % 3 === 0 ? 256 : 258)),
  ];
  const check = (op: number, a: bigint, b: bigint, want: bigint, m: bigint, bound: bigint, k = 0): void => {
    putLimbs(0, a);
    putLimbs(36, b);
    w.op(op, k);
    const { v, normal } = getLimbs(72);
    expect(mod(v, m)).toBe(mod(want, m));
    expect(v < bound && normal).toBe(true);
  };

  it("Montgomery products and squares mod p stay below 2^257", () => {
    const xs = operands();
    for (let i = 0; i < xs.length; i++) {
      const a = xs[i], b = xs[(i * 7 + 3) % xs.length];
      check(OP.feMul, a, b, a * b * RINV_P, P, 1n << 257n);
      check(OP.feSqr, a, 0n, a * a * RINV_P, P, 1n << 257n);
    }
  });

  it("Montgomery products and squares mod n stay below 2^258", () => {
    const xs = operands();
    for (let i = 0; i < xs.length; i++) {
      const a = xs[i], b = xs[(i * 5 + 1) % xs.length];
      check(OP.scMul, a, b, a * b * RINV_N, N, 1n << 258n);
      check(OP.scSqr, a, 0n, a * a * RINV_N, N, 1n << 258n);
    }
  });

  it("addition, subtraction and small multiples mod p keep the bounds", () => {
    const xs = operands();
    for (let i = 0; i < xs.length; i++) {
      const a = xs[i], b = xs[(i * 11 + 5) % xs.length];
      check(OP.feAdd, a, b, a + b, P, 1n << 258n);
      check(OP.feSub, a, b, a - b, P, 1n << 258n);
      for (const k of [2, 3, 4, 8]) check(OP.feMulSmall, a, 0n, a * BigInt(k), P, 1n << 258n, k);
    }
  });

  it("full reduction mod p and mod n, and inversion in the Montgomery domain", () => {
    const xs = operands();
    for (const a of xs) {
      putLimbs(0, a);
      w.op(OP.feCanon, 0);
      expect(getLimbs(72).v).toBe(mod(a, P));
      w.op(OP.scCanon, 0);
      expect(getLimbs(72).v).toBe(mod(a, N));
    }
    for (const a of xs.slice(12, 40)) {
      check(OP.feInv, a, 0n, pow(a * RINV_P, P - 2n, P) * R, P, 1n << 258n);
      check(OP.scInv, a, 0n, pow(a * RINV_N, N - 2n, N) * R, N, 1n << 258n);
    }
  });
});

interface Vector { tcId: number; comment: string; msg: string; sig: string; result: string; flags: string[] }
interface Group { publicKey: { wx: string; wy: string }; tests: Vector[] }

describe("Wycheproof ecdsa_secp256r1_sha256_p1363_test.json", () => {
  const file = JSON.parse(readFileSync(new URL("../../vectors/wycheproof/ecdsa_secp256r1_sha256_p1363_test.json", import.meta.url), "utf8")) as { numberOfTests: number; testGroups: Group[] };
  const coordinate = (hex: string): Buffer => be32(BigInt(`0x${hex}`));

  it("gives every vector's verdict", () => {
    let count = 0;
    const wrong: number[] = [];
    for (const group of file.testGroups) {
      const accepted = importKey(coordinate(group.publicKey.wx), coordinate(group.publicKey.wy));
      expect(accepted).toBe(true); // every key in the file is a valid point
      for (const t of group.tests) {
        count++;
        const sig = Buffer.from(t.sig, "hex");
        // A signature of any other length is refused before the arithmetic (RFC 7518 §3.4).
        const ok = sig.length === 64 && verifyDigest(sha256(Buffer.from(t.msg, "hex")), sig);
        if (ok !== (t.result === "valid")) wrong.push(t.tcId);
      }
    }
    expect(count).toBe(file.numberOfTests);
    expect(wrong).toEqual([]);
  });
});

describe("differential against node:crypto", () => {
  it("agrees on random keys, messages, high-S twins and mutations", () => {
    for (let k = 0; k < 12; k++) {
      const { publicKey, privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
      const jwk = publicKey.export({ format: "jwk" });
      expect(importKey(Buffer.from(jwk.x!, "base64url"), Buffer.from(jwk.y!, "base64url"))).toBe(true);
      for (let m = 0; m < 8; m++) {
        const msg = randomBytes((k * 37 + m * 101) % 700);
        const sig = sign("sha256", msg, { key: privateKey, dsaEncoding: "ieee-p1363" });
        const oracle = (s: Uint8Array): boolean => verify("sha256", msg, { key: publicKey, dsaEncoding: "ieee-p1363" }, s);
        const digest = sha256(msg);
        expect(verifyDigest(digest, sig)).toBe(true);
        // High S: (r, n - s) verifies too, as in WebCrypto and node:crypto.
        const twin = Buffer.concat([sig.subarray(0, 32), be32(N - big(sig.subarray(32)))]);
        expect(verifyDigest(digest, twin)).toBe(oracle(twin));
        expect(oracle(twin)).toBe(true);
        // A flipped bit anywhere in r or s, or in the message.
        const bad = Buffer.from(sig);
        bad[(m * 13) % 64] ^= 1 << (m % 8);
        expect(verifyDigest(digest, bad)).toBe(oracle(bad));
        const otherDigest = sha256(Buffer.concat([msg, Buffer.from([m])]));
        expect(verifyDigest(otherDigest, sig)).toBe(false);
      }
    }
  });
});

describe("the checks of an ES256 verification", () => {
  const d = 0x1234567890abcdef1234567890abcdef1234567890abcdef1234567890abcdefn;
  const Q = p256.Point.BASE.multiply(d).toAffine();
  const digest = sha256(Buffer.from("payload"));
  const e = big(digest);
  /** A valid signature with nonce k, computed here so that r and s can be chosen. */
  const signWith = (k: bigint, ee = e): { r: bigint; s: bigint } => {
    const r = mod(p256.Point.BASE.multiply(k).toAffine().x, N);
    return { r, s: mod(pow(k, N - 2n, N) * (ee + r * d), N) };
  };
  const sig = (r: bigint, s: bigint): Buffer => Buffer.concat([be32(r), be32(s)]);

  beforeAll(() => {
    expect(importKey(be32(Q.x), be32(Q.y))).toBe(true);
  });

  it("accepts a valid signature and its high-S twin", () => {
    const { r, s } = signWith(777n);
    expect(verifyDigest(digest, sig(r, s))).toBe(true);
    expect(verifyDigest(digest, sig(r, N - s))).toBe(true);
  });

  it("refuses r = s = 0 (CVE-2022-21449) and r or s out of [1, n-1]", () => {
    const { r, s } = signWith(778n);
    expect(verifyDigest(digest, sig(0n, 0n))).toBe(false);
    expect(verifyDigest(digest, sig(0n, s))).toBe(false);
    expect(verifyDigest(digest, sig(r, 0n))).toBe(false);
    // r + n and s + n: the same values mod n, so a verifier that reduces would accept them.
    // (r + n and s + n fit in 256 bits only when below 2^256.)
    if (r + N < 1n << 256n) expect(verifyDigest(digest, sig(r + N, s))).toBe(false);
    if (s + N < 1n << 256n) expect(verifyDigest(digest, sig(r, s + N))).toBe(false);
    expect(verifyDigest(digest, sig(N, s))).toBe(false);
    expect(verifyDigest(digest, sig(r, N))).toBe(false);
    expect(verifyDigest(digest, sig((1n << 256n) - 1n, (1n << 256n) - 1n))).toBe(false);
  });

  it("refuses keys off the curve or with coordinates not below p", () => {
    expect(importKey(be32(Q.x), be32(mod(Q.y + 1n, P)))).toBe(false);
    expect(importKey(be32(0n), be32(0n))).toBe(false);
    // (x, p - y) is the negation, on the curve; (x, y + p) is the same point spelled >= p.
    expect(importKey(be32(Q.x), be32(P - Q.y))).toBe(true);
    if (Q.y + P < 1n << 256n) expect(importKey(be32(Q.x), be32(Q.y + P))).toBe(false);
    // A point whose x + p still fits in 256 bits: x < 2^256 - p.
    let small = 0n;
    for (let x = 1n; small === 0n; x++) {
      const y2 = mod(x ** 3n - 3n * x + p256.Point.CURVE().b, P);
      const y = pow(y2, (P + 1n) / 4n, P);
      if (mod(y * y, P) === y2) {
        expect(importKey(be32(x), be32(y))).toBe(true);
        expect(importKey(be32(x + P), be32(y))).toBe(false);
        small = x;
      }
    }
    expect(importKey(be32(Q.x), be32(Q.y))).toBe(true);
  });

  it("refuses a signature whose computed point is infinity", () => {
    // u1·G + u2·Q = (e + r·d)/s · G is infinity when e ≡ -r·d (mod n): choose that digest.
    const r = 0x42n, s = 0x43n;
    const bad = be32(mod(-r * d, N));
    expect(verifyDigest(bad, sig(r, s))).toBe(false);
  });

  it("compares x mod n with r, including x = r + n when r + n < p", () => {
    // A point R' with n <= x < p, and the key that makes (r, s) = (x - n, s) verify:
    // Q' = r^-1 (s·R' - e·G), so u1·G + u2·Q' = R' (the construction Wycheproof uses).
    let Rp: { x: bigint; y: bigint } | undefined;
    for (let x = N; !Rp; x++) {
      const y2 = mod(x ** 3n - 3n * x + p256.Point.CURVE().b, P);
      const y = pow(y2, (P + 1n) / 4n, P);
      if (mod(y * y, P) === y2) Rp = { x, y };
    }
    const r = Rp.x - N, s = 0x1234567n;
    const point = p256.Point.fromAffine(Rp);
    const Qp = point.multiply(s).subtract(p256.Point.BASE.multiply(mod(e, N))).multiply(pow(r, N - 2n, N)).toAffine();
    expect(importKey(be32(Qp.x), be32(Qp.y))).toBe(true);
    expect(verifyDigest(digest, sig(r, s))).toBe(true);
    // node:crypto agrees, and a wrong r of the same shape fails.
    const spki = createPublicKey({ key: { kty: "EC", crv: "P-256", x: be32(Qp.x).toString("base64url"), y: be32(Qp.y).toString("base64url") }, format: "jwk" });
    expect(verify("sha256", Buffer.from("payload"), { key: spki, dsaEncoding: "ieee-p1363" }, sig(r, s))).toBe(true);
    expect(verifyDigest(digest, sig(r + 1n, s))).toBe(false);
  });
});
