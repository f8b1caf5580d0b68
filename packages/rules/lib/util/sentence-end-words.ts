/**
 * The words a Dutch sentence may not end on, read by `unfinished-sentence`: articles, conjunctions
 * and relative words that always want more, prepositions whose object may be missing, and the
 * patterns that find them before a closing mark.
 */
import { closedConjunctions, closedDeterminers, closedPrepositions } from './closed-word-classes.js'
// Words a Dutch sentence cannot end on: articles, conjunctions, and prepositions that become
// another word at the end (`met` → `mee`, `tot` → `toe`).
const neverLast = [
  'de', 'en', 'of', 'maar', 'want', 'omdat', 'zodat', 'tenzij', 'doordat', 'hoewel', 'zoals', 'waardoor', 'terwijl', 'noch', 'met', 'tot', 'te', 'als',
  // Relative and interrogative adverbs ("de middelen waarmee.") and the relative `die` always want a clause after them.
  'waarop', 'waarmee', 'waarbij', 'waarin', 'waarvan', 'waarvoor', 'waaraan', 'waarnaar', 'waaruit', 'welke', 'die', 'indien', 'wanneer', 'nadat', 'voordat', 'zodra', 'aangezien',
  // Words that announce what follows ("drie groepen, namelijk."), prepositions that never strand,
  // and determiners without their noun ("samen met onze.").
  'namelijk', 'waaronder', 'alsmede', 'alsook', 'evenals', 'zowel', 'vanwege', 'dankzij', 'ondanks', 'middels', 'inzake', 'betreffende', 'onze', 'elke', 'iedere',
  // Quantifiers whose pronoun form differs (`allen`, `enkelen`, `sommigen`): without their noun they are cut.
  'alle', 'enkele', 'sommige', 'meerdere', 'diverse', 'vele', 'uw',
  // A possessive or `eigen` wants its noun ("de dorpen houden hun eigen."): the object form is `hen`.
  'hun', 'eigen',
  // The rest of the closed classes: conjunctions, prepositions that never strand, determiners.
  ...closedConjunctions, ...closedPrepositions, ...closedDeterminers
]
// Words a paragraph without a full stop rarely ends on (`dat`, `die` and `het` can end a
// sentence, but not one left without its full stop).
export const neverLastSet = new Set(neverLast)
export const dangling = new Set([...neverLast, 'het', 'een', 'dat', 'die', 'wanneer', 'waarbij', 'waarin'])
// Dutch ends sentences on these ("daar sluiten we bij aan", "daar kijken we naar"): only
// reported when the sentence visibly continues in the next paragraph.
export const particles = new Set(['van', 'voor', 'aan', 'op', 'naar', 'door', 'bij', 'om', 'in', 'over', 'uit'])
// Prepositions at the end of a sentence: fine as a particle ("Wij nemen dit mee", "Dat valt op") or
// stranded after er/daar/hier/waar ("Daar houden we rekening mee"), otherwise the object is missing.
const prepositions = ['van', 'voor', 'aan', 'op', 'naar', 'door', 'bij', 'om', 'in', 'over', 'uit', 'tegen', 'tussen', 'tijdens', 'volgens', 'via', 'vanaf', 'sinds', 'een']
export const prepositionSet = new Set(prepositions)
// Prepositions that also serve as adverbs at the end of a clause ("de kinderen spelen binnen"):
// only read as cut where a clause visibly stops (an item among closed ones, a line glued to the
// next sentence), and then not as a particle of the verb ("komen binnen").
export const adverbPrepositions = new Set(['binnen', 'buiten', 'zonder', 'onder', 'naast'])
export const clauseEnds = new Set([...prepositions, ...adverbPrepositions])
export const endsOnPreposition = new RegExp(String.raw`(?<![\p{L}\p{N}.'’"“‘-])(${prepositions.join('|')})[.!?](?=\s|$)`, 'giu')
// Pronominal adverbs (daarbij, hiervoor, ermee): they end a sentence only before its full stop.
export const pronominalAdverb = /^(?:daar|hier|er)(?:bij|mee|voor|van|aan|op|in|uit|toe|over|door|naar|om|onder|tegen)$/u
export const endsOnNeverLast = new RegExp(String.raw`(?<![\p{L}\p{N}.'’"“‘-])(${neverLast.join('|')})[.!?](?=\s|$)`, 'giu')

// A personal pronoun as subject: right before the finite verb (`we versterken die.`) or right after
// it in an inverted clause (`Daarom kennen we die.`).
const subject = /^(?:we|wij|ze|zij|ik|je|jij|u|hij|jullie|men)$/iu

/**
 * Whether `die` before a full stop is a demonstrative object, not a relative pronoun without its
 * clause: a relative `die` follows its noun (`Inwoners die.`), a demonstrative follows the verb of
 * a clause whose subject is a personal pronoun (`we versterken die.`, `Zo houden we die.`).
 *
 * @param text The text.
 * @param index Where `die` starts.
 * @returns Whether the word is the clause's object.
 */
export function demonstrativeDie(text: string, index: number): boolean {
  const before = text.slice(0, index).trimEnd().split(/\s+/u).slice(-2)
  return before.length === 2 && before.every((w) => /^\p{L}+$/u.test(w)) && (subject.test(before[0] ?? '') || subject.test(before[1] ?? ''))
}

// A closed sentence that stops on a phrase that always wants more, though its last word may end
// a sentence elsewhere: an article after a preposition (`We zetten in op het.`, `naar een.`), `met
// als` and its noun (`met als doel.`: the aim is missing), and `dat` or `om` after a pronominal
// adverb (`zorgen ervoor dat.`, `vragen erom om.`). The last word is the group that is reported.
const articled = [...prepositions.filter((p) => p !== 'een'), 'met', 'tot', 'zonder', 'onder', 'naast', 'binnen', 'buiten']
export const endsOnOpenPhrase = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:${articled.join('|')})[ \t]+(het|een)|met[ \t]+als[ \t]+(\p{L}+)|(?:er|daar|hier)(?:voor|op|toe|om|aan|naar|over|mee|bij|in|van)[ \t]+(dat|om))[.!?](?=\s|$)`,
  'giu'
)

// The same phrases at the end of a list item or a table cell, before its `;`, `,` or `.` or none.
const openPhraseEnd = new RegExp(endsOnOpenPhrase.source.replace(String.raw`[.!?](?=\s|$)`, String.raw`[.!?;,*_]*\s*$`), 'iu')

/**
 * Where an item or a cell stops on a phrase that wants more (`- we investeren in het;`, a cell
 * `rijdt naar het`): the last word and its index in the text.
 *
 * @param text The item's or the cell's text.
 * @returns The last word and where it starts, or undefined.
 */
export function openPhraseAt(text: string): { word: string; index: number } | undefined {
  const m = openPhraseEnd.exec(text)
  const word = m?.[1] ?? m?.[2] ?? m?.[3]
  if (!m || word === undefined) return undefined
  return { word, index: m.index + m[0].search(new RegExp(String.raw`${word}[.!?;,*_]*\s*$`, 'u')) }
}
