// Checks shared by every options reader (token, HTTP, and the layers above): each returns the
// value on the success path and otherwise throws a TypeError naming the option, so a bad
// option fails at construction, never on a request.

export function optionError(name: string, expected: string): TypeError {
  return new TypeError(`JWT option ${name} must be ${expected}`)
}

/** Whole seconds, not negative: lifetimes, leeway, expiresDelta. */
export function seconds(name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw optionError(name, 'a non-negative whole number of seconds')
  }
  return value
}

export function bool(name: string, value: unknown, fallback: boolean): boolean {
  if (value === undefined) return fallback
  if (typeof value !== 'boolean') throw optionError(name, 'true or false')
  return value
}

export function nonEmptyString(name: string, value: unknown, fallback: string): string
export function nonEmptyString(name: string, value: unknown, fallback?: undefined): string | undefined
export function nonEmptyString(name: string, value: unknown, fallback?: string): string | undefined {
  if (value === undefined) return fallback
  if (typeof value !== 'string' || value === '') throw optionError(name, 'a non-empty string')
  return value
}

/** A string or an array given for a list option, as a copy the caller cannot change later; null for anything else. */
export function listOf(value: unknown): unknown[] | null {
  return typeof value === 'string' ? [value] : Array.isArray(value) ? [...value] : null
}

/** An object literal or Object.create(null): what JSON.parse makes and JSON.stringify writes member by member. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false
  const proto = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}
