// Ed25519 in the asymmetric module's AssemblyScript, reached through the test-only entry:
// field arithmetic against BigInt, scalars mod L, every Wycheproof ed25519 vector, a
// differential against node:crypto, and the small-order keys refused on purpose.
import { createHash, createPublicKey, randomBytes, sign, verify, type KeyObject } from "node:crypto";
import { generateKeyPairSync } from "../../helpers/key-pair.js";
import { readFileSync } from "node:fs";
import { ED25519_TORSION_SUBGROUP, ed25519 } from "@noble/curves/ed25519.js";
import { beforeAll, describe, expect, test } from "vitest";
import { compileEd25519, type Ed25519Exports } from "./ed25519.harness";

const P = 2n ** 255n - 19n;
const L = 2n ** 252n + 27742317777372353535851937790883648493n;
const OFFSETS = [0, 26, 51, 77, 102, 128, 153, 179, 204, 230];
/** importKey results (assembly/pk/ed25519.ts). */
const OK = 0, NOT_CANONICAL = 1, NOT_ON_CURVE = 2, SMALL_ORDER = 3;

const mod = (a: bigint, m = P) => ((a % m) + m) % m;
const le = (x: bigint, n = 32) => Buffer.from(x.toString(16).padStart(2 * n, "0"), "hex").reverse();
const fromLe = (b: Uint8Array) => BigInt("0x" + (Buffer.from(b).reverse().toString("hex") || "0"));
const hex = (s: string) => Buffer.from(s, "hex");

let w: Ed25519Exports;
let mem: Uint8Array;
let view: DataView;
let S: number; // scratch: field elements at S, S+40, ...; bytes from S+512; messages at MSG
let MSG: number;

beforeAll(async () => {
  w = await compileEd25519();
  mem = new Uint8Array(w.memory.buffer);
  view = new DataView(w.memory.buffer);
  S = w.scratch();
  MSG = S + 4096;
}, 120_000);

function setFe(at: number, limbs: number[]): void {
  limbs.forEach((x, i) => view.setInt32(at + 4 * i, x, true));
}
function getFe(at: number): bigint {
  let v = 0n;
  for (let i = 0; i < 10; i++) v += BigInt(view.getInt32(at + 4 * i, true)) << BigInt(OFFSETS[i]);
  return v;
}
/** Random signed limbs up to `scale` times a reduced element's bound (2^25 even, 2^24 odd, times 1.1). */
function randomLimbs(scale: number): number[] {
  return Array.from({ length: 10 }, (_, i) => Math.trunc((Math.random() * 2 - 1) * 1.1 * scale * (i % 2 ? 2 ** 24 : 2 ** 25)));
}
/** The most extreme limbs of that bound, every sign pattern's corner. */
function extremeLimbs(scale: number, signs: number): number[] {
  return Array.from({ length: 10 }, (_, i) => ((signs >> i) & 1 ? -1 : 1) * Math.trunc(1.1 * scale * (i % 2 ? 2 ** 24 : 2 ** 25)));
}

function importKey(pub: Uint8Array): number {
  mem.set(pub, S + 512);
  return w.importKey(S + 512);
}
/** Verifies under the last imported key. */
function check(msg: Uint8Array, sig: Uint8Array): boolean {
  if (sig.length !== 64) return false;
  mem.set(sig, S + 1024);
  mem.set(msg, MSG);
  return w.verify(MSG, msg.length, S + 1024) === 1;
}
const rawKey = (k: KeyObject) => Buffer.from(k.export({ format: "jwk" }).x as string, "base64url");
const nodeKey = (raw: Uint8Array) => createPublicKey({ key: { kty: "OKP", crv: "Ed25519", x: Buffer.from(raw).toString("base64url") }, format: "jwk" });

describe("field arithmetic mod 2^255 - 19", () => {
  test("mul, sq, sq2 against BigInt, inputs up to three reduced elements summed", () => {
    for (let n = 0; n < 6000; n++) {
      const scale = 1 + (n % 3);
      const a = n < 1024 ? extremeLimbs(scale, n) : randomLimbs(scale);
      const b = n < 1024 ? extremeLimbs(scale, ~n) : randomLimbs(scale);
      setFe(S, a); setFe(S + 40, b);
      const x = getFe(S), y = getFe(S + 40);
      w.mul(S + 80, S, S + 40);
      expect(mod(getFe(S + 80)), `mul ${n}`).toBe(mod(x * y));
      w.sq(S + 80, S);
      expect(mod(getFe(S + 80)), `sq ${n}`).toBe(mod(x * x));
      w.sq2(S + 80, S);
      expect(mod(getFe(S + 80)), `sq2 ${n}`).toBe(mod(2n * x * x));
      // Outputs are reduced: each limb within 1.1 times 2^25 / 2^24.
      for (let i = 0; i < 10; i++) expect(Math.abs(view.getInt32(S + 80 + 4 * i, true))).toBeLessThanOrEqual(1.1 * (i % 2 ? 2 ** 24 : 2 ** 25));
    }
  });

  test("mul in place (h aliasing f and g)", () => {
    setFe(S, randomLimbs(1)); setFe(S + 40, randomLimbs(1));
    const x = getFe(S), y = getFe(S + 40);
    w.mul(S, S, S + 40);
    expect(mod(getFe(S))).toBe(mod(x * y));
    w.mul(S + 40, S, S + 40);
    expect(mod(getFe(S + 40))).toBe(mod(x * y * y));
  });

  test("invert and the square-root power against BigInt", () => {
    for (let n = 0; n < 100; n++) {
      setFe(S, randomLimbs(1));
      const x = getFe(S);
      w.invert(S + 40, S);
      expect(mod(getFe(S + 40) * x)).toBe(mod(x) === 0n ? 0n : 1n);
      w.pow22523(S + 80, S);
      let r = 1n, b = mod(x), e = (P - 5n) / 8n;
      for (; e > 0n; e >>= 1n, b = (b * b) % P) if (e & 1n) r = (r * b) % P;
      expect(mod(getFe(S + 80))).toBe(r);
    }
    setFe(S, Array(10).fill(0));
    w.invert(S + 40, S);
    expect(mod(getFe(S + 40))).toBe(0n);
  });

  test("encoding: the canonical value in [0, p), for signed and unreduced limbs", () => {
    for (let n = 0; n < 4000; n++) {
      setFe(S, n < 1024 ? extremeLimbs(2, n) : randomLimbs(2));
      w.toBytes(S + 512, S);
      expect(Buffer.from(mem.subarray(S + 512, S + 544)).toString("hex"), `${n}`).toBe(le(mod(getFe(S))).toString("hex"));
    }
  });

  test("decoding and encoding at the edges of [0, 2^255)", () => {
    for (const x of [0n, 1n, 18n, 19n, P - 1n, P, P + 1n, P + 18n, 2n ** 255n - 1n, 2n ** 254n, 2n ** 26n - 1n, 2n ** 26n]) {
      mem.set(le(x), S + 512);
      w.fromBytes(S, S + 512);
      expect(getFe(S)).toBe(x);
      w.toBytes(S + 600, S);
      expect(fromLe(mem.subarray(S + 600, S + 632))).toBe(mod(x));
      expect(w.canonical(S + 512), `${x}`).toBe(x < P ? 1 : 0);
      // Bit 255 (the sign of x) is not part of y.
      mem[S + 543] |= 0x80;
      w.fromBytes(S, S + 512);
      expect(getFe(S)).toBe(x);
      expect(w.canonical(S + 512)).toBe(x < P ? 1 : 0);
    }
  });
});

describe("scalars mod L", () => {
  test("S < L, at the boundary", () => {
    const cases: [bigint, boolean][] = [[0n, true], [1n, true], [L - 1n, true], [L, false], [L + 1n, false], [2n ** 253n, false], [2n ** 256n - 1n, false], [2n ** 252n, true]];
    for (const [s, below] of cases) {
      mem.set(le(s), S + 512);
      expect(w.scalarReduced(S + 512), `${s}`).toBe(below ? 1 : 0);
    }
  });

  test("a 512-bit value mod L against BigInt", () => {
    const edges = [0n, 1n, L - 1n, L, L + 1n, 2n * L, 2n ** 512n - 1n, 2n ** 252n, (2n ** 512n / L) * L, (2n ** 512n / L) * L - 1n];
    for (let n = 0; n < 3000; n++) {
      const h = n < edges.length ? le(edges[n], 64) : randomBytes(64);
      if (n >= edges.length && n < 200) h.fill(n & 1 ? 0xff : 0, 0, n % 64);
      mem.set(h, S + 512);
      w.reduce64(S + 600, S + 512);
      expect(fromLe(mem.subarray(S + 600, S + 632)), `${n}`).toBe(fromLe(h) % L);
    }
  });

  test("comb digits recompose the scalar", () => {
    for (let n = 0; n < 200; n++) {
      const s = randomBytes(32);
      mem.set(s, S + 512);
      w.combDigits(S + 600, S + 512);
      let v = 0n;
      for (let i = 0; i < 32; i++) for (let j = 0; j < 8; j++) if ((mem[S + 600 + i] >> j) & 1) v += 1n << BigInt(32 * j + i);
      expect(v).toBe(fromLe(s));
    }
  });
});

describe("Wycheproof ed25519_test.json", () => {
  const file = JSON.parse(readFileSync(new URL("../../vectors/wycheproof/ed25519_test.json", import.meta.url), "utf8"));
  const groups = file.testGroups as { publicKey: { pk: string }; tests: { tcId: number; comment: string; msg: string; sig: string; result: string; flags: string[] }[] }[];

  test("the file is complete", () => {
    expect(groups.reduce((n, g) => n + g.tests.length, 0)).toBe(file.numberOfTests);
    expect(file.numberOfTests).toBe(151);
  });

  test.each(groups.map((g, i) => [i, g] as const))("group %i: every verdict", (_, group) => {
    expect(importKey(hex(group.publicKey.pk))).toBe(OK);
    for (const t of group.tests) {
      // No "acceptable" case in this file: each is valid or invalid.
      expect(["valid", "invalid"]).toContain(t.result);
      expect(check(hex(t.msg), hex(t.sig)), `tcId ${t.tcId} ${t.comment} ${t.flags}`).toBe(t.result === "valid");
    }
  });
});

describe("differential against node:crypto", () => {
  const lengths = [0, 1, 31, 32, 63, 64, 65, 127, 128, 129, 191, 192, 255, 256, 263, 1000, 4000];

  test("random keys and messages at every hashing boundary: valid, then mutated", () => {
    for (let n = 0; n < 40; n++) {
      const { publicKey, privateKey } = generateKeyPairSync("ed25519");
      expect(importKey(rawKey(publicKey))).toBe(OK);
      for (const len of [lengths[n % lengths.length], Math.floor(Math.random() * 400)]) {
        const msg = randomBytes(len);
        const sig = sign(null, msg, privateKey);
        expect(check(msg, sig), `len ${len}`).toBe(true);
        // One bit flipped anywhere in the signature, then in the message.
        for (let m = 0; m < 8; m++) {
          const bad = Buffer.from(sig);
          bad[Math.floor(Math.random() * 64)] ^= 1 << Math.floor(Math.random() * 8);
          expect(check(msg, bad)).toBe(verify(null, msg, publicKey, bad));
        }
        if (len > 0) {
          const other = Buffer.from(msg);
          other[Math.floor(Math.random() * len)] ^= 1;
          expect(check(other, sig)).toBe(false);
          expect(verify(null, other, publicKey, sig)).toBe(false);
        }
      }
    }
  });

  test("S + L, the malleable twin of a valid signature, is refused by both (RFC 8032 §5.1.7)", () => {
    const { publicKey, privateKey } = generateKeyPairSync("ed25519");
    importKey(rawKey(publicKey));
    const msg = Buffer.from("malleable");
    const sig = sign(null, msg, privateKey);
    const s = fromLe(sig.subarray(32));
    expect(s + L).toBeLessThan(2n ** 256n);
    const twin = Buffer.concat([sig.subarray(0, 32), le(s + L)]);
    expect(check(msg, sig)).toBe(true);
    expect(check(msg, twin)).toBe(false);
    expect(verify(null, msg, publicKey, twin)).toBe(false);
  });

  test("a signature under another key, and the key's own public bytes as a signature, fail", () => {
    const a = generateKeyPairSync("ed25519"), b = generateKeyPairSync("ed25519");
    importKey(rawKey(a.publicKey));
    const msg = Buffer.from("hello");
    expect(check(msg, sign(null, msg, b.privateKey))).toBe(false);
    expect(check(msg, Buffer.concat([rawKey(a.publicKey), Buffer.alloc(32)]))).toBe(false);
    expect(check(msg, Buffer.alloc(64))).toBe(false);
  });

  test("a key with a torsion component (A + T8, not of small order) imports, and agrees with node:crypto", () => {
    const { publicKey, privateKey } = generateKeyPairSync("ed25519");
    const t8 = ed25519.Point.fromHex(ED25519_TORSION_SUBGROUP[1]);
    const mixed = ed25519.Point.fromBytes(rawKey(publicKey)).add(t8).toBytes();
    expect(importKey(mixed)).toBe(OK);
    for (let n = 0; n < 8; n++) {
      const msg = randomBytes(40);
      const sig = sign(null, msg, privateKey);
      expect(check(msg, sig)).toBe(verify(null, msg, nodeKey(mixed), sig));
    }
  });
});

describe("the cofactorless equation", () => {
  test("a signature that only the cofactored equation accepts is refused, as by node:crypto", () => {
    // Key A' = A + T with T of order 8, signed honestly with A's scalar a: R = [r]B,
    // S = r + k a. Then [S]B - [k]A' = R - [k]T: the cofactorless check passes only when
    // k = 0 (mod 8), the cofactored [8][S]B = [8]R + [8][k]A' always (noble's zip215 mode).
    const { scalar: a, point } = ed25519.utils.getExtendedPublicKey(ed25519.utils.randomSecretKey());
    const t = ed25519.Point.fromBytes(hex(ED25519_TORSION_SUBGROUP[1]));
    const mixed = point.add(t).toBytes();
    expect(importKey(mixed)).toBe(OK);
    let cofactoredOnly = 0;
    for (let n = 0; n < 24; n++) {
      const msg = Buffer.from(`message ${n}`);
      const r = fromLe(randomBytes(64)) % L;
      const rBytes = ed25519.Point.BASE.multiply(r).toBytes();
      const k = fromLe(sha512(rBytes, mixed, msg)) % L;
      const sig = Buffer.concat([rBytes, le((r + k * a) % L)]);
      expect(ed25519.verify(sig, msg, mixed, { zip215: true }), "cofactored").toBe(true);
      const cofactorless = k % 8n === 0n;
      expect(check(msg, sig), `k mod 8 = ${k % 8n}`).toBe(cofactorless);
      expect(verify(null, msg, nodeKey(mixed), sig)).toBe(cofactorless);
      if (!cofactorless) cofactoredOnly++;
    }
    expect(cofactoredOnly).toBeGreaterThan(0);
  });
});

describe("public keys", () => {
  const encodings = ED25519_TORSION_SUBGROUP.map(hex);

  test("the eight points of small order are refused at import (noble's list of them)", () => {
    expect(encodings).toHaveLength(8);
    for (const e of encodings) {
      expect(ed25519.Point.fromBytes(e).clearCofactor().is0()).toBe(true); // [8]T = 0
      expect(importKey(e), e.toString("hex")).toBe(SMALL_ORDER);
    }
  });

  test("their non-canonical encodings are refused as such: y + p, and x = 0 with the sign bit", () => {
    const forms = [
      le(P), le(P + 1n),                            // y = 0 and y = 1, plus p
      le(P | (1n << 255n)), le((P + 1n) | (1n << 255n)),
      le(1n | (1n << 255n)), le((P - 1n) | (1n << 255n)), // x = 0 (y = 1, y = -1) with the sign bit
    ];
    for (const e of forms) expect(importKey(e), e.toString("hex")).toBe(NOT_CANONICAL);
    // Every other y >= p too, with and without the sign bit.
    for (let y = P; y < 2n ** 255n; y++) {
      expect(importKey(le(y))).toBe(NOT_CANONICAL);
      expect(importKey(le(y | (1n << 255n)))).toBe(NOT_CANONICAL);
    }
  });

  test("a y with no x is refused", () => {
    // y = 2: (4 - 1) / (4d + 1) is not a square mod p (node:crypto refuses it too).
    expect(importKey(le(2n))).toBe(NOT_ON_CURVE);
    let refused = 0;
    for (let y = 3n; y < 40n; y++) {
      const ours = importKey(le(y));
      let noble = true;
      try { ed25519.Point.fromBytes(le(y)); } catch { noble = false; }
      if (!noble) { expect(ours).toBe(NOT_ON_CURVE); refused++; } else expect([OK, SMALL_ORDER]).toContain(ours);
    }
    expect(refused).toBeGreaterThan(5);
  });

  test("stricter than node:crypto on purpose: a forgery under each small-order key", () => {
    // Under a key T of order dividing 8, [k]T depends only on k mod 8, so R = [S]B - [g]T for a
    // guessed g verifies (cofactorless) whenever k = g (mod the order): a few messages suffice,
    // and no private key exists.
    const s = 1234567n;
    const sB = ed25519.Point.BASE.multiply(s);
    for (const e of encodings) {
      const t = ed25519.Point.fromBytes(e);
      let forged: { msg: Buffer; sig: Buffer } | undefined;
      for (let n = 0; n < 200 && !forged; n++) {
        const msg = Buffer.from(`pay 1000 to mallory #${n}`);
        const g = BigInt(n % 8);
        const r = sB.subtract(t.multiplyUnsafe(g)).toBytes();
        const k = fromLe(sha512(r, e, msg)) % L;
        if (t.multiplyUnsafe(k).equals(t.multiplyUnsafe(g))) forged = { msg, sig: Buffer.concat([r, le(s)]) };
      }
      expect(forged, e.toString("hex")).toBeDefined();
      // node:crypto (OpenSSL) accepts the forgery; here the key is refused before any token.
      expect(verify(null, forged!.msg, nodeKey(e), forged!.sig), e.toString("hex")).toBe(true);
      expect(importKey(e)).toBe(SMALL_ORDER);
    }
  });
});

function sha512(...parts: Uint8Array[]): Buffer {
  const h = createHash("sha512");
  for (const p of parts) h.update(p);
  return h.digest();
}
