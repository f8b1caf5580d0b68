import { findWordReferences, inThisPlan, type WordReference } from '@kapstok/core'

/** A reference in words, also one written with a number word, an ordinal or a list of numbers. */
export interface PlanReference extends WordReference {
  /** Every number the reference names (`principes 2 en 7`: `2`, `7`; `thema's 1 t/m 3`: `1`, `2`, `3`). */
  numbers: string[]
  /**
   * Whether the wording leaves room for another reading (`het derde thema` may count the
   * thema's of another document, `elk thema twee keer` is no number, `(zie 2.8)` may point at a
   * table row): not a proof (optional).
   */
  loose?: boolean
}

// Number words and ordinals as plans write them.
const cardinals = ['twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf']
// `acht` is also a verb ("dit thema acht de raad…"), `een` the article: neither is read after the word.
const spelled = cardinals.filter((word) => word !== 'acht')
const ordinals = ['eerste', 'tweede', 'derde', 'vierde', 'vijfde', 'zesde', 'zevende', 'achtste', 'negende', 'tiende', 'elfde', 'twaalfde']
const cardinalValue = (word: string): number => cardinals.indexOf(word.toLowerCase()) + 2
const ordinalValue = (word: string): number => ordinals.indexOf(word.toLowerCase()) + 1

// Words for numbered parts of a plan beyond those of `findWordReferences`, and their plurals.
// The words `findWordReferences` reads before a digit are read before an ordinal or number word too.
const singular = String.raw`principe|thema|hoofdstuk|bijlage|pijler|route|opgave|uitgangspunt|speerpunt|actielijn|kernwaarde|programmalijn|spoor|bouwsteen|ambitie|resultaatgebied|ontwikkelopdracht`
const plurals: Record<string, string> = {
  principes: 'principe',
  "thema's": 'thema',
  themas: 'thema',
  hoofdstukken: 'hoofdstuk',
  paragrafen: 'paragraaf',
  bijlagen: 'bijlage',
  pijlers: 'pijler',
  routes: 'route',
  opgaven: 'opgave',
  uitgangspunten: 'uitgangspunt',
  speerpunten: 'speerpunt',
  actielijnen: 'actielijn',
  kernwaarden: 'kernwaarde',
  tabellen: 'tabel',
  figuren: 'figuur',
  doelen: 'doel',
  acties: 'actie'
}
const number = String.raw`\d{1,2}(?:\.\d{1,2})*[a-z]?(?!\d)`
const joiner = String.raw`\s*(?:,|\ben\b|\bof\b|t\/m|\btot\s+en\s+met\b|[-–])\s*`
// `principes 2 en 7`, `thema's 1 t/m 5`, `bijlagen 3, 4 en 6`.
const pluralList = new RegExp(String.raw`\b(${Object.keys(plurals).join('|').replace("'", "['’]")})\s+(${number}(?:${joiner}${number})+)(?![\d.]*\d)`, 'giu')
// `thema vijf`, `hoofdstuk zeven`.
const byWord = new RegExp(String.raw`\b(${singular})\s+(${spelled.join('|')})\b`, 'giu')
// `het zesde principe`, `de derde pijler`; with inflected adjectives between (`het zesde sturende
// principe`, `het zesde en laatste principe`, `de vierde, nieuwe pijler`).
const byOrdinal = new RegExp(String.raw`\b(?:het|de)\s+(${ordinals.join('|')})(?:\s+en\s+laatste)?(?:,?\s+\p{Ll}{3,}e){0,2}\s+(${singular})\b`, 'giu')
// `pijler 3`, `tabel 5`, `figuur 3`, `doel 3.4`, `actie 12`, `par. 2.8`.
const extraWord = new RegExp(String.raw`\b(pijler|tabel|figuur|doel|actie|par\.)\s?(${number})(?![\d.]*\d)`, 'giu')
// `bijlage C`, `bijlage IV`: a lettered appendix or one with a roman numeral (capitals only, so
// `bijlage a` in a sentence is not one).
const lettered = /\b[Bb]ijlage\s+([A-Z]|[IVX]{2,5})(?![\p{L}\d])/gu
// `(zie 2.8)`: a paragraph by its number alone.
const bareParagraph = /\(\s*(?:zie|zie\s+ook|vgl\.?)\s+(\d{1,2}(?:\.\d{1,2})+)\s*\)/giu

// "bijlagen 1 en 2 bij dit voorstel": the papers that travel with a plan number their own parts.
// The rest of a list of numbers after the first (`3 en 4`, `2 t/m 5`), up to the words after it.
const MORE_NUMBERS = String.raw`^(?:[\s,]*(?:en|of|t\/m|tot\s+en\s+met|[-–])?\s*\d{1,2}[a-z]?)*,?\s+`
const otherPaper = new RegExp(String.raw`${MORE_NUMBERS}(?:bij|van|uit|in)\s+(?:dit|deze|dat|die)\s+(?:raads|college)?(?:voorstel|besluit|brief|memo)\b`, 'iu')

// "het rapport Zorg dichtbij (hoofdstuk 4)": a place between brackets right after another paper
// is named points into that paper; "deze nota (hoofdstuk 4)" points into this plan.
// Nouns for another paper; a citation also names its figures' sources (`peiling`, `begroting`).
const reportNouns = 'rapport|onderzoek|monitor|visie|nota|akkoord|advies|evaluatie|handreiking|verkenning|jaarverslag|studie|analyse'
const paperNouns = `${reportNouns}|peiling|enquête|jaarrekening|begroting`
const paperBefore = new RegExp(String.raw`(?<!\b(?:dit|deze|onze?)\s+)\b\p{L}*(?:${reportNouns})\b[^.;:()]{0,60}\(\s*$`, 'iu')
// "Omgevingsmonitor Noordhaven 2025, tabel 3": a citation, the paper's name (capitalised words and
// a year) and the place after a comma; "de monitor laat zien, tabel 3 …" has no name and stays this plan's,
// and so does "deze Nota Wonen 2026, tabel 3".
const paperNounsCapital = paperNouns.replace(/(^|\|)(\p{Ll})/gu, (_, bar: string, letter: string) => bar + letter.toUpperCase())
const citedPaper = new RegExp(String.raw`(?<!\b(?:[Dd]it|[Dd]eze|[Oo]nze?)\s+)(?:\b\p{L}*(?:${paperNouns})|\b(?:${paperNounsCapital}))\p{L}*(?:\s+(?:\p{Lu}[\p{L}-]*|(?:19|20)\d{2}|van|de|het|en|voor))+\s*,\s*$`, 'u')
// A chapter of a law named right before it (`Algemene wet bestuursrecht; hoofdstuk 6 gaat over …`, `de
// Participatiewet regelt in hoofdstuk 6`, `de verordening, waarvan hoofdstuk 4 …`) or right after it
// (`hoofdstuk 6 van de Awb`) is the law's.
const LAW = String.raw`(?:\p{L}*wet(?:boek)?|Awb|Wmo(?:\s+2015)?|Wabo|Wro|\p{L}*verordening)`
const lawBefore = new RegExp(String.raw`\b${LAW}(?:\s+\p{Ll}+){0,2}\s*[;,:]?\s*(?:waarvan|in|met|en)?\s*$`, 'u')
const lawAfter = new RegExp(String.raw`${MORE_NUMBERS}(?:van|uit|in)\s+(?:de|het)\s+${LAW}\b`, 'u')
const lawChapter = (text: string, index: number, end: number, kind: string): boolean =>
  kind === 'hoofdstuk' && (lawBefore.test(text.slice(Math.max(0, index - 80), index)) || lawAfter.test(text.slice(end, end + 60)))
const inOtherPaper = (text: string, index: number): boolean => {
  const before = text.slice(Math.max(0, index - 100), index)
  return paperBefore.test(before) || citedPaper.test(before)
}

// "het Draaiboek straatonderzoek (bijlage 3)": a bracket that holds only a bijlage after a named
// paper says the paper travels with this plan as that bijlage; a chapter or table in the bracket
// (`(hoofdstuk 4)`) points into the paper, and so does `bijlage 4 van het rapport`.
// Looks only at the brackets around the reference, past whitespace: no slice of the text before it per reference.
function attachedAs(text: string, ref: { index: number; text: string; kind: string }): boolean {
  if (ref.kind !== 'bijlage') return false
  let open = ref.index
  while (open > 0 && /\s/u.test(text[open - 1] ?? '')) open--
  let close = ref.index + ref.text.length
  while (close < text.length && /\s/u.test(text[close] ?? '')) close++
  return text[open - 1] === '(' && text[close] === ')'
}

/**
 * The references in `text` to places in this plan: those of `findWordReferences`, with every
 * number of a list (`bijlage 3 en 4`), plus plural lists (`principes 2 en 7`), number words
 * (`thema vijf`), ordinals (`het zesde principe`), lettered appendices (`bijlage C`), `par. 2.8`,
 * `(zie 2.8)`, and pijlers, tables, figures and goals by number. Years are no numbers of parts.
 *
 * @param text Plain text or Markdown.
 * @returns The references, in order.
 */
export function planReferences(text: string): PlanReference[] {
  // A reference into another paper is dropped, unless the paper is attached as the bijlage in its bracket (then loose).
  const found: PlanReference[] = findWordReferences(text).flatMap((ref) => {
    if (otherPaper.test(text.slice(ref.index + ref.text.length, ref.index + ref.text.length + 40)) || lawChapter(text, ref.index, ref.index + ref.text.length, ref.kind)) return []
    const attached = inOtherPaper(text, ref.index) ? attachedAs(text, ref) : undefined
    if (attached === false) return []
    return [{
      ...ref,
      ...(attached ? { loose: true } : {}),
      numbers: ref.number === undefined ? [] : ref.list ? listNumbers(`${ref.number}${text.slice(ref.index + ref.text.length, ref.index + ref.text.length + 40)}`, ref) : [ref.number]
    }]
  })
  const covered = (at: number): boolean => found.some((f) => at >= f.index && at < f.index + f.text.length)
  const add = (index: number, written: string, kind: string, numbers: string[], loose = false): void => {
    if (otherPaper.test(text.slice(index + written.length, index + written.length + 40)) || lawChapter(text, index, index + written.length, kind) || inOtherPaper(text, index)) return
    if (covered(index) || numbers.length === 0 || !inThisPlan(text, index, index + written.length)) return
    found.push({ index, text: written, kind, number: numbers[0] ?? '', numbers, list: numbers.length > 1, ...(loose ? { loose } : {}) })
  }
  for (const m of text.matchAll(pluralList)) {
    const kind = plurals[(m[1] ?? '').toLowerCase().replace('’', "'")] ?? ''
    if (countsFollow(text.slice(m.index + m[0].length), kind)) continue
    add(m.index, m[0], kind, listNumbers(m[2] ?? ''))
  }
  for (const m of text.matchAll(byWord)) add(m.index, m[0], (m[1] ?? '').toLowerCase(), [String(cardinalValue(m[2] ?? ''))], true)
  for (const m of text.matchAll(byOrdinal)) {
    const at = m.index + m[0].indexOf(m[1] ?? '')
    add(at, text.slice(at, m.index + m[0].length), (m[2] ?? '').toLowerCase(), [String(ordinalValue(m[1] ?? ''))], true)
  }
  for (const m of text.matchAll(extraWord)) add(m.index, m[0], m[1]?.toLowerCase() === 'par.' ? 'paragraaf' : (m[1] ?? '').toLowerCase(), [(m[2] ?? '').toLowerCase()])
  for (const m of text.matchAll(lettered)) add(m.index, m[0], 'bijlage', [(m[1] ?? '').toLowerCase()])
  for (const m of text.matchAll(bareParagraph)) {
    const at = m.index + m[0].indexOf(m[1] ?? '', 1)
    add(at, m[1] ?? '', 'paragraaf', [m[1] ?? ''], true)
  }
  return found.sort((a, b) => a.index - b.index)
}

/**
 * Whether the text after a list of numbers shows they were counts of the same kind of part,
 * numbered again: "5 in lijn 2 en 9 in lijn 6" names lijn 2 and lijn 6, not lijn 9.
 */
function countsFollow(rest: string, kind: string): boolean {
  const match = /^\s+(?:in|bij|voor|van|onder|op|uit|binnen)\s+(?:het\s+|de\s+)?([\p{L}'’.]+)\s*\d/iu.exec(rest)
  const word = (match?.[1] ?? '').toLowerCase().replace('’', "'")
  return word !== '' && (word === kind || plurals[word] === kind)
}

/**
 * The numbers of a list as written (`2, 3 en 7`, `1 t/m 5`); a range is spelled out (at most 30).
 * When the list turns out to be counts (`countsFollow`), only the number of `single` is kept.
 */
function listNumbers(written: string, single?: { number?: string; kind: string }): string[] {
  const list = new RegExp(String.raw`^${number}(?:${joiner}${number})*`, 'iu').exec(written)?.[0] ?? ''
  if (single?.number !== undefined && countsFollow(written.slice(list.length), single.kind)) return [single.number]
  const numbers: string[] = []
  let range = false
  for (const part of list.split(/(\d{1,2}(?:\.\d{1,2})*[a-z]?)/u)) {
    if (/^\d/.test(part)) {
      const last = Number(numbers[numbers.length - 1])
      if (range && /^\d+$/.test(part) && Number.isInteger(last) && Number(part) > last && Number(part) - last <= 30) {
        for (let n = last + 1; n <= Number(part); n++) numbers.push(String(n))
      } else numbers.push(part.toLowerCase())
      range = false
    } else if (/t\/m|tot|[-–]/iu.test(part)) range = true
  }
  return numbers
}
