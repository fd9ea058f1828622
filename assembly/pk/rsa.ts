// The RSA public key as src/pk/rsa.ts lays it out at KEY, and the RSA verification
// primitive RSAVP1 (RFC 8017 §5.2.2): m = s^e mod n, written as k bytes at EM.
//
// Key layout (little-endian u32 fields):
//   0 kind (KIND_RSA)   4 k, modulus bytes   8 modulus bits   12 L   16 L4
//   20 -n^-1 mod 2^29   24 e   28 unused
//   32 n, big-endian, k bytes (for the 0 < s < n check)
//   N_LIMBS: n as L4 limbs   R2_LIMBS: R^2 mod n as L4 limbs, each a padded limb
//   array (montgomery.ts)
// JS precomputes all of it once per key at import.
import { KEY, EM, MAX_SIGNATURE } from "./layout";
import { fromBytes, modPow, toBytes, S, LIMB_ARRAY_BYTES, LIMB_ARRAY_START } from "./montgomery";
import { KIND_RSA } from "./kinds";

const N_BYTES: usize = 32;
const N_LIMBS: usize = N_BYTES + <usize>MAX_SIGNATURE + LIMB_ARRAY_START;
const R2_LIMBS: usize = N_LIMBS + LIMB_ARRAY_BYTES;

/** Bytes of the modulus of the RSA key at KEY, or 0 when the key there is not RSA. */
export function modulusBytes(): i32 {
  return load<u32>(KEY) == KIND_RSA ? <i32>load<u32>(KEY, 4) : 0;
}

/** Bits of the modulus of the RSA key at KEY. */
export function modulusBits(): i32 {
  return <i32>load<u32>(KEY, 8);
}

/**
 * RSAVP1 on the signature sig[0, len): false unless the key at KEY is RSA, the signature
 * is exactly k bytes (RFC 8017 §8.2.2 step 1, §8.1.2 step 1) and 0 < s < n (§5.2.2
 * step 1); then EM[0, k) is s^e mod n.
 */
export function rsaPublic(sig: usize, len: i32): bool {
  const k = modulusBytes();
  if (k == 0 || len != k || k > MAX_SIGNATURE) return false;
  // 0 < s: some byte is nonzero. s < n: at the first byte where they differ, s's is smaller.
  let nonzero: u64 = 0;
  let i = 0;
  for (; i + 8 <= k; i += 8) nonzero |= load<u64>(sig + <usize>i);
  for (; i < k; i++) nonzero |= <u64>load<u8>(sig + <usize>i);
  if (nonzero == 0) return false;
  i = 0;
  while (i + 8 <= k && load<u64>(sig + <usize>i) == load<u64>(KEY + N_BYTES + <usize>i)) i += 8;
  while (i < k && load<u8>(sig + <usize>i) == load<u8>(KEY + N_BYTES + <usize>i)) i++;
  if (i == k || load<u8>(sig + <usize>i) > load<u8>(KEY + N_BYTES + <usize>i)) return false;
  const L = <i32>load<u32>(KEY, 12);
  const L4 = <i32>load<u32>(KEY, 16);
  const n0inv = load<u32>(KEY, 20);
  const e = load<u32>(KEY, 24);
  fromBytes(S, sig, k, L4);
  modPow(S, S, e, KEY + N_LIMBS, KEY + R2_LIMBS, n0inv, L, L4);
  toBytes(EM, S, k, L4);
  return true;
}

