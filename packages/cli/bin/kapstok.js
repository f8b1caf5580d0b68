#!/usr/bin/env node
// Thin launcher: the CLI itself is compiled to dist/.
import { main } from '../dist/lib/main.js'

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd()
})
