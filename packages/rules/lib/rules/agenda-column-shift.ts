import { lintRule } from '../rule.js'
import { agendaHeader, example } from '../util/examples.js'
import { columnLabel, columnName, dateCells, rowLabel } from '../util/agenda.js'
import { code } from '../util/text.js'

/** Rule: the doel (or another column) has not slid into a date column. */
export const agendaColumnShift = lintRule(
  {
    id: 'agenda-column-shift',
    severity: 'error',
    group: 'agenda',
    description: 'De kolommen van een agendarij zijn niet verschoven (geen doel in de startkolom).',
    docs: {
      what: 'Meldt een datumcel die met de naam van een andere kolom begint (`Doel: …`), of een rij zonder doel waarvan de startcel lopende tekst bevat: dan is de tekst een kolom opgeschoven.',
      why: 'Bij kopiëren uit Word schuiven cellen: het doel komt onder "start" te staan en de rij lijkt doel- en datumloos.',
      ok: example(['# Uitvoeringsagenda', '', ...agendaHeader, '| Werkbezoek | Inspiratie opdoen bij andere gemeenten | 2022 | 2022 | Sociaal breed | |']),
      notOk: example(['# Uitvoeringsagenda', '', ...agendaHeader, '| Werkbezoek | | Doel: inspiratie opdoen bij andere gemeenten | 2022 | Sociaal breed | |']),
      expected: ['Kolommen verschoven in rij 1 (`Werkbezoek`): Startdatum bevat `Doel: inspiratie opdoen bij andere gemeenten`; zet die tekst in de juiste kolom']
    }
  },
  (model, context) => {
    for (const { period, field, pointer, actie, index } of dateCells(model)) {
      const text = period.text.trim()
      const labelled = columnLabel.test(text)
      const shiftedGoal = field === 'start' && !actie.doel?.trim() && period.kind === 'invalid' && period.form === 'prose'
      if (!labelled && !shiftedGoal) continue
      context.report(
        `Kolommen verschoven in ${rowLabel(actie, index)}: ${columnName[field]} bevat ${code(text)}; zet die tekst in de juiste kolom`,
        { pointer, actual: text }
      )
    }
  }
)
