import { lintRule, textLocation } from '../rule.js'
import { example } from '../util/examples.js'
import { short, writtenTexts } from '../util/text.js'

// Working notes: a dated note of a meeting (`17/11 gesprek …`), reminders to oneself, and the
// tone of a note ("pessimistisch realistisch").
const notes = [
  /(?<![\d/-])\d{1,2}\/\d{1,2}(?![\d/])\s+(?:gesprek|overleg|afspraak|mail|belafspraak|telefoon|call|meeting)\b[^.|]*/giu,
  /\b(?:nog\s+)?(?:navragen|nachecken|checken\s+bij)\b[^.|]*/giu,
  /\bhierin\s+pessimistisch\s+realistisch\s+zijn\b/giu,
  /\b(?:TBD|TBC|n\.?t\.?b\.?\s+met)\b[^.|]*/gu
]

/** Rule: no internal working notes in an official text. */
export const internalNoteLeak = lintRule(
  {
    id: 'internal-note-leak',
    severity: 'error',
    severityByStatus: { concept: 'warning' },
    group: 'tekst',
    description: 'Geen interne aantekeningen (gespreksnotities, herinneringen) in de tekst.',
    docs: {
      what: 'Zoekt in alle tekst en tabelcellen naar werkaantekeningen: een gedateerde notitie zonder jaar gevolgd door een overleg (`17/11 gesprek thuiscoaches`), herinneringen (`nog navragen`, `checken bij`, `TBD`) en de toon van een notitie aan jezelf (`Hierin pessimistisch realistisch zijn.`). In een concept is dit een waarschuwing, vanaf `ingediend` een fout.',
      why: 'In de bron staat in de financiële onderbouwing "17/11 gesprek thuiscoaches en verbinders … Hierin pessimistisch realistisch zijn."; zo\'n notitie hoort in het dossier, niet in een stuk voor de raad.',
      ok: example(['# Financiën', '', 'Na een gesprek met de thuiscoaches op 17 november 2021 nemen we een besparing van € 250.000 aan.']),
      notOk: example(['# Financiën', '', '| Maatregel | Toelichting |', '|---|---|', '| Regie | 17/11 gesprek thuiscoaches en verbinders. Ja, er zijn besparingen mogelijk. Hierin pessimistisch realistisch zijn. |']),
      expected: [
        'Interne aantekening `17/11 gesprek thuiscoaches en verbinders`; haal de notitie weg of schrijf de uitkomst als tekst voor de lezer',
        'Interne aantekening `Hierin pessimistisch realistisch zijn`; haal de notitie weg of schrijf de uitkomst als tekst voor de lezer'
      ]
    }
  },
  (model, context) => {
    for (const { pointer, text } of writtenTexts(model)) {
      const hits = notes.flatMap((pattern) => [...text.matchAll(pattern)]).sort((a, b) => a.index - b.index)
      for (const match of hits) {
        const note = match[0].trim()
        const location = textLocation(context.file, pointer, text, match.index, note.length)
        context.report(`Interne aantekening \`${short(note, 60)}\`; haal de notitie weg of schrijf de uitkomst als tekst voor de lezer`, {
          pointer,
          ...(location ? { location } : {}),
          actual: note
        })
      }
    }
  }
)
