import { lintRule, textLocation } from '../rule.js'
import { agendaPlan, lindewaard } from '../util/agenda-examples.js'
import { writtenTexts } from '../util/text.js'

const point = /\bmotie(?:\s+[\p{L}-]+){0,3}?\s+punt\s+(\d+)|\bmotiepunt\s+(\d+)|\bpunt\s+(\d+)\s+(?:van|uit)\s+de\s+motie\b/giu
const bare = /\bmotie(?:\s+[\p{Ll}-]+)?\b/giu

/** Rule: references to a motie name a punt, within the motie's range. */
export const motieRefRange = lintRule(
  {
    id: 'motie-ref-range',
    severity: 'warning',
    group: 'verwijzingen',
    description: 'Een verwijzing naar een motie noemt een motiepunt dat bestaat.',
    docs: {
      what: 'Zoekt naar `motie … punt n`, `motiepunt n` en `punt n van de motie` en meldt nummers buiten 1…`punten` (optie). In de uitvoeringsagenda meldt de regel ook een verwijzing naar een motie zonder punt (`motie jeugd`).',
      why: 'De uitvoeringsagenda verantwoordt hoe elk punt van een motie wordt uitgevoerd; een motie zonder punt, of punt 13 van een motie met twaalf punten, is niet na te gaan. Een waarschuwing: de regel kent alleen het aantal punten dat in de optie staat.',
      options: { punten: 'Aantal punten van de motie; zonder deze optie wordt alleen het ontbreken van een punt gemeld.' },
      exampleOptions: { punten: 8 },
      ok: [
        { title: 'Motiepunt binnen het bereik', text: agendaPlan(['| Huurteam | Wonen | 2024 | 2025 | Wonen | Motie wonen punt 3 |']) },
        { title: 'Punt van de motie', text: agendaPlan(['| Taalhuis | Geletterdheid | 2024 | 2025 | Participatie | Uitvoering van punt 8 van de motie |']) },
        { title: 'Motie zonder punt buiten de agenda', text: lindewaard(['# Inleiding', '', 'De raad nam in 2023 een motie over wonen aan.']) },
        { title: 'Zonder aantal punten', text: agendaPlan(['| Huurteam | Wonen | 2024 | 2025 | Wonen | Motiepunt 14 |']), options: {} }
      ],
      notOk: [
        {
          title: 'Motiepunt buiten het bereik',
          text: agendaPlan(['| Huurteam | Wonen | 2024 | 2025 | Wonen | Motie wonen punt 9 |']),
          expected: ['Motiepunt `9` bestaat niet; de motie heeft de punten 1 tot en met 8']
        },
        {
          title: 'Motie zonder punt in de agenda',
          text: agendaPlan(['| Taalhuis | Geletterdheid | 2024 | 2025 | Participatie | Uit de motie taal |']),
          expected: ['Verwijzing `motie taal` noemt geen motiepunt; schrijf bijvoorbeeld `motie taal punt 3`']
        },
        {
          title: 'Motiepunt nul in de tekst',
          text: lindewaard(['# Inleiding', '', 'Dit plan voert motiepunt 0 uit.']),
          expected: ['Motiepunt `0` bestaat niet; de motie heeft de punten 1 tot en met 8']
        }
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
