import { lintRule } from '../rule.js'
import { agendaHeader, example } from '../util/examples.js'
import { dateCells } from '../util/agenda.js'

/** Rule: actions fall inside the plan's periode. */
export const agendaDateOutsidePeriod = lintRule(
  {
    id: 'agenda-date-outside-period',
    severity: 'info',
    group: 'agenda',
    description: 'Acties vallen binnen de looptijd van het plan.',
    docs: {
      what: 'Meldt acties die eindigen vóór het eerste jaar van `periode` of beginnen na het laatste jaar.',
      why: 'Een actie die al vóór de planperiode eindigde ("Beleidsregels Beschut Werk 2021 – 2021" in een plan 2022-2025) is waarschijnlijk afgerond en hoort in een terugblik, niet in de agenda.',
      ok: example(['# Uitvoeringsagenda', '', ...agendaHeader, '| Inloop | Preventie | 2021 | 2023 | Wmo | |']),
      notOk: example(['# Uitvoeringsagenda', '', ...agendaHeader, '| Beleidsregels Beschut Werk | Regels | 2021 | 2021 | Participatie/SHV | |', '| Evaluatie | Leren | 2026 | 2027 | Jeugd | |']),
      expected: [
        'Actie eindigt `2021`, vóór de planperiode `2022-2025`; is ze al afgerond?',
        'Actie begint `2026`, na de planperiode `2022-2025`'
      ]
    }
  },
  (model, context) => {
    const periode = model.document?.periode
    if (!periode) return
    const first = `${periode.start}-01-01`
    const last = `${periode.eind}-12-31`
    const span = `${periode.start}-${periode.eind}`
    for (const { period, field, pointer } of dateCells(model)) {
      if (field === 'eind' && period.end && period.end < first) {
        context.report(`Actie eindigt \`${period.text.trim()}\`, vóór de planperiode \`${span}\`; is ze al afgerond?`, { pointer })
      }
      if (field === 'start' && period.start && period.start > last) {
        context.report(`Actie begint \`${period.text.trim()}\`, na de planperiode \`${span}\``, { pointer })
      }
    }
  }
)
