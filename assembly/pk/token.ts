// A compact JWS (RFC 7515 §7.1) for an asymmetric key, in two calls, because JS chooses
// the key in between from the header's alg and kid:
//   parse   size, three segments, base64url, the header's profile; reports alg and kid.
//   verify  the signature under the key JS put at KEY, then the payload and its claims,
//           with the HS module's scanner and claim rules (../json.ts, ../claims.ts).
import { IN, OUT, DEC, RES, MAX_TOKEN } from "../layout";
import * as b64 from "../base64url";
import * as json from "../json";
import { Status } from "../status";
import { PAYLOAD_MEMBERS, readClaims } from "../claims";
import { ALG_NAMES, ALG_COUNT, verifyWith } from "./algorithms";
import { MAX_SIGNATURE } from "./layout";
import { HEADER_MEMBERS_KID, ALG, TYP, CRIT, B64, KID, headerString, valueIs, valueEquals } from "../header";

// What parse leaves in RES (after the claims' offsets, which end at 88).
/** The header's alg, as an index into ALG_NAMES. */
export const RES_ALG: usize = 128;
/** 1 when the header has a kid; then its JSON string's text (escapes undecoded) is [start, end) in memory. */
export const RES_KID: usize = 132;
export const RES_KID_START: usize = 136;
export const RES_KID_END: usize = 140;
const RES_SIGNED_LENGTH: usize = 144;
const RES_BODY: usize = 148;
const RES_BODY_LENGTH: usize = 152;
const RES_SIGNATURE_LENGTH: usize = 156;

/**
 * The JOSE header checks (RFC 7515 §4.1), the HS path's profile: no crit (§4.1.11), no b64
 * (RFC 7797), typ absent or a JWT type. Identity providers' access tokens may be typed
 * "at+jwt" (RFC 9068 §2.1), so those are JWT types here too; media types compare without
 * case and may omit "application/" (RFC 7515 §4.1.9). alg must be one of ALG_NAMES exactly
 * (case-sensitive, §4.1.1); JS then decides whether it is allowed. kid, when present,
 * must be a string (§4.5). jwk, jku, x5u, x5c and the rest are ignored: the header never
 * supplies key material (CVE-2018-0114).
 */
function checkHeader(): Status {
  if (json.slotKind(CRIT) != json.KIND_ABSENT || json.slotKind(B64) != json.KIND_ABSENT) return Status.MALFORMED;
  if (json.slotKind(TYP) != json.KIND_ABSENT) {
    const n = headerString(TYP);
    if (!valueIs(n, "jwt") && !valueIs(n, "application/jwt") && !valueIs(n, "at+jwt") && !valueIs(n, "application/at+jwt")) return Status.MALFORMED;
  }
  const kidKind = json.slotKind(KID);
  if (kidKind != json.KIND_ABSENT && kidKind != json.KIND_STRING) return Status.MALFORMED;
  store<i32>(RES + RES_KID, kidKind == json.KIND_STRING ? 1 : 0);
  store<u32>(RES + RES_KID_START, <u32>json.slotStart(KID));
  store<u32>(RES + RES_KID_END, <u32>json.slotEnd(KID));
  const units = headerString(ALG);
  for (let a = 0; a < ALG_COUNT; a++) {
    if (valueEquals(units, unchecked(ALG_NAMES[a]))) {
      store<i32>(RES + RES_ALG, a);
      return Status.OK;
    }
  }
  return Status.ALGORITHM_MISMATCH;
}

/** Parses the token at IN[0, len): header into DEC, payload after it, signature into OUT. */
export function parse(len: i32): Status {
  if (len > MAX_TOKEN) return Status.TOKEN_TOO_LARGE;
  // Exactly three segments (RFC 7515 §7.1), header and signature non-empty. The payload may
  // be empty only for verifyJws (JWS test vectors); a JWT's must be an object.
  let dot1 = -1, dot2 = -1;
  for (let i = 0; i < len; i++) {
    if (load<u8>(IN + <usize>i) == 0x2e) {
      if (dot1 < 0) dot1 = i;
      else if (dot2 < 0) dot2 = i;
      else return Status.MALFORMED;
    }
  }
  if (dot2 < 0 || dot1 == 0 || dot2 == len - 1) return Status.MALFORMED;
  const headerLength = b64.decode(IN, dot1, DEC);
  if (headerLength < 0) return Status.MALFORMED;
  const body = DEC + <usize>headerLength;
  const bodyLength = b64.decode(IN + <usize>(dot1 + 1), dot2 - dot1 - 1, body);
  if (bodyLength < 0) return Status.MALFORMED;
  const signatureLength = b64.decode(IN + <usize>(dot2 + 1), len - dot2 - 1, OUT);
  if (signatureLength < 0) return Status.MALFORMED;
  if (!json.scanObject(DEC, body, HEADER_MEMBERS_KID)) return Status.MALFORMED;
  const status = checkHeader();
  if (status != Status.OK) return status;
  store<u32>(RES + RES_SIGNED_LENGTH, <u32>dot2);
  store<u32>(RES + RES_BODY, <u32>body);
  store<u32>(RES + RES_BODY_LENGTH, <u32>bodyLength);
  store<u32>(RES + RES_SIGNATURE_LENGTH, <u32>signatureLength);
  return Status.OK;
}

/** The signature of the token parse last accepted, under the key at KEY, for alg. */
export function verifyJws(alg: i32): Status {
  const signatureLength = <i32>load<u32>(RES + RES_SIGNATURE_LENGTH);
  if (signatureLength > MAX_SIGNATURE) return Status.INVALID_SIGNATURE;
  const signed = <i32>load<u32>(RES + RES_SIGNED_LENGTH);
  return verifyWith(alg, IN, signed, OUT, signatureLength) ? Status.OK : Status.INVALID_SIGNATURE;
}

/**
 * verifyJws, then (only with the signature good) the payload: a JSON object, and the
 * time claims against now with the leeway, as on the HS path.
 */
export function verify(alg: i32, now: f64, leeway: f64): Status {
  const status = verifyJws(alg);
  if (status != Status.OK) return status;
  const body = <usize>load<u32>(RES + RES_BODY);
  const bodyLength = <i32>load<u32>(RES + RES_BODY_LENGTH);
  if (!json.scanObject(body, body + <usize>bodyLength, PAYLOAD_MEMBERS, true)) return Status.MALFORMED;
  store<u32>(RES, <u32>body); // RES_PAYLOAD, as ../token.ts leaves it
  store<u32>(RES, <u32>bodyLength, 4); // RES_PAYLOAD_LENGTH
  store<u32>(RES, <u32>json.lastWasAscii(), 12); // RES_PAYLOAD_ASCII
  return readClaims(now, leeway);
}
