import { lintRule, textLocation } from '../rule.js'
import { example } from '../util/examples.js'
import { writtenTexts } from '../util/text.js'

const abbreviation = /(?<![\p{L}\d])\p{Lu}{2,}\p{Ll}?(?![\p{L}\d])/gu
const roman = /^[IVXLCDM]+$/
// Known to every Dutch reader; a plan adds its own with the `ignore` option.
const defaultIgnore = ['EU', 'VN', 'NL', 'ICT', 'PDF', 'TV', 'OK', 'NB', 'PM', 'IT', 'AOW', 'WW', 'UWV', 'CBS', 'HBO', 'MBO', 'WO', 'VMBO', 'HAVO', 'VWO', 'BSN']

/** Rule: abbreviations are in the begrippenlijst or written out at first use. */
export const abbreviationUndefined = lintRule(
  {
    id: 'abbreviation-undefined',
    severity: 'warning',
    group: 'tekst',
    description: 'Afkortingen staan in de begrippenlijst of worden ergens uitgeschreven.',
    docs: {
      what: 'Zoekt afkortingen in hoofdletters (`SHV`, `AWBZ`, `LHBTI`) in alle tekst en cellen. Een afkorting is verklaard als ze in de begrippenlijst staat (als term, als term die ermee begint of als `Term (AFK)`), of ergens in de tekst wordt uitgeschreven: `Sociale Hulpverlening (SHV)`, `gecertificeerde instellingen (GI’s)`, `WRR (Wetenschappelijke Raad …)`, `NPO: het Nationaal Programma Onderwijs`; de uitgeschreven vorm moet met de letters van de afkorting beginnen. Niet als afkorting tellen: Romeinse cijfers, namen (`ABF Research`), postcodes (`7900 PA`), woorden in een tekst die helemaal in hoofdletters staat, en gewone woorden in hoofdletters (`WAAROM`, `TOTAAL`: ze staan elders in kleine letters in het plan). Per afkorting één melding, bij het eerste gebruik.',
      why: 'Een raadslid of inwoner die "SHV" niet kent, kan de 21 plekken waar het staat niet volgen.',
      options: { ignore: 'Afkortingen die in dit plan geen uitleg nodig hebben, bovenop de landelijk bekende (`EU`, `VN`, `NL`, `ICT`, `PDF`, `TV`, `OK`, `NB`, `PM`, `IT`, `AOW`, `WW`, `UWV`, `CBS`, `HBO`, `MBO`, `WO`, `VMBO`, `HAVO`, `VWO`, `BSN`).' },
      ok: example(['# Werk', '', 'De Sociale Hulpverlening (SHV) begeleidt naar werk. De AWBZ is afgeschaft. De WRR (Wetenschappelijke Raad voor het Regeringsbeleid) adviseert. WAAROM doen we dit? Daarom: waarom niet.', '', '# Begrippenlijst', '', '| Begrip | Definitie |', '|---|---|', '| AWBZ | Algemene Wet Bijzondere Ziektekosten |']),
      notOk: example(['# Werk', '', 'De SHV begeleidt naar werk. De SHV werkt samen met de VNG.']),
      expected: [
        'Afkorting `SHV` wordt nergens verklaard; zet haar in de begrippenlijst of schrijf haar uit bij het eerste gebruik',
        'Afkorting `VNG` wordt nergens verklaard; zet haar in de begrippenlijst of schrijf haar uit bij het eerste gebruik'
      ]
    }
  },
  (model, context) => {
    const ignore = new Set([...defaultIgnore, ...((context.options.ignore as string[] | undefined) ?? [])])
    const terms = (model.begrippen ?? []).map((b) => b.term.trim().toLowerCase())
    // In document order, so the message lands on the first use.
    const texts = writtenTexts(model)
      .filter(({ pointer }) => !/^\/begrippen\/\d+\/term$/.test(pointer))
      .map((t) => ({ ...t, at: context.file.locate(t.pointer) }))
      .sort((a, b) => (a.at?.file ?? '').localeCompare(b.at?.file ?? '') || (a.at?.start.offset ?? 0) - (b.at?.start.offset ?? 0))
    const all = texts.map((t) => t.text).join('\n')
    const seen = new Set<string>()
    for (const { pointer, text } of texts) {
      for (const match of text.matchAll(abbreviation)) {
        const word = match[0]
        if (seen.has(word) || ignore.has(word) || roman.test(word)) continue
        if (shouting(text, match.index, word.length) || properName(text, match.index, word.length)) continue
        seen.add(word)
        const lower = word.toLowerCase()
        if (terms.some((t) => t === lower || t.startsWith(lower + ' ') || t.startsWith(lower + '(') || t.endsWith(`(${lower})`))) continue
        // A word in capitals (`GEEN`, `INLEIDING`) is written elsewhere in small letters.
        const plain = word.length >= 5 ? `(?:${lower}|${word.charAt(0)}${lower.slice(1)})` : lower
        if (new RegExp(`(?<![\\p{L}\\d])${plain}(?![\\p{L}\\d])`, 'u').test(all)) continue
        if (explained(all, word)) continue
        const location = textLocation(context.file, pointer, text, match.index, word.length)
        context.report(
          `Afkorting \`${word}\` wordt nergens verklaard; zet haar in de begrippenlijst of schrijf haar uit bij het eerste gebruik`,
          { pointer, ...(location ? { location } : {}), actual: word }
        )
      }
    }
  }
)

// `uitgeschreven vorm (AFK)`, `AFK (uitgeschreven vorm)`, `AFK: de uitgeschreven vorm`, `AFK = …`.
function explained(all: string, word: string): boolean {
  const before = new RegExp(`([\\p{L}\\- ]{2,80})\\(\\s*\\[?${word}(?:['’]s)?[\\s)\\-\\]]`, 'gu')
  for (const m of all.matchAll(before)) if (initials(m[1] ?? '', word)) return true
  const after = new RegExp(`(?<![\\p{L}])${word}(?:['’]s)?\\s*(?:\\(|:|=)\\s*(?:het|de|een)?\\s*([^)\\n]{3,80})`, 'gu')
  for (const m of all.matchAll(after)) {
    const expansion = m[1] ?? ''
    if (!expansion.toLowerCase().startsWith(word.charAt(0).toLowerCase())) continue
    if (initials(expansion.split(/\s+/).slice(0, 8).join(' '), word, true) || expansion.split(/\s+/).length >= 3) return true
  }
  return false
}

// Whether the letters of `word` appear in order in `text`, the first one starting a word.
function initials(text: string, word: string, fromStart = false): boolean {
  const letters = word.toLowerCase()
  const all = text.trim().toLowerCase().split(/[\s-]+/)
  const words = fromStart ? all.slice(0, 1) : all.slice(-8)
  for (let start = 0; start < words.length; start++) {
    if (!words[start]?.startsWith(letters.charAt(0))) continue
    const rest = (fromStart ? all : words.slice(start)).join(' ')
    let i = 0
    for (const ch of rest) if (ch === letters.charAt(i)) i++
    if (i >= letters.length) return true
  }
  return false
}

// Part of a name (`ABF Research`, `MEE Drenthe`) or a postcode (`7900 PA`).
function properName(text: string, index: number, length: number): boolean {
  return /^ \p{Lu}\p{Ll}/u.test(text.slice(index + length, index + length + 3)) || /\d{4} ?$/.test(text.slice(Math.max(0, index - 5), index))
}

// A word inside text in capitals (an agenda heading such as `MONITOREN EN STURING`).
function shouting(text: string, index: number, length: number): boolean {
  const before = /(\p{L}+)[^\p{L}\n]*$/u.exec(text.slice(Math.max(0, index - 40), index))?.[1] ?? ''
  const after = /^[^\p{L}\n]*(\p{L}+)/u.exec(text.slice(index + length, index + length + 40))?.[1] ?? ''
  const caps = (w: string): boolean => w.length >= 2 && w === w.toUpperCase() && w !== w.toLowerCase()
  return caps(before) || caps(after)
}
