// The EdDSA benchmark's fixture and cases, shared by Node (bench/eddsa.bench.mjs) and the
// Chromium page (bench/browser/eddsa-page.mjs): web APIs only. An Ed25519 key made and a
// token signed with WebCrypto (independent of every library timed), the HS fixture's
// payload, header {"alg":"EdDSA","typ":"JWT"}.
import { b64url, b64urlText, checkClaims, fixturePayload, keyPair } from './fixture.mjs'

export const HEADER = '{"alg":"EdDSA","typ":"JWT"}'

/** Key pair, public JWK (with kid), token, a bad-signature twin, and the signing input's bytes. */
export async function eddsaFixture() {
  const { publicKey, privateKey, jwk: publicJwk } = await keyPair({ name: 'Ed25519' })
  const jwk = { ...publicJwk, kid: 'bench-ed25519', use: 'sig', alg: 'EdDSA' }
  delete jwk.key_ops
  delete jwk.ext
  const payload = fixturePayload()
  const input = `${b64urlText(HEADER)}.${b64urlText(JSON.stringify(payload))}`
  const bytes = new TextEncoder().encode(input)
  const signature = new Uint8Array(await crypto.subtle.sign('Ed25519', privateKey, bytes))
  const token = `${input}.${b64url(signature)}`
  // One bit of S flipped (byte 40): still 64 bytes, still canonical base64url.
  const badSig = signature.slice()
  badSig[40] ^= 0x01
  const bad = `${input}.${b64url(badSig)}`
  return { publicKey, privateKey, jwk, payload, input, bytes, signature, token, bad }
}

/** Runs every case once and checks its output before anything is timed. */
export async function checkCases(list, payload) {
  for (const [op, lib, fn] of list) {
    const label = `EdDSA ${op} ${lib}`
    const out = await fn()
    if (op === 'floor' && out !== true) throw new Error(`${label}: refused the fixture`)
    if (op === 'verify+decode' || op === 'cached verify') {
      checkClaims(out, payload, label)
      checkClaims(await fn(), payload, `${label} (second call)`)
    }
    if (op === 'reject' && out !== true) throw new Error(`${label}: ${out}`)
  }
}

/** A refusal expected from f: true when it threw (or resolved false), an error when it accepted. */
export const refused = (f) => () => {
  try {
    const r = f()
    if (r instanceof Promise) return r.then(() => { throw new Error('accepted a bad signature') }, () => true)
    if (r === false) return true
  } catch {
    return true
  }
  throw new Error('accepted a bad signature')
}
