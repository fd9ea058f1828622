// Key kinds, the first u32 of every key layout at KEY. A verify function checks it, so
// a key of one family can never be read as another's, whatever JS loaded. EC and OKP
// keys take the next numbers; src/pk/algorithms.ts mirrors them.
export const KIND_RSA: u32 = 1;
/** ECDSA P-256 public keys (assembly/pk/es256.ts). */
export const KIND_EC_P256: u32 = 2;
/** Ed25519 (OKP, RFC 8037). */
export const KIND_OKP: u32 = 3;
/** ECDSA P-384 public keys (assembly/pk/es384.ts). */
export const KIND_EC_P384: u32 = 4;
/** ECDSA P-521 public keys (assembly/pk/es512.ts). */
export const KIND_EC_P521: u32 = 5;
