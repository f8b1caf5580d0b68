/**
 * Three present-tense forms that say something is still due at a moment, read by `stale-statement`
 * next to the verbs of decisions and events: a state that comes about then ("De verbouwing is in
 * juni 2025 klaar"), a deadline with a modal verb ("Uiterlijk 1 juli 2025 moet de aanvraag
 * binnen zijn") and a term still open until then ("kunnen nog tot 1 maart 2025 aanvragen", "kunnen
 * tot 1 maart 2025 reageren", "tot de zomer van 2025 loopt er een pilot"). Once the moment has passed, the plan should say whether it happened.
 */
import { momentsIn } from './stale-clauses.js'

// A state that a piece of work reaches, as the last word of the clause.
const readyEnd = /\b(?:klaar|gereed|beschikbaar|operationeel|afgerond|voltooid|in\s{1,3}gebruik)\s{0,3}[.!?]?\s*$/iu
// Words that make a present `is` tell what already holds, not what comes about.
const holds = /\b(?:al|reeds|inmiddels|sinds|sindsdien|vanaf|nog\s{1,3}steeds|elk|elke|ieder|iedere|jaarlijks)\b/iu
// A present modal verb of obligation (not `moest`, `diende`: those look back).
const modal = /\b(?:moet|moeten|dient|dienen)\b/iu
// A word before a moment that makes it a deadline. A bare year after `voor` is more often the year
// something is for ("de begroting voor 2025"), so there `voor` needs a month, day or season.
const deadlineBefore = /\b(?:uiterlijk|vóór|tegen)\s{1,3}$/iu
const forBefore = /\bvoor\s{1,3}$/iu

// `nog tot` (`nog tot en met`, `nog t/m`) right before a moment: something is still open until then.
const stillUntil = /\bnog\s{1,3}(?:tot(?:\s{1,3}en\s{1,3}met)?|t\/m)\s{1,3}$/iu
// `tot` (`tot en met`, `t/m`) right before a moment, with a present verb of something open or
// running (`Inwoners kunnen tot 1 oktober 2025 reageren`, `Tot de zomer van 2025 loopt er een pilot`).
const until = /\b(?:tot(?:\s{1,3}en\s{1,3}met)?|t\/m)\s{1,3}(?:de\s{1,3}|het\s{1,3})?$/iu
const openVerb = /\b(?:kunnen|kan|mogen|mag|loopt|lopen|duurt|duren|staat\s{1,3}open|staan\s{1,3}open)\b/iu
// Past forms that make the clause tell how it was (`konden nog tot …`, `liep nog tot …`).
const pastOpen = /\b(?:kon|konden|was|waren|liep|liepen|had|hadden|gold|golden|stond|stonden|bleef|bleven)\b/iu

/**
 * The moment at which a clause says a piece of work is ready, or something must be done by.
 *
 * @param clause A clause without past-tense markers.
 * @returns The time expression, if the clause says something is due then.
 */
export function dueIn(clause: string): string | undefined {
  if (holds.test(clause)) return undefined
  const times = momentsIn(clause)
  if (/\b(?:is|zijn)\b/iu.test(clause) && readyEnd.test(clause)) {
    // The moment stands between `is` and the state, with at most two words after it.
    const time = times.find((t) => /\b(?:is|zijn)\b/iu.test(clause.slice(0, t.index)) && clause.slice(t.index + t.text.length).trim().split(/\s+/u).length <= 3)
    if (time) return time.text.trim()
  }
  // "Inwoners kunnen nog tot 1 maart 2025 een aanvraag doen": a term still open, in the present.
  const open = pastOpen.test(clause) ? undefined : times.find((t) => stillUntil.test(clause.slice(0, t.index)) || (openVerb.test(clause) && until.test(clause.slice(0, t.index))))
  if (open) return open.text.trim()
  if (!modal.test(clause)) return undefined
  const time = times.find((t) => {
    const before = clause.slice(0, t.index)
    return deadlineBefore.test(before) || (forBefore.test(before) && !/^\d{4}$/u.test(t.text.trim()))
  })
  return time?.text.trim()
}
