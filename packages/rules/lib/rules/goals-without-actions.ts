import type { Doel } from '@kapstok/core'
import { lintRule, type RuleContext } from '../rule.js'
import { lindewaard } from '../util/agenda-examples.js'
import { code } from '../util/text.js'

// A thema with these doelen as body lines.
function themaMetDoelen(doelen: string[]): string[] {
  return ["# Thema's", '', '## Wonen {#t1}', '', '### Doelen', '', ...doelen, '']
}

// A plan with one thema, its doelen, and agenda rows `| Activiteit | Doel | Verwijzingen |`.
function goals(doelen: string[], rows: string[]): string {
  return lindewaard([...themaMetDoelen(doelen), '# Uitvoeringsagenda', '', '## [Wonen](#t1)', '', '| Activiteit | Doel | Verwijzingen |', '|---|---|---|', ...rows])
}

/** Rule: every doel has at least one actie that contributes to it. */
export const goalsWithoutActions = lintRule(
  {
    id: 'goals-without-actions',
    severity: 'warning',
    group: 'verwijzingen',
    description: 'Elk doel heeft minstens één actie in de uitvoeringsagenda die eraan bijdraagt.',
    docs: {
      what: 'Meldt doelen (ook onderliggende) waar geen actie naar verwijst via een kolom als `Verwijzingen` of `Draagt bij aan`. Een hoofddoel telt als bediend als een van zijn subdoelen dat is. Alleen als de uitvoeringsagenda naar doelen verwijst: een agenda zonder zo\'n kolom, of waarvan de verwijzingen alleen naar thema\'s of principes gaan, krijgt geen melding per doel.',
      why: 'Een doel zonder activiteit is een belofte zonder uitvoering.',
      ok: [
        { title: 'Elk doel een actie', text: goals(['- Kortere wachttijd {#d1}', '- Minder huisuitzettingen {#d2}'], ['| Huurteam | Wonen | d1, d2 |']) },
        { title: 'Hoofddoel bediend via een subdoel', text: goals(['- Betaalbaar wonen {#d1}', '  - Minder huisuitzettingen {#d2}'], ['| Huurteam | Wonen | d2 |']) },
        {
          title: 'Agenda zonder verwijzingen',
          text: lindewaard([...themaMetDoelen(['- Kortere wachttijd {#d1}']), '# Uitvoeringsagenda', '', '| Activiteit | Doel |', '|---|---|', '| Huurteam | Wonen |'])
        },
        {
          title: 'Verwijzingen alleen naar thema\'s',
          text: goals(['- Kortere wachttijd {#d1}', '- Minder huisuitzettingen {#d2}'], ['| Huurteam | Wonen | t1 |', '| Woonconsulent | Wonen | t1 |'])
        },
        {
          title: 'Verwijzing met hekje in Draagt bij aan',
          text: lindewaard([...themaMetDoelen(['- Kortere wachttijd {#d1}']), '# Uitvoeringsagenda', '', '| Actie | Draagt bij aan |', '|---|---|', '| Huurteam | #d1 |'])
        }
      ],
      notOk: [
        {
          title: 'Doel zonder actie',
          text: goals(['- Kortere wachttijd {#d1}', '- Minder huisuitzettingen {#d2}'], ['| Huurteam | Wonen | d1 |']),
          expected: ['Doel `Minder huisuitzettingen` (`d2`) heeft geen activiteiten; verwijs ernaar vanuit een actie in de uitvoeringsagenda']
        },
        {
          title: 'Subdoel zonder actie',
          text: goals(['- Betaalbaar wonen {#d1}', '  - Minder huisuitzettingen {#d2}', '  - Meer sociale huur {#d3}'], ['| Huurteam | Wonen | d2 |']),
          expected: ['Doel `Meer sociale huur` (`d3`) heeft geen activiteiten; verwijs ernaar vanuit een actie in de uitvoeringsagenda']
        },
        {
          title: 'Verwijzing naar een ander doel',
          text: goals(['- Kortere wachttijd {#d1}', '- Minder huisuitzettingen {#d2}'], ['| Huurteam | Wonen | d2; d2 |']),
          expected: ['Doel `Kortere wachttijd` (`d1`) heeft geen activiteiten; verwijs ernaar vanuit een actie in de uitvoeringsagenda']
        }
      ]
    }
  },
  (model, context) => {
    const acties = model.acties ?? []
    if (!acties.some((a) => (a.verwijzingen?.length ?? 0) > 0)) return
    const used = new Set(acties.flatMap((a) => a.verwijzingen ?? []))
    // Rows that refer to thema's or principes only: the plan does not link actions to doelen.
    if (!allGoalIds(model.pijlers?.flatMap((p) => p.doelen ?? []) ?? []).some((id) => used.has(id))) return
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

function allGoalIds(doelen: Doel[]): string[] {
  return doelen.flatMap((doel) => [doel.id, ...allGoalIds(doel.doelen ?? [])])
}
