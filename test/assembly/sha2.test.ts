// SHA-256/384/512 of the wasm core: FIPS 180-4 example vectors (the NIST "Examples
// with intermediate values" documents for §6.2 and §6.4), then node:crypto as the
// reference at every length around the padding boundaries (§5.1).
import { createHash } from "node:crypto";
import { describe, expect, test } from "vitest";
import { ALGS, IN, hash, mem, pattern } from "./harness";

const M448 = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
const M896 =
  "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu";

const FIPS: Record<string, [string, string][]> = {
  sha256: [
    ["abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"],
    [M448, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"],
    [M896, "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"],
  ],
  sha384: [
    ["abc", "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7"],
    [M448, "3391fdddfc8dc7393707a65b1b4709397cf8b1d162af05abfe8f450de5f36bc6b0455a8520bc4e6f5fe95b1fe3c8452b"],
    [M896, "09330c33f71147e83d192fc782cd1b4753111b173b3b05d22fa08086e3b0f712fcc7c71a557e2db966c3e9fa91746039"],
  ],
  sha512: [
    ["abc", "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"],
    [M448, "204a8fc6dda82f0a0ced7beb8e08a41657c16ef468b228a8279be331a703c33596fd15c13b1b07f9aa1d3bea57789ca031ad85c7a71dd70354ec631238ca3445"],
    [M896, "8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018501d289e4900f7e4331b99dec4b5433ac7d329eeb6dd26545e96e55b874be909"],
  ],
};

const MILLION_A: Record<string, string> = {
  sha256: "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0",
  sha384: "9d0e1809716474cb086e834e310a4a1ced149e9c00f248527972cec5704c2a5b07b8b3dc38ecc4ebae97ddd87f3d8985",
  sha512: "e718483d0ce769644e2e42c7bc15b4638e1f98b13b2044285632a803afa973ebde0ff244877ea60a4cb0432ce577c31beb009c5c2c49aa2e4eadb217ad8cc09b",
};

const ref = (name: string, msg: Uint8Array) => createHash(name).update(msg).digest();

describe.each(ALGS)("$name", ({ alg, name, block, size }) => {
  test.each(FIPS[name])("FIPS 180-4 example %#", (msg, digest) => {
    expect(hash(alg, Buffer.from(msg)).toString("hex")).toBe(digest);
  });

  test("FIPS 180-4 example: one million 'a'", () => {
    // Longer than IN: it runs on into the regions after it, which the one-shot hash
    // only reads before writing the digest to OUT. Memory is 16 pages, so it fits.
    expect(IN + 1_000_000).toBeLessThanOrEqual(mem.length);
    expect(hash(alg, Buffer.alloc(1_000_000, "a")).toString("hex")).toBe(MILLION_A[name]);
  });

  test("empty message", () => {
    const digest = hash(alg, new Uint8Array(0));
    expect(digest.length).toBe(size);
    expect(digest.equals(ref(name, new Uint8Array(0)))).toBe(true);
  });

  test("every length 0..300 against node:crypto", () => {
    const data = pattern(300, alg + 1);
    for (let len = 0; len <= 300; len++) {
      const msg = data.subarray(0, len);
      expect(hash(alg, msg).toString("hex"), `len ${len}`).toBe(ref(name, msg).toString("hex"));
    }
  });

  test("lengths around the one- and two-block padding split", () => {
    // §5.1: one tail block holds up to block - 1 - lengthField bytes; one more spills.
    const lens = [55, 56, 57, 63, 64, 65, 111, 112, 113, 119, 120, 127, 128, 129, 1000, 4096, 65535, 65536];
    const data = pattern(65536, 7);
    for (const len of lens) {
      const msg = data.subarray(0, len);
      expect(hash(alg, msg).toString("hex"), `len ${len}`).toBe(ref(name, msg).toString("hex"));
    }
    expect(block).toBe(alg == 0 ? 64 : 128);
  });

  test("a byte flipped anywhere changes the digest", () => {
    const msg = pattern(3 * block + 5, 11);
    const base = hash(alg, msg);
    for (const i of [0, block - 1, block, 2 * block + 3, msg.length - 1]) {
      const m = Buffer.from(msg);
      m[i] ^= 1;
      expect(hash(alg, m).equals(base), `byte ${i}`).toBe(false);
      expect(hash(alg, m).equals(ref(name, m))).toBe(true);
    }
  });
});
