import { abbreviationOf } from './abbreviations.js'

/**
 * Letters every Dutch reader reads as words, which no plan explains: countries and unions,
 * everyday technical words (`ICT`, `LED-lampen`), school types, championships, legal forms after a
 * company name, units of energy and power, and companies known only by their letters (`NS`).
 */
export const everydayLetters = [
  'EU', 'VN', 'NL', 'ICT', 'PDF', 'TV', 'OK', 'NB', 'IT', 'HBO', 'MBO', 'WO', 'VMBO', 'HAVO', 'VWO',
  'NS', 'ANWB', 'KNVB', 'NOS', 'KPN',
  'NK', 'EK', 'WK', 'BTW', 'CAO', 'EHBO', 'AED', 'ROC', 'PO', 'VO', 'SO', 'VSO', 'BOA', 'OV',
  'LED', 'GPS', 'USB', 'SMS',
  'BV', 'NV', 'VOF', 'MW', 'GW', 'KW', 'GJ', 'TJ', 'PJ', 'KWH', 'MWH', 'GWH', 'TWH'
]

/**
 * National public bodies, ministries and terms of public life known by their letters (`UWV`,
 * `SVB`, `BZK`, `WOZ`). A plan without a list of abbreviations may use them unexplained; a plan
 * that keeps its own list promises the reader every abbreviation it uses, so there they count.
 */
export const nationalLetters = [
  'AOW', 'WW', 'BSN', 'UWV', 'CBS', 'GGD', 'VNG', 'RIVM', 'SVB', 'CAK', 'CIZ', 'DUO', 'COA', 'IND', 'KvK', 'AZC',
  'LISA', 'NHG', 'KNMI', 'RDW', 'RVO', 'ACM', 'AFM', 'DNB', 'OM', 'NVWA', 'IGJ', 'CJIB',
  'VWS', 'SZW', 'BZK', 'OCW', 'EZK', 'LNV', 'AP', 'MKB', 'ZZP', 'WOZ', 'OZB', 'BRP', 'AVG'
]

/**
 * Laws in mixed case that every reader of a municipal plan knows by their letters: unexplained,
 * they are a remark (info). Any other law or decree in mixed case (`Wkb`, `Wnb`) is letters to
 * explain: across the eval plans, examples and real texts every other unexplained one was a defect.
 */
export const fieldLaws = new Set(['WMO'])

/**
 * Whether the plan keeps its own list of abbreviations: a heading or table column that says so
 * (`# Afkortingen`, `| Afkorting | Betekenis |`) and at least one abbreviation among the terms of
 * its begrippenlijst, the rows of a table or the entries of a list that spell them out. A glossary
 * of terms (`| Begrip | Betekenis |`) that happens to hold a few abbreviations is no such list,
 * unless one of them is a national body or term: explaining that one promises the others.
 *
 * @param terms The terms of the begrippenlijst.
 * @param spelled Abbreviations spelled out in table rows and list entries.
 * @param sources The plan's Markdown sources.
 */
export function keepsOwnList(terms: string[], spelled: Set<string>, sources: string[]): boolean {
  const glossed = terms.map((t) => abbreviationOf(t.replace(/[*_`]/g, '').trim())).filter((w) => w !== undefined)
  // A glossary that explains a national agency by its letters (`| UWV | Uitvoeringsinstituut … |`)
  // tells the reader such bodies are explained there: the others it uses count too. The
  // gemeente's own partners (`GGD`, `VNG`) and terms of daily life (`AOW`, `WOZ`) do not.
  if (glossed.some((w) => agencies.has(w.toUpperCase()))) return true
  const listed = [...glossed, ...spelled]
  return listed.length > 0 && sources.some((s) => /^(?:#{1,6}[^\n]*|\|[ \t]*)afkorting/imu.test(s))
}

// National executive agencies and inspectorates among `nationalLetters`.
const agencies = new Set(['UWV', 'SVB', 'CAK', 'CIZ', 'DUO', 'COA', 'IND', 'CBS', 'RIVM', 'KNMI', 'RDW', 'RVO', 'ACM', 'AFM', 'DNB', 'NVWA', 'IGJ', 'CJIB', 'KVK'])

// Dutch words for `with`, `by`, `according to` and the like: capitals after them are a body, not its name.
const functionWords = /^(?:volgens|samen|zonder|tussen|tegen|vanuit|namens|onder|sinds|behalve|naast|rondom|tijdens|voor|door|naar|over|omdat|zodat|maar|want|alleen|zowel|zoals|deze|onze|elke|iedere|alle|wij|zij|hun|daarna|daarom|verder|ook)$/iu

/**
 * Whether the capitals after a capitalised noun name what that noun says it is (`Jongerencentrum
 * SPRONG`, `Buurthuis KLAVER`): a name that reads as a word, not letters to explain.
 *
 * @param before The text before the capitals.
 * @param word The capitals.
 */
export function namedAfterNoun(before: string, word: string): boolean {
  const noun = /(?:^|[\s(])(\p{Lu}\p{Ll}{3,})\s+$/u.exec(before)?.[1]
  return noun !== undefined && !functionWords.test(noun) && readable(word)
}

/**
 * Capitals that read as a word: five letters or more with two vowels (`WINDKRACHT`), one syllable
 * of five letters or more (`SPRONG`, `KRACHT`: consonants, vowels, consonants), or four with a vowel
 * after the first consonant (`MARE`, `VINK`): a name, where letters to spell out have none (`GGDZ`).
 *
 * @param word The capitals.
 */
export function readable(word: string): boolean {
  const vowels = word.match(/[AEIOUY]/g)?.length ?? 0
  const syllable = /^[^AEIOUY]{1,3}[AEIOUY]{1,2}[^AEIOUY]{1,3}$/u.test(word)
  return (word.length >= 5 && (vowels >= 2 || syllable)) || (word.length === 4 && vowels >= 1 && /^[^AEIOUY][AEIOUY]/u.test(word))
}
