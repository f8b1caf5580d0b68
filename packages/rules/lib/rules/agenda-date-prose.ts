import { lintRule } from '../rule.js'
import { agendaPlan } from '../util/agenda-examples.js'
import { columnName, dateCells, isShifted } from '../util/agenda.js'
import { code } from '../util/text.js'

/** Rule: a date cell holds a date, not sentences. */
export const agendaDateProse = lintRule(
  {
    id: 'agenda-date-prose',
    severity: 'warning',
    group: 'agenda',
    description: 'Een datumcel bevat een datum, geen zinnen.',
    docs: {
      what: 'Meldt start- en einddatums die uit lopende tekst bestaan (meer dan zes woorden of meer dan één zin). Een datum met een kort woord ervoor (`vanaf 2025`, `gestart 2024`) of een gebeurtenis (`begroting 2026`) is geen tekst; tekst die met een kolomnaam begint (`Doel: …`) meldt `agenda-column-shift`. Een waarschuwing: of de zin een datum verbergt, weet alleen de schrijver.',
      why: 'Een zin in een datumcel is niet te plannen of te controleren; de toelichting hoort in een eigen kolom, de datum in de cel.',
      ok: [
        { title: 'Datum met een kort woord ervoor', text: agendaPlan(['| Huurteam | Wonen | vanaf 2025 | eind 2026 | Wonen | |']) },
        { title: 'Gebeurtenis als datum', text: agendaPlan(['| Nieuwe subsidieregels | Eenvoud | begroting 2025 | 2025 | Wmo | |']) },
        { title: 'Status met datum', text: agendaPlan(['| Taalhuis | Geletterdheid | gestart in 2024 | doorlopend | Participatie | |']) },
        { title: 'Toelichting in de eigen kolom', text: agendaPlan(['| Raadsvoorstel jeugdhulp | Besluit | Q4 2024 | 2025 | Jeugd | Eerst overleg met de scholen, daarna een voorstel |']) }
      ],
      notOk: [
        {
          title: 'Zinnen in de startcel',
          text: agendaPlan(['| Raadsvoorstel jeugdhulp | Besluit | Eerst overleggen we met de scholen. Daarna volgt een voorstel. | 2025 | Jeugd | |']),
          expected: ['Startdatum `Eerst overleggen we met de scholen. Daarna volgt een voorst…` is tekst, geen datum; zet de toelichting in een kolom Toelichting en de datum in de cel']
        },
        {
          title: 'Lange zin in de eindcel',
          text: agendaPlan(['| Huurteam | Wonen | 2024 | Zodra de woningcorporaties hun jaarplannen hebben vastgesteld | Wonen | |']),
          expected: ['Einddatum `Zodra de woningcorporaties hun jaarplannen hebben vastgeste…` is tekst, geen datum; zet de toelichting in een kolom Toelichting en de datum in de cel']
        },
        {
          title: 'Zin in een kolom planning',
          text: agendaPlan(['| Taalhuis | Geletterdheid | Afhankelijk van de landelijke regeling voor laaggeletterdheid |'], { header: '| Actie | Doel | Planning |' }),
          expected: ['Startdatum `Afhankelijk van de landelijke regeling voor laaggeletterdhe…` is tekst, geen datum; zet de toelichting in een kolom Toelichting en de datum in de cel']
        }
      ]
    }
  },
  (model, context) => {
    for (const cell of dateCells(model, context.file)) {
      const { period, field, pointer } = cell
      // Another column's text in the date cell is `agenda-column-shift`'s one message.
      if (period.kind !== 'invalid' || period.form !== 'prose' || isShifted(context.file, cell)) continue
      context.report(`${columnName[field]} ${code(period.text)} is tekst, geen datum; zet de toelichting in een kolom Toelichting en de datum in de cel`, {
        pointer,
        actual: period.text,
        ...(period.note ? { note: period.note } : {})
      })
    }
  }
)
