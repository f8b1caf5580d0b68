import { lintRule } from '../rule.js'
import { agendaPlan } from '../util/agenda-examples.js'
import { dateRows } from '../util/agenda.js'

/** Rule: an action does not end before it starts. */
export const agendaDateOrder = lintRule(
  {
    id: 'agenda-date-order',
    severity: 'error',
    group: 'agenda',
    description: 'De einddatum van een actie ligt niet vóór de startdatum.',
    docs: {
      what: 'Vergelijkt per rij de vroegste dag die de startdatum kan betekenen met de laatste dag die de einddatum kan betekenen (`medio 2025` is mei–augustus 2025, `Q4 2025` oktober–december) en meldt een einde dat daarvóór ligt. Alleen als beide cellen een datum zijn: `doorlopend`, `ntb` en lege cellen worden niet vergeleken.',
      why: 'Een einde vóór het begin is altijd een typefout of een verwisselde kolom: de tekst zelf bewijst het.',
      ok: [
        { title: 'Start en einde in volgorde', text: agendaPlan(['| Buurtkamers openen | Ontmoeting | 2024-03 | 2025 | Wmo | |']) },
        { title: 'Kwartaal en maand in hetzelfde kwartaal', text: agendaPlan(['| Schuldhulp bij de huisarts | Vroeg hulp | Q4 2025 | 2025-10 | Participatie | |']) },
        { title: 'Start en einde in dezelfde maand', text: agendaPlan(['| Week van de mantelzorg | Waardering | november 2025 | 2025-11 | Wmo | |']) },
        { title: 'Doorlopende actie', text: agendaPlan(['| Taalhuis | Geletterdheid | 2024 | doorlopend | Participatie | |']) },
        {
          title: 'Eén kolom planning met een periode',
          text: agendaPlan(['| Huurteam | Betaalbaar wonen | 2024 - 2026 | Team Wonen |'], { header: '| Actie | Doel | Looptijd | Trekker |' })
        }
      ],
      notOk: [
        {
          title: 'Einde een jaar vóór de start',
          text: agendaPlan(['| Buurtkamers openen | Ontmoeting | medio 2025 | 01-2024 | Wmo | |']),
          expected: ['Einddatum `01-2024` ligt vóór de startdatum `medio 2025`; verwissel de cellen of verbeter de datum']
        },
        {
          title: 'Einde vóór de start in hetzelfde jaar',
          text: agendaPlan(['| Inloopspreekuur | Vroeg hulp | september 2025 | 2025-06 | Wmo | |']),
          expected: ['Einddatum `2025-06` ligt vóór de startdatum `september 2025`; verwissel de cellen of verbeter de datum']
        },
        {
          title: 'Kolommen met andere namen',
          text: agendaPlan(['| Huurteam | Betaalbaar wonen | 2026 | Q2 2025 |'], { header: '| Maatregel | Beoogd resultaat | Startdatum | Gereed |' }),
          expected: ['Einddatum `Q2 2025` ligt vóór de startdatum `2026`; verwissel de cellen of verbeter de datum']
        }
      ]
    }
  },
  (model, context) => {
    for (const { start, eind, shared } of dateRows(model, context.file)) {
      if (shared || !start.period.start || !eind.period.end) continue
      if (eind.period.end >= start.period.start) continue
      context.report(
        `Einddatum \`${eind.period.text.trim()}\` ligt vóór de startdatum \`${start.period.text.trim()}\`; verwissel de cellen of verbeter de datum`,
        { pointer: eind.pointer, actual: eind.period.text.trim() }
      )
    }
  }
)
