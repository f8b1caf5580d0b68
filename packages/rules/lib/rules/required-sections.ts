import type { Plan } from '@kapstok/core'
import { lintRule } from '../rule.js'
import { example } from '../util/examples.js'

/** Parts of a plan a rule can require. */
type Part = 'koers' | 'principes' | 'pijlers' | 'acties' | 'financien' | 'risicos' | 'begrippen' | 'besluit' | 'raadsvoorstel'

const names: Record<Part, string> = {
  koers: 'koers (ambitie, visie of missie)',
  principes: 'leidende principes',
  pijlers: "thema's of andere pijlers",
  acties: 'uitvoeringsagenda',
  financien: 'financiën',
  risicos: "risico's",
  begrippen: 'begrippenlijst',
  besluit: 'raadsbesluit',
  raadsvoorstel: 'raadsvoorstel'
}

const defaults: Record<string, Part[]> = {
  programmaplan: ['koers', 'pijlers', 'acties', 'financien'],
  beleidskader: ['koers', 'pijlers'],
  agenda: ['koers', 'pijlers'],
  aanpak: ['pijlers'],
  beleidsnota: ['koers'],
  uitvoeringsprogramma: ['acties']
}

/** Rule: the parts a document of this soort (and status) must have. */
export const requiredSections = lintRule(
  {
    id: 'required-sections',
    severity: 'error',
    group: 'structuur',
    description: 'Een document heeft de onderdelen die bij zijn soort en status horen.',
    docs: {
      what: 'Controleert dat een document de onderdelen heeft die bij zijn `soort` horen (een programmaplan heeft koers, pijlers, uitvoeringsagenda en financiën) en dat een vastgesteld document een raadsbesluit heeft.',
      why: 'Een programmaplan zonder uitvoeringsagenda of een vastgesteld besluit zonder besluittekst is niet af; dat moet blijken vóór het naar de raad gaat, niet erna.',
      options: {
        soorten: 'Per soort de verplichte onderdelen, bijvoorbeeld `{ "aanpak": ["pijlers", "acties"] }` (default: zie de tabel in de code).',
        vastgesteld: 'Extra onderdelen voor status `vastgesteld` (default: `["besluit"]`).'
      },
      ok: example(['# Ambitie', '', 'Iedereen doet mee.', '', "# Thema's", '', '## Sociale basis {#t1}', '', 'Tekst.', '', '# Uitvoeringsagenda', '', '## [Sociale basis](#t1)', '', '| Activiteit | Doel |', '|---|---|', '| Inloop | Preventie |', '', '# Financiën', '', 'Geen extra kosten.'], ),
      notOk: example(['# Ambitie', '', 'Iedereen doet mee.', '', "# Thema's", '', '## Sociale basis {#t1}', '', 'Tekst.']),
      expected: [
        'Onderdeel `uitvoeringsagenda` ontbreekt in een `programmaplan`; voeg het hoofdstuk toe',
        'Onderdeel `financiën` ontbreekt in een `programmaplan`; voeg het hoofdstuk toe'
      ]
    }
  },
  (model, context) => {
    const soorten = { ...defaults, ...(context.options.soorten as Record<string, Part[]> | undefined) }
    const soort = model.document?.soort
    const required = [...(soorten[soort] ?? [])]
    if (context.status === 'vastgesteld') {
      for (const part of (context.options.vastgesteld as Part[] | undefined) ?? ['besluit']) {
        if (!required.includes(part)) required.push(part)
      }
    }
    for (const part of required) {
      if (present(model, part)) continue
      const where = context.status === 'vastgesteld' && part === 'besluit' ? 'een vastgesteld document' : `een \`${soort}\``
      context.report(`Onderdeel \`${names[part] ?? part}\` ontbreekt in ${where}; voeg het hoofdstuk toe`, {
        pointer: '/document/soort'
      })
    }
  }
)

function present(model: Plan, part: Part): boolean {
  if (part === 'koers') return Boolean(model.koers?.ambitie ?? model.koers?.visie ?? model.koers?.missie)
  const value = (model as unknown as Record<string, unknown>)[part]
  if (Array.isArray(value)) return value.length > 0
  if (part === 'financien') return Boolean(value) || Boolean(model.inleidingen?.financien)
  return value !== undefined && value !== null
}
