import { lintRule } from '../rule.js'
import { agendaHeader, example } from '../util/examples.js'
import { columnLabel, rowLabel } from '../util/agenda.js'

/** Rule: every agenda row says what it is for. */
export const agendaGoalMissing = lintRule(
  {
    id: 'agenda-goal-missing',
    severity: 'error',
    group: 'agenda',
    description: 'Elke actie in de uitvoeringsagenda heeft een doel (en een activiteit).',
    docs: {
      what: 'Meldt agendarijen met een lege cel voor de activiteit of het doel, op de plek van die cel.',
      why: 'Een actie zonder doel ("Uitvoeren gemeentelijke zelfscan") is niet te verantwoorden of te evalueren.',
      ok: example(['# Uitvoeringsagenda', '', ...agendaHeader, '| Zelfscan | Inzicht in de uitvoering | 2022 | 2023 | Jeugd | |']),
      notOk: example(['# Uitvoeringsagenda', '', ...agendaHeader, '| Zelfscan | | 2022 | 2023 | Jeugd | |']),
      expected: ['Doel ontbreekt in rij 1 (`Zelfscan`); beschrijf wat de actie moet opleveren']
    }
  },
  (model, context) => {
    ;(model.acties ?? []).forEach((actie, index) => {
      if (!actie.activiteit.trim()) {
        context.report(`Activiteit ontbreekt in rij ${index + 1}; beschrijf wat er gedaan wordt`, { pointer: `/acties/${index}/activiteit` })
      }
      // A doel that slid into the start column is reported by `agenda-column-shift`.
      if (!actie.doel?.trim() && !columnLabel.test(actie.start?.trim() ?? '')) {
        context.report(`Doel ontbreekt in ${rowLabel(actie, index)}; beschrijf wat de actie moet opleveren`, { pointer: `/acties/${index}/doel` })
      }
    })
  }
)
