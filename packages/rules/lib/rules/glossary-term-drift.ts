import { collectTexts } from '@kapstok/core'
import { lintRule } from '../rule.js'
import { example } from '../util/examples.js'
import { code } from '../util/text.js'

const letters = (text: string): string => text.toLowerCase().normalize('NFD').replace(/[^\p{L}]/gu, '')
const sorted = (text: string): string => [...text].sort().join('')

/** Rule: the begrippenlijst matches how the text writes its terms. */
export const glossaryTermDrift = lintRule(
  {
    id: 'glossary-term-drift',
    severity: 'warning',
    group: 'tekst',
    description: 'De begrippenlijst schrijft een begrip zoals de tekst, zonder dubbele definities, op alfabetische volgorde.',
    docs: {
      what: 'Meldt begrippen die de tekst anders schrijft (dezelfde letters met andere spaties of streepjes, of dezelfde delen in een andere volgorde: `Risico reflexregel` tegenover `risico-regelreflex`), twee begrippen met dezelfde definitie, en elk begrip dat niet op alfabetische volgorde (woord voor woord) staat.',
      why: 'Wie in de tekst "risico-regelreflex" leest, vindt "Risico reflexregel" niet in de lijst; twee begrippen met één definitie en een lijst die niet op volgorde staat, maken opzoeken lastig.',
      ok: example(['# Visie', '', 'We vermijden de risico-regelreflex.', '', '# Begrippenlijst', '', '| Begrip | Definitie |', '|---|---|', '| Risico-regelreflex | Bij elk incident nieuwe regels maken. |', '| Sociale basis | Het geheel van voorzieningen dichtbij. |']),
      notOk: example(['# Visie', '', 'We vermijden de risico-regelreflex.', '', '# Begrippenlijst', '', '| Begrip | Definitie |', '|---|---|', '| Risico reflexregel | Bij elk incident nieuwe regels maken. |', '| Sociale basis | Het geheel van voorzieningen dichtbij. |', "| Voorliggend veld | 'Het geheel van voorzieningen dichtbij.' |", '| Preventie | Voorkomen. |']),
      expected: [
        'Begrip `Risico reflexregel` staat in de tekst als `risico-regelreflex`; gebruik één schrijfwijze',
        'Begrip `Voorliggend veld` heeft dezelfde definitie als `Sociale basis`; verwijs ernaar of schrijf een eigen definitie',
        'Begrippenlijst staat niet op alfabetische volgorde: `Preventie` staat na `Voorliggend veld`; zet de begrippen op volgorde'
      ]
    }
  },
  (model, context) => {
    const begrippen = model.begrippen ?? []
    if (begrippen.length === 0) return
    const texts = collectTexts(model).filter((t) => !/^\/begrippen\/\d+\/term$/.test(t.pointer)).map((t) => t.text.replace(/\S*(?:https?:\/\/|www\.|\.(?:nl|com|org|info|eu)\/)\S*/g, ''))
    const words = new Set(texts.flatMap((t) => t.match(/\p{L}+(?:[-‐]\p{L}+)*/gu) ?? []))
    const definitions = new Map<string, string>()
    begrippen.forEach((begrip, i) => {
      const term = begrip.term.replace(/\s*\(.*\)\s*$/, '').trim()
      const key = letters(term)
      if (key.length >= 8) {
        const variants = [...words].filter((w) => {
          const k = letters(w)
          return k.length === key.length && w.toLowerCase() !== term.toLowerCase() && (k === key ? w.toLowerCase() !== term.toLowerCase() : sorted(k) === sorted(key))
        })
        const distinct = [...new Set(variants.map((v) => v.toLowerCase()))]
        if (distinct.length > 0) {
          context.report(`Begrip ${code(begrip.term)} staat in de tekst als ${distinct.map(code).join(' en ')}; gebruik één schrijfwijze`, {
            pointer: `/begrippen/${i}/term`,
            actual: begrip.term,
            expected: distinct
          })
        }
      }
      // The first 80 letters: a copy may add a source or a closing remark.
      const definition = letters(begrip.definitie ?? '').slice(0, 80)
      const earlier = definitions.get(definition)
      if (definition.length >= 20 && earlier !== undefined) {
        context.report(`Begrip ${code(begrip.term)} heeft dezelfde definitie als ${code(earlier)}; verwijs ernaar of schrijf een eigen definitie`, {
          pointer: `/begrippen/${i}/definitie`
        })
      } else if (definition.length >= 20) definitions.set(definition, begrip.term)
    })
    begrippen.forEach((begrip, i) => {
      const previous = begrippen[i - 1]
      if (!previous || compare(begrip.term, previous.term) >= 0) return
      context.report(`Begrippenlijst staat niet op alfabetische volgorde: ${code(begrip.term)} staat na ${code(previous.term)}; zet de begrippen op volgorde`, {
        pointer: `/begrippen/${i}/term`
      })
    })
  }
)

function compare(a: string, b: string): number {
  // Word by word, as a dictionary: `Voorliggend veld` before `Voorliggende voorziening`.
  return a.localeCompare(b, 'nl', { sensitivity: 'base' })
}
