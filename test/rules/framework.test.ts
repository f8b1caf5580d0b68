import { describe, expect, it } from 'vitest'
import { kapstok, PlanFile, type Plan } from '@kapstok/core'
import { markdownSource } from '@kapstok/markdown'
import {
  agendaDateOrder,
  applyDisableComments,
  configureRules,
  lintRule,
  parseSetting,
  placeholderText,
  ruleCatalog,
  rulesFromConfig,
  runRule,
  strict
} from '@kapstok/rules'
import { model } from './helpers.js'

const front = (status = 'concept'): string =>
  ['---', 'gemeente: Hoogeveen', 'titel: Plan', 'soort: beleidsnota', `status: ${status}`, 'datum: 2022-01-18', '---', ''].join('\n')

async function process(text: string, config: Parameters<typeof configureRules>[0] = {}): Promise<PlanFile> {
  return kapstok()
    .use(markdownSource)
    .use(...(rulesFromConfig(config) as [never]))
    .process({ path: 'plan.md', files: { 'plan.md': text } })
}

describe('lintRule', () => {
  const demo = lintRule(
    {
      id: 'demo-rule',
      severity: 'warning',
      description: 'Demo.',
      docs: { what: '', why: '', ok: '', notOk: '', expected: [] }
    },
    (plan, context) => {
      context.report(`Titel \`${plan.document.titel}\` (${String(context.options.x ?? 'geen optie')})`, { pointer: '/document/titel' })
    }
  )

  it('should stamp rule id, source, url and the default severity on every message', async () => {
    const file = await kapstok().use(markdownSource).use(demo).process({ path: 'plan.md', files: { 'plan.md': front() + '\n# Visie\n\nTekst.\n' } })
    const message = file.messages.find((m) => m.ruleId === 'demo-rule')
    expect(message?.reason).toBe('Titel `Plan` (geen optie)')
    expect(message?.source).toBe('@kapstok/rules')
    expect(message?.url).toBe('https://github.com/kapstok/kapstok/blob/main/docs/rules/demo-rule.md')
    expect(message?.fatal).toBe(false)
    expect([message?.line, message?.column]).toEqual([3, 8])
  })

  it('should take severity and options from a `[severity, options]` tuple', async () => {
    const file = await kapstok().use(markdownSource).use([demo, ['error', { x: 'ja' }]]).process({ path: 'plan.md', files: { 'plan.md': front() + '\n# Visie\n\nTekst.\n' } })
    const message = file.messages.find((m) => m.ruleId === 'demo-rule')
    expect(message?.reason).toBe('Titel `Plan` (ja)')
    expect(message?.fatal).toBe(true)
  })

  it('should register nothing for `off`', async () => {
    const file = await kapstok().use(markdownSource).use([demo, 'off']).process({ path: 'plan.md', files: { 'plan.md': front() + '\n# Visie\n\nTekst.\n' } })
    expect(file.messages.filter((m) => m.ruleId === 'demo-rule')).toEqual([])
  })
})

describe('parseSetting', () => {
  it('should read every setting form', () => {
    expect(parseSetting('x', undefined)).toEqual({ severity: undefined, options: {} })
    expect(parseSetting('x', 'warn')).toEqual({ severity: 'warning', options: {} })
    expect(parseSetting('x', 'info')).toEqual({ severity: 'info', options: {} })
    expect(parseSetting('x', false)).toEqual({ severity: 'off', options: {} })
    expect(parseSetting('x', ['error', { a: 1 }])).toEqual({ severity: 'error', options: { a: 1 } })
    expect(parseSetting('x', { a: 1 })).toEqual({ severity: undefined, options: { a: 1 } })
  })

  it('should throw on an unknown severity, naming the rule', () => {
    expect(() => parseSetting('agenda-date-order', 'fatal' as never)).toThrow(
      'Unknown severity `fatal` for rule `agenda-date-order`; use `off`, `info`, `warn` or `error`'
    )
  })
})

describe('status-aware severity', () => {
  // A rule whose finding the text proves becomes an error once the plan goes to the council.
  const proven = lintRule(
    { id: 'test-proven', severity: 'warning', severityByStatus: { vastgesteld: 'error', ingediend: 'error' }, description: 'Test.', docs: { what: '', why: '', ok: '', notOk: '' } },
    (_, context) => void context.report('Gevonden')
  )
  const plan = (status: Plan['document']['status']): Plan => model({ koers: { visie: { tekst: 'Binnen (invullen) uur.' } } }, { status })
  const severityFor = (rule: typeof proven, status: Plan['document']['status'], severity?: 'info'): boolean | null | undefined => {
    const file = new PlanFile('plan.json')
    runRule(rule.rule, rule.check, plan(status), file, severity ? { severity } : {})
    return file.messages[0]?.fatal
  }

  it('should warn in a concept', () => {
    expect(severityFor(proven, 'concept')).toBe(false)
  })

  it('should make a finding an error once vastgesteld or ingediend', () => {
    expect(severityFor(proven, 'vastgesteld')).toBe(true)
    expect(severityFor(proven, 'ingediend')).toBe(true)
  })

  it('should keep a heuristic such as a placeholder a warning whatever the status', () => {
    expect(severityFor(placeholderText, 'vastgesteld')).toBe(false)
  })

  it('should let a configured severity win over the status', () => {
    expect(severityFor(proven, 'vastgesteld', 'info')).toBe(undefined)
  })
})

describe('configureRules', () => {
  const text = front() + '\n# Visie\n\nBinnen (invullen) uur.\n'

  it('should run the recommended rules by default', async () => {
    const file = await process(text)
    expect(file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual(['11:8 placeholder-text'])
  })

  it('should switch a rule off and change a severity', async () => {
    expect((await process(text, { rules: { 'placeholder-text': 'off' } })).messages).toEqual([])
    const file = await process(text, { rules: { 'placeholder-text': 'info' } })
    expect(file.messages.map((m) => m.fatal)).toEqual([undefined])
  })

  it('should throw on an unknown rule id', () => {
    expect(() => configureRules({ rules: { 'no-such-rule': 'warn' } })).toThrow(
      'Unknown rule `no-such-rule` in `rules`; run `kapstok rules` for the list of rule ids'
    )
  })

  it('should pass the domain vocabulary as a setting', () => {
    expect(configureRules({ domeinen: { waarden: ['Wmo'], aliassen: { WMO: 'Wmo' } } }).settings).toEqual({
      domeinen: { waarden: ['Wmo'], aliassen: { WMO: 'Wmo' } }
    })
  })

  it('should add agenda-owner-missing only in strict', () => {
    const ids = (preset: ReturnType<typeof configureRules>): string[] =>
      (preset.plugins ?? []).map((p) => (Array.isArray(p) ? p[0] : p)).map((p) => (p as { rule?: { id: string } }).rule?.id ?? '')
    expect(ids(configureRules()).includes('agenda-owner-missing')).toBe(false)
    expect(ids(configureRules({ extends: 'strict' })).includes('agenda-owner-missing')).toBe(true)
    expect(strict.plugins?.length).toBe(59)
  })
})

describe('disable comments', () => {
  it('should drop a finding on the line after `kapstok-disable-next-line`', async () => {
    const file = await process(front() + '\n# Visie\n\n<!-- kapstok-disable-next-line placeholder-text -->\nBinnen (invullen) uur.\n\nNog xxx te doen.\n')
    expect(file.messages.map((m) => `${m.line}:${m.column} ${m.reason}`)).toEqual(['14:5 Tijdelijke tekst `xxx`; vul de echte tekst in'])
  })

  it('should drop findings inside a `kapstok-disable` … `kapstok-enable` range, for the named rule only', async () => {
    const body = '\n# Visie\n\n<!-- kapstok-disable placeholder-text -->\n\nBinnen (invullen) uur.\n\n<!-- kapstok-enable -->\n\nNog xxx te doen.\n'
    const file = await process(front() + body)
    expect(file.messages.map((m) => m.line)).toEqual([17])
    const other = await process(front() + body.replace('disable placeholder-text', 'disable unfinished-sentence'))
    expect(other.messages.map((m) => m.line)).toEqual([13, 17])
  })

  it('should remove messages of other plugins with `applyDisableComments`', async () => {
    const file = await process(front() + '\n# Visie\n\nTekst.\n')
    file.message('Kernmelding', { ruleId: 'schema-type', location: { file: 'plan.md', start: { line: 11, column: 1 }, end: { line: 11, column: 2 } } })
    file.data.disableComments = [{ file: 'plan.md', line: 11, ruleIds: ['schema-type'] }]
    expect(applyDisableComments(file)).toBe(1)
    expect(file.messages).toEqual([])
  })
})

describe('ruleCatalog', () => {
  it('should list every rule with id, severity, group, url and fixable', () => {
    const catalog = ruleCatalog()
    expect(catalog.length).toBe(57)
    expect(catalog.find((r) => r.id === 'agenda-domain-alias')).toEqual({
      id: 'agenda-domain-alias',
      severity: 'warning',
      group: 'agenda',
      description: 'Domeinen in de uitvoeringsagenda komen uit de vaste lijst; varianten (`WMO`) worden `Wmo`.',
      url: 'https://github.com/kapstok/kapstok/blob/main/docs/rules/agenda-domain-alias.md',
      fixable: true
    })
    expect(catalog.filter((r) => r.fixable).map((r) => r.id)).toEqual(['agenda-date-format', 'agenda-domain-alias', 'agenda-null-variant', 'conversion-artifact', 'title-drift'])
  })

  it('should have a rule module for every catalog id, ids in kebab case', () => {
    for (const { id } of ruleCatalog()) expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/)
    expect(agendaDateOrder.rule.id).toBe('agenda-date-order')
  })
})
