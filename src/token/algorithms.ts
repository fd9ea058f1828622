import type { AlgorithmId } from '../wasm/engine.js'

export type Algorithm = 'HS256' | 'HS384' | 'HS512'

/** RFC 7518 §3.2: HMAC keys as long as the hash output. */
export const ALGORITHMS: Readonly<Record<Algorithm, { id: AlgorithmId; secretBytes: number }>> = {
  HS256: { id: 0, secretBytes: 32 },
  HS384: { id: 1, secretBytes: 48 },
  HS512: { id: 2, secretBytes: 64 },
}

/** The configured name in upper case, or null: options accept any case, headers do not. */
export function parseAlgorithm(value: unknown): Algorithm | null {
  if (typeof value !== 'string') return null
  const upper = value.toUpperCase()
  return Object.hasOwn(ALGORITHMS, upper) ? (upper as Algorithm) : null
}
