import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { kapstok } from './run.js'

const front = '---\ngemeente: Hoogeveen\ntitel: T\nsoort: beleidsnota\nstatus: concept\n---\n\n'

// Each bad input: the files of a plan folder, and the rule id the CLI must report.
const cases: Array<[string, Record<string, string | Uint8Array>, string, ('error' | 'warning')?]> = [
  ['malformed frontmatter', { 'plan.md': '---\ngemeente: "Hoogeveen\n---\n\n# Visie\n\nTekst.\n' }, 'yaml-syntax'],
  ['a row with a missing cell', { 'plan.md': `${front}# Uitvoeringsagenda\n\n| Activiteit | Start |\n|---|---|\n| A |\n` }, 'table-column-count'],
  ['a row with an extra cell', { 'plan.md': `${front}# Uitvoeringsagenda\n\n| Activiteit | Start |\n|---|---|\n| A | 2022 | x |\n` }, 'table-column-count'],
  ['an unknown column', { 'plan.md': `${front}# Uitvoeringsagenda\n\n| Activiteit | Kleur |\n|---|---|\n| A | rood |\n` }, 'table-unknown-column', 'warning'],
  ['a duplicate id', { 'plan.md': `${front}# Visie\n\nTekst.\n\n# Opgaven\n\n## Een {#x}\n\n## Twee {#x}\n` }, 'id-duplicate'],
  ['a reference to a missing id', { 'plan.md': `${front}# Visie\n\nZie [dit](#nergens).\n` }, 'ref-missing'],
  ['an empty file', { 'plan.md': '' }, 'file-empty'],
  ['a binary file', { 'plan.md': new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]) }, 'file-binary'],
  ['a non-UTF-8 file', { 'plan.md': new Uint8Array([0x23, 0x20, 0x56, 0x69, 0x73, 0x69, 0x65, 0x0a, 0xe9, 0x0a]) }, 'file-encoding'],
  ['a folder with no plan', { 'notities.txt': 'geen plan' }, 'plan-missing']
]

describe('kapstok check on bad input', () => {
  // An unknown column is kept, only not checked: a warning, not a defect the text proves.
  it.each(cases)('should report %s with a located Dutch diagnostic and exit 1 (0 for a warning), no stack trace', async (_name, files, ruleId, severity = 'error') => {
    const dir = await mkdtemp(join(tmpdir(), 'kapstok-bad-'))
    for (const [name, contents] of Object.entries(files)) await writeFile(join(dir, name), contents)
    const result = await kapstok(['check', dir, '--format', 'json'], dir)
    expect(result.code).toBe(severity === 'error' ? 1 : 0)
    expect(result.stderr).toBe('')
    const found = JSON.parse(result.stdout).filter((d: { ruleId: string }) => d.ruleId === ruleId)
    expect(found).toHaveLength(1)
    const [diagnostic] = found
    expect(diagnostic.severity).toBe(severity)
    if (ruleId !== 'plan-missing') expect(diagnostic.line).toBeGreaterThan(0)
    expect(diagnostic.message).not.toMatch(/\bat .*\.js:\d+|Error:|must have|undefined/)
  })
})
