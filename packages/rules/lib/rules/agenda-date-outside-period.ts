import type { Plan } from '@kapstok/core'
import { lintRule } from '../rule.js'
import { agendaPlan } from '../util/agenda-examples.js'
import { dateRows, rowLabel } from '../util/agenda.js'
import { alreadyRunning, followUpEnd } from '../util/agenda-carry-over.js'

/** Rule: actions fall inside the plan's periode. */
export const agendaDateOutsidePeriod = lintRule(
  {
    id: 'agenda-date-outside-period',
    severity: 'warning',
    group: 'agenda',
    description: 'Acties vallen binnen de looptijd van het plan.',
    docs: {
      what: 'Vergelijkt de datums van elke agendarij met `periode` uit de frontmatter (`2024-2027`): een einde na het laatste jaar, een actie die helemaal vóór het eerste jaar ligt, en een start vóór het eerste jaar worden gemeld, één melding per rij. Een actie die al liep en dat zegt (`sinds 2022`, `gestart juni 2021`, `lopend` in de startcel of de kop van de startkolom, of een activiteit als `Voortzetten …`) wordt niet gemeld, en evenmin een evaluatie of verantwoording die in het laatste jaar van de periode of later begint en in het eerste halfjaar na de periode eindigt, als de tekst zegt dat na afloop een evaluatie volgt (zonder die zin is ook een evaluatie die in het eerste kwartaal na de periode klaar is een datum buiten de periode); een evaluatie die eerder begint en over het einde doorloopt, wordt wel gemeld. `doorlopend`, `jaarlijks`, `ntb` en lege cellen (een open einde) tellen niet; een periode in één cel (`2024 - 2026`) telt met begin en einde.',
      why: 'Een actie buiten de looptijd hoort in een terugblik of in het volgende plan; vaak is het jaartal verschrijfd (`2042` voor `2024`). De regel geeft een waarschuwing: een actie die al liep vóór het plan kan bewust zijn opgenomen; schrijf dan `sinds 2022`.',
      ok: [
        { title: 'Binnen de looptijd', text: agendaPlan(['| Buurtkamers openen | Ontmoeting | 2024-03 | 2027-Q4 | Wmo | |']) },
        { title: 'Doorlopend na een start in de looptijd', text: agendaPlan(['| Taalhuis | Geletterdheid | 2025 | doorlopend | Participatie | |']) },
        { title: 'Jaarlijks terugkerende actie', text: agendaPlan(['| Week van de mantelzorg | Waardering | jaarlijks | jaarlijks | Wmo | |']) },
        { title: 'Open einde', text: agendaPlan(['| Huurteam | Wonen | 2026 | | Wonen | |']) },
        { title: 'Lopende actie die zegt sinds wanneer', text: agendaPlan(['| Taalhuis | Geletterdheid | sinds 2022 | 2025 | Participatie | |']) },
        {
          title: 'Een eindevaluatie vlak na de looptijd, als de tekst zegt dat die na afloop volgt',
          text: agendaPlan(['| Eindevaluatie programma | Leren | 2027 | Q1 2028 | Wmo | |'], { before: ['# Evaluatie', '', 'Na afloop van het programma volgt een evaluatie.', ''] })
        },
        {
          title: 'Periode in één kolom binnen de looptijd',
          text: agendaPlan(['| Huurteam | Wonen | 2024 t/m 2027 |'], { header: '| Actie | Doel | Looptijd |' })
        }
      ],
      notOk: [
        {
          title: 'Einde na de looptijd',
          text: agendaPlan(['| Buurtkamers openen | Ontmoeting | 2025 | 2029 | Wmo | |']),
          expected: ['Actie in rij 1 (`Buurtkamers openen`) eindigt `2029`, na de planperiode `2024-2027`; pas de datum of de looptijd aan']
        },
        {
          title: 'Geplande start vóór de looptijd',
          text: agendaPlan(['| Inloopspreekuur | Vroeg hulp | najaar 2023 | 2025 | Wmo | |']).replace('datum: 2024-02-06', 'datum: 2023-05-10'),
          expected: ['Actie in rij 1 (`Inloopspreekuur`) begint `najaar 2023`, vóór de planperiode `2024-2027`; pas de datum of de looptijd aan']
        },
        {
          title: 'Periode in één kolom die na de looptijd doorloopt',
          text: agendaPlan(['| Huurteam | Wonen | 2026 - 2030 |'], { header: '| Actie | Doel | Planning |' }),
          expected: ['Actie in rij 1 (`Huurteam`) eindigt `2030`, na de planperiode `2024-2027`; pas de datum of de looptijd aan']
        },
        {
          title: 'Start vóór de looptijd, al voorbij bij het schrijven',
          text: agendaPlan(['| Taalhuis | Geletterdheid | 2022 | 2025 | Participatie | |']),
          expected: ['Actie in rij 1 (`Taalhuis`) begint `2022`, vóór de planperiode `2024-2027`; pas de datum of de looptijd aan']
        },
        {
          title: 'Geheel vóór de looptijd: één melding',
          text: agendaPlan(['| Evaluatie oude nota | Leren | 2021 | 2022 | Wmo | |']),
          expected: ['Actie in rij 1 (`Evaluatie oude nota`) loopt `2021` tot `2022`, buiten de planperiode `2024-2027`; pas de datums of de looptijd aan']
        }
      ]
    }
  },
  (model, context) => {
    const span = planPeriod(model)
    if (!span) return
    const first = `${span.start}-01-01`
    const last = `${span.eind}-12-31`
    const name = `${span.start}-${span.eind}`
    for (const { actie, index, start, eind, shared } of dateRows(model, context.file)) {
      const label = `Actie in ${rowLabel(actie, index)}`
      // Prose and impossible dates are other rules' one message.
      const readable = (c: typeof start): boolean => c.period.kind !== 'invalid' && c.period.kind !== 'ongoing' && c.period.start !== undefined
      const before = readable(start) && (start.period.start as string) < first
      const endsBefore = readable(eind) && (eind.period.end as string) < first
      // A row that says it already runs (`sinds 2022` or `lopend` in the start cell or its header, `Voortzetten …`) is a
      // deliberate carry-over; a bare earlier date is a date outside the period like a late end.
      const early = before && !alreadyRunning(actie, model)
      const end = readable(eind) ? (eind.period.end as string) : undefined
      // An evaluation in the first half year after the period follows the plan by nature; it is
      // done at the plan's end, so a row that starts before the last year is work that runs on.
      const atTheEnd = !readable(start) || (start.period.start as string) >= `${span.eind}-01-01`
      const grace = atTheEnd ? followUpEnd(actie, model, span.eind) : undefined
      const late = end !== undefined && end > last && !(grace !== undefined && end <= grace)
      const from = start.period.text.trim()
      const to = eind.period.text.trim()
      if ((shared || from === to) && (early || late)) {
        context.report(`${label} valt in \`${from}\`, buiten de planperiode \`${name}\`; pas de datum of de looptijd aan`, { pointer: start.pointer })
      } else if (early && late) {
        context.report(`${label} loopt \`${from}\` tot \`${to}\`, langer dan de planperiode \`${name}\`; pas de datums of de looptijd aan`, { pointer: start.pointer })
      } else if (early && endsBefore) {
        context.report(`${label} loopt \`${from}\` tot \`${to}\`, buiten de planperiode \`${name}\`; pas de datums of de looptijd aan`, { pointer: start.pointer })
      } else if (early) {
        context.report(`${label} begint \`${from}\`, vóór de planperiode \`${name}\`; pas de datum of de looptijd aan`, { pointer: start.pointer })
      } else if (late) {
        context.report(`${label} eindigt \`${to}\`, na de planperiode \`${name}\`; pas de datum of de looptijd aan`, { pointer: eind.pointer })
      }
    }
  }
)

// The plan's period as years; `periode` is `{ start, eind }`, a tool may also write `2024-2027`.
function planPeriod(model: Plan): { start: number; eind: number } | undefined {
  const periode = model.document?.periode as unknown
  if (typeof periode === 'string') {
    const match = /^(\d{4})\s*[-–/]\s*(\d{4})$/.exec(periode.trim())
    return match ? { start: Number(match[1]), eind: Number(match[2]) } : undefined
  }
  if (periode && typeof periode === 'object') {
    const { start, eind } = periode as { start?: unknown; eind?: unknown }
    if (typeof start === 'number' && typeof eind === 'number') return { start, eind }
  }
  return undefined
}
