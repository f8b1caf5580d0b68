import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { kapstok } from './run.js'

const plan = `---
gemeente: Lindewaarde
titel: Plan wijkgericht werken
soort: beleidsnota
periode: 2025-2028
status: concept
datum: 2025-02-11
---

# Ambitie

Iedereen telt mee in Lindewaarde.
`

/** Check a plan folder with this config file; return exit code and stderr. */
async function withConfig(name: string, config: string, args: string[] = []): Promise<{ code: number; stderr: string; stdout: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'kapstok-config-'))
  await writeFile(join(dir, 'plan.md'), plan)
  await writeFile(join(dir, name), config)
  return kapstok(['check', '.', ...args], dir)
}

describe('kapstok.config: mistakes are located Dutch errors (exit 2)', () => {
  const cases: Array<[string, string, string]> = [
    ['a misspelt `extends`', 'extnds: strict\n', 'kapstok.config.yaml:1:1  fout  Onbekende instelling `extnds`; bedoelde u `extends`?'],
    ['a misspelt `rules`', 'rulez:\n  placeholder-text: off\n', 'kapstok.config.yaml:1:1  fout  Onbekende instelling `rulez`; bedoelde u `rules`?'],
    ['a misspelt `template`', 'templat: nl-gemeente\n', 'kapstok.config.yaml:1:1  fout  Onbekende instelling `templat`; bedoelde u `template`?'],
    ['a misspelt `overrides`', 'template:\n  pack: nl-gemeente\n  overides:\n    logo: logo.svg\n', 'kapstok.config.yaml:3:3  fout  Onbekende instelling `overides` in `template`; bedoelde u `overrides`?'],
    ['an unknown rule', 'rules:\n  agenda-date-ordr: warn\n', 'kapstok.config.yaml:2:3  fout  Onbekende regel `agenda-date-ordr`; bedoelde u `agenda-date-order`?'],
    ['an unknown severity', 'rules:\n  placeholder-text: warm\n', 'kapstok.config.yaml:2:21  fout  Onbekende waarde `warm` voor `rules.placeholder-text`; bedoelde u `warn`?'],
    ['a wrong-typed value', 'sections: Onze koers\n', 'kapstok.config.yaml:1:11  fout  Ongeldige waarde `Onze koers` voor `sections`; verwacht een object met instellingen'],
    ['an unknown section kind', 'sections:\n  Onze koers: ambitei\n', 'kapstok.config.yaml:2:15  fout  Onbekende waarde `ambitei` voor `sections.Onze koers`; bedoelde u `ambitie`?'],
    ['a colour that is no colour', 'template:\n  overrides:\n    colors:\n      primary: groenig\n', 'kapstok.config.yaml:4:16  fout  Ongeldige kleur `groenig` voor `primary`: gebruik een hexkleur zoals `#154273`, `rgb(…)`, `hsl(…)` of een CSS-kleurnaam zoals `darkgreen`'],
    ['an unknown partial', 'template:\n  overrides:\n    partials:\n      titelblat: eigen.hbs\n', 'kapstok.config.yaml:4:18  fout  Onbekende partial `titelblat`: het pakket heeft geen `partials/titelblat.hbs`; bedoelde u `titelblad`?'],
    ['an unknown label', 'template:\n  overrides:\n    labels:\n      begripen: Afkortingen\n', 'kapstok.config.yaml:4:17  fout  Onbekend label `begripen`; bedoelde u `begrippen`?'],
    ['an unknown nested label', 'template:\n  overrides:\n    labels:\n      columns:\n        trekker: Trekker\n', 'kapstok.config.yaml:5:18  fout  Onbekend label `columns.trekker`; kies uit: `id`, `pijler`'],
    ['broken YAML', 'rules:\n  placeholder-text: [warn\n', 'kapstok.config.yaml:3:1  fout  Ongeldige YAML: '],
    ['an alias without anchor, at the alias', 'rules:\n  placeholder-text: *ernst\n', 'kapstok.config.yaml:2:21  fout  Ongeldige YAML: alias `*ernst` verwijst naar een anker (`&ernst`) dat er niet (eerder) is']
  ]
  for (const [what, config, expected] of cases) {
    it(`should report ${what} at its place`, async () => {
      const { code, stderr, stdout } = await withConfig('kapstok.config.yaml', config)
      expect(code).toBe(2)
      expect(stdout).toBe('')
      expect(stderr.split('\n')[0]).toContain(expected)
      expect(stderr).not.toMatch(/interne fout|at .*\.js:\d+/)
    })
  }

  it('should report every problem of a file, not only the first', async () => {
    const { stderr } = await withConfig('kapstok.config.yaml', 'extnds: strict\nrules:\n  placeholder-text: warm\nsections:\n  Koers: ambitei\n')
    expect(stderr.match(/ fout /g)).toHaveLength(3)
    expect(stderr).toContain('✖ Configuratie ongeldig (3 problemen)')
  })

  it('should locate a mistake in a JSON config too', async () => {
    const { code, stderr } = await withConfig('kapstok.config.json', '{\n  "extends": "recommended",\n  "rulez": {}\n}\n')
    expect(code).toBe(2)
    expect(stderr).toContain('kapstok.config.json:3:3  fout  Onbekende instelling `rulez`; bedoelde u `rules`?')
  })

  it('should accept a valid config with every kind of setting', async () => {
    const config = [
      '$schema: ../node_modules/@kapstok/cli/schemas/kapstok.config.schema.json',
      'extends: strict',
      'rules:',
      '  placeholder-text: off',
      '  abbreviation-undefined: [warn, { ignore: [RIVM] }]',
      'sections:',
      '  Onze koers: ambitie',
      'columns:',
      '  eind: [Klaar in]',
      'domeinen: [Jeugd, Wmo]',
      'template:',
      '  pack: nl-gemeente',
      '  overrides:',
      '    colors: { primary: darkgreen, accent: "#e0f0e0" }',
      '    labels: { begrippen: Afkortingen, columns: { eigenaar: Trekker } }'
    ].join('\n')
    const { code, stderr } = await withConfig('kapstok.config.yaml', config + '\n')
    expect(stderr).toBe('')
    expect(code).toBeLessThan(2)
  })
})

describe('kapstok.config.mjs runs only with --trust', () => {
  it('should refuse to run a code config without --trust, and say how to allow it', async () => {
    const { code, stderr } = await withConfig('kapstok.config.mjs', 'globalThis.kapstokConfigRan = true\nexport default { rules: {} }\n')
    expect(code).toBe(2)
    expect(stderr).toContain('kapstok.config.mjs:1:1  fout  Dit configuratiebestand is code en wordt niet uitgevoerd zonder `--trust`')
    expect((globalThis as { kapstokConfigRan?: boolean }).kapstokConfigRan).toBeUndefined()
  })

  it('should run it with --trust and check what it exports', async () => {
    const { code, stderr } = await withConfig('kapstok.config.mjs', 'export default { rulez: {} }\n', ['--trust'])
    expect(code).toBe(2)
    expect(stderr).toContain('Onbekende instelling `rulez`; bedoelde u `rules`?')
  })
})
