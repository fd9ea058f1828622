// Durations typed on the command line, and times shown relative to now.
import { CliError } from './errors.js'

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 }

/** "3600" (seconds), "90s", "15m", "2h", "30d", "1w" to whole seconds. */
export function parseDuration(flag: string, text: string): number {
  const match = /^(\d{1,12})([smhdw]?)$/.exec(text)
  const value = match ? Number(match[1]) * UNIT_SECONDS[match[2] || 's']! : NaN
  if (!Number.isSafeInteger(value)) {
    throw new CliError(`bad ${flag} ${JSON.stringify(text.slice(0, 40))}: use whole seconds (3600) or a number with s, m, h, d or w (90s, 15m, 2h, 30d, 1w)`)
  }
  return value
}

/** "14 min", "3 h 5 min", "2 d 4 h": a span, rounded down, in its two largest units. */
export function span(seconds: number): string {
  const s = Math.floor(Math.abs(seconds))
  const two = (big: number, bigUnit: string, small: number, smallUnit: string) => (small > 0 ? `${big} ${bigUnit} ${small} ${smallUnit}` : `${big} ${bigUnit}`)
  if (s < 60) return `${s} s`
  if (s < 3600) return `${Math.floor(s / 60)} min`
  if (s < 172800) return two(Math.floor(s / 3600), 'h', Math.floor((s % 3600) / 60), 'min')
  return two(Math.floor(s / 86400), 'd', Math.floor((s % 86400) / 3600), 'h')
}

/** How a time claim reads against now: "expires in 14 min", "expired 3 h ago", "issued 2 min ago". */
export function relative(claim: 'exp' | 'nbf' | 'iat', at: number, now: number): string {
  const delta = at - now
  const future = delta > 0
  switch (claim) {
    case 'exp':
      // RFC 7519 §4.1.4: expired on or after exp.
      return future ? `expires in ${span(delta)}` : `expired ${span(delta)} ago`
    case 'nbf':
      return future ? `not valid for another ${span(delta)}` : `valid since ${span(delta)} ago`
    case 'iat':
      return future ? `issued ${span(delta)} in the future` : `issued ${span(delta)} ago`
  }
}
