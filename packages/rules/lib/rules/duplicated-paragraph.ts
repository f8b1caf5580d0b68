import { lintRule, textLocation } from '../rule.js'
import { example } from '../util/examples.js'
import { paragraphs, proseTexts, short } from '../util/text.js'

const long = 'Inwoners die ondersteuning nodig hebben, krijgen die zo dicht mogelijk bij huis, van professionals die elkaar kennen en samen één plan maken met de inwoner.'

/** Rule: long paragraphs are not repeated. */
export const duplicatedParagraph = lintRule(
  {
    id: 'duplicated-paragraph',
    severity: 'info',
    group: 'tekst',
    description: 'Lange alinea\'s staan maar één keer in het document.',
    docs: {
      what: 'Meldt alinea\'s van minstens 120 tekens (hoofdletters en spaties buiten beschouwing) die eerder in het document al voorkwamen, met een verwijzing naar de eerste plek. Niet gemeld: opsommingen (een lijst van namen mag op twee plaatsen staan) en citaten in de inspraak (een aanpassing of reactie citeert de tekst van het plan).',
      why: 'De bron herhaalt 27 alinea\'s, één zelfs drie keer; bij een wijziging wordt één kopie aangepast en de andere niet.',
      options: { minLength: 'Minimale lengte van een alinea in tekens (default: `120`).' },
      ok: example(['# Visie', '', long, '', '# Werkwijze', '', 'Zie de visie.']),
      notOk: example(['# Visie', '', long, '', '# Werkwijze', '', long]),
      expected: [`Alinea \`${short(long, 40)}\` herhaalt een eerdere alinea; verwijs ernaar in plaats van haar te kopiëren`]
    }
  },
  (model, context) => {
    const minLength = Number(context.options.minLength ?? 120)
    const first = new Map<string, { pointer: string; text: string; index: number; length: number }>()
    // The inspraaknota quotes the plan (amendments, "Quote College: …"): that is not copying.
    for (const { pointer, text } of proseTexts(model).filter((t) => !t.pointer.startsWith('/inspraak/') && !t.pointer.includes('/teksten/'))) {
      for (const paragraph of paragraphs(text)) {
        if (paragraph.text.length < minLength || /^(?:[-*+]|\d+[.)])\s/.test(paragraph.text)) continue
        const key = paragraph.text.toLowerCase().replace(/\s+/g, ' ')
        const earlier = first.get(key)
        if (!earlier) {
          first.set(key, { pointer, text, index: paragraph.index, length: paragraph.text.length })
          continue
        }
        const location = textLocation(context.file, pointer, text, paragraph.index, paragraph.text.length)
        const related = textLocation(context.file, earlier.pointer, earlier.text, earlier.index, earlier.length)
        context.report(`Alinea \`${short(paragraph.text, 40)}\` herhaalt een eerdere alinea; verwijs ernaar in plaats van haar te kopiëren`, {
          pointer,
          ...(location ? { location } : {}),
          ...(related ? { related: { reason: 'Eerste vermelding', location: related } } : {})
        })
      }
    }
  }
)
