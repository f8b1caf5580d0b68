#!/usr/bin/env node
// The `kapstok` command of the facade package: the CLI of @kapstok/cli.
import { main } from '@kapstok/cli'

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd()
})
