// A whole compact JWS (RFC 7515 §7.1) per call: signing, and verification in the order
// size, format, header and algorithm, signature, claims.
import { IN, OUT, DEC, MAC, RES, MAX_TOKEN } from "./layout";
import * as b64 from "./base64url";
import * as json from "./json";
import { hmacCompute, hmacComputeFrom, hmacPrefixState, digestLength } from "./hmac";
import { blockLen } from "./md";
import { Status } from "./status";
import { PAYLOAD_MEMBERS, readClaims } from "./claims";
import { HEADER_MEMBERS, HEADER_MEMBERS_KID, ALG, TYP, CRIT, B64, KID, headerString, valueIs, valueEquals } from "./header";

const ALG_NAMES: StaticArray<string> = ["HS256", "HS384", "HS512"];

/** Where the accepted payload's JSON text is, for JS to decode and parse. */
export const RES_PAYLOAD: usize = 0;
export const RES_PAYLOAD_LENGTH: usize = 4;
/** 1 when the payload is all ASCII, which JS may then read without a UTF-8 decoder. */
export const RES_PAYLOAD_ASCII: usize = 12;

/**
 * The JOSE header checks (RFC 7515 §4.1). alg must equal the configured name exactly:
 * header parameter values are case-sensitive (§4.1.1), and the header never chooses the
 * algorithm or the key (kid, jku and the rest are ignored here; a key ring reads kid only to
 * select one of its own keys, verifyRing below). typ, when present, must name
 * the JWT media type (RFC 7519 §5.1): "JWT", or "application/jwt", since a typ without a
 * "/" is read with "application/" prepended (RFC 7515 §4.1.9); in any case. crit is refused
 * because this library understands no extension (§4.1.11), and b64 (RFC 7797) would change
 * what is signed.
 */
function checkHeader(alg: i32): Status {
  if (!headerFormatOk()) return Status.MALFORMED;
  if (!headerAlgIs(alg)) return Status.ALGORITHM_MISMATCH;
  return Status.OK;
}

/** crit and b64 absent, typ absent or naming the JWT media type in any case (see checkHeader). */
// @ts-ignore: decorator
@inline function headerFormatOk(): bool {
  if (json.slotKind(CRIT) != json.KIND_ABSENT || json.slotKind(B64) != json.KIND_ABSENT) return false;
  if (json.slotKind(TYP) != json.KIND_ABSENT) {
    const units = headerString(TYP);
    if (!valueIs(units, "jwt") && !valueIs(units, "application/jwt")) return false;
  }
  return true;
}

/** The header's alg is exactly ALG_NAMES[alg] (case-sensitive, RFC 7515 §4.1.1). */
function headerAlgIs(alg: i32): bool {
  return valueEquals(headerString(ALG), unchecked(ALG_NAMES[alg]));
}

/** Bit k set when IN[at + k] is a dot, for k < n (n at most 16; the lanes past it may be past the token). */
// @ts-ignore: decorator
@inline function dotsAt(at: i32, n: i32): i32 {
  return i8x16.bitmask(i8x16.eq(v128.load(IN + <usize>at), i8x16.splat(0x2e))) & ((1 << n) - 1);
}

/**
 * The two dots of the token at IN[0, len): exactly three non-empty segments (RFC 7515
 * §7.1); no JWE, no detached payload. Returns dot1 | dot2 << 32, or -1. Only the header
 * and the signature are searched, sixteen bytes at a time, the first dot from the start
 * and the last from the end: the payload between them, most of the token, is not read
 * here (engine verify about 2% less, bench/engine-ab.mjs). A dot inside it is still
 * refused, MALFORMED as before, by its base64url decoding (the dot is not in the
 * alphabet), which every caller does before anything else reads it.
 */
function splitToken(len: i32): i64 {
  let dot1 = -1;
  // Lanes past the token are not masked: a dot found there means none in the token, and
  // such a dot1 (len or more) leaves no room for dot2 below.
  for (let i = 0; i < len; i += 16) {
    const m = dotsAt(i, 16);
    if (m) {
      dot1 = i + ctz(m);
      break;
    }
  }
  if (dot1 <= 0) return -1; // no dot, or an empty header
  let dot2 = -1;
  for (let end = len; end > dot1 + 1; end -= 16) {
    const at = max(end - 16, dot1 + 1);
    const m = dotsAt(at, end - at);
    if (m) {
      dot2 = at + 31 - clz(m);
      break;
    }
  }
  // One dot; an empty payload or signature.
  if (dot2 <= dot1 + 1 || dot2 == len - 1) return -1;
  return <i64>dot1 | (<i64>dot2 << 32);
}

/** Verifies the token at IN[0, len) for alg (0 HS256, 1 HS384, 2 HS512). */
export function verify(alg: i32, len: i32, now: f64, leeway: f64): Status {
  if (len > MAX_TOKEN) return Status.TOKEN_TOO_LARGE;
  const dots = splitToken(len);
  if (dots < 0) return Status.MALFORMED;
  const dot1 = <i32>dots, dot2 = <i32>(dots >> 32);

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

  return signatureAndClaims(alg, dot2, signatureLength, payload, payloadLength, now, leeway);
}

/**
 * The last two steps of every verification: the MAC of IN[0, signed) under the loaded
 * schedule against the decoded signature at OUT, then the payload at DEC. One copy for
 * verify, verifyRing and verifyKeyed (test/wasm/abi.test.ts reads its compare loop).
 */
function signatureAndClaims(alg: i32, signed: i32, signatureLength: i32, payload: usize, payloadLength: i32, now: f64, leeway: f64, own: bool = false): Status {
  const size = digestLength(alg);
  if (signatureLength != size) return Status.INVALID_SIGNATURE;
  if (own && ownPrefixed(IN, signed)) hmacComputeFrom(alg, OWN_PREFIX_STATE, IN, signed, MAC);
  else hmacCompute(alg, IN, signed, MAC);
  // Constant time: every byte is compared whatever the earlier ones were.
  let diff: u32 = 0;
  for (let i = 0; i < size; i++) diff |= <u32>(load<u8>(OUT + <usize>i) ^ load<u8>(MAC + <usize>i));
  if (diff != 0) return Status.INVALID_SIGNATURE;

  // Only now, with the signature good, is the payload read.
  if (!json.scanObject(payload, payload + <usize>payloadLength, PAYLOAD_MEMBERS, true)) return Status.MALFORMED;
  store<u32>(RES + RES_PAYLOAD, <u32>payload);
  store<u32>(RES + RES_PAYLOAD_LENGTH, <u32>payloadLength);
  store<u32>(RES + RES_PAYLOAD_ASCII, <u32>json.lastWasAscii());
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
  if (payloadLength < 0 || payloadLength > MAX_TOKEN) return -1;
  if (!headersEncoded) encodeHeaders();
  return signWith(alg, HEADER_BASE64 + <usize>alg * 40, HEADER_BASE64_LENGTH, payloadLength);
}

/**
 * As sign, for a key ring: the header is the signing key's own, which JS has written to
 * OWN_HEADER (setOwnHeader) with that key loaded; it carries the kid.
 */
export function signOwn(alg: i32, payloadLength: i32): i32 {
  const headerLength = load<i32>(OWN_HEADER_LENGTH);
  if (payloadLength < 0 || payloadLength > MAX_TOKEN || headerLength == 0) return -1;
  return signWith(alg, OWN_HEADER, headerLength, payloadLength, true);
}

// One copy for sign and signOwn: inlined into both it was about 50 bytes of the gzipped
// bundles (test/architecture/bundles.test.ts) for one call less per token.
function signWith(alg: i32, header: usize, headerLength: i32, payloadLength: i32, own: bool = false): i32 {
  const size = digestLength(alg);
  const total = headerLength + 1 + b64.encodedLength(payloadLength) + 1 + b64.encodedLength(size);
  if (total > MAX_TOKEN) return -1;
  memory.copy(OUT, header, <usize>headerLength);
  let n = headerLength;
  store<u8>(OUT + <usize>n, 0x2e);
  n++;
  n += b64.encode(IN, payloadLength, OUT + <usize>n);
  if (own && ownPrefixed(OUT, n)) hmacComputeFrom(alg, OWN_PREFIX_STATE, OUT, n, MAC);
  else hmacCompute(alg, OUT, n, MAC);
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

// ---- Verification with a key ring (issue 11). The header's kid names the key, and only
// that key is ever tried. verifyRing takes the common case in one call: a header segment
// equal, byte for byte, to a ring key's own (its {"alg","typ","kid"}, or the keylessKey's
// kid-less one) can only be that key's (strict base64url has one spelling per text), so it
// is checked at once with that key. The loaded key's (OWN_HEADER) is compared first; for
// any other, HEADER_PENDING reports the segment's headerId, JS loads the key whose own
// segment has it, and the second call compares again, whole. Any other header is decoded
// and scanned, its kid reported as bytes, and KID_PENDING returned; JS looks the kid up in
// its ring (an exact match, or UNKNOWN_KEY with no MAC computed at all), loads that key,
// and calls verifyKeyed, which checks the header's alg against that key's algorithm, then
// the signature and the claims.

/** At RES + RES_KID_LENGTH (i32): the kid's length in bytes, or -1 when the header has none. */
export const RES_KID_LENGTH: usize = 96;
/** At RES + RES_HEADER_ID (u32): headerId of the header segment, with HEADER_PENDING. */
export const RES_HEADER_ID: usize = 100;
/** At RES + RES_KID: the kid's bytes, printable ASCII, after JSON unescaping. */
export const RES_KID: usize = 128;
/** A kid is 1 to 64 characters, 0x20 to 0x7e (the ring's own rule, src/token/keyring.ts). */
const KID_MAX: i32 = 64;
/** A longer raw kid decodes to more than KID_MAX units (an escape is at most 6 bytes). */
const KID_RAW_MAX: usize = <usize>KID_MAX * 6;
const KID_UNITS = memory.data(<i32>KID_RAW_MAX * 2);
/** The header's alg when it names none of ours: matches no key. */
const NO_ALG: i32 = 3;

// What the engine keeps for the ring key whose header it compares tokens with: the header
// segment, and the first-block state derived from it and the key (below). One region, so JS
// can save it once per key and switch keys by copying it back (src/wasm/engine.ts useSigner)
// instead of hashing the block again: traffic during a rotation mixes two keys' tokens.
// Secret-derived (the state), so JS wipes its saved copies with the key.
export const OWN_HEADER_MAX: i32 = 256;
/** The saved part is [0, OWN_HEADER_AT + header length). */
export const OWN_KEY_SIZE: i32 = 464;
export const OWN_HEADER_AT: i32 = 208;
export const OWN_KEY = memory.data(OWN_KEY_SIZE, 16);
/** i32 at OWN_KEY: the header's length, 0 while there is none (no header segment is empty). */
const OWN_HEADER_LENGTH = OWN_KEY;
/** i32 at OWN_KEY + 4: the cached first block's length, 0 when none is cached. */
const OWN_PREFIX_LENGTH = OWN_KEY + 4;
/** i32 at OWN_KEY + 8: the key's algorithm. */
const OWN_ALG = OWN_KEY + 8;
const OWN_PREFIX_STATE = OWN_KEY + 16;
const OWN_PREFIX = OWN_KEY + 80;
export const OWN_HEADER = OWN_KEY + <usize>OWN_HEADER_AT;

// The first hash block of the signing input of most tokens a ring key makes or sees:
// its header, the dot, then the start of a payload this library writes, {"sub":" (whose
// base64url, eyJzdWIiOi, is the same for every token). With the inner state after that
// block cached, such a MAC costs one compression less. Only when the header (a kid of at
// least 4 characters, for HS256) leaves no other bytes in that block.
const PAYLOAD_START = memory.data<u8>([101, 121, 74, 122, 100, 87, 73, 105, 79, 105]); // eyJzdWIiOi

/**
 * JS wrote a ring key's header segment to OWN_HEADER[0, length) and loaded that key's
 * schedule: caches the first-block state when the block is determined (see above). A
 * length of -1 forgets the key (src/wasm/engine.ts forgetKey).
 */
export function setOwnHeader(alg: i32, length: i32): void {
  memory.fill(OWN_KEY, 0, <usize>OWN_HEADER_AT);
  if (length <= 0 || length > OWN_HEADER_MAX) return;
  store<i32>(OWN_HEADER_LENGTH, length);
  store<i32>(OWN_ALG, alg);
  const block = blockLen(alg);
  if (<usize>length + 1 + 10 < block) return; // the block would hold payload bytes no one knows
  if (<usize>length >= block) {
    memory.copy(OWN_PREFIX, OWN_HEADER, block);
  } else {
    memory.copy(OWN_PREFIX, OWN_HEADER, <usize>length);
    store<u8>(OWN_PREFIX + <usize>length, 0x2e);
    memory.copy(OWN_PREFIX + <usize>length + 1, PAYLOAD_START, block - <usize>length - 1);
  }
  hmacPrefixState(alg, OWN_PREFIX, OWN_PREFIX_STATE);
  store<i32>(OWN_PREFIX_LENGTH, <i32>block);
}

/**
 * A 30-bit hash of IN[0, n), by which JS finds the ring key whose own header segment a
 * token's may be (a small integer in every JS engine, so the lookup hashes no string). Only
 * a hint: the segment is then compared whole, and two segments with one id cost a lookup
 * by kid, never a wrong key.
 */
export function headerId(n: i32): u32 {
  let h: u64 = <u64>n;
  for (let i = 0; i < n; i += 8) {
    let word = load<u64>(IN + <usize>i);
    // The segment's bytes only: the rest of its last word is whatever follows it.
    if (n - i < 8) word &= (<u64>1 << (<u64>(n - i) << 3)) - 1;
    h = (h ^ word) * 0x9e3779b97f4a7c15;
    h ^= h >> 29;
  }
  return <u32>(h >> 34);
}

/** Whether msg[0, len) starts with the cached first block (and is longer than it). */
function ownPrefixed(msg: usize, len: i32): bool {
  const n = <usize>load<i32>(OWN_PREFIX_LENGTH);
  return n != 0 && <usize>len >= n && sameBytes(msg, OWN_PREFIX, n);
}

/**
 * a[0, n) == b[0, n), eight bytes at a time: memory.compare goes byte by byte when its
 * operands are not aligned, as a header after the payload in IN is not. Public bytes only
 * (headers and token text), so it may stop at the first difference.
 */
function sameBytes(a: usize, b: usize, n: usize): bool {
  let i: usize = 0;
  for (; i + 8 <= n; i += 8) if (load<u64>(a + i) != load<u64>(b + i)) return false;
  for (; i < n; i++) if (load<u8>(a + i) != load<u8>(b + i)) return false;
  return true;
}

// What verifyRing accepted for verifyKeyed; pendingSigned is -1 when there is none.
let pendingSigned: i32 = -1;
let pendingAlg: i32 = NO_ALG;
let pendingPayload: usize = 0;
let pendingPayloadLength: i32 = 0;
let pendingSignatureLength: i32 = 0;

/**
 * Verifies the token at IN[0, len) for a key ring. When its header segment is exactly the
 * loaded key's own (OWN_HEADER), that key checks it, and the verdict is returned. Otherwise,
 * when `identify` is set, HEADER_PENDING is returned with the segment's headerId in RES,
 * before anything is decoded: JS loads the ring key whose own segment has that id, if one
 * does, and calls again without `identify`. Then the size, format and header checks are
 * made as verify makes them, the kid is reported, and KID_PENDING is returned for JS to
 * select the key. The kid must be a string (RFC 7515 §4.1.4), else MALFORMED; one no ring
 * can hold (empty, longer than 64, outside printable ASCII) is UNKNOWN_KEY.
 */
export function verifyRing(identify: i32, len: i32, now: f64, leeway: f64): Status {
  pendingSigned = -1;
  if (len > MAX_TOKEN) return Status.TOKEN_TOO_LARGE;
  const dots = splitToken(len);
  if (dots < 0) return Status.MALFORMED;
  const dot1 = <i32>dots, dot2 = <i32>(dots >> 32);

  // A header length of 0 (none loaded) equals no dot1: splitToken refuses an empty header.
  const ownLength = load<i32>(OWN_HEADER_LENGTH);
  if (dot1 == ownLength && sameBytes(IN, OWN_HEADER, <usize>ownLength)) {
    const payloadLength = b64.decode(IN + <usize>(dot1 + 1), dot2 - dot1 - 1, DEC);
    if (payloadLength < 0) return Status.MALFORMED;
    const signatureLength = b64.decode(IN + <usize>(dot2 + 1), len - dot2 - 1, OUT);
    if (signatureLength < 0) return Status.MALFORMED;
    return signatureAndClaims(load<i32>(OWN_ALG), dot2, signatureLength, DEC, payloadLength, now, leeway, true);
  }
  if (identify) {
    store<u32>(RES + RES_HEADER_ID, headerId(dot1));
    return Status.HEADER_PENDING;
  }

  const headerLength = b64.decode(IN, dot1, DEC);
  if (headerLength < 0) return Status.MALFORMED;
  const payload = DEC + <usize>headerLength;
  const payloadLength = b64.decode(IN + <usize>(dot1 + 1), dot2 - dot1 - 1, payload);
  if (payloadLength < 0) return Status.MALFORMED;
  const signatureLength = b64.decode(IN + <usize>(dot2 + 1), len - dot2 - 1, OUT);
  if (signatureLength < 0) return Status.MALFORMED;

  if (!json.scanObject(DEC, payload, HEADER_MEMBERS_KID)) return Status.MALFORMED;
  if (!headerFormatOk()) return Status.MALFORMED;
  let headerAlg = NO_ALG;
  for (let a = 0; a < 3; a++) {
    if (headerAlgIs(a)) {
      headerAlg = a;
      break;
    }
  }
  const kid = readKid();
  if (kid != Status.OK) return kid;
  pendingAlg = headerAlg;
  pendingPayload = payload;
  pendingPayloadLength = payloadLength;
  pendingSignatureLength = signatureLength;
  pendingSigned = dot2;
  return Status.KID_PENDING;
}

/**
 * The rest of a verification verifyRing left at KID_PENDING, under the schedule JS has
 * loaded for the key the kid named, whose algorithm is alg. MALFORMED when there is no
 * such token (a call out of order): never a MAC over whatever IN holds.
 */
export function verifyKeyed(alg: i32, now: f64, leeway: f64): Status {
  const signed = pendingSigned;
  pendingSigned = -1;
  if (signed < 0) return Status.MALFORMED;
  if (alg != pendingAlg) return Status.ALGORITHM_MISMATCH;
  return signatureAndClaims(alg, signed, pendingSignatureLength, pendingPayload, pendingPayloadLength, now, leeway);
}

/** Reads the scanned header's kid into RES (see verifyRing for the statuses). */
function readKid(): Status {
  const kind = json.slotKind(KID);
  if (kind == json.KIND_ABSENT) {
    store<i32>(RES + RES_KID_LENGTH, -1);
    return Status.OK;
  }
  if (kind != json.KIND_STRING) return Status.MALFORMED;
  const start = json.slotStart(KID), end = json.slotEnd(KID);
  if (end - start > KID_RAW_MAX) return Status.UNKNOWN_KEY;
  json.scanString(start, end + 1, KID_UNITS); // valid: the scan accepted it
  const units = json.lastDecodedUnits();
  if (units < 1 || units > KID_MAX) return Status.UNKNOWN_KEY;
  for (let i = 0; i < units; i++) {
    const c = <u32>load<u16>(KID_UNITS + (<usize>i << 1));
    if (c - 0x20 > 0x5e) return Status.UNKNOWN_KEY;
    store<u8>(RES + RES_KID + <usize>i, <u8>c);
  }
  store<i32>(RES + RES_KID_LENGTH, units);
  return Status.OK;
}
