/**
 * The verbs and determiners a clause is read by: modals whose infinitive must still come, and
 * the ends of a clause that still owe a verb or a noun. Read by `sentence-breaks` (clauseCut).
 */

// Modal verbs: their infinitive comes at the end of the main clause, after a relative clause on the object.
export const modals = new Set(['wil', 'willen', 'kan', 'kunnen', 'moet', 'moeten', 'mag', 'mogen', 'zal', 'zullen'])
// Articles and determiners: after `wordt` they open its complement (`wordt een park`).
export const determiner = /^(?:de|het|een|geen|die|deze|dit|dat|onze|ons|hun|zijn|haar|uw|elke|iedere|alle)$/iu

// Finite modals and auxiliaries of the future and passive, and subject pronouns: `willen we`,
// `kan er`, `gaan ze`. Inverted, the verb stands second after a fronted part, and its infinitive
// or participle comes at the very end of the clause.
const invertedVerbs = new Set([...modals, 'gaat', 'gaan', 'wordt', 'worden', 'hoeven', 'hoeft'])
// The personal pronouns that stand as a clause's subject; each reader adds what it needs (`er`, `hij`).
export const subjectWords = ['we', 'wij', 'ze', 'zij', 'jullie', 'u', 'ik', 'men']
const subjectPronouns = new RegExp(`^(?:${[...subjectWords, 'je', 'er'].join('|')})$`, 'u')
// A fronted object, which the modal itself may take as its complement (`Dat willen we`, `Meer kan
// er niet`): then the clause is whole.
const frontedObject = /^(?:dat|dit|het|wat|zo|alles|meer|iets|niets|veel|zoiets|hoe|waar|wie|welke)$/u

/**
 * Whether the last clause stops on an inverted modal or auxiliary and its subject (`en daarnaast
 * willen we`): the verb came second after a fronted part, so its infinitive is missing. Not when
 * the fronted part is an object the verb takes itself (`dat willen we`, `zo kan het`).
 *
 * @param words The words of the text, lower case.
 * @returns Whether the infinitive is missing.
 */
export function invertedVerbLast(words: string[]): boolean {
  if (!subjectPronouns.test(words.at(-1) ?? '') || !invertedVerbs.has(words.at(-2) ?? '')) return false
  const clause = words.slice(words.findLastIndex((w) => /^(?:en|maar|want|of)$/u.test(w)) + 1, -2)
  return clause.length >= 1 && !frontedObject.test(clause[0] ?? '')
}

// Ordinals (`eerste`, `derde`, `twintigste`, `3e`), superlatives (`grootste`) and present
// participles (`volgende`), and adjectives on a suffix no noun has (`-ige`, `-lijke`, `-ische`,
// `-bare`): after a determiner they stand before a noun, which a text without its stop lacks.
export const attributive = /^(?:\d+e|(?:eer|laat)ste|(?:twee|der|vier|vijf|zeven|negen|\p{L}*tien|elf|twaalf)de|\p{L}{3,}ste|\p{L}{3,}ende|\p{L}{2,}(?:ige|lijke|ische|bare|zame)|\p{L}{2,}(?:ale|ele|iële|ieve)|nieuwe|vorige|andere|oude|hele|gehele|grote|kleine|goede|hoge|lage|lange|korte|sterke|vaste|eigen)$/u

/**
 * Whether the text stops on a determiner and an attributive adjective or ordinal (`vanaf het
 * eerste`, `voor een nieuwe`): the noun is missing. Only read where the text has no full stop;
 * with one, the noun may be left out on purpose (`de tweede start later.`).
 *
 * @param words The words of the text, lower case.
 * @returns Whether the noun is missing.
 */
export function attributiveLast(words: string[]): boolean {
  const [before, last] = [words.at(-2) ?? '', words.at(-1) ?? '']
  if (words.length < 3 || !determiner.test(before) || !attributive.test(last)) return false
  // `het` makes any adjective a noun of its own (`tot het noodzakelijke`, `het volgende`, `het
  // beste`): there only an ordinal still owes its noun.
  return before !== 'het' || ordinal.test(last)
}

const ordinal = /^(?:\d+e|eerste|(?:twee|der|vier|vijf|zeven|negen|\p{L}*tien|elf|twaalf)de|achtste|\p{L}+tigste)$/u

/**
 * Whether a text without its closing mark ends on words that always owe another word: an
 * inverted modal and its subject (`willen we`), or a determiner and an attributive adjective
 * (`vanaf het eerste`). As sure a cut as an article at the end, so read without the checks on
 * the text around it that a weaker cut needs.
 *
 * @param text The text, without a closing mark.
 * @returns Whether a word is owed.
 */
export function owesWord(text: string): boolean {
  // The last words only, trimmed by hand: a pattern anchored at the end (`[\s*_]+$`) backtracks
  // quadratically on a long run of spaces.
  let end = text.length
  while (end > 0 && /[\s*_]/u.test(text.charAt(end - 1))) end--
  const words = text.slice(Math.max(0, end - 400), end).split(/[\s,;()]+/).filter(Boolean).map((w) => w.toLowerCase())
  return invertedVerbLast(words) || attributiveLast(words) || approximatorLast(words)
}

// Words that make a quantity approximate or bound it: they stand before the number they qualify.
const approximator = /^(?:circa|ca\.?|ongeveer|ruwweg|plusminus|zo'n|zo’n|maximaal|minimaal|hooguit|hoogstens|tenminste|gemiddeld)$/u
// Prepositions a quantity follows (`stijgt met …`, `daalt tot …`, `een korting van …`).
const quantityPreposition = /^(?:met|van|tot|op|naar|rond|tussen|boven|onder)$/u

/**
 * Whether the text stops on a preposition and a word that qualifies a quantity (`neemt af met
 * circa`, `een bijdrage van maximaal`): the number itself is missing.
 *
 * @param words The words of the text, lower case.
 * @returns Whether the quantity is missing.
 */
function approximatorLast(words: string[]): boolean {
  return words.length >= 4 && approximator.test(words.at(-1) ?? '') && quantityPreposition.test(words.at(-2) ?? '')
}
