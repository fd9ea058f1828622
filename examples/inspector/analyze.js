// Reading a token for people: header and claims, the time claims against now, and every
// reason jwt-wasm's strict profile would refuse it, in words. Pure functions with no DOM
// and no package import, so Node tests can call them too. Decoding here is lenient on
// purpose (padding, base64 characters, non-zero trailing bits) so the page can show a
// token the library refuses, and say why.

const HS_ALGORITHMS = { HS256: 32, HS384: 48, HS512: 64 }
const TIME_CLAIMS = ['iat', 'nbf', 'exp']
/** Date's range: ±8.64e15 ms (ECMA-262 §21.4.1.22). */
const MAX_DATE_SECONDS = 8.64e12
const WHY_ONE_SPELLING = 'jwt-wasm accepts exactly one spelling per token, so nobody can alter a token’s text while keeping it valid'

/**
 * @param {string} input the pasted text
 * @param {number} now Unix seconds
 */
export function analyzeToken(input, now) {
  const warnings = []
  const warn = (level, text) => warnings.push({ level, text })
  let token = input.trim()
  if (token === '') return { error: null, empty: true, warnings }
  if (/^bearer\s+/i.test(token)) {
    token = token.replace(/^bearer\s+/i, '')
    warn('info', 'The “Bearer ” prefix of an Authorization header was left out.')
  }
  if (/\s/.test(token)) return fatal('The token contains spaces or line breaks; a token is one unbroken line.')
  const parts = token.split('.')
  if (parts.length === 5) return fatal('Five parts: an encrypted token (JWE). Its claims cannot be read without its key, and jwt-wasm handles signed tokens (JWS) only.')
  if (parts.length !== 3) return fatal(`A signed token (JWS) has three parts separated by dots; this has ${parts.length}.`)

  const header = readJson(parts[0], 'The header', warn)
  if (header.error) return fatal(header.error)
  const claims = readJson(parts[1], 'The payload', warn)
  if (claims.error) return fatal(claims.error)
  const signature = decodeSegment(parts[2], 'The signature', warn)
  if (signature.error) return fatal(signature.error)

  checkHeader(header.value, signature.bytes.length, warn)
  const times = TIME_CLAIMS.filter((name) => Object.hasOwn(claims.value, name)).map((name) => timeClaim(name, claims.value[name], now))
  checkClaims(claims.value, times, now, warn)
  return { error: null, empty: false, token, header: header.value, claims: claims.value, times, facts: facts(header.value, claims.value), warnings }

  function fatal(error) {
    return { error, empty: false, warnings }
  }
}

/** One segment: lenient base64url, with each departure from the strict form reported. */
function decodeSegment(segment, label, warn) {
  let text = segment
  if (text === '') return { error: `${label} is empty.` }
  if (/[+/]/.test(text)) {
    warn('danger', `${label} uses the base64 characters + or /, not base64url’s - and _ (RFC 7515 §2). jwt-wasm refuses it: ${WHY_ONE_SPELLING}.`)
    text = text.replaceAll('+', '-').replaceAll('/', '_')
  }
  if (/=+$/.test(text)) {
    warn('danger', `${label} ends in = padding, which base64url in a JWT leaves out (RFC 7515 §2). jwt-wasm refuses it: ${WHY_ONE_SPELLING}.`)
    text = text.replace(/=+$/, '')
  }
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return { error: `${label} is not base64url text.` }
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/') + '='.repeat((4 - (text.length % 4)) % 4))
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0))
  if (encode(bytes) !== text) {
    warn('danger', `${label} is not in canonical form: its last character has unused bits that are not zero, so another spelling decodes to the same bytes (RFC 4648 §3.5). jwt-wasm refuses it: ${WHY_ONE_SPELLING}.`)
  }
  return { bytes }
}

function encode(bytes) {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '')
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

function readJson(segment, label, warn) {
  const decoded = decodeSegment(segment, label, warn)
  if (decoded.error) return decoded
  let text
  try {
    text = utf8.decode(decoded.bytes)
  } catch {
    return { error: `${label} is not UTF-8 text.` }
  }
  let value
  try {
    value = JSON.parse(text)
  } catch {
    return { error: `${label} is not JSON.` }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: `${label} must be a JSON object.` }
  for (const path of duplicateNames(text)) {
    warn('danger', `${label} has the name ${path} twice. JSON.parse keeps the last value and other parsers the first, so two programs could read different ${label === 'The header' ? 'headers' : 'claims'} from one token (RFC 7515 §5.2, RFC 8259 §4). jwt-wasm refuses duplicate names anywhere; the value shown is the last one.`)
  }
  return { value }
}

/**
 * The names that appear twice in one object, anywhere in a valid JSON text, as paths
 * ("sub", "org.id", "roles[2].name"). Escaped spellings count as the same name.
 */
export function duplicateNames(json) {
  const found = []
  const stack = []
  const pathOf = (frame) => frame.path
  for (let i = 0; i < json.length; i++) {
    const c = json[i]
    const top = stack.at(-1)
    if (c === '"') {
      let end = i + 1
      while (json[end] !== '"') end += json[end] === '\\' ? 2 : 1
      if (top?.object && top.expectName) {
        const name = JSON.parse(json.slice(i, end + 1))
        const path = top.path === '' ? name : `${top.path}.${name}`
        if (top.names.has(name)) found.push(JSON.stringify(path))
        top.names.add(name)
        top.current = path
        top.expectName = false
      }
      i = end
    } else if (c === '{' || c === '[') {
      const path = top === undefined ? '' : top.object ? top.current : `${pathOf(top)}[${top.index}]`
      stack.push(c === '{' ? { object: true, names: new Set(), expectName: true, current: '', path } : { object: false, index: 0, path })
    } else if (c === '}' || c === ']') {
      stack.pop()
    } else if (c === ',' && top) {
      if (top.object) top.expectName = true
      else top.index++
    }
  }
  return [...new Set(found)]
}

function checkHeader(header, signatureLength, warn) {
  const alg = header.alg
  if (alg === 'none' || (typeof alg === 'string' && alg.toLowerCase() === 'none')) {
    warn('danger', `alg is "${alg}": an unsigned token that anyone can write. Never accept it; jwt-wasm refuses it in any spelling.`)
  } else if (!Object.hasOwn(HS_ALGORITHMS, alg)) {
    warn('danger', `alg is ${JSON.stringify(alg)}, not HS256, HS384 or HS512: jwt-wasm verifies HMAC tokens only, and refuses it.`)
  } else if (signatureLength !== HS_ALGORITHMS[alg]) {
    warn('danger', `The signature is ${signatureLength} bytes; ${alg} makes ${HS_ALGORITHMS[alg]}. It cannot verify.`)
  }
  // RFC 7515 §4.1.9: "JWT" and "application/jwt" name one media type, in any case.
  if (header.typ !== undefined && !(typeof header.typ === 'string' && /^(application\/)?jwt$/i.test(header.typ))) warn('danger', `typ is ${JSON.stringify(header.typ)}, not "JWT": jwt-wasm refuses it, so a token meant for another use is not taken for a session.`)
  if (Object.hasOwn(header, 'crit')) warn('danger', 'The header has crit (extensions the reader must understand): jwt-wasm understands none, so it refuses the token (RFC 7515 §4.1.11).')
  if (Object.hasOwn(header, 'b64')) warn('danger', 'The header has b64 (unencoded payload, RFC 7797): jwt-wasm refuses it.')
  if (Object.hasOwn(header, 'kid')) warn('info', `kid ${JSON.stringify(header.kid)} names a key; the verifier, not the token, decides which keys it trusts.`)
}

function checkClaims(claims, times, now, warn) {
  const byName = Object.fromEntries(times.map((t) => [t.name, t]))
  for (const t of times) if (t.date === null) warn('danger', `${t.name} is not a number of seconds: jwt-wasm refuses the token.`)
  if (!byName.exp) warn('danger', 'No exp: the token never expires. jwt-wasm requires exp.')
  else if (byName.exp.date && claims.exp <= now) warn('danger', `Expired ${span(now - claims.exp)} ago (a token is expired from the second its exp names, RFC 7519 §4.1.4).`)
  if (byName.nbf?.date && claims.nbf > now) warn('warn', `Not yet valid: ${byName.nbf.relative}.`)
  if (byName.iat?.date && claims.iat > now) warn('warn', `Issued in the future (${byName.iat.relative}): a clock is wrong somewhere.`)
  if (claims.sub !== undefined && typeof claims.sub !== 'string') warn('warn', 'sub is not a string: the guards refuse a token without a string identity.')
}

function timeClaim(name, value, now) {
  if (typeof value !== 'number' || !Number.isFinite(value) || Math.abs(value) > MAX_DATE_SECONDS) return { name, value, date: null, relative: null }
  return { name, value, date: new Date(value * 1000), relative: relative(name, value, now) }
}

/** "14 min", "3 h 5 min", "2 d 4 h": a span, rounded down, in its two largest units. */
export function span(seconds) {
  const s = Math.floor(Math.abs(seconds))
  const two = (big, bigUnit, small, smallUnit) => (small > 0 ? `${big} ${bigUnit} ${small} ${smallUnit}` : `${big} ${bigUnit}`)
  if (s < 60) return `${s} s`
  if (s < 3600) return `${Math.floor(s / 60)} min`
  if (s < 172800) return two(Math.floor(s / 3600), 'h', Math.floor((s % 3600) / 60), 'min')
  return two(Math.floor(s / 86400), 'd', Math.floor((s % 86400) / 3600), 'h')
}

export function relative(name, at, now) {
  const delta = at - now
  const future = delta > 0
  if (name === 'exp') return future ? `expires in ${span(delta)}` : `expired ${span(delta)} ago`
  if (name === 'nbf') return future ? `valid in ${span(delta)}` : `valid since ${span(delta)} ago`
  return future ? `issued ${span(delta)} in the future` : `issued ${span(delta)} ago`
}

function facts(header, claims) {
  const show = (value) => (value === undefined ? '—' : typeof value === 'string' ? value : JSON.stringify(value))
  const type = claims.type === undefined ? 'none (jwt-wasm counts it as access)' : show(claims.type)
  return [
    { name: 'alg', value: show(header.alg) },
    { name: 'type', value: type },
    { name: 'fresh', value: claims.fresh === undefined ? '—' : show(claims.fresh) },
    { name: 'sub', value: show(claims.sub) },
    { name: 'kid', value: show(header.kid) },
    { name: 'jti', value: show(claims.jti) },
    { name: 'iss', value: show(claims.iss) },
    { name: 'aud', value: show(claims.aud) },
  ]
}
