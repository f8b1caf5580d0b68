import { lintRule, textLocation } from '../rule.js'
import { textExample as example } from '../util/text-examples.js'
import { paragraphs, proseTexts, short } from '../util/text.js'

const long = 'Inwoners die ondersteuning nodig hebben, krijgen die zo nabij als het kan, van professionals die elkaar kennen en samen één plan maken met de inwoner.'
const other = 'In Beekdal wonen steeds meer ouderen die zo lang mogelijk thuis willen blijven wonen; daarvoor zijn aangepaste woningen en een sterke sociale basis nodig.'
const reason = (text: string): string => `Alinea \`${short(text, 40)}\` herhaalt een eerdere alinea; verwijs ernaar in plaats van haar te kopiëren`

/** Rule: long paragraphs are not repeated. */
export const duplicatedParagraph = lintRule(
  {
    id: 'duplicated-paragraph',
    severity: 'info',
    group: 'tekst',
    description: 'Lange alinea\'s staan maar één keer in het document.',
    docs: {
      what: 'Meldt alinea\'s van minstens 120 tekens (hoofdletters en spaties buiten beschouwing) die eerder in het document al voorkwamen, met een verwijzing naar de eerste plek. Niet gemeld: opsommingen, citaten (`>`) (een lijst van namen mag op twee plaatsen staan) en citaten in de inspraak (een aanpassing of reactie citeert de tekst van het plan).',
      why: 'Bij een wijziging wordt één kopie aangepast en de andere niet; dan zegt het plan op twee plekken iets anders.',
      options: { minLength: 'Minimale lengte van een alinea in tekens (default: `120`).' },
      ok: [
        { title: 'Een verwijzing in plaats van een kopie', text: example(['# Visie', '', long, '', '# Werkwijze', '', 'Zie de visie.']) },
        { title: 'Een opsomming op twee plaatsen', text: example(['# Partners', '', `- ${long}`, '', '# Bijlage', '', `- ${long}`]) },
        { title: 'Een citaat en een korte herhaling', text: example(['# Visie', '', long, '', 'Samen doen.', '', '# Inspraak', '', `> ${long}`, '', 'Samen doen.']) }
      ],
      notOk: [
        { title: 'Een alinea twee keer', text: example(['# Visie', '', long, '', '# Werkwijze', '', long]), expected: [reason(long)] },
        { title: 'Alleen hoofdletters en spaties anders', text: example(['# Visie', '', other, '', '# Wonen', '', other.toUpperCase().replace(/ /g, '  ')]), expected: [reason(other.toUpperCase())] },
        { title: 'Een alinea drie keer', text: example(['# Visie', '', long, '', '# Werkwijze', '', long, '', '# Bijlage', '', long]), expected: [reason(long), reason(long)] }
      ]
    }
  },
  (model, context) => {
    const minLength = Number(context.options.minLength ?? 120)
    const first = new Map<string, { pointer: string; text: string; index: number; length: number }>()
    // The inspraaknota quotes the plan (amendments, "Quote College: …"): that is not copying.
    for (const { pointer, text } of proseTexts(model).filter((t) => !t.pointer.startsWith('/inspraak/') && !t.pointer.includes('/teksten/'))) {
      for (const paragraph of paragraphs(text)) {
        if (paragraph.text.length < minLength || /^(?:[-*+>]|\d+[.)])\s/.test(paragraph.text)) continue
        const key = paragraph.text.toLowerCase().replace(/\s+/g, ' ')
        const earlier = first.get(key)
        if (!earlier) {
          first.set(key, { pointer, text, index: paragraph.index, length: paragraph.text.length })
          continue
        }
        const location = textLocation(context.file, pointer, text, paragraph.index, paragraph.text.length)
        const related = textLocation(context.file, earlier.pointer, earlier.text, earlier.index, earlier.length)
        context.report(reason(paragraph.text), {
          pointer,
          ...(location ? { location } : {}),
          ...(related ? { related: { reason: 'Eerste vermelding', location: related } } : {})
        })
      }
    }
  }
)
