import { lintRule } from '../rule.js'
import { agendaHeader, example } from '../util/examples.js'
import { columnLabel, columnName, dateCells } from '../util/agenda.js'
import { code } from '../util/text.js'

/** Rule: a date cell holds a date, not sentences. */
export const agendaDateProse = lintRule(
  {
    id: 'agenda-date-prose',
    severity: 'error',
    group: 'agenda',
    description: 'Een datumcel bevat een datum, geen zinnen.',
    docs: {
      what: 'Meldt start- en einddatums die uit lopende tekst bestaan ("In het najaar 2021 volgt een voorstel aan de raad"). Tekst die met een kolomnaam begint (`Doel: …`) meldt `agenda-column-shift`.',
      why: 'Een zin in een datumcel is niet te plannen of te controleren; de toelichting hoort bij bijzonderheden, de datum in de cel.',
      ok: example(['# Uitvoeringsagenda', '', ...agendaHeader, '| Voorstel aan de raad | Besluit | 2021-Q4 | 2022 | Jeugd | Eerst overleg met de voorzitter |']),
      notOk: example(['# Uitvoeringsagenda', '', ...agendaHeader, '| Voorstel aan de raad | Besluit | Dit wordt opgenomen met de voorzitter van het overleg. Daarna volgt een voorstel. | 2022 | Jeugd | |']),
      expected: ['Startdatum `Dit wordt opgenomen met de voorzitter van het overleg. Daar…` is tekst, geen datum; zet de toelichting bij bijzonderheden']
    }
  },
  (model, context) => {
    for (const { period, field, pointer } of dateCells(model)) {
      if (period.kind !== 'invalid' || period.form !== 'prose' || columnLabel.test(period.text.trim())) continue
      context.report(`${columnName[field]} ${code(period.text)} is tekst, geen datum; zet de toelichting bij bijzonderheden`, {
        pointer,
        actual: period.text,
        ...(period.note ? { note: period.note } : {})
      })
    }
  }
)
