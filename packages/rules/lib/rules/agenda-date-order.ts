import { lintRule } from '../rule.js'
import { agendaHeader, example } from '../util/examples.js'
import { dateCells } from '../util/agenda.js'

/** Rule: an action does not end before it starts. */
export const agendaDateOrder = lintRule(
  {
    id: 'agenda-date-order',
    severity: 'error',
    group: 'agenda',
    description: 'De einddatum van een actie ligt niet vóór de startdatum.',
    docs: {
      what: 'Vergelijkt per rij de vroegste dag die de startdatum kan betekenen met de laatste dag die de einddatum kan betekenen (`medio 2022` is mei–augustus 2022) en meldt een einde dat daarvóór ligt.',
      why: 'Een einde vóór het begin is altijd een typefout of een verwisselde kolom.',
      ok: example(['# Uitvoeringsagenda', '', ...agendaHeader, '| Inloop | Preventie | medio 2022 | 2023-01 | Wmo | |']),
      notOk: example(['# Uitvoeringsagenda', '', ...agendaHeader, '| Inloop | Preventie | medio 2022 | 01-2019 | Wmo | |']),
      expected: ['Einddatum `01-2019` ligt vóór de startdatum `medio 2022`']
    }
  },
  (model, context) => {
    const cells = dateCells(model)
    for (let i = 0; i + 1 < cells.length; i += 2) {
      const start = cells[i]
      const eind = cells[i + 1]
      if (!start || !eind || !start.period.start || !eind.period.end) continue
      if (eind.period.end >= start.period.start) continue
      context.report(`Einddatum \`${eind.period.text.trim()}\` ligt vóór de startdatum \`${start.period.text.trim()}\``, {
        pointer: eind.pointer,
        actual: eind.period.text.trim()
      })
    }
  }
)
