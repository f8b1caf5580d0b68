import { lintRule } from '../rule.js'
import { example } from '../util/examples.js'
import { rowLabel } from '../util/agenda.js'

/** Rule: every actie belongs to a pijler. */
export const actionWithoutPillar = lintRule(
  {
    id: 'action-without-pillar',
    severity: 'warning',
    group: 'verwijzingen',
    description: 'Elke actie in de uitvoeringsagenda hoort bij een thema (of andere pijler).',
    docs: {
      what: 'Meldt agendarijen zonder `pijler`: de rij staat niet onder een `##`-kop die een pijler noemt en heeft geen kolom Pijler/Thema. Alleen als het plan pijlers heeft.',
      why: 'Een actie die bij geen thema hoort, valt buiten de verantwoording per thema en buiten de begroting.',
      ok: example(["# Thema's", '', '## Sociale basis {#t1}', '', 'Tekst.', '', '# Uitvoeringsagenda', '', '## [Sociale basis](#t1)', '', '| Activiteit | Doel |', '|---|---|', '| Inloop | Ontmoeting |']),
      notOk: example(["# Thema's", '', '## Sociale basis {#t1}', '', 'Tekst.', '', '# Uitvoeringsagenda', '', '| Activiteit | Doel |', '|---|---|', '| Inloop | Ontmoeting |']),
      expected: ['Actie in rij 1 (`Inloop`) hoort bij geen thema; zet de rij onder een kop `## [titel](#id)` of vul de kolom Pijler']
    }
  },
  (model, context) => {
    if ((model.pijlers?.length ?? 0) === 0) return
    const label = model.pijlers?.[0]?.label ?? 'thema'
    ;(model.acties ?? []).forEach((actie, index) => {
      if (actie.pijler) return
      context.report(
        `Actie in ${rowLabel(actie, index)} hoort bij geen ${label}; zet de rij onder een kop \`## [titel](#id)\` of vul de kolom Pijler`,
        { pointer: `/acties/${index}` }
      )
    })
  }
)
