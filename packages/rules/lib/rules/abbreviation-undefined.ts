import { lintRule, textLocation } from '../rule.js'
import { example } from '../util/examples.js'
import { writtenTexts } from '../util/text.js'

const abbreviation = /(?<![\p{L}\d])\p{Lu}{2,}\p{Ll}?(?![\p{L}\d])/gu
const roman = /^[IVXLCDM]+$/
const defaultIgnore = ['EU', 'ICT', 'PDF', 'TV', 'OK', 'NB']

/** Rule: abbreviations are in the begrippenlijst or written out at first use. */
export const abbreviationUndefined = lintRule(
  {
    id: 'abbreviation-undefined',
    severity: 'warning',
    group: 'tekst',
    description: 'Afkortingen staan in de begrippenlijst of worden ergens uitgeschreven.',
    docs: {
      what: 'Zoekt afkortingen in hoofdletters (`SHV`, `AWBZ`, `LHBTI`) in alle tekst en cellen. Een afkorting is verklaard als ze in de begrippenlijst staat (als term, of als term die ermee begint) of ergens tussen haakjes achter de uitgeschreven vorm staat: `Sociale Hulpverlening (SHV)`. Woorden in een tekst die helemaal in hoofdletters staat, en Romeinse cijfers, tellen niet mee. Per afkorting één melding, bij het eerste gebruik.',
      why: 'Een raadslid of inwoner die "SHV" niet kent, kan de 21 plekken waar het staat niet volgen.',
      options: { ignore: 'Afkortingen die geen uitleg nodig hebben (default: `EU`, `ICT`, `PDF`, `TV`, `OK`, `NB`).' },
      ok: example(['# Werk', '', 'De Sociale Hulpverlening (SHV) begeleidt naar werk. De AWBZ is afgeschaft.', '', '# Begrippenlijst', '', '| Begrip | Definitie |', '|---|---|', '| AWBZ | Algemene Wet Bijzondere Ziektekosten |']),
      notOk: example(['# Werk', '', 'De SHV begeleidt naar werk. De SHV werkt samen met de VNG.']),
      expected: [
        'Afkorting `SHV` wordt nergens verklaard; zet haar in de begrippenlijst of schrijf haar uit bij het eerste gebruik',
        'Afkorting `VNG` wordt nergens verklaard; zet haar in de begrippenlijst of schrijf haar uit bij het eerste gebruik'
      ]
    }
  },
  (model, context) => {
    const ignore = new Set([...defaultIgnore, ...((context.options.ignore as string[] | undefined) ?? [])])
    const terms = (model.begrippen ?? []).map((b) => b.term.trim())
    const texts = writtenTexts(model).filter(({ pointer }) => !pointer.startsWith('/begrippen/'))
    const all = texts.map((t) => t.text).join('\n')
    const seen = new Set<string>()
    for (const { pointer, text } of texts) {
      for (const match of text.matchAll(abbreviation)) {
        const word = match[0]
        if (seen.has(word) || ignore.has(word) || roman.test(word)) continue
        if (shouting(text, match.index, word.length)) continue
        seen.add(word)
        if (terms.some((t) => t === word || t.startsWith(word + ' ') || t.startsWith(word + '(') || t.endsWith(`(${word})`))) continue
        if (all.includes(`(${word})`)) continue
        const location = textLocation(context.file, pointer, text, match.index, word.length)
        context.report(
          `Afkorting \`${word}\` wordt nergens verklaard; zet haar in de begrippenlijst of schrijf haar uit bij het eerste gebruik`,
          { pointer, ...(location ? { location } : {}), actual: word }
        )
      }
    }
  }
)

// A word inside text in capitals (an agenda heading such as `MONITOREN EN STURING`).
function shouting(text: string, index: number, length: number): boolean {
  const before = /(\p{L}+)[^\p{L}\n]*$/u.exec(text.slice(Math.max(0, index - 40), index))?.[1] ?? ''
  const after = /^[^\p{L}\n]*(\p{L}+)/u.exec(text.slice(index + length, index + length + 40))?.[1] ?? ''
  const caps = (w: string): boolean => w.length >= 2 && w === w.toUpperCase() && w !== w.toLowerCase()
  return caps(before) || caps(after)
}
