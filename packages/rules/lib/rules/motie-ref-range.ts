import { lintRule, textLocation } from '../rule.js'
import { agendaHeader, example } from '../util/examples.js'
import { writtenTexts } from '../util/text.js'

const point = /\bmotie(?:\s+[\p{L}-]+){0,3}?\s+punt\s+(\d+)|\bmotiepunt\s+(\d+)|\bpunt\s+(\d+)\s+(?:van|uit)\s+de\s+motie\b/giu
const bare = /\bmotie(?:\s+[\p{Ll}-]+)?\b/giu

/** Rule: references to a motie name a punt, within the motie's range. */
export const motieRefRange = lintRule(
  {
    id: 'motie-ref-range',
    severity: 'error',
    group: 'verwijzingen',
    description: 'Een verwijzing naar een motie noemt een motiepunt dat bestaat.',
    docs: {
      what: 'Zoekt naar `motie … punt n`, `motiepunt n` en `punt n van de motie` en meldt nummers buiten 1…`punten` (optie). In de uitvoeringsagenda meldt de regel ook een verwijzing naar een motie zonder punt (`motie jeugd`).',
      why: 'De uitvoeringsagenda verantwoordt hoe elk punt van de motie wordt uitgevoerd; "motie jeugd" zonder punt, of punt 13 van een motie met twaalf punten, is niet na te gaan.',
      options: { punten: 'Aantal punten van de motie; zonder deze optie wordt alleen het ontbreken van een punt gemeld.' },
      exampleOptions: { punten: 12 },
      ok: example(['# Uitvoeringsagenda', '', ...agendaHeader, '| Wachtlijst jeugd | Sneller hulp | 2022 | 2023 | Jeugd | Motie jeugd punt 3 |']),
      notOk: example(['# Uitvoeringsagenda', '', ...agendaHeader, '| Wachtlijst jeugd | Sneller hulp | 2022 | 2023 | Jeugd | Motie jeugd punt 13 |', '| Praktijkondersteuner | Preventie | 2022 | 2023 | Jeugd | Uit de motie jeugd |']),
      expected: [
        'Motiepunt `13` bestaat niet; de motie heeft de punten 1 tot en met 12',
        'Verwijzing `motie jeugd` noemt geen motiepunt; schrijf bijvoorbeeld `motie jeugd punt 3`'
      ]
    }
  },
  (model, context) => {
    const max = typeof context.options.punten === 'number' ? context.options.punten : undefined
    for (const { pointer, text } of writtenTexts(model)) {
      const points = [...text.matchAll(point)]
      for (const match of points) {
        const n = Number(match[1] ?? match[2] ?? match[3])
        if (max === undefined || (n >= 1 && n <= max)) continue
        const location = textLocation(context.file, pointer, text, match.index, match[0].length)
        context.report(`Motiepunt \`${n}\` bestaat niet; de motie heeft de punten 1 tot en met ${max}`, {
          pointer,
          ...(location ? { location } : {}),
          actual: String(n)
        })
      }
      if (!pointer.startsWith('/acties/') || points.length > 0) continue
      for (const match of text.matchAll(bare)) {
        const location = textLocation(context.file, pointer, text, match.index, match[0].length)
        const name = match[0].toLowerCase()
        context.report(`Verwijzing \`${name}\` noemt geen motiepunt; schrijf bijvoorbeeld \`${name} punt 3\``, {
          pointer,
          ...(location ? { location } : {})
        })
      }
    }
  }
)
