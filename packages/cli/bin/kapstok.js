#!/usr/bin/env node
// Thin launcher: the CLI itself is compiled to dist/.
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

// The rules run hundreds of long patterns, many only a few times per text. By default V8 first
// interprets a pattern and compiles it on its second run; compiled at once, a check takes about
// 30 % less CPU time (README, "Speed") with the same results. The flag must be given when Node
// starts: set from inside the process (`v8.setFlagsFromString`) it crashed about one run in
// twenty. So `check` and `build` start Node again with it, once. Not `watch`: compiled at once,
// every pattern keeps its machine code (about twice the code memory), which one check of one
// plan can afford but a process that runs for hours need not.
const FLAG = '--no-regexp-tier-up'
// And TurboFan without inlining: the rules are hundreds of mid-sized functions that are
// optimised, deoptimised on a new object shape and optimised again, and with inlining each
// compile takes in its callees too (hundreds of milliseconds for the tokenizer and the slip
// readers). Without it a Hoogeveen check takes about a tenth less CPU (22,3 -> 19,6 s user), with
// the same findings: a compiler setting changes no result.
const TUNING = ['--no-turbo-inlining']
const args = process.argv.slice(2)
// The command is the first argument, as main reads it.
const command = args[0]
const runsRules = command === 'check' || command === 'build'

if (runsRules && !process.execArgv.includes(FLAG)) {
  // In a process group of its own (not on Windows, where that means a console of its own), so
  // that Ctrl-C in a terminal reaches the command once, through this launcher, and not twice
  // (a second interrupt would cut `watch` short while it stops).
  const child = spawn(process.execPath, [...process.execArgv, FLAG, ...TUNING, fileURLToPath(import.meta.url), ...args], { stdio: 'inherit', detached: process.platform !== 'win32' })
  // An interrupt or kill aimed at this launcher is meant for the command: pass it on, and end as it ends.
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP']
  for (const signal of signals) process.on(signal, () => child.kill(signal))
  child.on('error', (error) => {
    process.stderr.write(`kapstok kon niet starten: ${error.message}\n`)
    process.exit(3)
  })
  child.on('exit', (code, signal) => {
    if (signal) {
      for (const name of signals) process.removeAllListeners(name)
      process.kill(process.pid, signal)
      return
    }
    process.exit(code ?? 3)
  })
} else {
  const { main } = await import('../dist/lib/main.js')

  // `kapstok check … | head`: the reader went away; stop quietly, as other Unix tools do.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
      throw error
    })
  }

  process.exitCode = await main(args, {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd()
  })
}
