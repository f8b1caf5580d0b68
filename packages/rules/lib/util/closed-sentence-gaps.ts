/**
 * Gaps a sentence shows by its own words even when it closes with a full stop: a future auxiliary
 * (`zal`, `zullen`) whose infinitive never comes, a modal after a relative clause or bijzin that gets none, a purpose clause (`om …`) without its `te` and
 * verb, and a currency sign without its amount. Read by `unfinished-sentence` through `clauseGaps`.
 */
import { isVerbAt } from './clause-cut.js'

// `zullen` is an auxiliary only: a clause with its finite form needs an infinitive (`Het college zal
// de raad in het voorjaar informeren.`). The finite forms; `zou`/`zouden` may stand alone in a
// conditional answer (`Dat zou kunnen.` has its verb, `Dat zou.` is not written).
const FUTURE = /^(?:zal|zullen|zult)$/u
// A word right before a last word on -en that makes that word the infinitive: a preposition whose
// object went to the front (`hier een kader voor vaststellen`, the R-forms of `pronominalAdverb` in
// sentence-end-words.ts) or a separable particle (`terug`, `af`, `mee`, `toe`). Its own list on
// purpose: `prepositionSet` and `particles` (sentence-end-words.ts) hold `van`, after which a word
// on -en is mostly the plural noun of the counted phrase (`een overzicht van de kosten van
// woningen.`), and `nounOpener` (clause-cut.ts) is the reverse reading: the words after which a
// word on -en is a noun.
const PREPOSITION_BEFORE_VERB = /^(?:voor|aan|op|naar|door|bij|in|over|uit|mee|toe|af|om|tegen|vanaf|terug)$/u
// Infinitives common enough to close the clause after `zal` (`beter passend zijn`, `meer
// worden`): the last word counts as the verb even where `isVerbAt` reads it as a noun or a
// possessive (`zijn` is in `nounOpener`). Only infinitives: the auxiliary lists elsewhere
// (`modals` in clause-verbs.ts, `auxiliaries` in auxiliary-end.ts) hold finite forms, which never
// close a clause after `zal`.
const INFINITIVE = /^(?:zijn|worden|hebben|blijven|gaan|komen|kunnen|moeten|mogen|willen|doen|laten|staan|liggen|krijgen|houden|nemen|maken|geven|zien|vinden)$/u
// Words that open another clause after the auxiliary, whose verbs may be the ones counted: then the
// sentence is too complex to judge by its words.
const CLAUSE_OPENER = /^(?:dat|die|omdat|zodat|doordat|waardoor|wanneer|als|indien|zodra|nadat|voordat|terwijl|waarmee|waarin|waarbij|welke|wat|hoe|of|en|maar|want)$/u

/**
 * The future auxiliary of a closed sentence whose infinitive never comes: three or more words after
 * it, none of which reads as a verb, no comma and no other clause after it.
 *
 * @param sentence One sentence with its closing mark.
 * @param open Whether the sentence is the last of a text that stops without its mark (read alike).
 * @returns The auxiliary and its offset, or undefined.
 */
export function futureWithoutVerb(sentence: string, open = false): { word: string; index: number } | undefined {
  if (!open && !/[.!]\s*$/u.test(sentence)) return undefined
  const tokens = [...sentence.matchAll(/[\p{L}\p{N}][\p{L}\p{N}.,'’%-]*/gu)].map((m) => ({ word: m[0].replace(/[.,]+$/u, '').toLowerCase(), index: m.index }))
  const at = tokens.findIndex((t) => FUTURE.test(t.word))
  // The auxiliary in second place of a main clause (after its subject), not at the start (a question).
  if (at < 1) return undefined
  const rest = sentence.slice((tokens[at]?.index ?? 0) + (tokens[at]?.word.length ?? 0))
  if (/[,;:()–]/u.test(rest.replace(/\d,\d/gu, ''))) return undefined
  const words = tokens.map((t) => t.word)
  const after = words.slice(at + 1)
  if (after.length < 3 || after.some((w) => CLAUSE_OPENER.test(w))) return undefined
  for (let i = at + 1; i < words.length; i++) {
    const word = words[i] ?? ''
    if (isVerbAt(words, i) || /^(?:\p{L}+)?(?:te|ge)\p{L}+[dt]$/u.test(word)) return undefined
    // A word on -en after a year is the infinitive (`in 2028 beoordelen`), not a counted noun.
    if (/^\p{L}{3,}en$/u.test(word) && /^(?:19|20)\d\d$/u.test(words[i - 1] ?? '')) return undefined
  }
  // The last word is the infinitive after a preposition without its object (`hier een kader voor
  // vaststellen`) or when it is an auxiliary or copula (`beter passend zijn`).
  const last = words.at(-1) ?? ''
  const before = words.at(-2) ?? ''
  if (INFINITIVE.test(last) || (/en$/u.test(last) && PREPOSITION_BEFORE_VERB.test(before))) return undefined
  const token = tokens[at]
  return token ? { word: sentence.slice(token.index, token.index + token.word.length), index: token.index } : undefined
}

// `om` that opens a purpose clause: after a verb particle that closes the main clause (`zetten … in
// om`, `trekken … uit om`): a preposition never stands before `om` there. Not after a comma, which
// may close an inserted phrase before the verb's own `om` (`vraagt, net als …, om`). Not
// `om de twee weken` or `om 10.00 uur`, not an indirect question (`om welke bedragen`), not `om en nabij`.
const PURPOSE_OM = /(?<![\p{L}])(?:in|aan|uit|af|mee|vrij|beschikbaar|extra)\s+(om)\s+(?!(?:de|het)\s+(?:twee|drie|vier|vijf|zes|andere)\b|\d|welke?\b|wat\b|hoeveel\b|en\b|die\b|dat\b)(\p{L}[^.!?]*?)\s*([.!?]|$)/giu

/**
 * A purpose clause after a closed main clause that never reaches its `te` and verb (`We zetten twee
 * coaches in om de wachtlijst.`): the clause after `om` has no `te`.
 *
 * @param sentence One sentence, with or without its closing mark.
 * @returns `om` and its offset, or undefined.
 */
export function purposeWithoutTe(sentence: string): { word: string; index: number } | undefined {
  for (const m of sentence.matchAll(PURPOSE_OM)) {
    const clause = m[2] ?? ''
    if (/(?<![\p{L}])te(?![\p{L}])/iu.test(clause) || clause.split(/\s+/u).length < 2) continue
    // `om` must be the last clause of the sentence (the match runs to its end).
    return { word: m[1] ?? 'om', index: m.index + m[0].indexOf(m[1] ?? 'om', m[0].search(/\s/u)) }
  }
  return undefined
}

// A currency sign after a word that takes an amount, with no amount after it (`bedraagt €.`,
// `kost € per jaar`): the figure was left out. Not a unit (`in €`, `x € 1.000`, `(€)`), nor a
// placeholder (`€ ...`), which `placeholder-text` reports.
const AMOUNT_MISSING = /(?<![\p{L}])(?:bedraagt|bedragen|bedroeg|kost|kosten|kostte|is|was|van|tot|met|ruim|circa|ongeveer|maximaal|minimaal|bijna|rond|totaal|à|zo'n)\s+(€|EUR)(?!\s*(?:\.\.\.|…))(?=\s*(?:[.,;:!?)]|$|\s+(?:per|voor|en|of|in|aan|op|extra|meer|minder)(?![\p{L}])))/giu

/**
 * The currency signs in a text that stand where an amount is written without the amount.
 *
 * @param text A sentence, paragraph or cell.
 * @returns The signs and their offsets.
 */
export function missingAmounts(text: string): Array<{ word: string; index: number }> {
  return [...text.matchAll(AMOUNT_MISSING)].map((m) => ({ word: m[1] ?? '€', index: m.index + m[0].length - (m[1] ?? '€').length }))
}

// A modal that opens the main clause right after the comma closing a subject with a relative
// clause or a fronted bijzin (`Huurders die … hebben, kunnen`, `Als het rapport er is, moet`): in
// that place it is the finite verb of the main clause and its infinitive must follow.
const MODAL_AFTER_CLAUSE = /(?<![\p{L}])(?:die|dat|wie|als|wanneer|zodra|nadat|omdat|indien|zolang)\s[^.!?;:,]*?\p{L}[^.!?;:,]*,\s+(kan|kunnen|moet|moeten|mag|mogen|wil|willen|hoeft|hoeven)(?![\p{L}])([^.!?;:,]*)([.!]?)\s*$/iu
// What a modal may take without an infinitive in standard Dutch: a direction or place (`kunnen
// terecht bij`, `mogen naar binnen`, `moeten weg`), a pronoun for the action (`kunnen dat`, `mag
// het`), a negation (`kan niet`), `zelf` or `er` (`kunnen er gebruik van maken` has its verb anyway).
// Adverbs on -t that `isVerbAt` would take for a finite verb (`daarnaast`, `direct`).
const ADVERB_ON_T = /^(?:daarnaast|hiernaast|direct|meest|eerst|laatst|straks|slechts|best|echt|net|gewoon|overigens)$/u
const MODAL_COMPLEMENT = /(?<![\p{L}])(?:terecht|naar|weg|mee|door|verder|thuis|binnen|buiten|langs|terug|heen|niet|geen|dat|dit|het|alles|iets|niets|zo|zelf|er|daar|hier|wat|veel|meer|minder|toe)(?![\p{L}])/iu

/**
 * A modal in the place of the main clause's finite verb, right after the comma that closes a
 * relative clause or fronted bijzin, with no verb after it before the sentence ends: `Bewoners die
 * overlast hebben, kunnen.`, `Wie te laat is, moet bij herhaling.`, `…, kunnen daarnaast` (a text
 * without its mark). Not with a complement a modal takes on its own (`kunnen terecht bij het loket`,
 * `kunnen dat`, `mag niet`).
 *
 * @param sentence One sentence, with or without its closing mark.
 * @param open Whether the sentence is the last of a text that stops without its mark.
 * @returns The modal and its offset, or undefined.
 */
export function modalWithoutVerb(sentence: string, open = false): { word: string; index: number } | undefined {
  const m = MODAL_AFTER_CLAUSE.exec(sentence)
  if (!m || (!open && !m[3])) return undefined
  const modal = m[1] ?? ''
  const rest = m[2] ?? ''
  if (MODAL_COMPLEMENT.test(rest)) return undefined
  const words = rest.toLowerCase().split(/\s+/u).filter(Boolean)
  if (words.some((_, i) => (isVerbAt(words, i) && !ADVERB_ON_T.test(words[i] ?? '')) || /^(?:\p{L}+)?(?:te|ge)\p{L}+[dt]$/u.test(words[i] ?? '') || /^\p{L}{3,}en$/u.test(words[i] ?? ''))) return undefined
  return { word: modal, index: m.index + m[0].indexOf(modal, m[0].lastIndexOf(',')) }
}
