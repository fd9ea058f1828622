// RSASSA-PKCS1-v1_5 verification (RFC 8017 §8.2.2) for RS256/RS384/RS512 (RFC 7518 §3.3).
// The expected encoded message is built (EMSA-PKCS1-v1_5, §9.2) and compared with the
// RSA output byte for byte. Nothing of the output is parsed: parsers of the padding or of
// the DigestInfo are where forgeries came from (Bleichenbacher 2006, CVE-2006-4339;
// node-forge CVE-2022-24771/24772/24773).
import { EM, EXPECTED, DIGEST } from "./layout";
import { digest, digestLength } from "./hash";
import { rsaPublic, modulusBytes } from "./rsa";

// DigestInfo DER prefixes, each with the NULL parameters (§9.2 Note 1): the encoding the
// RFC specifies. A DigestInfo without the NULL is refused (see test/vectors/README.md).
const PREFIX_SHA256 = memory.data<u8>([0x30, 0x31, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x01, 0x05, 0x00, 0x04, 0x20]);
const PREFIX_SHA384 = memory.data<u8>([0x30, 0x41, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x02, 0x05, 0x00, 0x04, 0x30]);
const PREFIX_SHA512 = memory.data<u8>([0x30, 0x51, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x03, 0x05, 0x00, 0x04, 0x40]);
const PREFIX_LENGTH: i32 = 19;

/** True if sig[0, sigLen) is a valid PKCS#1 v1.5 signature of msg[0, msgLen) under the RSA key at KEY. */
export function verifyPkcs1(hash: i32, msg: usize, msgLen: i32, sig: usize, sigLen: i32): bool {
  if (!rsaPublic(sig, sigLen)) return false;
  const k = modulusBytes();
  const hLen = digestLength(hash);
  const tLen = PREFIX_LENGTH + hLen;
  // §9.2 step 3: emLen >= tLen + 11 (always true from 2048 bits on; kept for the record).
  if (k < tLen + 11) return false;
  // EM = 0x00 || 0x01 || PS (0xff, k - tLen - 3 bytes) || 0x00 || T (§9.2 step 5).
  store<u8>(EXPECTED, 0);
  store<u8>(EXPECTED, 1, 1);
  memory.fill(EXPECTED + 2, 0xff, <usize>(k - tLen - 3));
  store<u8>(EXPECTED + <usize>(k - tLen - 1), 0);
  memory.copy(EXPECTED + <usize>(k - tLen), hash == 0 ? PREFIX_SHA256 : hash == 1 ? PREFIX_SHA384 : PREFIX_SHA512, PREFIX_LENGTH);
  digest(hash, msg, <usize>msgLen, DIGEST);
  memory.copy(EXPECTED + <usize>(k - hLen), DIGEST, <usize>hLen);
  let diff: u64 = 0;
  let i = 0;
  for (; i + 8 <= k; i += 8) diff |= load<u64>(EM + <usize>i) ^ load<u64>(EXPECTED + <usize>i);
  for (; i < k; i++) diff |= <u64>(load<u8>(EM + <usize>i) ^ load<u8>(EXPECTED + <usize>i));
  return diff == 0;
}
