// `jwt-wasm decode [token]`: header and claims WITHOUT verification (decodeUnverified), the
// time claims as dates with the time left or passed, and warnings in words.
import { decodeUnverified, JWTError } from '../core.js'
import type { Command } from '../args.js'
import { EXIT } from '../errors.js'
import { readToken } from '../input.js'
import { styleFor } from '../style.js'
import { relative } from '../time.js'

const TIME_CLAIMS = ['iat', 'nbf', 'exp'] as const
const NOT_VERIFIED = 'UNVERIFIED: the signature was NOT checked; anyone can write these contents. Use jwt-wasm verify before trusting them.'
/** Date's range: ±8.64e15 ms (ECMA-262 §21.4.1.22). */
const MAX_DATE_SECONDS = 8.64e12

interface TimeClaim {
  value: unknown
  iso: string | null
  relative: string | null
}

export const decode: Command = {
  name: 'decode',
  summary: 'show a token’s header and claims, UNVERIFIED, with its times in words',
  help: `Usage: jwt-wasm decode [token] [--json]

Shows the header and claims of a token (from the argument, or else from stdin)
WITHOUT checking its signature: for reading a token, never for trusting it.
Time claims (iat, nbf, exp) are shown as ISO dates (UTC) with the time left or
passed, and anything jwt-wasm would refuse is listed as a warning. No secret is
needed.

Options:
  --json       machine output: {"verified": false, "header", "claims", "times", "warnings"}
  -h, --help   this help

Example:
  pbpaste | jwt-wasm decode
  jwt-wasm decode "$TOKEN" --json | jq .claims.sub`,
  options: { json: { type: 'boolean' } },
  positionals: 1,
  async run({ values, positionals }) {
    const token = await readToken(positionals[0])
    let decoded: ReturnType<typeof decodeUnverified>
    try {
      decoded = decodeUnverified(token)
    } catch (error) {
      if (!JWTError.is(error)) throw error
      process.stderr.write(`${error.code}: ${error.message}: not three base64url segments holding a JSON header and JSON claims\n`)
      return EXIT.REFUSED
    }
    const { header, claims } = decoded
    const now = Date.now() / 1000
    const times: Record<string, TimeClaim> = {}
    for (const name of TIME_CLAIMS) if (Object.hasOwn(claims, name)) times[name] = timeClaim(name, claims[name], now)
    const notes = warnings(header, claims, times, now)
    if (values.json) {
      process.stdout.write(`${JSON.stringify({ verified: false, header, claims, times, warnings: notes }, null, 2)}\n`)
      return EXIT.OK
    }
    const style = styleFor(process.stdout)
    const indent = (text: string) => text.replace(/^/gm, '  ')
    const lines = [
      style.bold(style.yellow(NOT_VERIFIED)),
      '',
      style.bold('Header'),
      indent(JSON.stringify(header, null, 2)),
      '',
      style.bold('Claims'),
      indent(JSON.stringify(claims, null, 2)),
    ]
    if (Object.keys(times).length > 0) {
      lines.push('', style.bold('Times'))
      for (const [name, t] of Object.entries(times)) lines.push(`  ${name}  ${t.iso ?? JSON.stringify(t.value)}  ${t.relative ? style.dim(t.relative) : ''}`.trimEnd())
    }
    if (notes.length > 0) {
      lines.push('', style.bold('Warnings'))
      for (const note of notes) lines.push(`  - ${style.red(note)}`)
    }
    process.stdout.write(`${lines.join('\n')}\n`)
    return EXIT.OK
  },
}

function timeClaim(name: (typeof TIME_CLAIMS)[number], value: unknown, now: number): TimeClaim {
  if (typeof value !== 'number' || !Number.isFinite(value) || Math.abs(value) > MAX_DATE_SECONDS) return { value, iso: null, relative: null }
  return { value, iso: new Date(value * 1000).toISOString(), relative: relative(name, value, now) }
}

/** What jwt-wasm's verification would refuse, or a reader should notice, in words. */
function warnings(header: Record<string, unknown>, claims: Record<string, unknown>, times: Record<string, TimeClaim>, now: number): string[] {
  const out: string[] = []
  const alg = header.alg
  if (typeof alg !== 'string' || !/^HS(256|384|512)$/.test(alg)) out.push(`alg is ${JSON.stringify(alg)}, not HS256, HS384 or HS512: jwt-wasm refuses it`)
  // RFC 7515 §4.1.9: "JWT" and "application/jwt" name one media type, in any case.
  if (header.typ !== undefined && !(typeof header.typ === 'string' && /^(application\/)?jwt$/i.test(header.typ))) out.push(`typ is ${JSON.stringify(header.typ)}, not "JWT": jwt-wasm refuses it`)
  for (const name of ['crit', 'b64']) if (Object.hasOwn(header, name)) out.push(`the header has ${name}, which jwt-wasm refuses`)
  for (const [name, t] of Object.entries(times)) if (t.iso === null) out.push(`${name} is not a number of seconds: jwt-wasm refuses the token`)
  if (!Object.hasOwn(claims, 'exp')) out.push('no exp: the token never expires, and jwt-wasm refuses it')
  const { exp, nbf, iat } = claims as Record<string, number>
  if (times.exp?.iso && exp <= now) out.push(times.exp.relative!.replace(/^e/, 'E'))
  if (times.nbf?.iso && nbf > now) out.push(`not yet valid: ${times.nbf.relative}`)
  if (times.iat?.iso && iat > now) out.push(`issued in the future (${times.iat.relative!.replace(/^issued /, '')}): a clock is wrong`)
  return out
}
