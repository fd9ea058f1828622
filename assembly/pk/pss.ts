// RSASSA-PSS verification (RFC 8017 §8.1.2, EMSA-PSS-VERIFY §9.1.2) for PS256/PS384/PS512
// with the parameters RFC 7518 §3.5 fixes: MGF1 with the signature's hash, and a salt as
// long as the hash output. Any other salt length is refused (the stricter reading).
import { EM, EXPECTED, DIGEST, HASH_IN } from "./layout";
import { digest, digestLength } from "./hash";
import { rsaPublic, modulusBytes, modulusBits } from "./rsa";

const H_PRIME: usize = HASH_IN + 192;

/** DB = maskedDB XOR MGF1(seed, len) (§B.2.1), into EXPECTED. */
function unmask(hash: i32, maskedDB: usize, len: i32, seed: usize, hLen: i32): void {
  memory.copy(HASH_IN, seed, <usize>hLen);
  let done = 0;
  for (let counter: u32 = 0; done < len; counter++) {
    store<u32>(HASH_IN + <usize>hLen, bswap<u32>(counter)); // C = I2OSP(counter, 4)
    digest(hash, HASH_IN, <usize>hLen + 4, H_PRIME);
    const take = min(hLen, len - done);
    for (let i = 0; i < take; i++) {
      const at = <usize>(done + i);
      store<u8>(EXPECTED + at, load<u8>(maskedDB + at) ^ load<u8>(H_PRIME + <usize>i));
    }
    done += take;
  }
}

/** True if sig[0, sigLen) is a valid PSS signature of msg[0, msgLen) under the RSA key at KEY. */
export function verifyPss(hash: i32, msg: usize, msgLen: i32, sig: usize, sigLen: i32): bool {
  if (!rsaPublic(sig, sigLen)) return false;
  const k = modulusBytes();
  const hLen = digestLength(hash);
  const sLen = hLen;
  // §8.1.2 step 2c: EM = I2OSP(m, emLen) with emBits = modBits - 1. When modBits is
  // 1 mod 8, emLen = k - 1 and m must fit: the output's first byte must be zero.
  const emBits = modulusBits() - 1;
  const emLen = (emBits + 7) >> 3;
  let em = EM;
  if (emLen < k) {
    if (load<u8>(EM) != 0) return false;
    em = EM + 1;
  }
  // §9.1.2 step 3, then 4: the trailer byte 0xbc.
  if (emLen < hLen + sLen + 2) return false;
  if (load<u8>(em + <usize>(emLen - 1)) != 0xbc) return false;
  const dbLen = emLen - hLen - 1;
  const h = em + <usize>dbLen;
  // Step 6: the leftmost 8 * emLen - emBits bits of maskedDB must be zero.
  const topMask = <u8>(<u32>0xff >> <u32>(8 * emLen - emBits));
  if ((load<u8>(em) & ~topMask) != 0) return false;
  // Steps 7-9.
  unmask(hash, em, dbLen, h, hLen);
  store<u8>(EXPECTED, load<u8>(EXPECTED) & topMask);
  // Step 10: DB = PS (zeros) || 0x01 || salt, with PS of emLen - hLen - sLen - 2 bytes.
  const psLen = emLen - hLen - sLen - 2;
  let bad: u32 = 0;
  for (let i = 0; i < psLen; i++) bad |= <u32>load<u8>(EXPECTED + <usize>i);
  if (bad != 0 || load<u8>(EXPECTED + <usize>psLen) != 1) return false;
  // Steps 2, 12, 13: H' = Hash(0x00 * 8 || mHash || salt).
  digest(hash, msg, <usize>msgLen, DIGEST);
  memory.fill(HASH_IN, 0, 8);
  memory.copy(HASH_IN + 8, DIGEST, <usize>hLen);
  memory.copy(HASH_IN + 8 + <usize>hLen, EXPECTED + <usize>(dbLen - sLen), <usize>sLen);
  digest(hash, HASH_IN, 8 + <usize>(hLen + sLen), H_PRIME);
  // Step 14: H == H'.
  let diff: u32 = 0;
  for (let i = 0; i < hLen; i++) diff |= <u32>(load<u8>(h + <usize>i) ^ load<u8>(H_PRIME + <usize>i));
  return diff == 0;
}
