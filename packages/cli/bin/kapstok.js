#!/usr/bin/env node
// Thin launcher: the CLI itself is compiled to dist/.
import { main } from '../dist/lib/main.js'

// `kapstok check … | head`: the reader went away; stop quietly, as other Unix tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw error
  })
}

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd()
})
