// The RSA public operation (RSAVP1, RFC 8017 §5.2.2: s^e mod n) against BigInt, on random
// odd moduli of every size the key import accepts and exponents of every shape. No
// private key is needed to know s^e mod n, so this reaches what signed vectors cannot:
// 8192-bit moduli, sizes just past a limb boundary, and the largest s. Montgomery's
// column arithmetic (assembly/pk/montgomery.ts) changes with the modulus size: how many
// passes, where a chunk ends, when the columns settle; the sizes below cover each case.
// (How often the columns settle is argued from worst-case bounds in montgomery.ts; random
// operands stay far from those bounds, so no test here could show a too-lax schedule.)
import { describe, it, expect, beforeAll } from "vitest";
import { randomBytes } from "node:crypto";
import { compileRsa, type RsaExports } from "./rsa.harness";
import { importRsa } from "../../../src/pk/rsa";
import "../../../src/asymmetric";

function pow(b: bigint, e: bigint, m: bigint): bigint {
  let r = 1n;
  for (b %= m; e > 0n; e >>= 1n, b = (b * b) % m) if (e & 1n) r = (r * b) % m;
  return r;
}

const hex = (v: bigint, bytes: number): string => v.toString(16).padStart(bytes * 2, "0");
const b64 = (v: bigint): string => {
  const h = v.toString(16);
  return Buffer.from(h.length % 2 ? `0${h}` : h, "hex").toString("base64url");
};
const big = (b: Uint8Array): bigint => BigInt(`0x${Buffer.from(b).toString("hex")}`);

/** A random odd modulus of exactly `bits` bits. */
function modulus(bits: number): bigint {
  const bytes = randomBytes(Math.ceil(bits / 8));
  let n = big(bytes) >> BigInt(bytes.length * 8 - bits);
  return n | (1n << BigInt(bits - 1)) | 1n;
}

let w: RsaExports;
let mem: Uint8Array;

beforeAll(async () => {
  w = await compileRsa();
  mem = new Uint8Array(w.memory.buffer);
});

/** s^e mod n from the module, or null when it refuses s. */
function rsa(n: bigint, e: number, s: bigint): bigint | null {
  const k = Math.ceil(n.toString(2).length / 8);
  const { layout } = importRsa({ kty: "RSA", n: b64(n), e: b64(BigInt(e)) }, "test key");
  mem.set(layout, w.keyPtr());
  mem.set(Buffer.from(hex(s, k), "hex"), w.signaturePtr());
  if (w.rsa(k) !== 1) return null;
  return big(mem.slice(w.emPtr(), w.emPtr() + k));
}

// 29-bit limbs, R > 4n: L = ceil((bits + 2) / 29) limbs. 2057 bits is the last with 71 (odd
// L: a last pass with one row), 2058 the first with 72 (L a multiple of four: the last
// chunk starts at column L); 8192 bits takes 283 limbs and settles most often.
const SIZES = [2048, 2049, 2055, 2057, 2058, 2059, 2086, 2087, 2100, 3072, 3073, 3360, 3361, 4095, 4096, 4097, 5000, 6144, 7001, 8191, 8192];
const EXPONENTS = [65537, 3, 5, 17, 0xffffffff, 0x80000001];

describe("RSAVP1 against BigInt", () => {
  it("random moduli of every size, sizes interleaved, each exponent, s from 1 to n - 1", () => {
    // Interleaved: a larger key's limbs left in memory must never reach a smaller one's.
    const order = [...SIZES, ...[...SIZES].reverse()];
    let checked = 0;
    for (const [round, bits] of order.entries()) {
      const n = modulus(bits);
      const e = EXPONENTS[round % EXPONENTS.length];
      const random = big(randomBytes(Math.ceil(bits / 8))) % n;
      for (const s of [1n, 2n, n - 1n, n - 2n, random, (n >> 1n) | 1n]) {
        expect(rsa(n, e, s), `${bits} bits, e = ${e}`).toBe(pow(s, BigInt(e), n));
        checked++;
      }
    }
    expect(checked).toBe(order.length * 6);
  });

  it("all-ones moduli: every limb of n at its largest, so the columns take the largest products", () => {
    for (const bits of [2048, 3360, 4096, 8192]) {
      const n = (1n << BigInt(bits)) - 1n;
      for (const s of [n - 1n, n - 2n, n >> 1n, big(randomBytes(bits / 8)) % n]) {
        expect(rsa(n, 65537, s), `${bits} bits`).toBe(pow(s, 65537n, n));
      }
    }
  });

  it("random odd exponents on 2048 and 8192 bits", () => {
    for (const bits of [2048, 8192]) {
      const n = modulus(bits);
      for (let i = 0; i < 3; i++) {
        const e = (randomBytes(4).readUInt32BE() | 1) >>> 0 || 3;
        const s = big(randomBytes(Math.ceil(bits / 8))) % n;
        expect(rsa(n, Math.max(e, 3), s)).toBe(pow(s, BigInt(Math.max(e, 3)), n));
      }
    }
  });

  it("refuses s = 0 and s >= n, and takes nothing but exactly k bytes", () => {
    const n = modulus(2048);
    expect(rsa(n, 65537, 0n)).toBeNull();
    expect(rsa(n, 65537, n)).toBeNull();
    const { layout } = importRsa({ kty: "RSA", n: b64(n), e: "AQAB" }, "test key");
    mem.set(layout, w.keyPtr());
    expect(w.rsa(255)).toBe(0);
    expect(w.rsa(257)).toBe(0);
  });
});
