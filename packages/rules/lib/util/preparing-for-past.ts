/**
 * Preparation for an occasion dated before the document, told as still running: "voor de
 * jaarmarkt van mei 2026 loopt de inschrijving nog", "we bereiden de open dag van 3 juni 2026
 * voor", "voor het toernooi in april 2026 zijn we nog bezig met de scheidsrechters". By the
 * document's day the occasion is over, so the work for it cannot still be going on.
 * Used by `stale-statement`.
 */
import { momentsIn } from './stale-clauses.js'

// Work still going on in the present tense: `loopt … nog`, `(nog) bezig met`, `bereiden … voor`,
// `werken … aan`, `werven … nog`, `in volle gang`.
const ongoing = /\b(?:(?:loopt|lopen)\b[^;]*\bnog\b|bezig\s+met\b|bereid(?:t|en)\b[^;]*\bvoor\b|werk(?:t|en)\b[^;]*\baan\b|(?:werft|werven)\b[^;]*\bnog\b|in\s+volle\s+gang\b)/iu
// The occasion the work is for, right before its moment: `voor de jaarmarkt van`, `voor het
// toernooi in`, `de voorbereiding van de open dag op`, `(bereiden) de open dag van … voor`,
// also with the moment in brackets (`voor de kermis (juni 2026)`).
const occasion = /\b(?:voor|voorbereiding\s+van|bereid(?:t|en)(?:\s+(?:we|wij|ze|zij))?)\s+(?:de|het|een|onze?|deze|dit)\s+(?:[\p{L}-]+\s+){0,3}[\p{L}-]+\s*(?:(?:van|in|op|rond)\s+|\(\s*)$/iu
// Words that put the work after the occasion or make it a look back: `sinds`, `na`, an evaluation.
const afterwards = /\b(?:sinds|na(?:afloop)?|evaluatie|evalueren|terugblik|nazorg|afrekening|verantwoording)\b/iu

/**
 * The moment of a past occasion the clause still prepares for.
 *
 * @param clause A clause without past tense.
 * @param day The document date (ISO).
 * @returns The moment as written, or `undefined`.
 */
export function preparingForPast(clause: string, day: string): string | undefined {
  if (!ongoing.test(clause) || afterwards.test(clause)) return undefined
  const moments = momentsIn(clause)
  // A later moment in the clause (`loopt nog tot en met 2028`) is the work's own end.
  if (moments.length === 0 || moments.some((t) => t.end >= day)) return undefined
  return moments.find((t) => occasion.test(clause.slice(0, t.index)))?.text.trim()
}
