import { lintRule } from '../rule.js'
import { agendaPlan } from '../util/agenda-examples.js'
import { columnName, dateRows, hasCell, isOrphanRow, rowLabel } from '../util/agenda.js'

/** Rule: every agenda row has a start and an end. */
export const agendaDateMissing = lintRule(
  {
    id: 'agenda-date-missing',
    severity: 'warning',
    group: 'agenda',
    description: 'Elke actie in de uitvoeringsagenda heeft een start- en einddatum.',
    docs: {
      what: 'Meldt lege start- en eindcellen, op de plek van de lege cel; een rij zonder enige datum geeft één melding, bij de startcel. Een agenda zonder kolom voor datums krijgt één melding in plaats van één per rij; een tabel met alleen een kolom voor het einde (`Gereed`) of de start plant met die ene datum en krijgt geen melding per rij voor de kolom die er niet is. Een rij met alleen een activiteit meldt `agenda-orphan-row`.',
      why: 'Een actie zonder planning kan niet gevolgd worden.',
      options: { columns: 'Welke kolommen verplicht zijn (default: `["start", "eind"]`).' },
      ok: [
        { title: 'Start en einde ingevuld', text: agendaPlan(['| Buurtkamers openen | Ontmoeting | 2024 | 2025 | Wmo | |']) },
        { title: 'Einde nog niet bepaald', text: agendaPlan(['| Huurteam | Wonen | 2025 | ntb | Wonen | |']) },
        {
          title: 'Eén kolom planning met één kwartaal',
          text: agendaPlan(['| Schuldhulp bij de huisarts | Vroeg hulp | Q3 2025 | Team Inkomen |'], { header: '| Actiepunt | Doel | Wanneer | Wie |' })
        },
        {
          title: 'Alleen een kolom voor het einde',
          text: agendaPlan(['| Buurtkamers openen | Team Wijken | eind 2025 |', '| Taalhuis | Bibliotheek | 2026-Q2 |'], { header: '| Wat doen we | Wie is aan zet | Gereed in |' })
        },
        {
          title: 'Alleen de start verplicht',
          text: agendaPlan(['| Taalhuis | Geletterdheid | 2024 | | Participatie | |']),
          options: { columns: ['start'] }
        }
      ],
      notOk: [
        {
          title: 'Lege start en leeg einde in verschillende rijen',
          text: agendaPlan(['| Buurtkamers openen | Ontmoeting | | 2025 | Wmo | |', '| Huurteam | Wonen | 2024 | | Wonen | |']),
          expected: [
            'Startdatum ontbreekt in rij 1 (`Buurtkamers openen`); vul een datum in, of `ntb`',
            'Einddatum ontbreekt in rij 2 (`Huurteam`); vul een datum in, of `ntb`'
          ]
        },
        {
          title: 'Rij zonder datums: één melding',
          text: agendaPlan(['| Taalhuis | Geletterdheid | | | Participatie | |']),
          expected: ['Start- en einddatum ontbreken in rij 1 (`Taalhuis`); vul een datum in, of `ntb`']
        },
        {
          title: 'Lege cel in de enige datumkolom',
          text: agendaPlan(['| Buurtkamers openen | Team Wijken | eind 2025 |', '| Taalhuis | Bibliotheek | |'], { header: '| Wat doen we | Wie is aan zet | Gereed in |' }),
          expected: ['Einddatum ontbreekt in rij 2 (`Taalhuis`); vul een datum in, of `ntb`']
        },
        {
          title: 'Agenda zonder datumkolom: één melding',
          text: agendaPlan(['| Huurteam | Wonen | Team Wonen |', '| Taalhuis | Geletterdheid | Bibliotheek |'], { header: '| Activiteit | Doel | Trekker |' }),
          expected: ['De uitvoeringsagenda heeft geen kolom voor de start of het einde (2 rijen); voeg een kolom Start en Eind of Planning toe']
        }
      ]
    }
  },
  (model, context) => {
    const columns = (context.options.columns as string[] | undefined) ?? ['start', 'eind']
    const rows = dateRows(model, context.file).filter(({ actie }) => !isOrphanRow(actie))
    const withoutColumn = rows.filter(({ index }) => !hasCell(context.file, index, 'start') && !hasCell(context.file, index, 'eind'))
    const first = withoutColumn[0]
    if (first) {
      context.report(
        `De uitvoeringsagenda heeft geen kolom voor de start of het einde (${withoutColumn.length} ${withoutColumn.length === 1 ? 'rij' : 'rijen'}); voeg een kolom Start en Eind of Planning toe`,
        { pointer: `/acties/${first.index}` }
      )
    }
    for (const row of rows) {
      if (withoutColumn.includes(row)) continue
      // A table with only a deadline column (`Gereed`) or only a start column plans by that
      // one date: the absent column is not an empty cell in every row.
      const empty = [row.start, row.eind].filter((c) => c.period.kind === 'empty' && columns.includes(c.field) && (row.shared || hasCell(context.file, row.index, c.field)))
      const [cell] = empty
      if (!cell) continue
      const what = empty.length === 2 || row.shared ? 'Start- en einddatum ontbreken' : `${columnName[cell.field]} ontbreekt`
      context.report(`${what} in ${rowLabel(row.actie, row.index)}; vul een datum in, of \`ntb\``, { pointer: cell.pointer })
    }
  }
)
