import { lintRule, textLocation } from '../rule.js'
import { agendaPlan } from '../util/agenda-examples.js'
import type { DutchPeriod } from '@kapstok/nl'
import { dateRows } from '../util/agenda.js'
import { proseDateOrders } from '../util/prose-date-order.js'
import { proseTexts } from '../util/text.js'

/** Rule: an action does not end before it starts. */
export const agendaDateOrder = lintRule(
  {
    id: 'agenda-date-order',
    severity: 'error',
    group: 'agenda',
    description: 'De einddatum van een actie ligt niet vóór de startdatum.',
    docs: {
      what: 'Vergelijkt per rij de vroegste dag die de startdatum kan betekenen met de laatste dag die de einddatum kan betekenen (`medio 2025` is mei–augustus 2025, `Q4 2025` oktober–december) en meldt een einde dat daarvóór ligt. Alleen als beide cellen een datum zijn: `doorlopend`, `ntb` en lege cellen worden niet vergeleken. Een fout als beide cellen alleen een datum zijn (`Q3 2028`, `week 12 2027`, `juni \'28`, `1-9-2027`); staat er tekst om de datum (`na de aanbesteding 2028`), dan een waarschuwing, want die datum is misschien niet het begin of einde dat de rij bedoelt. Raken twee vage datums elkaar alleen aan de rand (start `medio 2028`, gereed `eerste helft 2028`: ze delen alleen mei en juni, en het midden van elk ligt buiten de ander), dan ook een waarschuwing. Ook in lopende tekst: een zin die iets in een jaar laat starten en met `en is`, `en wordt` of `en loopt` (hetzelfde onderwerp) in een eerder jaar `klaar`, `gereed`, `afgerond` of `tot` dat jaar laat lopen (`De aanleg start in 2029 en is in 2028 klaar`), als waarschuwing; een bijzin (`die in 2025 klaar was`) of een ander onderwerp na `en` telt niet.',
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
          title: 'Weeknummers',
          text: agendaPlan(['| Speeltuinen opknappen | Buiten spelen | week 40 2025 | week 12 2025 | Wmo | |']),
          expected: ['Einddatum `week 12 2025` ligt vóór de startdatum `week 40 2025`; verwissel de cellen of verbeter de datum']
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
      const proven = eind.period.end < start.period.start
      if (!proven && !mostlyBefore(eind.period, start.period)) continue
      // A date read from words around it (`na de aanbesteding 2028`) may not be the start or end
      // the row means: then the order is likely wrong, not proven. Two spans that overlap at their
      // edges only (start `medio`, end `eerste helft`) are wrong for every day but the shared ones.
      const unsure = !proven || !plainDate(start.period) || !plainDate(eind.period)
      context.report(
        `Einddatum \`${eind.period.text.trim()}\` ligt vóór de startdatum \`${start.period.text.trim()}\`; verwissel de cellen of verbeter de datum`,
        { pointer: eind.pointer, actual: eind.period.text.trim(), ...(unsure ? { warning: true } : {}) }
      )
    }
    // A planning in prose (`start in 2029 en is in 2028 klaar`): a reading of the sentence, so a warning.
    for (const { pointer, text } of proseTexts(model)) {
      for (const d of proseDateOrders(text)) {
        const location = textLocation(context.file, pointer, text, d.index, d.end.length)
        context.report(`Het einde in \`${d.end}\` ligt vóór de start in \`${d.start}\`; verbeter een van beide jaren`, {
          pointer,
          ...(location ? { location } : {}),
          actual: d.end,
          warning: true
        })
      }
    }
  }
)

// Forms that are a date and nothing else; text around a date, an event or fused cells are not.
const wordy = new Set(['annotated', 'status-text', 'event', 'prose', 'fused'])

/**
 * Whether the span of the end lies mostly before the span of the start, though they touch: the
 * end's middle before the start's first day and the start's middle after the end's last day
 * (`medio` start, `eerste helft` end: they share May and June only). Both spans are then guesses
 * (a season, `medio`, a half year), so this is a warning; a start in `Q2` and an end in a spring
 * that mostly coincides with it stays quiet.
 */
function mostlyBefore(end: DutchPeriod, start: DutchPeriod): boolean {
  if (!end.start || !end.end || !start.start || !start.end) return false
  const middle = (p: { start?: string; end?: string }): number => (Date.parse(p.start!) + Date.parse(p.end!)) / 2
  return middle(end) < Date.parse(start.start) && middle(start) > Date.parse(end.end)
}

function plainDate(period: DutchPeriod): boolean {
  return period.kind !== 'invalid' && period.kind !== 'event' && !wordy.has(period.form)
}
