/**
 * Two ends of a text without its mark that leave a clause open, read by `stopsMidClause` for
 * `unfinished-sentence`: an expletive `er` right after an inverted verb (`…, komt er`), where the
 * subject `er` announces never came, and a `whether`-clause after a verb of asking or finding out
 * (`We onderzoeken of de buurtcoach ook`) that stops before its verb.
 */
import { isVerbAt } from './clause-cut.js'
import { oneSentence } from './sentence-breaks.js'

// Finite verbs that take an expletive `er` with the subject after it (`er komt een loket`, `er is ruimte`).
const existential = /^(?:komt|komen|kwam|kwamen|is|zijn|was|waren|blijft|blijven|ontstaat|ontstaan|verschijnt|verschijnen|volgt|volgen|staat|staan|ligt|liggen|gaat|gaan|wordt|worden|zit|zitten|bestaat|bestaan)$/u
// What may stand before the verb so that the verb comes before its subject: a phrase opened by a
// preposition, an adverb of time or order, or a bijzin closed by a comma.
const frontedPreposition = /^(?:voor|bij|in|op|na|vanaf|per|met|naast|binnen|tijdens|rond|aan|tot|uit|over|onder|door|via|sinds|zonder)$/u
const frontedAdverb = /^(?:daarnaast|verder|ook|daarom|daarna|vervolgens|eerst|straks|nu|dan|voortaan|bovendien|binnenkort|hier|daar|later|ten\s+slotte)$/u

/**
 * Whether a text stops on an expletive `er` after an inverted verb: the verb follows a comma or a
 * fronted phrase or adverb, so its subject should follow `er` (`Voor grote aanvragen komt er`).
 * `De bus komt er` (there) has its subject before the verb and is finished.
 *
 * @param text A paragraph, item or clause without its closing mark.
 * @returns Whether the subject after `er` is missing.
 */
export function expletiveWithoutSubject(text: string): boolean {
  const raw = text.replace(/[*_]+$/u, '').trim().split(/\s+/u).filter(Boolean)
  const words = raw.map((w) => w.toLowerCase())
  const n = words.length
  if (n < 4 || words[n - 1] !== 'er' || !existential.test(words[n - 2] ?? '')) return false
  if (/,$/u.test(words[n - 3] ?? '')) return true
  // The clause before the verb, from the last comma or the start: opened by a preposition or an adverb.
  const from = words.slice(0, n - 2).findLastIndex((w) => /,$/u.test(w)) + 1
  const clause = words.slice(from, n - 2)
  return clause.length >= 1 && (frontedPreposition.test(clause[0] ?? '') || frontedAdverb.test(clause.join(' '))) && !clause.some((_, i) => i > 0 && isVerbAt(clause, i) && !frontedPreposition.test(clause[i - 1] ?? ''))
}

// Verbs after which `of` opens an indirect question (`onderzoeken of`, `gaan na of`, `de vraag of`).
const asking = /^(?:onderzoek(?:t|en)?|bekijk(?:t|en)?|kijk(?:t|en)?|bepaal(?:t)?|bepalen|beoordeel(?:t)?|beoordelen|toets(?:t|en)?|verken(?:t|nen)?|peil(?:t|en)?|evalueer(?:t)?|evalueren|vraag(?:t)?|vragen|weet|weten|na|nagaan|uitzoeken|uit|afwegen|af|bezien|vraag|twijfel(?:t|en)?|controleer(?:t)?|controleren|check(?:t|en)?)$/u

/**
 * Whether a text stops inside an indirect question opened by `of` after a verb of asking or finding
 * out (within three words: `onderzoeken we samen of`), with two to twelve words after `of` and no verb
 * among them (`… of de leerplichtambtenaar ook`). `of` between two things (`een lening of een
 * subsidie`) has no such verb before it.
 *
 * @param text A paragraph, item or clause without its closing mark.
 * @returns Whether the question never gets its verb.
 */
export function openWhetherClause(text: string): boolean {
  const words = text.replace(/[*_]+$/u, '').trim().split(/\s+/u).filter(Boolean).map((w) => w.toLowerCase())
  const at = words.findLastIndex((w) => w === 'of')
  if (at < 1 || /[,;:]$/u.test(words.at(-1) ?? '')) return false
  const after = words.slice(at + 1)
  if (after.length < 2 || after.length > 12 || after.some((w) => /[,;:()]/u.test(w))) return false
  if (!words.slice(Math.max(0, at - 3), at).some((w) => asking.test(w))) return false
  return !after.some((_, i) => isVerbAt(after, i))
}

/**
 * Whether a short paragraph of one sentence (five words or more, too short for `sentenceWithoutStop`)
 * stops on one of the two open ends above: the grammar itself proves the cut, so no clause count is needed.
 *
 * @param body The paragraph, line breaks as spaces.
 * @returns Whether it stops on an open end.
 */
export function shortOpenClause(body: string): boolean {
  return oneSentence(body) && body.split(/\s+/u).length >= 5 && (expletiveWithoutSubject(body) || openWhetherClause(body))
}
