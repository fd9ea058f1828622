// What a verification ended in, as a string a test can compare: the JWTError's code, or 'OK'.
// Any other exception is a bug in the library, so it is rethrown and fails the test.
import { JWTError } from '../../src/errors.js'

export function codeOf(fn: () => unknown): string {
  try {
    fn()
  } catch (error) {
    if (JWTError.is(error)) return error.code
    throw error
  }
  return 'OK'
}
