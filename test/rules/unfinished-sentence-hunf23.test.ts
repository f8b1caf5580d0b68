import { describe, expect, it } from 'vitest'
import { readPlan } from '@kapstok/markdown'
import { runRule } from '@kapstok/rules'
import { unfinishedSentence } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Wave 23 probe (hunf23): structural coverage. A plainly unfinished paragraph (no full stop, ending
// on a preposition, conjunction or article) is planted in every position a plan has, for every kind
// of plan: a koers chapter, a pijlers chapter's intro, a pijler's intro, after its list of doelen or
// inspanningen, inside a thema's subsection, after a table, the agenda's and the finance chapter's
// intro, a bijlage, a list item, a table cell, a caption, a field of besluit.yaml or
// raadsvoorstel.yaml, the last paragraph of a file with and without its newline. The same positions
// hold correct look-alikes (a lead-in before its list or table, a heading-like label, a sentence
// ending on a separable particle, a definition) that must stay quiet.
const SOORTEN = ['programmaplan', 'beleidskader', 'beleidsnota', 'uitvoeringsprogramma', 'actieplan', 'begroting', 'agenda']

// Paragraphs that plainly stop; the word a message must quote.
const CUTS: Array<[string, string]> = [
  ['Voor de nieuwe sporthal maken we eerst heldere afspraken met de verenigingen over', 'over'],
  ['De huidige subsidie voor de buurthuizen wordt tot 2028 verlengd mits', 'mits'],
  ['We breiden het aantal plekken in de dagbesteding volgend jaar uit omdat', 'omdat'],
  ['In 2027 openen we samen met de bibliotheek een tweede inloophuis in de', 'de'],
  ['Daarnaast zoeken we voor de jongerenwerkers nadrukkelijk de samenwerking met de', 'de'],
  ['We investeren de komende jaren extra in de wijkteams zodat we', 'we']
]

// Positions in the Markdown file: `{}` is where the paragraph goes.
const SLOT = '{}'
const CLOSED = 'We werken hierin samen met de scholen en de bibliotheek. Dat doen we al jaren.'
type Layout = Record<string, string>
const slots = [
  'koers-alone', 'koers-after', 'section-alone', 'pijlers-intro', 'pijlers-intro-after', 'pijler-intro', 'pijler-intro-after', 'after-doelen', 'after-doelen-text',
  'after-inspanningen', 'subsection', 'after-table', 'agenda-intro', 'agenda-after-table', 'fin-intro', 'fin-after-table', 'bijlage', 'risicos-intro', 'last-of-file', 'last-no-newline'
] as const
type Slot = (typeof slots)[number]

function plan(soort: string, at: Slot | undefined, paragraph: string): Layout {
  const put = (slot: Slot, closed = false): string => (slot === at ? (closed ? `${CLOSED}\n\n${paragraph}` : paragraph) : '')
  const md = [
    '---', 'gemeente: Veldhoorn', `titel: Plan Samen Verder 2026-2029`, `soort: ${soort}`, 'periode: 2026-2029', 'status: concept', '---', '',
    '# 1. Inleiding', '', 'Dit plan beschrijft hoe we de komende jaren werken aan een sterke sociale basis.', '',
    '# 2. Visie {.visie}', '', at === 'koers-alone' ? paragraph : 'Iedereen doet mee in Veldhoorn. Dat is onze stip op de horizon.', '', put('koers-after'), '',
    '# 3. Context', '', put('section-alone'), '',
    '# 4. Sporen', '', put('pijlers-intro'), put('pijlers-intro-after', true), '',
    '## Spoor 1: Wonen', '', put('pijler-intro'), put('pijler-intro-after', true), '',
    '### Doelen', '', '1. Meer betaalbare woningen voor starters.', '2. Kortere wachttijden voor sociale huur.', '', put('after-doelen'), '',
    '### Inspanningen', '', '- We bouwen 200 woningen in Noord.', '- We maken afspraken met de corporaties.', '', put('after-inspanningen'), '',
    '### Aanpak in de wijken', '', 'We starten in de wijk Noord. Daarna volgen de andere wijken.', '', put('subsection'), '',
    '| Wijk | Woningen |', '| --- | --- |', '| Noord | 120 |', '| Zuid | 80 |', '', put('after-table'), '',
    '## Spoor 2: Zorg', '', 'We zorgen voor passende ondersteuning dichtbij huis.', '',
    '### Doelen', '', '- Minder inwoners met een indicatie.', '- Meer mantelzorgers die hulp krijgen.', '', put('after-doelen-text'), '',
    '# 5. Uitvoeringsagenda', '', put('agenda-intro'), '',
    '| Actie | Trekker | Planning |', '| --- | --- | --- |', '| Woningen bouwen in Noord | Team Wonen | 2026-2028 |', '| Mantelzorgers ondersteunen | Team Zorg | 2027 |', '', put('agenda-after-table'), '',
    '# 6. Financiën', '', put('fin-intro'), '',
    '## Kosten per jaar', '', '| Post | 2026 | 2027 |', '| --- | --- | --- |', '| Wonen | € 100.000 | € 120.000 |', '| Zorg | € 50.000 | € 50.000 |', '', put('fin-after-table'), '',
    "# 7. Risico's", '', put('risicos-intro'), '', '| Risico | Kans | Impact | Beheersmaatregel |', '| --- | --- | --- | --- |', '| Vertraging van de bouw | Middel | Hoog | Vroeg overleg met de corporaties |', '',
    '# 8. Begrippenlijst', '', '| Begrip | Definitie |', '| --- | --- |', '| Sociale basis | Het geheel van voorzieningen in de buurt |', '',
    '# Bijlagen', '', '## Bijlage 1: Werkwijze', '', 'We werken met een vaste werkgroep.', '', put('bijlage'), '',
    '# 9. Tot slot', '', 'We gaan graag met de raad in gesprek over dit plan.'
  ]
  let text = md.join('\n').replace(/\n{3,}/g, '\n\n')
  if (at === 'last-of-file') text = `${text}\n\n${paragraph}\n`
  else if (at === 'last-no-newline') text = `${text}\n\n${paragraph}`
  else text = `${text}\n`
  return { 'plan/01-plan.md': text }
}

// Positions in fields and cells: the layout with the field filled.
const fields: Record<string, (soort: string, words: string) => Layout> = {
  'list-item': (s, w) => ({ 'plan/01-plan.md': plan(s, undefined, '')['plan/01-plan.md']!.replace('- We maken afspraken met de corporaties.', `- ${w}`) }),
  'list-item-closed-list': (s, w) => ({ 'plan/01-plan.md': plan(s, undefined, '')['plan/01-plan.md']!.replace('- We maken afspraken met de corporaties.', `- We maken afspraken met de corporaties.\n- ${w}\n- We volgen de bouw elk kwartaal.`) }),
  'agenda-cell': (s, w) => ({ 'plan/01-plan.md': plan(s, undefined, '')['plan/01-plan.md']!.replace('| Mantelzorgers ondersteunen |', `| ${w} |`) }),
  'table-cell': (s, w) => ({ 'plan/01-plan.md': plan(s, undefined, '')['plan/01-plan.md']!.replace('| Noord | 120 |', `| ${w} | 120 |`) }),
  caption: (s, w) => ({ 'plan/01-plan.md': plan(s, undefined, '')['plan/01-plan.md']!.replace('| Wijk | Woningen |', `Tabel 1: ${w}\n\n| Wijk | Woningen |`) }),
  'besluit.yaml': (s, w) => ({ ...plan(s, undefined, ''), 'plan/besluit.yaml': `besluit:\n  besluitpunten:\n    - het plan vast te stellen;\n    - ${w}\n` }),
  'raadsvoorstel.yaml': (s, w) => ({ ...plan(s, undefined, ''), 'plan/raadsvoorstel.yaml': `raadsvoorstel:\n  argumenten: |\n    Het plan sluit aan bij de visie. ${w}\n` })
}

async function reasons(files: Layout): Promise<string[]> {
  const file = await readPlan({ path: 'plan', files })
  if (!file.model) throw new Error('did not parse')
  runRule(unfinishedSentence.rule, unfinishedSentence.check, file.model, file, { settings: {} })
  return file.messages.filter((m) => m.ruleId === 'unfinished-sentence').map((m) => `${m.line}: ${m.reason}`)
}

// Correct look-alikes per position: a lead-in before its list, a label, separable particles.
const LOOKALIKES = [
  'Dit doen we samen met de volgende partners\n\n- de woningcorporaties;\n- de zorgaanbieders.',
  'Doelen voor de periode tot 2030',
  'Die signalen uit de wijken nemen we bij de evaluatie mee',
  'Daar kijken we in 2027 samen met de corporaties opnieuw naar.',
  'We nemen dit mee'
]

describe('unfinished-sentence probe hunf23', () => {
  it('reads no finding in the bare skeleton', async () => {
    for (const soort of SOORTEN) expect(await reasons(plan(soort, undefined, ''))).toEqual([])
  })

  it('finds a cut paragraph in every position of every kind of plan', async () => {
    const missed: string[] = []
    let total = 0
    for (const [k, soort] of SOORTEN.entries()) {
      for (const [j, slot] of slots.entries()) {
        // Two cut paragraphs per position, rotating, so every ending meets every position.
        for (const n of [0, 1]) {
          const [words] = CUTS[(k + j + n * 3) % CUTS.length] ?? ['', '']
          total++
          if ((await reasons(plan(soort, slot, words))).length !== 1) missed.push(`${soort}/${slot}/${words.split(' ').at(-1)}`)
        }
      }
      for (const [name, make] of Object.entries(fields)) {
        const [words] = CUTS[k % CUTS.length] ?? ['', '']
        total++
        if ((await reasons(make(soort, words))).length !== 1) missed.push(`${soort}/${name}/${words.split(' ').at(-1)}`)
      }
    }
    console.log(`hunf23 probe: ${total - missed.length}/${total} found; missed: ${missed.join(' | ') || '-'}`)
    expect(total - missed.length).toBeGreaterThanOrEqual(304)
  }, 600_000)

  it('stays quiet on look-alikes in every position', async () => {
    const noisy: string[] = []
    for (const soort of ['programmaplan', 'begroting']) {
      for (const slot of slots) {
        for (const words of LOOKALIKES) {
          const found = await reasons(plan(soort, slot, words))
          if (found.length > 0) noisy.push(`${soort}/${slot}/${words.slice(0, 20)}: ${found.join('; ')}`)
        }
      }
    }
    console.log(`hunf23 look-alikes noisy: ${noisy.join(' | ') || '-'}`)
    expect(noisy).toEqual([])
  }, 600_000)
})

// The closed word classes: a sentence or cell that stops on each added word is cut; look-alikes
// where a near word legitimately ends a sentence stay quiet.
const p = (line: string): string[] => ['# Aanpak', '', 'We werken samen met de scholen en de bibliotheek. Dat doen we al jaren.', '', line, '', 'De kosten staan in hoofdstuk 4.']
const ADDED = ['mits', 'opdat', 'teneinde', 'totdat', 'alvorens', 'ofschoon', 'alhoewel', 'naarmate', 'naargelang', 'hetzij', 'doch', 'ofwel', 'oftewel', 'per', 'wegens', 'namens', 'krachtens', 'ingevolge', 'gedurende', 'omtrent', 'jegens', 'behoudens', 'benevens', 'aangaande', 'blijkens', 'zulke', 'welk']
const wordDefects: BatteryWording[] = ADDED.flatMap((w): BatteryWording[] => [
  [`a closed sentence on ${w}`, p(`Het college verlengt de regeling voor de buurthuizen ${w}. Dat besluit volgt in juni.`), `\`${w}\``],
  [`a paragraph without stop on ${w}`, p(`Het college verlengt de regeling voor de buurthuizen ${w}`), `\`${w}\``],
  [`a cell on ${w}`, ['# Aanpak', '', '| Actie | Toelichting |', '| --- | --- |', `| Werving | We werven nieuwe vrijwilligers ${w} |`, '| Scholing | Twee cursussen per jaar. |'], `\`${w}\``]
])
const wordClean: CleanWording[] = [
  ['per direct', p('De nieuwe regeling geldt per direct.')],
  ['per with a date', p('De regeling vervalt per 1 januari 2027.')],
  ['per as a cell phrase', ['# Aanpak', '', '| Actie | Aantal |', '| --- | --- |', '| Werving | twee per wijk |']],
  ['doen alsof', p('We doen niet alsof.')],
  ['zolang as an adverb', p('De oude regeling blijft zolang.')],
  ['dan wel', p('Een snelle oplossing kan dan wel.')],
  ['vanuit stranded', p('Daar gaan we in dit plan vanuit.')],
  ['en dergelijke', p('Denk aan sport, cultuur en dergelijke.')],
  ['beide', p('We kiezen voor beide.')],
  ['nu', p('Zo werkt het nu.')],
  ['hoe', p('We weten nog niet precies hoe.')],
  ['toen', p('Zo ging het toen.')],
  ['a noun on -per', p('De regeling geldt voor iedere stepper.')]
]
describeBattery(unfinishedSentence, wordDefects, wordClean, wordDefects.length)
