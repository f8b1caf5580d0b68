import type { Doel } from '@kapstok/core'
import { lintRule, type RuleContext } from '../rule.js'
import { example } from '../util/examples.js'
import { code } from '../util/text.js'

/** Rule: every doel has at least one actie that contributes to it. */
export const goalsWithoutActions = lintRule(
  {
    id: 'goals-without-actions',
    severity: 'warning',
    group: 'verwijzingen',
    description: 'Elk doel heeft minstens één actie in de uitvoeringsagenda die eraan bijdraagt.',
    docs: {
      what: 'Meldt doelen (ook onderliggende) waar geen actie naar verwijst via de kolom `Verwijzingen`/`Draagt bij aan`. Alleen als het plan een uitvoeringsagenda met verwijzingen heeft.',
      why: 'Een doel zonder activiteit ("per doel volgen activiteiten", die dan niet komen) is een belofte zonder uitvoering.',
      ok: example(["# Thema's", '', '## Sociale basis {#t1}', '', '### Doelen', '', '- Minder eenzaamheid {#d1}', '', '# Uitvoeringsagenda', '', '## [Sociale basis](#t1)', '', '| Activiteit | Doel | Verwijzingen |', '|---|---|---|', '| Inloop | Ontmoeting | d1 |']),
      notOk: example(["# Thema's", '', '## Sociale basis {#t1}', '', '### Doelen', '', '- Minder eenzaamheid {#d1}', '- Meer bewegen {#d2}', '', '# Uitvoeringsagenda', '', '## [Sociale basis](#t1)', '', '| Activiteit | Doel | Verwijzingen |', '|---|---|---|', '| Inloop | Ontmoeting | d1 |']),
      expected: ['Doel `Meer bewegen` (`d2`) heeft geen activiteiten; verwijs ernaar vanuit een actie in de uitvoeringsagenda']
    }
  },
  (model, context) => {
    const acties = model.acties ?? []
    if (!acties.some((a) => (a.verwijzingen?.length ?? 0) > 0)) return
    const used = new Set(acties.flatMap((a) => a.verwijzingen ?? []))
    model.pijlers?.forEach((pijler, i) => walk(pijler.doelen, `/pijlers/${i}/doelen`, used, context))
  }
)

function walk(doelen: Doel[] | undefined, pointer: string, used: Set<string>, context: RuleContext): void {
  doelen?.forEach((doel, j) => {
    const here = `${pointer}/${j}`
    const children = doel.doelen ?? []
    // A parent goal is served through its children.
    const served = used.has(doel.id) || children.some((c) => used.has(c.id))
    if (!served && children.length === 0) {
      context.report(
        `Doel ${code(doel.titel)} (\`${doel.id}\`) heeft geen activiteiten; verwijs ernaar vanuit een actie in de uitvoeringsagenda`,
        { pointer: `${here}/titel` }
      )
    }
    walk(children, `${here}/doelen`, used, context)
  })
}
