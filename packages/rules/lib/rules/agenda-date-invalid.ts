import { lintRule } from '../rule.js'
import { agendaPlan } from '../util/agenda-examples.js'
import { columnName, dateCells, trackedChange } from '../util/agenda.js'
import { code } from '../util/text.js'

/** Rule: a date that looks like a date must exist. */
export const agendaDateInvalid = lintRule(
  {
    id: 'agenda-date-invalid',
    severity: 'error',
    group: 'agenda',
    description: 'Een datum in de uitvoeringsagenda bestaat (geen maand 13, geen 31 februari).',
    docs: {
      what: 'Meldt start- en einddatums die de vorm van een datum hebben maar niet kunnen bestaan: maand `13`, `31-02-2025`, kwartaal 5, een jaartal buiten 1900–2199, een periode waarvan het einde vóór het begin ligt (`2026-2024`). Tekst, plaatshouders (`ntb`) en restanten van wijzigingen melden andere regels.',
      why: 'Een onmogelijke datum is zeker een typefout; bij lezen valt hij niet op, maar de planning klopt niet meer.',
      ok: [
        { title: 'Bestaande maand en jaar', text: agendaPlan(['| Buurtkamers openen | Ontmoeting | 11-2024 | 2025 | Wmo | |']) },
        { title: 'Schrikkeldag in een schrikkeljaar', text: agendaPlan(['| Vrijwilligersfeest | Waardering | 29-02-2024 | 29-02-2024 | Wmo | |']) },
        { title: 'Kwartaal en doorlopend', text: agendaPlan(['| Taalhuis | Geletterdheid | Q4 2024 | doorlopend | Participatie | |']) },
        { title: 'Zin in de datumcel is geen ongeldige datum', text: agendaPlan(['| Huurteam | Wonen | Na het besluit van de raad over de huurtoeslag | 2025 | Wonen | |']) }
      ],
      notOk: [
        {
          title: 'Maand 13',
          text: agendaPlan(['| Buurtkamers openen | Ontmoeting | 13-2024 | 2025 | Wmo | |']),
          expected: ['Startdatum `13-2024` bestaat niet: Maand 13 bestaat niet']
        },
        {
          title: 'Dag en maand 31',
          text: agendaPlan(['| Inloopspreekuur | Vroeg hulp | 2024 | 31-31-2025 | Wmo | |']),
          expected: ['Einddatum `31-31-2025` bestaat niet: Maand 31 bestaat niet']
        },
        {
          title: 'Vijfde kwartaal',
          text: agendaPlan(['| Huurteam | Wonen | Q5 2024 | 2025 | Wonen | |']),
          expected: ['Startdatum `Q5 2024` bestaat niet: Kwartaal 5 bestaat niet']
        }
      ]
    }
  },
  (model, context) => {
    for (const { period, field, pointer } of dateCells(model, context.file)) {
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
