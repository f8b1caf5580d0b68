/**
 * A start told in the present tense: a rule that takes effect, a service that opens, a party that
 * switches over (`ingaan`, `in werking treden`, `van start gaan`, `overstappen`, `invoeren`). With
 * a moment of its own the present of such a verb announces the start, wherever the verb stands:
 * second (`De regio stapt per 1 mei … over`), last in a relative or subordinate clause (`…, die
 * per 1 mei ingaat,`, `zodra de wet op 1 mei in werking treedt`). A start at a moment already
 * past is outdated news (the verbs: `onset-verbs`). For `stale-statement`.
 */
import { momentsIn } from './stale-clauses.js'
import { pastClause } from './clause-tense.js'
import { tellsStart } from './onset-verbs.js'

// Words before a moment that make it the moment of the start: `per`, `op`, `vanaf`, `met ingang
// van`, `in`, `rond`, optionally with a weekday (`op maandag 2 maart`).
const onsetLead = /\b(?:per|op|vanaf|met\s{1,3}ingang\s{1,3}van|in|rond|uiterlijk)\s{1,3}(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s{1,3})?$/iu
// A routine, a share or a start that already lies behind the clause (`al`, `inmiddels`).
const notNews = /\b(?:sinds|sindsdien|elk|elke|ieder|iedere|jaarlijks|telkens|steeds|al|reeds|inmiddels|eerder)\b|\d\s{0,2}(?:%|procent\b)/iu

/**
 * The moment of a start the clause tells in the present though it lies before `before`: the
 * clause tells a start (`tellsStart`), a moment before the document day is the start's own (after
 * `per`, `op`, `vanaf` …), and the clause is not past, perfect, a routine or a share. A bare year
 * counts only from the year before the document's: an older one is history in the present.
 *
 * @param clause A finite clause, not reported by a past governor.
 * @param before The document day (ISO).
 * @returns The moment's text, or `undefined`.
 */
export function pastOnset(clause: string, before: string): string | undefined {
  if (notNews.test(clause) || !tellsStart(clause) || pastClause(clause)) return undefined
  const moment = momentsIn(clause).find((t) => {
    if (!onsetLead.test(clause.slice(0, t.index))) return false
    if (/^\d{4}$/u.test(t.text.trim()) && Number(t.text.trim()) < Number(before.slice(0, 4)) - 1) return false
    return t.end < before
  })
  return moment?.text.trim()
}
