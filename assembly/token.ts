// A whole compact JWS (RFC 7515 §7.1) per call: signing, and verification in the order
// size, format, header and algorithm, signature, claims.
import { IN, OUT, DEC, MAC, RES, MAX_TOKEN } from "./layout";
import * as b64 from "./base64url";
import * as json from "./json";
import { hmacCompute, digestLength } from "./hmac";
import { Status } from "./status";
import { PAYLOAD_MEMBERS, readClaims } from "./claims";

const HEADER_MEMBERS: StaticArray<string> = ["alg", "typ", "crit", "b64"];
const ALG = 0, TYP = 1, CRIT = 2, B64 = 3;
const ALG_NAMES: StaticArray<string> = ["HS256", "HS384", "HS512"];

/** Where the accepted payload's JSON text is, for JS to decode and parse. */
export const RES_PAYLOAD: usize = 0;
export const RES_PAYLOAD_LENGTH: usize = 4;

// The decoded alg or typ value; anything longer than a few escapes is not a match anyway.
const VALUE = memory.data(128);
const VALUE_MAX_BYTES: usize = 32;

/** Decodes the watched header string i into VALUE; returns its length in UTF-16 units, or -1. */
function headerString(i: i32): i32 {
  if (json.slotKind(i) != json.KIND_STRING) return -1;
  const start = json.slotStart(i), end = json.slotEnd(i);
  if (end - start > VALUE_MAX_BYTES) return -1;
  json.scanString(start, end + 1, VALUE); // valid: the scan accepted it
  return json.lastDecodedUnits();
}

// @ts-ignore: decorator
@inline function unit(i: i32): u32 {
  return <u32>load<u16>(VALUE + (<usize>i << 1));
}

/**
 * Whether VALUE holds exactly `word` (lowercase letters and '/'), letters in any case: media
 * type names are case-insensitive (RFC 2045 §5.1). Only letters are folded, so no control
 * character can pass for the '/'.
 */
function valueIs(units: i32, word: string): bool {
  if (units != word.length) return false;
  for (let i = 0; i < units; i++) {
    const c = <u32>word.charCodeAt(i);
    const u = unit(i);
    if (c >= 0x61 ? (u | 32) != c : u != c) return false;
  }
  return true;
}

/**
 * The JOSE header checks (RFC 7515 §4.1). alg must equal the configured name exactly:
 * header parameter values are case-sensitive (§4.1.1), and the header never chooses the
 * algorithm or the key (kid, jku and the rest are ignored). typ, when present, must name
 * the JWT media type (RFC 7519 §5.1): "JWT", or "application/jwt", since a typ without a
 * "/" is read with "application/" prepended (RFC 7515 §4.1.9); in any case. crit is refused
 * because this library understands no extension (§4.1.11), and b64 (RFC 7797) would change
 * what is signed.
 */
function checkHeader(alg: i32): Status {
  if (json.slotKind(CRIT) != json.KIND_ABSENT || json.slotKind(B64) != json.KIND_ABSENT) return Status.MALFORMED;
  if (json.slotKind(TYP) != json.KIND_ABSENT) {
    const units = headerString(TYP);
    if (!valueIs(units, "jwt") && !valueIs(units, "application/jwt")) return Status.MALFORMED;
  }
  const name = unchecked(ALG_NAMES[alg]);
  if (headerString(ALG) != name.length) return Status.ALGORITHM_MISMATCH;
  if (memory.compare(VALUE, changetype<usize>(name), <usize>name.length << 1) != 0) return Status.ALGORITHM_MISMATCH;
  return Status.OK;
}

/** Verifies the token at IN[0, len) for alg (0 HS256, 1 HS384, 2 HS512). */
export function verify(alg: i32, len: i32, now: f64, leeway: f64): Status {
  if (len > MAX_TOKEN) return Status.TOKEN_TOO_LARGE;
  // Exactly three non-empty segments (RFC 7515 §7.1); no JWE, no detached payload.
  let dot1 = -1, dot2 = -1;
  let i = 0;
  // Eight bytes at a time (SWAR): x has a zero byte exactly where the token has a dot,
  // and the expression is nonzero exactly when x has a zero byte; then look bytewise.
  for (; i + 8 <= len; i += 8) {
    const x = load<u64>(IN + <usize>i) ^ 0x2e2e2e2e2e2e2e2e;
    if (((x - 0x0101010101010101) & ~x & 0x8080808080808080) == 0) continue;
    for (let k = i; k < i + 8; k++) {
      if (load<u8>(IN + <usize>k) == 0x2e) {
        if (dot1 < 0) dot1 = k;
        else if (dot2 < 0) dot2 = k;
        else return Status.MALFORMED;
      }
    }
  }
  for (; i < len; i++) {
    if (load<u8>(IN + <usize>i) == 0x2e) {
      if (dot1 < 0) dot1 = i;
      else if (dot2 < 0) dot2 = i;
      else return Status.MALFORMED;
    }
  }
  if (dot2 < 0 || dot1 == 0 || dot2 == dot1 + 1 || dot2 == len - 1) return Status.MALFORMED;

  // The header this library writes is the common case: when the segment is exactly its
  // encoding for the configured algorithm, the header is known to pass every check
  // below (its bytes are HEADER's), so its decode and scan are skipped.
  const canonical = isOwnHeader(alg, dot1);
  let payload = DEC;
  if (!canonical) {
    const headerLength = b64.decode(IN, dot1, DEC);
    if (headerLength < 0) return Status.MALFORMED;
    payload = DEC + <usize>headerLength;
  }
  const payloadLength = b64.decode(IN + <usize>(dot1 + 1), dot2 - dot1 - 1, payload);
  if (payloadLength < 0) return Status.MALFORMED;
  // OUT is free during verification and large enough for any signature segment.
  const signatureLength = b64.decode(IN + <usize>(dot2 + 1), len - dot2 - 1, OUT);
  if (signatureLength < 0) return Status.MALFORMED;

  if (!canonical) {
    if (!json.scanObject(DEC, payload, HEADER_MEMBERS)) return Status.MALFORMED;
    const headerStatus = checkHeader(alg);
    if (headerStatus != Status.OK) return headerStatus;
  }

  const size = digestLength(alg);
  if (signatureLength != size) return Status.INVALID_SIGNATURE;
  hmacCompute(alg, IN, dot2, MAC);
  // Constant time: every byte is compared whatever the earlier ones were.
  let diff: u32 = 0;
  for (let i = 0; i < size; i++) diff |= <u32>(load<u8>(OUT + <usize>i) ^ load<u8>(MAC + <usize>i));
  if (diff != 0) return Status.INVALID_SIGNATURE;

  // Only now, with the signature good, is the payload read.
  if (!json.scanObject(payload, payload + <usize>payloadLength, PAYLOAD_MEMBERS)) return Status.MALFORMED;
  store<u32>(RES + RES_PAYLOAD, <u32>payload);
  store<u32>(RES + RES_PAYLOAD_LENGTH, <u32>payloadLength);
  return readClaims(now, leeway);
}

// {"alg":"HS256","typ":"JWT"}: the only header this library writes; bytes 10-12 name the hash.
const HEADER = memory.data<u8>([
  123, 34, 97, 108, 103, 34, 58, 34, 72, 83, 50, 53, 54, 34, 44, 34, 116, 121, 112, 34, 58, 34, 74, 87, 84, 34, 125,
]);
const HEADER_LENGTH = 27;
const HEADER_BASE64 = memory.data(40 * 3);
const HEADER_BASE64_LENGTH = 36;
let headersEncoded = false;

/** True if IN[0, length) is exactly the base64url of HEADER for alg. */
function isOwnHeader(alg: i32, length: i32): bool {
  if (length != HEADER_BASE64_LENGTH) return false;
  if (!headersEncoded) encodeHeaders();
  const own = HEADER_BASE64 + <usize>alg * 40;
  return (
    (load<u64>(IN) ^ load<u64>(own)) | (load<u64>(IN, 8) ^ load<u64>(own, 8)) |
    (load<u64>(IN, 16) ^ load<u64>(own, 16)) | (load<u64>(IN, 24) ^ load<u64>(own, 24)) |
    <u64>(load<u32>(IN, 32) ^ load<u32>(own, 32))
  ) == 0;
}

/**
 * Signs the payload JSON at IN[0, payloadLength) with the scheduled key; the token goes
 * to OUT. Returns its length, or -1 if it would be longer than MAX_TOKEN.
 */
export function sign(alg: i32, payloadLength: i32): i32 {
  const size = digestLength(alg);
  if (payloadLength < 0 || payloadLength > MAX_TOKEN) return -1;
  const total = 36 + 1 + b64.encodedLength(payloadLength) + 1 + b64.encodedLength(size);
  if (total > MAX_TOKEN) return -1;
  if (!headersEncoded) encodeHeaders();
  memory.copy(OUT, HEADER_BASE64 + <usize>alg * 40, 36);
  let n = 36;
  store<u8>(OUT + <usize>n, 0x2e);
  n++;
  n += b64.encode(IN, payloadLength, OUT + <usize>n);
  hmacCompute(alg, OUT, n, MAC);
  store<u8>(OUT + <usize>n, 0x2e);
  n++;
  n += b64.encode(MAC, size, OUT + <usize>n);
  return n;
}

// "256", "384", "512" in static data. Not a StaticArray<string> literal in the function:
// that is allocated on the stub runtime's heap on every call, and the heap starts where
// IN does, so the first sign() overwrote the start of the payload it was signing.
const DIGITS = memory.data<u8>([50, 53, 54, 51, 56, 52, 53, 49, 50]);

function encodeHeaders(): void {
  for (let a: usize = 0; a < 3; a++) {
    memory.copy(HEADER + 10, DIGITS + a * 3, 3);
    b64.encode(HEADER, HEADER_LENGTH, HEADER_BASE64 + a * 40);
  }
  headersEncoded = true;
}
