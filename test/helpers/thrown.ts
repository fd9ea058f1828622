// The exception a call throws, for tests that check several of its properties; undefined when
// it returns (so an assertion on the error fails).
export function thrownBy(fn: () => unknown): unknown {
  try {
    fn()
  } catch (error) {
    return error
  }
  return undefined
}
