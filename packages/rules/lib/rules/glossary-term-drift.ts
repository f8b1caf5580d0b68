import { collectTexts } from '@kapstok/core'
import { lintRule } from '../rule.js'
import { textExample as example } from '../util/text-examples.js'
import { code } from '../util/text.js'

const letters = (text: string): string => text.toLowerCase().normalize('NFD').replace(/[^\p{L}]/gu, '')
const sorted = (text: string): string => [...text].sort().join('')
const glossary = ['# Begrippenlijst', '', '| Begrip | Definitie |', '|---|---|']

/** Rule: the begrippenlijst matches how the text writes its terms. */
export const glossaryTermDrift = lintRule(
  {
    id: 'glossary-term-drift',
    severity: 'warning',
    group: 'tekst',
    description: 'De begrippenlijst schrijft een begrip zoals de tekst, zonder dubbele definities, op alfabetische volgorde.',
    docs: {
      what: 'Meldt begrippen (van minstens 8 letters) die de tekst anders schrijft: dezelfde letters met andere spaties of streepjes, of dezelfde delen in een andere volgorde (`Zorg dichtbij` tegenover `dichtbij-zorg`); twee begrippen met dezelfde definitie; en een begrippenlijst die niet op alfabetische volgorde (woord voor woord, hoofdletters buiten beschouwing) staat, met één melding voor de hele lijst. Webadressen tellen niet als tekst.',
      why: 'Wie in de tekst "dichtbij-zorg" leest, vindt "Zorg dichtbij" niet in de lijst; twee begrippen met één definitie en een lijst die niet op volgorde staat, maken opzoeken lastig.',
      ok: [
        { title: 'Dezelfde schrijfwijze in tekst en lijst', text: example(['# Visie', '', 'We bieden zorg dichtbij.', '', ...glossary, '| Buurtnetwerk | Het geheel van voorzieningen in de wijk. |', '| Zorg dichtbij | Hulp in de eigen buurt. |']) },
        { title: 'Hoofdletters en woordvolgorde in de lijst', text: example(['# Visie', '', 'De wijkteams werken samen.', '', ...glossary, '| Wijkteam | Een team in de wijk. |', '| wijkverpleging | Verpleging thuis. |', '| Woonzorg | Wonen met zorg. |']) },
        { title: 'Een webadres met dezelfde letters', text: example(['# Bronnen', '', 'Zie www.beekdal.nl/dichtbijzorg voor meer.', '', ...glossary, '| Zorg dichtbij | Hulp in de eigen buurt. |']) }
      ],
      notOk: [
        {
          title: 'Een begrip dat de tekst anders schrijft',
          text: example(['# Visie', '', 'We bieden dichtbij-zorg.', '', ...glossary, '| Zorg dichtbij | Hulp in de eigen buurt. |']),
          expected: ['Begrip `Zorg dichtbij` staat in de tekst als `dichtbij-zorg`; gebruik één schrijfwijze']
        },
        {
          title: 'Twee begrippen met dezelfde definitie',
          text: example(['# Visie', '', 'Tekst.', '', ...glossary, '| Buurtnetwerk | Het geheel van voorzieningen in de wijk. |', "| Wijknetwerk | 'Het geheel van voorzieningen in de wijk.' |"]),
          expected: ['Begrip `Wijknetwerk` heeft dezelfde definitie als `Buurtnetwerk`; verwijs ernaar of schrijf een eigen definitie']
        },
        {
          title: 'Een lijst die niet op volgorde staat',
          text: example(['# Visie', '', 'Tekst.', '', ...glossary, '| Wijkteam | Een team in de wijk. |', '| Armoede | Te weinig geld. |', '| Zorg dichtbij | Hulp in de buurt. |', '| Mantelzorg | Zorg door naasten. |']),
          expected: ['Begrippenlijst staat niet op alfabetische volgorde: `Armoede` staat na `Wijkteam` (en 1 andere plek); zet de begrippen op volgorde']
        }
      ]
    }
  },
  (model, context) => {
    const begrippen = model.begrippen ?? []
    if (begrippen.length === 0) return
    // Words by their letters in sorted order: one look-up per term, however long the text.
    const byLetters = new Map<string, Set<string>>()
    for (const { pointer, text } of collectTexts(model)) {
      if (/^\/begrippen\/\d+\/term$/.test(pointer)) continue
      for (const chunk of text.split(/\s+/)) {
        if (/https?:\/\/|www\.|\.(?:nl|com|org|info|eu)\//.test(chunk)) continue
        for (const word of chunk.match(/\p{L}+(?:[-‐]\p{L}+)*/gu) ?? []) {
          const key = letters(word)
          if (key.length < 8) continue
          const sortedKey = sorted(key)
          const set = byLetters.get(sortedKey) ?? new Set<string>()
          set.add(word.toLowerCase())
          byLetters.set(sortedKey, set)
        }
      }
    }
    const definitions = new Map<string, string>()
    begrippen.forEach((begrip, i) => {
      const term = begrip.term.replace(/\s*\(.*\)\s*$/, '').trim()
      const key = letters(term)
      if (key.length >= 8) {
        const distinct = [...(byLetters.get(sorted(key)) ?? [])].filter((w) => w !== term.toLowerCase())
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
    // One message for the order of the whole list, at the first term out of place.
    const misplaced = begrippen.map((begrip, i) => ({ begrip, i, previous: begrippen[i - 1] })).filter(({ begrip, previous }) => previous && compare(begrip.term, previous.term) < 0)
    const first = misplaced[0]
    if (first?.previous) {
      const more = misplaced.length > 1 ? ` (en ${misplaced.length - 1} andere ${misplaced.length === 2 ? 'plek' : 'plekken'})` : ''
      context.report(`Begrippenlijst staat niet op alfabetische volgorde: ${code(first.begrip.term)} staat na ${code(first.previous.term)}${more}; zet de begrippen op volgorde`, {
        pointer: `/begrippen/${first.i}/term`
      })
    }
  }
)

function compare(a: string, b: string): number {
  // Word by word, as a dictionary: `Wijk team` before `Wijkteams`.
  return a.localeCompare(b, 'nl', { sensitivity: 'base' })
}
