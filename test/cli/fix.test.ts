import { readFile, readdir } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createProcessor, loadConfig } from '@kapstok/cli'
import type { Fix, FixableMessage } from '@kapstok/rules'
import { copyExample, hoogeveenAgenda, kapstok } from './run.js'

/** Check a plan the way `kapstok check` does, keeping the fixes on the messages. */
async function checked(dir: string): Promise<FixableMessage[]> {
  const processor = await createProcessor(await loadConfig(dir), { formats: [] })
  const file = await processor.parse({ path: dir })
  await processor.validate(file)
  return file.messages as FixableMessage[]
}

/** Every source file of the example, by name. */
async function sources(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  for (const name of (await readdir(dir)).sort()) {
    if (/\.(md|ya?ml)$/.test(name)) out.set(name, await readFile(join(dir, name), 'utf8'))
  }
  return out
}

/**
 * Walk the old and the new text along the fixes: everything between the fixed ranges must be
 * byte-identical, and each range must now hold its fix text. Returns the first mismatch.
 */
function outsideFixesUnchanged(before: string, after: string, fixes: Fix[]): string | undefined {
  let oldAt = 0
  let newAt = 0
  for (const fix of [...fixes].sort((a, b) => a.range[0] - b.range[0])) {
    const [start, end] = fix.range
    const kept = before.slice(oldAt, start)
    if (after.slice(newAt, newAt + kept.length) !== kept) return `text before offset ${start} changed`
    newAt += kept.length
    if (after.slice(newAt, newAt + fix.text.length) !== fix.text) return `range ${start}-${end} does not hold \`${fix.text}\``
    newAt += fix.text.length
    oldAt = end
  }
  return before.slice(oldAt) === after.slice(newAt) ? undefined : 'text after the last fix changed'
}

const count = (messages: FixableMessage[], id: string): number => messages.filter((m) => m.ruleId === id).length

// Every fix the example offers is in its agenda, so the agenda with the files it links to is
// enough: three checks of the whole example (~19 s CPU each) made this a slow file.
describe('kapstok check --fix on the Hoogeveen agenda', () => {
  it('should change only the reported byte ranges, and leave nothing fixable behind', async () => {
    const dir = await copyExample('hoogeveen-sociaal-domein', hoogeveenAgenda)
    const first = await checked(dir)
    const fixable = first.filter((m) => m.fix)
    const before = await sources(dir)

    // What the first run offers to fix, by rule (the numbers are the example's own defects).
    const byRule: Record<string, number> = {}
    for (const m of fixable) byRule[m.ruleId ?? ''] = (byRule[m.ruleId ?? ''] ?? 0) + 1
    expect(byRule).toEqual({ 'agenda-date-format': 37, 'agenda-domain-alias': 10, 'agenda-null-variant': 3, 'title-drift': 1 })

    const { code, stderr } = await kapstok(['check', dir, '--fix', '--format', 'json'])
    expect(code).toBe(1)
    expect(stderr).toBe(`${fixable.length} correcties doorgevoerd in 1 bestand\n`)

    // Diff every file: outside the fixed ranges nothing moved; files without fixes are untouched.
    const after = await sources(dir)
    expect([...after.keys()]).toEqual([...before.keys()])
    const changed: string[] = []
    for (const [name, text] of before) {
      const fixes = fixable.map((m) => m.fix as Fix).filter((f) => relative(dir, f.file) === name)
      const now = after.get(name) ?? ''
      if (now !== text) changed.push(name)
      expect(outsideFixesUnchanged(text, now, fixes), name).toBeUndefined()
    }
    expect(changed).toEqual(['13-uitvoeringsagenda.md'])

    // The second check no longer reports what was fixed, and reports the rest as before.
    const second = await checked(dir)
    expect(second.filter((m) => m.fix)).toEqual([])
    for (const id of Object.keys(byRule)) expect(count(second, id), id).toBe(count(first, id) - (byRule[id] ?? 0))
    expect(second.length).toBe(first.length - fixable.length)
  }, 180_000)
})

describe('kapstok check --fix keeps the file as it was outside the fixes', () => {
  it('should keep a byte-order mark and CRLF line ends byte for byte', async () => {
    const { mkdtemp, writeFile } = await import('node:fs/promises')
    const { tmpdir } = await import('node:os')
    const dir = await mkdtemp(join(tmpdir(), 'kapstok-bom-'))
    const lines = [
      '---', 'gemeente: Lindewaarde', 'titel: Uitvoeringsprogramma', 'soort: uitvoeringsprogramma', 'periode: 2024-2027',
      'status: concept', 'datum: 2024-02-01', '---', '', '# Uitvoeringsagenda', '',
      '| Activiteit | Doel | Start | Eind |', '|---|---|---|---|', '| Buurtkamers openen | Ontmoeting | 12-2024 | 2025 |', ''
    ]
    const original = '\uFEFF' + lines.join('\r\n')
    await writeFile(join(dir, 'plan.md'), original)
    const before = await checked(dir)
    const fixes = before.filter((m) => m.fix).map((m) => m.fix as Fix)
    expect(fixes.length).toBeGreaterThan(0)
    await kapstok(['check', '--fix', 'plan.md'], dir)
    const bytes = await readFile(join(dir, 'plan.md'))
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const after = bytes.toString('utf8').slice(1)
    expect(after).not.toBe(original.slice(1))
    expect(outsideFixesUnchanged(original.slice(1), after, fixes)).toBeUndefined()
    expect(after.split('\r\n')).toHaveLength(lines.length)
  })
})
