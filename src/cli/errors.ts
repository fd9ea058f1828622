// The command line's failures: each is one line on stderr and an exit status, never a stack.
/** 1: the token was refused (or is not a token). 2: the command was used wrongly (flags, input, secret). */
export const EXIT = { OK: 0, REFUSED: 1, USAGE: 2 } as const

export class CliError extends Error {
  readonly exitCode: number

  constructor(message: string, exitCode: number = EXIT.USAGE) {
    super(message)
    this.name = 'CliError'
    this.exitCode = exitCode
  }
}

/** A usage mistake, with the pointer to the command's help. */
export function usageError(command: string, message: string): CliError {
  return new CliError(`${message}. See: jwt-wasm ${command} --help`)
}
