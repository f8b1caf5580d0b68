import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    /** A folder that lives as long as this run: what test/shared/once-per-run.ts keeps (see there). */
    runDir: string
  }
}

/** Make the run's folder before the workers start, and remove it when the run is over. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const runDir = await mkdtemp(join(tmpdir(), 'kapstok-run-'))
  project.provide('runDir', runDir)
  return () => rm(runDir, { recursive: true, force: true })
}
