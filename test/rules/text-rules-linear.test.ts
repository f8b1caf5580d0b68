import { describe, expect, it } from 'vitest'
import { PlanFile, type Plan } from '@kapstok/core'
import { runRule } from '@kapstok/rules'
import { textRules } from './text-rules.js'

// A sanity check that the text rules stay linear in the size of the text, measured in CPU
// time of this process (not wall time, so a busy machine does not make it fail). Generous
// bounds: a rule that is quadratic, or a pattern that backtracks, is off by orders of
// magnitude. Speed figures themselves belong in `pnpm bench`.

function plan(texts: string[], begrippen: Plan['begrippen'] = []): Plan {
  return {
    document: { gemeente: 'Beekdal', titel: 'Plan', soort: 'programmaplan', status: 'concept', periode: { start: 2025, eind: 2028 }, datum: '2025-03-01' },
    secties: texts.map((tekst, i) => ({ titel: `Hoofdstuk ${i + 1}`, tekst })),
    begrippen
  } as Plan
}

// CPU milliseconds of running every text rule once on a plan: the best of three runs, or the
// first run at or under `enough`. The tests only ask whether the best run stays under a bound,
// and a run under it already answers that: the other runs would cost time and change nothing.
function cpu(model: Plan, enough = -Infinity): number {
  let best = Infinity
  for (let run = 0; run < 3 && best > enough; run++) {
    const file = new PlanFile('plan.json')
    file.model = model
    const start = process.cpuUsage()
    for (const rule of textRules) runRule(rule.rule, rule.check, model, file)
    const used = process.cpuUsage(start)
    best = Math.min(best, (used.user + used.system) / 1000)
  }
  return best
}

// A letter code per number (`0` → `AAB`), so every paragraph brings its own abbreviation.
const code = (n: number): string => [...n.toString(26).padStart(3, '0')].map((c) => String.fromCharCode(65 + parseInt(c, 26))).join('')

function paragraph(i: number): string {
  const abbreviation = code(i + 1)
  return [
    `Het overleg ${abbreviation} komt op 9 november bijeen; de raad besprak het op 27-1-2024 en in 2023 gaan we verder.`,
    `De kosten bedragen € … per jaar, zoals “de raad” vroeg (TODO: nog navragen bij team ${i}). Klopt dit?`,
    `Samen met de buurtteams in wijk ${i} verbeteren we de toegang, tenzij`,
    `Dit is onze visie“Samen ${i}” met <br> een [link](#) en een samen- werking,bijvoorbeeld in de`
  ].join('\n\n')
}

describe('text rules are linear', () => {
  it('should take at most about twice the time on a text twice as long', () => {
    const size = 300
    const texts = (n: number): string[] => Array.from({ length: n }, (_, i) => paragraph(i))
    const begrippen = (n: number): Plan['begrippen'] => Array.from({ length: n / 4 }, (_, i) => ({ term: `Begrip ${code(i + 5000)}`, definitie: `Uitleg ${i}` }))
    cpu(plan(texts(50), begrippen(50))) // warm up the JIT
    const once = cpu(plan(texts(size), begrippen(size)))
    // Just under the bound, so a run that passes ends the timing of the larger plan.
    const twice = cpu(plan(texts(2 * size), begrippen(2 * size)), 3 * once * 0.999)
    expect(twice / once).toBeLessThan(3)
  })

  it('should not backtrack on a line of 200,000 characters', () => {
    const lines = [
      'a'.repeat(200_000),
      'A'.repeat(200_000),
      'a '.repeat(100_000),
      'ab- '.repeat(50_000),
      '<b'.repeat(100_000),
      '['.repeat(200_000),
      '('.repeat(1) + ' '.repeat(200_000) + 'x',
      '… '.repeat(100_000),
      '"“‘'.repeat(60_000),
      'aB,'.repeat(60_000),
      '17/11 '.repeat(30_000),
      'In 2020 zal '.repeat(16_000),
      'nog navragen '.repeat(15_000),
      'x'.repeat(100_000) + ' ' + 'X'.repeat(100_000)
    ]
    for (const line of lines) expect(cpu(plan([line]), 1499), line.slice(0, 12)).toBeLessThan(1500)
  })
})
