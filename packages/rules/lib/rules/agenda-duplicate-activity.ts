import { lintRule } from '../rule.js'
import { agendaHeader, example } from '../util/examples.js'
import { normalizeTitle } from '../util/text.js'

/** Rule: an activity appears once in the agenda. */
export const agendaDuplicateActivity = lintRule(
  {
    id: 'agenda-duplicate-activity',
    severity: 'warning',
    group: 'agenda',
    description: 'Een activiteit staat maar één keer in de uitvoeringsagenda.',
    docs: {
      what: 'Meldt agendarijen waarvan de activiteit (hoofdletters, leestekens en spaties buiten beschouwing) gelijk is aan een eerdere rij, met een verwijzing naar die eerste rij.',
      why: 'Een dubbele activiteit telt twee keer mee in de planning en de voortgang, en de twee kopieën lopen uit elkaar.',
      ok: example(['# Uitvoeringsagenda', '', ...agendaHeader, '| Inloop | Preventie | 2022 | 2023 | Wmo | |', '| Buurtcoach | Preventie | 2022 | 2023 | Wmo | |']),
      notOk: example(['# Uitvoeringsagenda', '', ...agendaHeader, '| Inloop | Preventie | 2022 | 2023 | Wmo | |', '| Inloop. | Preventie | 2022 | 2024 | Jeugd | |']),
      expected: ['Activiteit `Inloop.` staat al in rij 1 van de uitvoeringsagenda; voeg de rijen samen']
    }
  },
  (model, context) => {
    const seen = new Map<string, number>()
    ;(model.acties ?? []).forEach((actie, index) => {
      const key = normalizeTitle(actie.activiteit)
      if (!key) return
      const first = seen.get(key)
      if (first === undefined) {
        seen.set(key, index)
        return
      }
      const related = context.file.locate(`/acties/${first}/activiteit`)
      context.report(
        `Activiteit \`${actie.activiteit}\` staat al in rij ${first + 1} van de uitvoeringsagenda; voeg de rijen samen`,
        { pointer: `/acties/${index}/activiteit`, ...(related ? { related: { reason: 'Eerste vermelding', location: related } } : {}) }
      )
    })
  }
)
