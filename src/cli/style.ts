// Colour for people at a terminal only: never into a pipe or file, never with NO_COLOR
// set to anything non-empty (https://no-color.org).
import type { WriteStream } from 'node:tty'

export interface Style {
  bold(text: string): string
  red(text: string): string
  yellow(text: string): string
  green(text: string): string
  dim(text: string): string
}

const plain: Style = { bold: (t) => t, red: (t) => t, yellow: (t) => t, green: (t) => t, dim: (t) => t }
const sgr = (open: number, close: number) => (text: string) => `\x1b[${open}m${text}\x1b[${close}m`
const ansi: Style = { bold: sgr(1, 22), red: sgr(31, 39), yellow: sgr(33, 39), green: sgr(32, 39), dim: sgr(2, 22) }

export function styleFor(stream: NodeJS.WriteStream | WriteStream): Style {
  const noColor = process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== ''
  return stream.isTTY && !noColor ? ansi : plain
}
