import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { kapstok } from '../cli/run.js'
import { fuzzOptions, fuzzTimeout, mutate, mutation } from './settings.js'

const plan = '---\ngemeente: Lindewaarde\ntitel: Plan\nsoort: programmaplan\nperiode: 2025-2028\nstatus: concept\ndatum: 2025-01-01\n---\n\n# Uitvoeringsagenda\n\n| Activiteit | Doel | Start | Eind |\n|---|---|---|---|\n| Buurtteams  starten | Eerder hulp | jan 2025 | 2025-Q3 |\n| Schuldhulp | Minder schulden | 1-3-2025 | eind 2026 |\n\n# Ambitie\n\nIedereen  doet mee ,en niemand valt buiten de boot .\n'

describe('fuzzing check --fix', () => {
  it(
    'should be stable: after one --fix, a second finds nothing more to fix and changes no byte',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(mutation, { maxLength: 6 }), fc.boolean(), fc.boolean(), async (mutations, crlf, bom) => {
          let text = mutate(plan, mutations)
          if (crlf) text = text.replace(/\r?\n/g, '\r\n')
          if (bom) text = '\ufeff' + text
          const dir = await mkdtemp(join(tmpdir(), 'kapstok-fuzz-fix-'))
          await writeFile(join(dir, 'plan.md'), text)
          const first = await kapstok(['check', dir, '--fix', '--format', 'json'], dir)
          expect(first.code).toBeLessThan(2)
          const fixed = await readFile(join(dir, 'plan.md'))
          const second = await kapstok(['check', dir, '--fix', '--format', 'json'], dir)
          expect(second.stderr).not.toMatch(/correctie/)
          expect(await readFile(join(dir, 'plan.md'))).toEqual(fixed)
          // The report after fixing is the report of the fixed files.
          expect(second.stdout).toBe(first.stdout)
          expect(second.code).toBe(first.code)
          if (bom) expect(fixed.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
        }),
        { ...fuzzOptions, numRuns: Math.max(1, Math.floor((fuzzOptions.numRuns ?? 20) / 4)) }
      )
    },
    fuzzTimeout
  )
})
