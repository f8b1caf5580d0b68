// Future tense with "gaan" + infinitive: "Vanaf maart gaat het loket ook op zaterdag open zijn",
// "gaan de coaches huisbezoeken afleggen". Dutch cannot tell an infinitive from a plural noun by
// its ending, so the -en word must not follow a word that opens a noun phrase ("naar de wijken",
// "om 120 woningen") and must end the clause or stand before a trailing prepositional phrase.

const goingVerb = /\b(?:gaat|gaan)\s{1,3}/giu
// Words after which an -en word is a noun: articles, determiners, numbers, prepositions. Not a
// year: it closes a moment ("gaan … in juni 2025 actualiseren"), it does not count a noun.
const determiner = /^(?:de|het|een|die|deze|dit|dat|onze|ons|hun|zijn|haar|uw|alle|veel|meer|minder|enkele|sommige|andere|nieuwe|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|(?!(?:19|20)\d{2}$)\d[\d.,]*)$/iu
const prepositionBefore = /^(?:van|voor|aan|op|naar|door|bij|om|in|over|uit|met|tegen|tussen|tijdens|via|onder|zonder|binnen|buiten|per)$/iu
const nounOpener = (word: string): boolean => determiner.test(word) || prepositionBefore.test(word)
const preposition = /^(?:voor|met|aan|op|bij|naar|in|over|door|tot|via|samen)$/iu
// Words that end in -en without being infinitives.
const notInfinitive = /^(?:gaan|samen|tegen|binnen|buiten|boven|beneden|open|even|tussen|tevreden|eigen)$/iu

/**
 * Whether a clause speaks of the future with "gaan" and an infinitive later in the clause.
 *
 * @param clause A clause.
 * @returns Whether it does.
 */
export function goingTo(clause: string): boolean {
  for (const m of clause.matchAll(goingVerb)) {
    const words = clause.slice(m.index + m[0].length).split(/\s+/).map((w) => w.replace(/[.!?]+$/, '')).filter(Boolean)
    // "gaan met", "gaat om", "gaat naar": gaan is the main verb here, not a future.
    if (prepositionBefore.test(words[0] ?? '')) continue
    // An infinitive right after `gaat` ends a subordinate clause (`…, die per mei vaker gaat rijden`);
    // after `is` or `zijn` the pair is a perfect (`is … strakker gaan sturen`), no future.
    const perfect = /\b(?:is|zijn|was|waren)\b/iu.test(clause.slice(0, m.index))
    if (words.length === 1 && !perfect && /^\p{Ll}{2,}en$/u.test(words[0] ?? '') && !notInfinitive.test(words[0] ?? '')) return true
    for (let i = 1; i < words.length; i++) {
      const word = words[i] ?? ''
      // An inflected adjective ("de vorige jaren") opens a noun phrase too.
      const previous = words[i - 1] ?? ''
      if (!/^(?:\p{Ll}{2,}en|zijn)$/u.test(word) || notInfinitive.test(word) || nounOpener(previous) || /\p{L}{3,}e$/u.test(previous)) continue
      if (i === words.length - 1 || preposition.test(words[i + 1] ?? '')) return true
    }
  }
  return false
}
