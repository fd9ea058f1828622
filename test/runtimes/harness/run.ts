// Runs a runtime's command line and parses the suite's JSON result from its last line.
import { execFile } from 'node:child_process'
import { SMOKE_TESTS } from '../suite/smoke.mjs'

export interface SmokeResult {
  runtime: string
  passed: string[]
  failed: { name: string; error: string }[]
}

export { SMOKE_TESTS }

export function runSmoke(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<SmokeResult> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd, env: { ...process.env, ...env }, timeout: 90_000, maxBuffer: 1 << 20 }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`${command} ${args[0]} failed: ${error.message}\n${stderr}`))
      const last = stdout.trim().split('\n').at(-1) ?? ''
      try {
        resolve(JSON.parse(last))
      } catch {
        reject(new Error(`${command} printed no result:\n${stdout}\n${stderr}`))
      }
    })
  })
}
