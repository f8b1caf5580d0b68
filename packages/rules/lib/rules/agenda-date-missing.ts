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
      what: 'Meldt lege start- en eindcellen in de uitvoeringsagenda, op de plek van de lege cel; een rij zonder enige datum geeft één melding, bij de startcel.',
      why: 'Een actie zonder planning kan niet gevolgd worden; in de bron hebben vier acties geen start en elf geen einde.',
      options: { columns: 'Welke kolommen verplicht zijn (default: `["start", "eind"]`).' },
      ok: example(['# Uitvoeringsagenda', '', ...agendaHeader, '| Inloop | Preventie | 2022 | 2023 | Wmo | |']),
      notOk: example(['# Uitvoeringsagenda', '', ...agendaHeader, '| Inloop | Preventie | | 2023 | Wmo | |', '| Zelfscan | Inzicht | 2022 | | Jeugd | |', '| Inkooptafels | Afspraken | | | Jeugd | |']),
      expected: [
        'Startdatum ontbreekt in rij 1 (`Inloop`); vul een datum in, of `ntb`',
        'Einddatum ontbreekt in rij 2 (`Zelfscan`); vul een datum in, of `ntb`',
        'Start- en einddatum ontbreken in rij 3 (`Inkooptafels`); vul een datum in, of `ntb`'
      ]
    }
  },
  (model, context) => {
    const columns = (context.options.columns as string[] | undefined) ?? ['start', 'eind']
    const cells = dateCells(model).filter((c) => c.period.kind === 'empty' && columns.includes(c.field))
    for (const { field, pointer, actie, index } of cells) {
      // A row without any date gets one message, at the start cell.
      const both = cells.some((c) => c.index === index && c.field !== field)
      if (both && field === 'eind') continue
      const what = both ? 'Start- en einddatum ontbreken' : `${columnName[field]} ontbreekt`
      context.report(`${what} in ${rowLabel(actie, index)}; vul een datum in, of \`ntb\``, { pointer })
    }
  }
)
