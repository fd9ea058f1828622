// Status codes returned across the boundary; src/wasm/abi.ts maps each to a JWTError code.
// The order of the checks, and so which status wins, is: size, format, header and
// algorithm, signature, claims; with a key ring: size, format, header, kid, algorithm,
// signature, claims. Nothing about the claims is reported without the key.
export enum Status {
  OK = 0,
  MALFORMED = 1,
  TOKEN_TOO_LARGE = 2,
  ALGORITHM_MISMATCH = 3,
  INVALID_SIGNATURE = 4,
  EXPIRED = 5,
  NOT_YET_VALID = 6,
  INVALID_CLAIMS = 7,
  /** Not a verdict: JS converts the pending numbers' text, then calls checkTimes. */
  NUMBERS_PENDING = 8,
  /** A key ring has no key for the header's kid (or lack of one): no MAC was computed. */
  UNKNOWN_KEY = 9,
  /** Not a verdict: a key ring's JS selects the key by the reported kid, then calls verifyKeyed. */
  KID_PENDING = 10,
  /** Not a verdict: a key ring's JS loads the key whose own header has the reported id, then calls verifyRing again. */
  HEADER_PENDING = 11,
}
