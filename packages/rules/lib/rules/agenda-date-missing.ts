import { lintRule } from '../rule.js'
import { agendaHeader, example } from '../util/examples.js'
import { columnName, dateCells, rowLabel } from '../util/agenda.js'

/** Rule: every agenda row has a start and an end. */
export const agendaDateMissing = lintRule(
  {
    id: 'agenda-date-missing',
    severity: 'warning',
    group: 'agenda',
    description: 'Elke actie in de uitvoeringsagenda heeft een start- en einddatum.',
    docs: {
      what: 'Meldt lege start- en eindcellen in de uitvoeringsagenda, op de plek van de lege cel.',
      why: 'Een actie zonder planning kan niet gevolgd worden; in de bron hebben vier acties geen start en elf geen einde.',
      options: { columns: 'Welke kolommen verplicht zijn (default: `["start", "eind"]`).' },
      ok: example(['# Uitvoeringsagenda', '', ...agendaHeader, '| Inloop | Preventie | 2022 | 2023 | Wmo | |']),
      notOk: example(['# Uitvoeringsagenda', '', ...agendaHeader, '| Inloop | Preventie | | 2023 | Wmo | |', '| Zelfscan | Inzicht | 2022 | | Jeugd | |']),
      expected: [
        'Startdatum ontbreekt in rij 1 (`Inloop`); vul een datum in, of `ntb`',
        'Einddatum ontbreekt in rij 2 (`Zelfscan`); vul een datum in, of `ntb`'
      ]
    }
  },
  (model, context) => {
    const columns = (context.options.columns as string[] | undefined) ?? ['start', 'eind']
    for (const { period, field, pointer, actie, index } of dateCells(model)) {
      if (period.kind !== 'empty' || !columns.includes(field)) continue
      context.report(`${columnName[field]} ontbreekt in ${rowLabel(actie, index)}; vul een datum in, of \`ntb\``, { pointer })
    }
  }
)
