// The inspector page: reading a pasted token (analyze.js) and verifying it with the
// package's own browser build, all inside the page. Nothing here touches the network or
// any storage; flow.js is the demo API panel, which does (with its own tokens only).
import { JWT, JWTError } from '/jwt-wasm/browser.js'
import { analyzeToken } from './analyze.js'
import { el } from './dom.js'
import { startFlow } from './flow.js'

const $ = (id) => document.getElementById(id)
const tokenInput = $('token')
const secretInput = $('secret')
const algInput = $('alg')
const issuerInput = $('issuer')
const audienceInput = $('audience')

/** What each refusal usually means, for people. */
const EXPLAIN = {
  MALFORMED: 'Not a token in jwt-wasm’s strict form: its encoding, its JSON, or a typ, crit or b64 in the header (see the warnings).',
  TOKEN_TOO_LARGE: 'Longer than 8192 characters, the default maxTokenLength.',
  ALGORITHM_MISMATCH: 'The header’s alg is not the algorithm chosen here.',
  INVALID_SIGNATURE: 'The signature does not match: a different secret, or the token was altered.',
  EXPIRED: 'The signature is good, but the token has expired.',
  NOT_YET_VALID: 'The signature is good, but nbf or iat is in the future.',
  INVALID_CLAIMS: 'The signature is good, but exp is missing or a time claim is not a number.',
  INVALID_ISSUER: 'The signature is good, but iss is not the issuer given here.',
  INVALID_AUDIENCE: 'The signature is good, but aud does not name the audience given here (a token with aud needs one, RFC 7519 §4.1.3).',
  UNKNOWN_KEY: 'The token’s kid names a key this verifier does not have.',
}

function inspect() {
  const result = analyzeToken(tokenInput.value, Date.now() / 1000)
  const summary = $('summary')
  $('decoded').hidden = result.empty || result.error !== null
  summary.className = 'summary'
  if (result.empty) {
    summary.textContent = ''
  } else if (result.error) {
    summary.classList.add('danger')
    summary.textContent = `Cannot read this token. ${result.error}`
  } else {
    const danger = result.warnings.some((w) => w.level === 'danger')
    summary.classList.add(danger ? 'warn' : 'neutral')
    summary.textContent = `Decoded, NOT verified: anyone can write a token that reads like this, so trust it only once the secret verifies it.${danger ? ' jwt-wasm would refuse it: see the warnings.' : ''}`
    render(result)
  }
  verify()
}

function render({ header, claims, times, facts, warnings }) {
  $('warnings').replaceChildren(...(warnings.length ? warnings.map((w) => el('li', { class: w.level }, el('span', { class: 'level' }, `${w.level === 'info' ? 'Note' : w.level === 'warn' ? 'Warning' : 'Refused'}: `), w.text)) : [el('li', { class: 'ok' }, 'None: nothing jwt-wasm would refuse before checking the signature.')]))
  $('facts').replaceChildren(...facts.flatMap((f) => [el('dt', {}, f.name), el('dd', {}, f.value)]))
  renderTimes(times)
  $('header').textContent = JSON.stringify(header, null, 2)
  $('claims').textContent = JSON.stringify(claims, null, 2)
}

function renderTimes(times) {
  const local = (date) => date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'long' })
  const rows = times.map((t) =>
    el('tr', { 'data-claim': t.name }, el('th', { scope: 'row' }, t.name), el('td', {}, t.date ? el('time', { datetime: t.date.toISOString() }, local(t.date)) : `${JSON.stringify(t.value)} (not a number)`), el('td', {}, t.relative ?? '—')),
  )
  $('times').replaceChildren(...(rows.length ? rows : [el('tr', {}, el('td', { colspan: 3 }, 'No iat, nbf or exp.'))]))
}

function verify() {
  const verdict = $('verdict')
  verdict.className = 'verdict'
  const token = tokenInput.value.trim().replace(/^bearer\s+/i, '')
  if (token === '' || secretInput.value === '') {
    verdict.textContent = token === '' ? '' : 'Type the secret to verify the token here.'
    return
  }
  const options = { secretKey: secretInput.value, algorithm: algInput.value }
  if (issuerInput.value.trim()) options.issuer = issuerInput.value.trim()
  const audience = audienceInput.value.split(',').map((a) => a.trim()).filter(Boolean)
  if (audience.length) options.audience = audience
  let jwt
  try {
    jwt = new JWT(options)
  } catch (error) {
    verdict.classList.add('warn')
    verdict.textContent = `Cannot verify with this secret: ${error.message}.`
    return
  }
  try {
    const claims = jwt.decodeToken(token)
    verdict.classList.add('ok')
    verdict.textContent = `Verified with ${jwt.algorithm}: the signature matches and the claims hold now (identity ${JSON.stringify(claims.identity)}).`
  } catch (error) {
    if (!JWTError.is(error)) throw error
    verdict.classList.add('danger')
    verdict.replaceChildren(el('strong', { class: 'code' }, error.code), `: ${error.message}. `, EXPLAIN[error.code] ?? '')
  }
}

tokenInput.addEventListener('input', inspect)
for (const input of [secretInput, algInput, issuerInput, audienceInput]) input.addEventListener('input', verify)
$('verify-form').addEventListener('submit', (event) => event.preventDefault())
// Time left changes while the page is open.
setInterval(() => {
  if (!$('decoded').hidden) renderTimes(analyzeToken(tokenInput.value, Date.now() / 1000).times ?? [])
}, 10_000)

startFlow({
  inspect(token) {
    tokenInput.value = token
    inspect()
    tokenInput.focus()
  },
})
document.documentElement.dataset.ready = 'true'
