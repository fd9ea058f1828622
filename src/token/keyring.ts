// A ring of named HMAC keys (issue 11): rotation without a restart and without logging
// anyone out. A token names its key with the header's kid, and only the key with exactly
// that kid is tried: never a key chosen by other header data (jws, GHSA-869p-cjfg-cm3x),
// never several keys in turn (that multiplies the cost and makes an oracle). The kid is
// only ever a Map key here: never in an error message, a log line, a path or a URL.
import { base64urlDecode, base64urlEncode, forgetKey, headerId, scheduleKey, type KeySchedule, type KeySelector, type Signer } from '../wasm/engine.js'
import { ALGORITHMS, parseAlgorithm, type Algorithm } from './algorithms.js'
import { isPlainObject } from '../util/validate.js'
import { randomHex } from './payload.js'

/** A ring key given as a secret. Without `algorithm` it takes the instance's. */
export interface SecretRingKey {
  kid: string
  /** At least the hash output: 32, 48 or 64 bytes for HS256, HS384, HS512 (RFC 7518 §3.2). */
  secret: string | Uint8Array
  algorithm?: Algorithm | Lowercase<Algorithm>
}

/** A ring key given as an RFC 7517 symmetric JWK (RFC 7518 §6.4). Other members (ext, x5c…) are ignored. */
export interface OctJWK {
  kty: 'oct'
  /** The key bytes, base64url without padding. */
  k: string
  kid: string
  alg?: Algorithm
  use?: string
  key_ops?: readonly string[]
}

export type RingKey = SecretRingKey | OctJWK

/** What `jwt.keys.list()` tells about a key: never its secret. */
export interface KeyInfo {
  readonly kid: string
  readonly algorithm: Algorithm
  /** The key new tokens are signed with. */
  readonly signing: boolean
  /** The key tokens without a kid are checked with (the keylessKey option). */
  readonly keyless: boolean
}

/** `jwt.keys`: the ring, changed while running. Every change is checked as the constructor checks its options. */
export interface Keys {
  /** Adds a key, verify-only until `use` names it. */
  add(key: RingKey): void
  /** Signs new tokens with this key from the next call on. */
  use(kid: string): void
  /** Removes a key: its tokens are refused (UNKNOWN_KEY) from the next call on. Not the signing key: `use` another first. */
  remove(kid: string): void
  has(kid: string): boolean
  list(): KeyInfo[]
}

/** A ring key together with one header segment whose tokens it alone can check. */
interface OwnHeader extends Signer {
  /**
   * base64url of {"alg":…,"typ":"JWT","kid":…}, in that order, as bytes: the header segment
   * of every token this key signs (for the keylessKey's second entry, {"alg":…,"typ":"JWT"}).
   * At most 219 of them: a 64-character kid of quotes. One array per key and header, never
   * shared: the engine knows which key the state it derived belongs to by this array's
   * identity (src/wasm/engine.ts useSigner).
   */
  readonly header: Uint8Array
  /** The engine's id of the segment (src/wasm/engine.ts headerId), which signerFor looks up. */
  readonly id: number
}

interface Entry extends OwnHeader {
  readonly kid: string
  readonly algorithm: Algorithm
  /** Its own headers: the entry itself, and the kid-less one when it is the keylessKey. */
  readonly owns: OwnHeader[]
}

export interface KeyRingOptions {
  keys: unknown
  signingKey: unknown
  keylessKey: unknown
  /** The instance's algorithm, for keys that name none. */
  algorithm: Algorithm
  /** Called after a key leaves the ring (the verified-token cache is cleared there). */
  onRemove: () => void
}

const encoder = new TextEncoder()
const SECRET_KEY_MEMBERS: ReadonlySet<string> = new Set(['kid', 'secret', 'algorithm'])
const KID_PATTERN = /^[\x20-\x7e]{1,64}$/

/** `jwt.keys` of an instance made with secretKey: nothing to change. */
export const NO_RING: Keys = Object.freeze({
  add: noRing,
  use: noRing,
  remove: noRing,
  has: () => false,
  list: () => [],
})

/** Configuration errors are TypeErrors naming the option; none names a kid or a secret. */
function fail(message: string): never {
  throw new TypeError(message)
}

function noRing(): never {
  fail('This JWT has no key ring: construct it with the keys option (docs/key-rotation.md)')
}

/** The ring's kid rule: 1 to 64 characters from printable ASCII (0x20 to 0x7e). The engine applies the same rule to headers. */
export function isKid(value: unknown): value is string {
  return typeof value === 'string' && KID_PATTERN.test(value)
}

const KID_RULE = 'a string of 1 to 64 printable ASCII characters'

export class KeyRing implements KeySelector {
  readonly #entries = new Map<string, Entry>()
  /** Every ring key's own header segment, and the keylessKey's kid-less one, by id: what signerFor looks up. */
  readonly #owns = new Map<number, OwnHeader>()
  readonly #algorithm: Algorithm
  readonly #onRemove: () => void
  #signing: Entry
  readonly #keyless: string | undefined
  /** The public face, `jwt.keys`: schedules never leave this class. */
  readonly control: Keys

  constructor(options: KeyRingOptions) {
    const { keys, signingKey, keylessKey, algorithm, onRemove } = options
    this.#algorithm = algorithm
    this.#onRemove = onRemove
    if (!Array.isArray(keys) || keys.length === 0) fail('JWT option keys must be a non-empty array of keys ({ kid, secret, algorithm? } or oct JWKs)')
    // Every key is checked before any is scheduled, so a bad one leaves nothing behind.
    const read = keys.map((key, i) => readKey(key, `JWT option keys[${i}]`, algorithm))
    const seen = new Set<string>()
    read.forEach((key, i) => {
      if (seen.has(key.kid)) fail(`JWT option keys[${i}].kid repeats the kid of an earlier key`)
      seen.add(key.kid)
    })
    if (signingKey === undefined && read.length > 1) fail('JWT option signingKey must name the kid of the key that signs (required with more than one key)')
    if (signingKey !== undefined && !(isKid(signingKey) && seen.has(signingKey))) fail('JWT option signingKey must be the kid of a key in keys')
    if (keylessKey !== undefined && !(isKid(keylessKey) && seen.has(keylessKey))) fail('JWT option keylessKey must be the kid of a key in keys')
    this.#keyless = keylessKey as string | undefined
    for (const key of read) this.#insert(key)
    this.#signing = this.#entries.get((signingKey as string | undefined) ?? read[0].kid) as Entry
    this.control = Object.freeze({
      add: (key: RingKey) => this.#add(key),
      use: (kid: string) => this.#use(kid),
      remove: (kid: string) => this.#remove(kid),
      has: (kid: string) => this.#entries.has(kid),
      list: () => this.#list(),
    })
  }

  /** The key an exact kid names, or for a token without one the keylessKey; else undefined. */
  select(kid: string | null): KeySchedule | undefined {
    const name = kid ?? this.#keyless
    return name === undefined ? undefined : this.#entries.get(name)?.schedule
  }

  /** The schedule and header new tokens are signed with. */
  get signer(): Signer {
    return this.#signing
  }

  /** The ring key with an own header segment of this id (KeySelector). */
  signerFor(id: number): Signer | undefined {
    return this.#owns.get(id)
  }

  // Two segments with one id (one in about a billion pairs) keep the first; the other's
  // tokens are then found by their kid, as any other header's are.
  #insert(key: CheckedKey): void {
    const entry = schedule(key, key.kid === this.#keyless)
    this.#entries.set(entry.kid, entry)
    for (const own of entry.owns) if (!this.#owns.has(own.id)) this.#owns.set(own.id, own)
  }

  #add(key: unknown): void {
    const read = readKey(key, 'keys.add(key)', this.#algorithm)
    if (this.#entries.has(read.kid)) fail('keys.add(key): key.kid is already in the ring; remove the old key first')
    this.#insert(read)
  }

  #use(kid: unknown): void {
    const entry = isKid(kid) ? this.#entries.get(kid) : undefined
    if (entry === undefined) fail('keys.use(kid): no key in the ring has this kid')
    this.#signing = entry
  }

  #remove(kid: unknown): void {
    const entry = isKid(kid) ? this.#entries.get(kid) : undefined
    if (entry === undefined) fail('keys.remove(kid): no key in the ring has this kid')
    if (entry === this.#signing) fail('keys.remove(kid): this is the signing key; switch signing with keys.use(kid) first')
    this.#entries.delete(entry.kid)
    for (const own of entry.owns) {
      if (this.#owns.get(own.id) === own) this.#owns.delete(own.id)
      forgetKey(own)
    }
    this.#onRemove()
  }

  #list(): KeyInfo[] {
    return [...this.#entries.values()].map((e) => ({ kid: e.kid, algorithm: e.algorithm, signing: e === this.#signing, keyless: e.kid === this.#keyless }))
  }
}

/** A key as checked, before it is scheduled; `bytes` is wiped by schedule() when `wipe`. */
interface CheckedKey {
  kid: string
  algorithm: Algorithm
  bytes: Uint8Array
  wipe: boolean
}

function schedule(key: CheckedKey, keyless: boolean): Entry {
  const { kid, algorithm: alg } = key
  const state = scheduleKey(ALGORITHMS[alg].id, key.bytes)
  if (key.wipe) key.bytes.fill(0)
  const entry: Entry = { kid, algorithm: alg, schedule: state, ...headerSegment({ alg, typ: 'JWT', kid }), owns: [] }
  entry.owns.push(entry)
  // A token without a kid is the keylessKey's; its header, when this library wrote it, is
  // the one a secretKey instance writes.
  if (keyless) entry.owns.push({ schedule: state, ...headerSegment({ alg, typ: 'JWT' }) })
  return entry
}

function headerSegment(header: object): { header: Uint8Array; id: number } {
  const bytes = encoder.encode(base64urlEncode(encoder.encode(JSON.stringify(header))))
  return { header: bytes, id: headerId(bytes) }
}

function readKey(value: unknown, where: string, fallback: Algorithm): CheckedKey {
  if (!isPlainObject(value)) fail(`${where} must be an object { kid, secret, algorithm? } or an oct JWK`)
  if (!isKid(value.kid)) fail(`${where}.kid must be ${KID_RULE}`)
  return 'kty' in value ? readJwk(value, where, fallback) : readSecretKey(value, where, fallback)
}

function readSecretKey(value: Record<string, unknown>, where: string, fallback: Algorithm): CheckedKey {
  for (const name of Object.keys(value)) {
    if (!SECRET_KEY_MEMBERS.has(name)) fail(`${where} has an unknown member ${name}; a key is { kid, secret, algorithm? } or an oct JWK`)
  }
  const algorithm = value.algorithm === undefined ? fallback : parseAlgorithm(value.algorithm)
  if (!algorithm) fail(`${where}.algorithm must be HS256, HS384 or HS512`)
  const { secret } = value
  if (typeof secret !== 'string' && !(secret instanceof Uint8Array)) fail(`${where}.secret must be a string or a Uint8Array`)
  // A lone surrogate would be encoded as U+FFFD, so two different strings could give one key.
  if (typeof secret === 'string' && !secret.isWellFormed()) fail(`${where}.secret must be well-formed Unicode text`)
  const bytes = typeof secret === 'string' ? encoder.encode(secret) : secret
  const key = { kid: value.kid as string, algorithm, bytes, wipe: typeof secret === 'string' }
  strong(key, `${where}.secret`)
  return key
}

/** RFC 7517 §4 and RFC 7518 §6.4; member values are case-sensitive (RFC 7517 §4). */
function readJwk(value: Record<string, unknown>, where: string, fallback: Algorithm): CheckedKey {
  if (value.kty !== 'oct') fail(`${where}.kty must be 'oct': a ring holds HMAC keys only`)
  // §4.2 and §4.3: this key both signs and verifies, so neither may be forbidden.
  if (value.use !== undefined && value.use !== 'sig') fail(`${where}.use must be 'sig' when present`)
  if (value.key_ops !== undefined) {
    const ops = value.key_ops
    if (!Array.isArray(ops) || !ops.includes('sign') || !ops.includes('verify')) fail(`${where}.key_ops must allow both 'sign' and 'verify' when present`)
  }
  // No case folding here, unlike the algorithm option: a JWK's alg is case-sensitive (RFC 7517 §4.4).
  if (value.alg !== undefined && !(typeof value.alg === 'string' && Object.hasOwn(ALGORITHMS, value.alg))) fail(`${where}.alg must be HS256, HS384 or HS512 when present`)
  const algorithm = (value.alg as Algorithm | undefined) ?? fallback
  const bytes = typeof value.k === 'string' ? base64urlDecode(value.k, true) : null
  if (bytes === null) fail(`${where}.k must be the key in base64url without padding (RFC 7518 §6.4.1)`)
  const key = { kid: value.kid as string, algorithm, bytes, wipe: true }
  strong(key, `${where}.k`)
  return key
}

/** RFC 7518 §3.2: a key at least as long as the hash output. Ring keys have no weaker floor. */
function strong(key: CheckedKey, name: string): void {
  const need = ALGORITHMS[key.algorithm].secretBytes
  if (key.bytes.length >= need) return
  if (key.wipe) key.bytes.fill(0)
  fail(`${name} must be at least ${need} bytes for ${key.algorithm} (RFC 7518 §3.2); JWT.generateKey() makes one`)
}

export interface GenerateKeyOptions {
  /** HS256 (default), HS384 or HS512, any case. */
  algorithm?: Algorithm | Lowercase<Algorithm> | (string & {})
  /** Defaults to 32 random hex digits. */
  kid?: string
}

/** What JWT.generateKey returns: an oct JWK (RFC 7518 §6.4) with every member set. */
export interface GeneratedKey {
  kty: 'oct'
  kid: string
  alg: Algorithm
  k: string
}

/** A new oct JWK of full strength for the algorithm (RFC 7518 §3.2), ready for `keys`, `keys.add` or another library. */
export function generateKey(options: GenerateKeyOptions = {}): GeneratedKey {
  if (!isPlainObject(options)) fail('JWT.generateKey options must be an object { algorithm?, kid? }')
  for (const name of Object.keys(options)) {
    if (name !== 'algorithm' && name !== 'kid') fail(`JWT.generateKey has no option ${name}`)
  }
  const alg = options.algorithm === undefined ? 'HS256' : parseAlgorithm(options.algorithm)
  if (!alg) fail('JWT.generateKey option algorithm must be HS256, HS384 or HS512')
  if (options.kid !== undefined && !isKid(options.kid)) fail(`JWT.generateKey option kid must be ${KID_RULE}`)
  const bytes = crypto.getRandomValues(new Uint8Array(ALGORITHMS[alg].secretBytes))
  const k = base64urlEncode(bytes) // wipes its copies in wasm memory
  bytes.fill(0)
  return { kty: 'oct', kid: options.kid ?? randomHex(), alg, k }
}
