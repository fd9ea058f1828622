// The asymmetric algorithms, in the order assembly/pk/algorithms.ts numbers them: the
// number is what crosses the boundary. A family adds its names at the end of both lists,
// and its key type here (and its crv, where the curve fixes the algorithm).
export type AsymmetricAlgorithm = 'RS256' | 'RS384' | 'RS512' | 'PS256' | 'PS384' | 'PS512' | 'EdDSA' | 'Ed25519' | 'ES256' | 'ES384' | 'ES512'

export interface AlgorithmEntry {
  /** The module's number for it. */
  readonly id: number
  /** The JWK kty a key must have (RFC 7518 §6.1). */
  readonly kty: string
  /** The JWK crv a key must have, for curve algorithms. */
  readonly crv?: string
}

export const ALGORITHM_NAMES: readonly AsymmetricAlgorithm[] = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'EdDSA', 'Ed25519', 'ES256', 'ES384', 'ES512']

export const PK_ALGORITHMS: Readonly<Record<AsymmetricAlgorithm, AlgorithmEntry>> = {
  RS256: { id: 0, kty: 'RSA' },
  RS384: { id: 1, kty: 'RSA' },
  RS512: { id: 2, kty: 'RSA' },
  PS256: { id: 3, kty: 'RSA' },
  PS384: { id: 4, kty: 'RSA' },
  PS512: { id: 5, kty: 'RSA' },
  // RFC 8037 §3.1 "EdDSA" with an Ed25519 key only (Ed448 keys are skipped at import), and
  // the fully-specified "Ed25519" (RFC 9864), as jose 6 accepts both.
  EdDSA: { id: 6, kty: 'OKP', crv: 'Ed25519' },
  Ed25519: { id: 7, kty: 'OKP', crv: 'Ed25519' },
  // RFC 7518 §3.4: each ES algorithm has its curve, so a key's crv decides which one it verifies.
  ES256: { id: 8, kty: 'EC', crv: 'P-256' },
  ES384: { id: 9, kty: 'EC', crv: 'P-384' },
  ES512: { id: 10, kty: 'EC', crv: 'P-521' },
}

export function isAsymmetricAlgorithm(value: unknown): value is AsymmetricAlgorithm {
  return typeof value === 'string' && Object.hasOwn(PK_ALGORITHMS, value)
}
