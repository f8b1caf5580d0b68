import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { presetSettings } from '@kapstok/rules'
import { kapstok } from './run.js'

const plan = `---
gemeente: Lindewaarde
titel: Uitvoeringsprogramma wijkgericht werken
soort: uitvoeringsprogramma
periode: 2025-2027
status: concept
datum: 2025-03-04
---

# Uitvoeringsagenda

| Activiteit | Doel | Start | Eind |
|---|---|---|---|
| Wijkteams uitbreiden | Sneller hulp | 2026 | 2025 |
`

interface SarifRule {
  id: string
  shortDescription: { text: string }
  fullDescription: { text: string }
  help: { text: string; markdown: string }
  helpUri: string
}

async function planFolder(config?: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kapstok-sarif-'))
  await writeFile(join(dir, 'plan.md'), plan)
  if (config) await writeFile(join(dir, 'kapstok.config.yaml'), config)
  return dir
}

describe('kapstok check --format sarif', () => {
  it('should list every rule of the active configuration with descriptions, help and docs, as GitHub code scanning needs', async () => {
    const dir = await planFolder()
    const { stdout } = await kapstok(['check', 'plan.md', '--format', 'sarif'], dir)
    const run = JSON.parse(stdout).runs[0]
    const rules: SarifRule[] = run.tool.driver.rules
    const ids = rules.map((rule) => rule.id)
    for (const id of presetSettings('recommended').keys()) expect(ids, id).toContain(id)
    for (const rule of rules) {
      expect(rule.shortDescription.text.length, rule.id).toBeGreaterThan(10)
      expect(rule.fullDescription.text.length, rule.id).toBeGreaterThan(10)
      expect(rule.help.markdown, rule.id).toContain(rule.helpUri)
      expect(rule.helpUri, rule.id).toMatch(/^https:\/\//)
    }
    expect(run.tool.driver.version).toMatch(/^\d+\.\d+\.\d+/)
    expect(run.tool.driver.semanticVersion).toBe(run.tool.driver.version)
    expect(run.tool.driver.informationUri).toMatch(/^https:\/\//)
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe(pathToFileURL(dir).href + '/')
    const result = run.results.find((r: { ruleId: string }) => r.ruleId === 'agenda-date-order')
    expect(rules[result.ruleIndex]?.id).toBe('agenda-date-order')
    expect(result.locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'plan.md', uriBaseId: '%SRCROOT%' })
  })

  it('should leave out a rule the configuration turns off, and list the configured severity', async () => {
    const dir = await planFolder('rules:\n  agenda-date-order: off\n  abbreviation-undefined: error\n')
    const { stdout } = await kapstok(['check', 'plan.md', '--format', 'sarif'], dir)
    const rules = JSON.parse(stdout).runs[0].tool.driver.rules as Array<SarifRule & { defaultConfiguration: { level: string } }>
    expect(rules.map((rule) => rule.id)).not.toContain('agenda-date-order')
    expect(rules.find((rule) => rule.id === 'abbreviation-undefined')?.defaultConfiguration.level).toBe('error')
  })
})

describe('kapstok check --format gitlab', () => {
  it('should write a code-quality report with the finding at its file and line', async () => {
    const dir = await planFolder()
    const { stdout, code } = await kapstok(['check', 'plan.md', '--format', 'gitlab'], dir)
    expect(code).toBe(1)
    const issue = JSON.parse(stdout).find((i: { check_name: string }) => i.check_name === 'agenda-date-order')
    expect(issue.location).toEqual({ path: 'plan.md', lines: { begin: 14 } })
    expect(issue.severity).toBe('major')
  })
})
