import { lintRule } from '../rule.js'
import { agendaHeader, example } from '../util/examples.js'
import { columnName, dateCells, trackedChange } from '../util/agenda.js'
import { code } from '../util/text.js'

/** Rule: a date that looks like a date must exist. */
export const agendaDateInvalid = lintRule(
  {
    id: 'agenda-date-invalid',
    severity: 'error',
    group: 'agenda',
    description: 'Een datum in de uitvoeringsagenda bestaat (geen maand 13, geen jaar 202).',
    docs: {
      what: 'Meldt start- en einddatums die op een datum lijken maar niet kunnen bestaan: maand `13`, `31-02-2022`, een jaartal van drie cijfers.',
      why: 'Een typefout in een datum valt bij lezen niet op, maar maakt de planning onbetrouwbaar.',
      ok: example(['# Uitvoeringsagenda', '', ...agendaHeader, '| Inloop | Preventie | 2022-11 | 2023 | Wmo | |']),
      notOk: example(['# Uitvoeringsagenda', '', ...agendaHeader, '| Inloop | Preventie | 13-2022 | 2023 | Wmo | |']),
      expected: ['Startdatum `13-2022` bestaat niet: Maand 13 bestaat niet']
    }
  },
  (model, context) => {
    for (const { period, field, pointer } of dateCells(model)) {
      if (period.kind !== 'invalid' || period.form === 'prose') continue
      // `Juni Maart-2022` is a tracked-change remnant: `agenda-tracked-change` reports it.
      if (trackedChange.test(period.text)) continue
      context.report(`${columnName[field]} ${code(period.text)} bestaat niet: ${period.note ?? 'ongeldige datum'}`, {
        pointer,
        actual: period.text
      })
    }
  }
)
