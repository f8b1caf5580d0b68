import { lintRule } from '../rule.js'
import { agendaPlan } from '../util/agenda-examples.js'
import { columnName, dateRows, isShifted, rowLabel } from '../util/agenda.js'
import { code } from '../util/text.js'

/** Rule: the doel (or another column) has not slid into a date column. */
export const agendaColumnShift = lintRule(
  {
    id: 'agenda-column-shift',
    severity: 'warning',
    group: 'agenda',
    description: 'De kolommen van een agendarij zijn niet verschoven (geen doel in de startkolom).',
    docs: {
      what: 'Meldt een datumcel die met de naam van een andere kolom begint (`Doel: …`), of een rij met een lege doelcel waarvan de startcel lopende tekst bevat: dan is de tekst waarschijnlijk een kolom opgeschoven. Een waarschuwing: de regel ziet het patroon, niet de bedoeling.',
      why: 'Bij kopiëren uit een tekstverwerker schuiven cellen: het doel komt onder de start te staan en de rij lijkt doel- en datumloos.',
      ok: [
        { title: 'Elke cel in zijn kolom', text: agendaPlan(['| Werkbezoek buurgemeente | Leren van elkaar | 2024 | 2024 | Wmo | |']) },
        {
          title: 'Zin in de startcel naast een ingevuld doel',
          text: agendaPlan(['| Huurteam | Wonen | Na het besluit van de raad over de huurtoeslag | 2025 | Wonen | |'])
        },
        {
          title: 'Agenda zonder doelkolom',
          text: agendaPlan(['| Taalhuis | Zodra de bibliotheek de ruimte heeft ingericht en open is | Bibliotheek |'], { header: '| Actie | Start | Trekker |' })
        },
        { title: 'Kolomnaam midden in de toelichting', text: agendaPlan(['| Huurteam | Wonen | 2024 | 2025 | Wonen | Doel: minder huisuitzettingen |']) }
      ],
      notOk: [
        {
          title: 'Doel met kolomnaam in de startcel',
          text: agendaPlan(['| Werkbezoek buurgemeente | | Doel: leren van elkaar | 2024 | Wmo | |']),
          expected: ['Kolommen verschoven in rij 1 (`Werkbezoek buurgemeente`): Startdatum bevat `Doel: leren van elkaar`; zet die tekst in de juiste kolom']
        },
        {
          title: 'Doel zonder kolomnaam in de startcel',
          text: agendaPlan(['| Taalhuis | | Meer inwoners kunnen goed lezen en schrijven | 2025 | Participatie | |']),
          expected: ['Kolommen verschoven in rij 1 (`Taalhuis`): Startdatum bevat `Meer inwoners kunnen goed lezen en schrijven`; zet die tekst in de juiste kolom']
        },
        {
          title: 'Resultaat in de eindcel',
          text: agendaPlan(['| Huurteam | Wonen | 2024 | Resultaat: minder huisuitzettingen | Wonen | |']),
          expected: ['Kolommen verschoven in rij 1 (`Huurteam`): Einddatum bevat `Resultaat: minder huisuitzettingen`; zet die tekst in de juiste kolom']
        }
      ]
    }
  },
  (model, context) => {
    for (const row of dateRows(model, context.file)) {
      for (const cell of row.shared ? [row.start] : [row.start, row.eind]) {
        if (!isShifted(context.file, cell)) continue
        const text = cell.period.text.trim()
        context.report(
          `Kolommen verschoven in ${rowLabel(row.actie, row.index)}: ${columnName[cell.field]} bevat ${code(text)}; zet die tekst in de juiste kolom`,
          { pointer: cell.pointer, actual: text }
        )
      }
    }
  }
)
