/**
 * A whole in euros per a long period (`€ 240.000 per seizoen`, `€ 52.000 per jaar`) read as the whole
 * of a mean per a shorter period that a count in view spells out: after `€ 98.000 per seizoen`, `De
 * pont vaart 14 weken, gemiddeld € 7.000 per week` is the season’s amount over its weeks. Without
 * that count the two rates stay apart (a yearly and a weekly amount are of one span only through
 * the weeks).
 */

import { sameNoun, type Quantity } from './sentence-quantities.js'
import type { Cue } from './result-cues.js'

// A period that holds shorter ones: the whole a mean per week or day is spread over.
const LONG = /^(?:jaar|seizoen|schooljaar|speelseizoen|zomerseizoen|winterseizoen|badseizoen)$/iu
// The shorter periods a mean is per.
const SHORT = /^(?:week|dag|maand|weekend|avond)$/iu

/**
 * The quantities of a mean's view with a whole per a long period as a plain whole, when a count of
 * the mean's shorter period stands in view; else as they are.
 *
 * @param cue The result's cue.
 * @param result The mean.
 * @param list The quantities to map.
 * @param view Every quantity in view of the mean (its sentence and the one before).
 * @returns The quantities.
 */
export function spreadWholes(cue: Cue, result: Quantity, list: Quantity[], view: Quantity[]): Quantity[] {
  if (cue !== 'mean' || result.unit !== '€' || !SHORT.test(result.per)) return list
  const counted = view.some((q) => q.unit !== '€' && q.unit !== '%' && !q.per && q.unit.split(' ').some((u) => sameNoun(u, result.per)))
  return counted ? list.map((q) => (q.unit === '€' && LONG.test(q.per) ? { ...q, per: '' } : q)) : list
}
