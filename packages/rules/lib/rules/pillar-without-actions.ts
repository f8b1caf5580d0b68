import { lintRule } from '../rule.js'
import { example } from '../util/examples.js'
import { code } from '../util/text.js'

/** Rule: every pijler has at least one actie. */
export const pillarWithoutActions = lintRule(
  {
    id: 'pillar-without-actions',
    severity: 'warning',
    group: 'verwijzingen',
    description: 'Elk thema (of andere pijler) heeft minstens één actie in de uitvoeringsagenda.',
    docs: {
      what: 'Meldt pijlers waar geen agendarij bij hoort. Alleen als het plan een uitvoeringsagenda heeft.',
      why: 'Een thema zonder acties wordt niet uitgevoerd; vaak is het kopje in de agenda anders gespeld en zijn de rijen bij het verkeerde thema beland.',
      ok: example(["# Thema's", '', '## Sociale basis {#t1}', '', 'Tekst.', '', '# Uitvoeringsagenda', '', '## [Sociale basis](#t1)', '', '| Activiteit | Doel |', '|---|---|', '| Inloop | Ontmoeting |']),
      notOk: example(["# Thema's", '', '## Sociale basis {#t1}', '', 'Tekst.', '', '## Toegang {#t2}', '', 'Tekst.', '', '# Uitvoeringsagenda', '', '## [Sociale basis](#t1)', '', '| Activiteit | Doel |', '|---|---|', '| Inloop | Ontmoeting |']),
      expected: ['Thema `Toegang` (`t2`) heeft geen acties in de uitvoeringsagenda']
    }
  },
  (model, context) => {
    const acties = model.acties ?? []
    if (acties.length === 0) return
    const used = new Set(acties.map((a) => a.pijler))
    model.pijlers?.forEach((pijler, index) => {
      if (used.has(pijler.id)) return
      const label = pijler.label.charAt(0).toUpperCase() + pijler.label.slice(1)
      context.report(`${label} ${code(pijler.titel)} (\`${pijler.id}\`) heeft geen acties in de uitvoeringsagenda`, {
        pointer: `/pijlers/${index}/titel`
      })
    })
  }
)
