// A promise with a deadline. Clients queue commands while their server is away (node-redis
// for 5 s, ioredis for 74 s, and a hung server forever), so the library keeps its own clock:
// a store call that has not settled in time is given up on, whatever the client does.

/** Thrown when a store call misses its deadline. */
export class DeadlineError extends Error {
  constructor(what: string, ms: number) {
    super(`${what} did not answer within ${ms} ms`)
    this.name = 'DeadlineError'
  }
}

/**
 * `promise`, or a rejection with DeadlineError after `ms`. The timer is cleared as soon as
 * the promise settles, and unref'd where the runtime has unref (Node, Bun, Deno), so it
 * never keeps a process alive. A late rejection of `promise` is swallowed (it was answered).
 */
export function withDeadline<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new DeadlineError(what, ms)), ms) as unknown as { unref?: () => void }
    timer.unref?.()
    promise.then(
      (value) => {
        clearTimeout(timer as unknown as number)
        resolve(value)
      },
      (error: unknown) => {
        clearTimeout(timer as unknown as number)
        reject(error)
      },
    )
  })
}

/** A whole number of milliseconds from 1 to 60000, or a TypeError naming the option. */
export function timeoutOption(name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 60_000) {
    throw new TypeError(`${name} must be a whole number of milliseconds from 1 to 60000`)
  }
  return value
}
