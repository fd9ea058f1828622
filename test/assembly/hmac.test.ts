// HMAC-SHA-256/384/512 of the wasm core with a cached key schedule: RFC 4231 §4,
// every Wycheproof vector, node:crypto at every key and message length around the
// block size, save/restore of KEY_STATE, and a memory scan for leftover key copies.
import { createHash, createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { ALGS, IN, KEY_STATE, hex, mac, mem, pattern, setKey } from "./harness";

// RFC 4231 §4.2-§4.8. Case 5's output is truncated to 128 bits (§4.6).
const RFC4231_INPUTS: [Buffer, Buffer][] = [
  [Buffer.alloc(20, 0x0b), Buffer.from("Hi There")],
  [Buffer.from("Jefe"), Buffer.from("what do ya want for nothing?")],
  [Buffer.alloc(20, 0xaa), Buffer.alloc(50, 0xdd)],
  [hex("0102030405060708090a0b0c0d0e0f10111213141516171819"), Buffer.alloc(50, 0xcd)],
  [Buffer.alloc(20, 0x0c), Buffer.from("Test With Truncation")],
  [Buffer.alloc(131, 0xaa), Buffer.from("Test Using Larger Than Block-Size Key - Hash Key First")],
  [
    Buffer.alloc(131, 0xaa),
    Buffer.from(
      "This is a test using a larger than block-size key and a larger than block-size data. " +
        "The key needs to be hashed before being used by the HMAC algorithm.",
    ),
  ],
];
const RFC4231: Record<string, string[]> = {
  sha256: [
    "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7",
    "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
    "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe",
    "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b",
    "a3b6167473100ee06e0c796c2955552b",
    "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54",
    "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2",
  ],
  sha384: [
    "afd03944d84895626b0825f4ab46907f15f9dadbe4101ec682aa034c7cebc59cfaea9ea9076ede7f4af152e8b2fa9cb6",
    "af45d2e376484031617f78d2b58a6b1b9c7ef464f5a01b47e42ec3736322445e8e2240ca5e69e2c78b3239ecfab21649",
    "88062608d3e6ad8a0aa2ace014c8a86f0aa635d947ac9febe83ef4e55966144b2a5ab39dc13814b94e3ab6e101a34f27",
    "3e8a69b7783c25851933ab6290af6ca77a9981480850009cc5577c6e1f573b4e6801dd23c4a7d679ccf8a386c674cffb",
    "3abf34c3503b2a23a46efc619baef897",
    "4ece084485813e9088d2c63a041bc5b44f9ef1012a2b588f3cd11f05033ac4c60c2ef6ab4030fe8296248df163f44952",
    "6617178e941f020d351e2f254e8fd32c602420feb0b8fb9adccebb82461e99c5a678cc31e799176d3860e6110c46523e",
  ],
  sha512: [
    "87aa7cdea5ef619d4ff0b4241a1d6cb02379f4e2ce4ec2787ad0b30545e17cdedaa833b7d6b8a702038b274eaea3f4e4be9d914eeb61f1702e696c203a126854",
    "164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737",
    "fa73b0089d56a284efb0f0756c890be9b1b5dbdd8ee81a3655f83e33b2279d39bf3e848279a722c806b485a47e67c807b946a337bee8942674278859e13292fb",
    "b0ba465637458c6990e5a8c5f61d4af7e576d97ff94b872de76f8050361ee3dba91ca5c11aa25eb4d679275cc5788063a5f19741120c4f2de2adebeb10a298dd",
    "415fad6271580a531d4179bc891d87a6",
    "80b24263c7c1a3ebb71493c1dd7be8b49b46d1f41b4aeec1121b013783f8f3526b56d037e05f2598bd0fd2215d6a1e5295e64f73f63f0aec8b915a985d786598",
    "e37b6a775dc87dbaa4dfa9f96e5e3ffddebd71f8867289865df5a32d20cdc944b6022cac3c4982b10d5eeb55c3e4de15134676fb6de0446065c97440fa8c6a58",
  ],
};

interface MacTest { tcId: number; comment: string; key: string; msg: string; tag: string; result: string }
interface MacGroup { keySize: number; tagSize: number; tests: MacTest[] }
function wycheproof(name: string): MacGroup[] {
  const url = new URL(`../vectors/wycheproof/hmac_${name}_test.json`, import.meta.url);
  return JSON.parse(readFileSync(url, "utf8")).testGroups;
}

const ref = (name: string, key: Uint8Array, msg: Uint8Array) => createHmac(name, key).update(msg).digest();

describe.each(ALGS)("HMAC-$name", ({ alg, name, block, size }) => {
  test.each(RFC4231_INPUTS.map((io, i) => [i + 1, ...io] as const))("RFC 4231 test case %i", (n, key, data) => {
    const want = RFC4231[name][n - 1];
    setKey(alg, key);
    expect(mac(alg, data).subarray(0, want.length / 2).toString("hex")).toBe(want);
  });

  test("every Wycheproof vector (valid ones match, invalid ones do not)", () => {
    let valid = 0, invalid = 0;
    for (const group of wycheproof(name)) {
      const tagBytes = group.tagSize / 8;
      for (const t of group.tests) {
        setKey(alg, hex(t.key));
        const tag = mac(alg, hex(t.msg)).subarray(0, tagBytes);
        const label = `tcId ${t.tcId} (${t.comment})`;
        if (t.result === "valid") { valid++; expect(tag.toString("hex"), label).toBe(t.tag); }
        else { invalid++; expect(tag.toString("hex"), label).not.toBe(t.tag); }
      }
    }
    expect(valid + invalid).toBe(174);
    expect(invalid).toBeGreaterThan(0);
  });

  test("every message length 0..300 against node:crypto", () => {
    const key = pattern(32, 100 + alg), data = pattern(300, 200 + alg);
    setKey(alg, key);
    for (let len = 0; len <= 300; len++) {
      const msg = data.subarray(0, len);
      expect(mac(alg, msg).toString("hex"), `len ${len}`).toBe(ref(name, key, msg).toString("hex"));
    }
  });

  test("every key length 0..200 against node:crypto (short, block-sized and hashed keys)", () => {
    const keys = pattern(200, 300 + alg), msg = pattern(77, 400 + alg);
    for (let len = 0; len <= 200; len++) {
      const key = keys.subarray(0, len);
      setKey(alg, key);
      expect(mac(alg, msg).toString("hex"), `key len ${len}`).toBe(ref(name, key, msg).toString("hex"));
    }
  });

  test("block-edge message lengths and long messages", () => {
    // The inner hash resumes after one pad block, so its tail sits where a plain
    // hash's would; the length field must still count the pad block.
    const key = pattern(48, 500 + alg), data = pattern(65536, 600 + alg);
    setKey(alg, key);
    for (const len of [55, 56, 63, 64, 111, 112, 127, 128, 129, 1000, 65535, 65536]) {
      const msg = data.subarray(0, len);
      expect(mac(alg, msg).toString("hex"), `len ${len}`).toBe(ref(name, key, msg).toString("hex"));
    }
  });

  test("a 65536-byte key is hashed first", () => {
    const key = pattern(65536, 700 + alg), msg = Buffer.from("payload");
    setKey(alg, key);
    expect(mac(alg, msg).equals(ref(name, key, msg))).toBe(true);
  });

  test("KEY_STATE is the whole schedule: saving and restoring it switches keys", () => {
    const k1 = pattern(20, 800 + alg), k2 = pattern(block + 9, 900 + alg), msg = pattern(150, 1000);
    setKey(alg, k1);
    const saved = mem.slice(KEY_STATE, KEY_STATE + 128);
    if (alg === 0) {
      // SHA-256 uses the first 32 bytes of each 64-byte half; the rest stays zero.
      expect(saved.subarray(32, 64).every((b) => b === 0)).toBe(true);
      expect(saved.subarray(96, 128).every((b) => b === 0)).toBe(true);
    }
    setKey(alg, k2);
    expect(mac(alg, msg).equals(ref(name, k2, msg))).toBe(true);
    mem.set(saved, KEY_STATE);
    expect(mac(alg, msg).equals(ref(name, k1, msg))).toBe(true);
    expect(mac(alg, msg).length).toBe(size);
  });
});

// Key hygiene: after setKey, no copy of the key, of K0 ^ ipad / K0 ^ opad, or of a long
// key's hash may remain in linear memory outside KEY_STATE, in byte order or in the
// native-endian word order a chaining state or message schedule would hold it in.
describe.each(ALGS)("key wiping, $name", ({ alg, name, size }) => {
  const swap = (b: Buffer, w: number) => {
    const s = Buffer.from(b.subarray(0, b.length - (b.length % w)));
    return w === 4 ? s.swap32() : s.swap64();
  };
  const xor = (b: Buffer, x: number) => Buffer.from(b.map((v) => v ^ x));
  /** The forms a key-derived secret could be left in. */
  const forms = (secret: Buffer) =>
    [secret, xor(secret, 0x36), xor(secret, 0x5c)].flatMap((f) => [f, swap(f, 4), swap(f, 8)]);

  /** Offsets where any 8-byte chunk of any form occurs, KEY_STATE masked out. */
  function findCopies(secret: Buffer): string[] {
    const image = Buffer.from(mem);
    image.fill(0, KEY_STATE, KEY_STATE + 128);
    const hits: string[] = [];
    for (const form of forms(secret)) {
      for (let i = 0; i + 8 <= form.length; i += 8) {
        const at = image.indexOf(form.subarray(i, i + 8));
        if (at >= 0) hits.push(`chunk ${i} at ${at}`);
      }
    }
    return hits;
  }

  test("the scan finds a planted copy (it can fail)", () => {
    const key = pattern(40, 1100 + alg);
    mem.set(swap(xor(key, 0x36), 4), IN + 1000);
    expect(findCopies(key).length).toBeGreaterThan(0);
    mem.fill(0, IN + 1000, IN + 1040);
    expect(findCopies(key)).toEqual([]);
  });

  test("a 40-byte key leaves no copy, and IN is cleared", () => {
    const key = pattern(40, 1200 + alg);
    setKey(alg, key);
    expect(mem.subarray(IN, IN + 40).every((b) => b === 0)).toBe(true);
    expect(findCopies(key)).toEqual([]);
    const msg = Buffer.from("after");
    expect(mac(alg, msg).equals(ref(name, key, msg))).toBe(true);
    expect(findCopies(key)).toEqual([]);
  });

  test("a 200-byte key leaves neither itself nor its hash", () => {
    const key = pattern(200, 1300 + alg);
    const hashed = createHash(name).update(key).digest();
    expect(hashed.length).toBe(size);
    setKey(alg, key);
    expect(mem.subarray(IN, IN + 200).every((b) => b === 0)).toBe(true);
    expect(findCopies(key)).toEqual([]);
    expect(findCopies(hashed)).toEqual([]);
    const msg = Buffer.from("after");
    expect(mac(alg, msg).equals(ref(name, key, msg))).toBe(true);
  });
});
