import { lintRule } from '../rule.js'
import { agendaPlan, lindewaard, lindewaardThemas } from '../util/agenda-examples.js'
import { hasCell, rowLabel } from '../util/agenda.js'

/** Rule: every actie belongs to a pijler. */
export const actionWithoutPillar = lintRule(
  {
    id: 'action-without-pillar',
    severity: 'warning',
    group: 'verwijzingen',
    description: 'Elke actie in de uitvoeringsagenda hoort bij een thema (of andere pijler).',
    docs: {
      what: 'Meldt agendarijen zonder pijler: de rij staat niet onder een kop die een pijler noemt en heeft geen kolom Pijler/Thema. Alleen als het plan pijlers heeft. Staat geen enkele rij bij een pijler, dan is dat één melding voor de agenda. Een kop of cel die een pijler noemt die niet bestaat, meldt de lezer één keer (`ref-missing`); de rijen eronder worden hier niet nog eens gemeld.',
      why: 'Een actie die bij geen thema hoort, valt buiten de verantwoording per thema en buiten de begroting.',
      ok: [
        { title: 'Rij onder een kop die naar het thema linkt', text: agendaPlan(['| Huurteam | Wonen | 2024 | 2025 | Wonen | |'], { before: lindewaardThemas, heading: '## [Wonen](#t1)' }) },
        {
          title: 'Rij onder een kop met de titel van het thema',
          text: agendaPlan(['| Huurteam | Wonen | 2024 | 2025 | Wonen | |'], { before: lindewaardThemas, heading: '## Thema Wonen' })
        },
        {
          title: 'Kolom Thema met de titel',
          text: agendaPlan(['| Huurteam | Wonen | Wonen |', '| Werkplein | Werk | Werk |'], { before: lindewaardThemas, header: '| Actie | Doel | Thema |' })
        },
        {
          title: 'Agenda binnen het thema',
          text: lindewaard(["# Thema's", '', '## Wonen {#t1}', '', '### Uitvoeringsagenda', '', '| Activiteit | Doel |', '|---|---|', '| Huurteam | Wonen |'])
        },
        { title: 'Plan zonder thema\'s', text: agendaPlan(['| Huurteam | Wonen | 2024 | 2025 | Wonen | |']) }
      ],
      notOk: [
        {
          title: 'Rij vóór de eerste themakop',
          text: agendaPlan(['| Taalhuis | Geletterdheid | 2024 | 2025 | Participatie | |'], { before: lindewaardThemas }) +
            '\n## [Wonen](#t1)\n\n| Activiteit | Doel |\n|---|---|\n| Huurteam | Wonen |\n',
          expected: ['Actie in rij 1 (`Taalhuis`) hoort bij geen thema; zet de rij onder een kop `## [titel](#id)` of vul de kolom Thema']
        },
        {
          title: 'Geen enkele rij bij een thema: één melding',
          text: agendaPlan(['| Huurteam | Wonen | 2024 | 2025 | Wonen | |', '| Taalhuis | Geletterdheid | 2024 | 2025 | Participatie | |'], { before: lindewaardThemas }),
          expected: ['Geen van de 2 acties in de uitvoeringsagenda hoort bij een thema; zet de rijen onder koppen `## [titel](#id)` of voeg een kolom Thema toe']
        },
        {
          title: 'Lege cel in de kolom Thema',
          text: agendaPlan(['| Huurteam | Wonen | Wonen |', '| Werkplein | Werk | |'], { before: lindewaardThemas, header: '| Actie | Doel | Thema |' }),
          expected: ['Actie in rij 2 (`Werkplein`) hoort bij geen thema; zet de rij onder een kop `## [titel](#id)` of vul de kolom Thema']
        }
      ]
    }
  },
  (model, context) => {
    if ((model.pijlers?.length ?? 0) === 0) return
    const label = model.pijlers?.[0]?.label ?? 'thema'
    const column = label.charAt(0).toUpperCase() + label.slice(1)
    const acties = model.acties ?? []
    // A heading or cell that names a pijler that does not exist is the reader's one `ref-missing`.
    // A row for every pijler (`alle thema's`, `## Algemeen`) belongs to the whole programme.
    const named = (index: number, actie: (typeof acties)[number]): boolean => actie.pijler !== undefined || actie.allePijlers === true || hasCell(context.file, index, 'pijler')
    const without = acties.map((actie, index) => ({ actie, index })).filter(({ actie, index }) => !named(index, actie))
    const first = without[0]
    if (!first) return
    if (without.length === acties.length && acties.length > 1) {
      context.report(
        `Geen van de ${acties.length} acties in de uitvoeringsagenda hoort bij een ${label}; zet de rijen onder koppen \`## [titel](#id)\` of voeg een kolom ${column} toe`,
        { pointer: `/acties/${first.index}` }
      )
      return
    }
    for (const { actie, index } of without) {
      context.report(`Actie in ${rowLabel(actie, index)} hoort bij geen ${label}; zet de rij onder een kop \`## [titel](#id)\` of vul de kolom ${column}`, {
        pointer: `/acties/${index}`
      })
    }
  }
)
