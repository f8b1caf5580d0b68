/**
 * How `period-mismatch` names this plan in a text: as a subject (`dit programma`, `deze nota`),
 * by its definite noun taken from its title (`het akkoord` for a `Lokaal sportakkoord`), and, in a
 * begroting, by its meerjarenraming. Every reader of the plan's own years needs the same names;
 * they are built here once per plan, not inside the rule.
 */
import type { Plan } from '@kapstok/core'
import { isBegroting } from './begroting.js'
import { periodFit, type Periode } from './period-fit.js'
import type { PlanNaming } from './period-own-ends.js'
import { definiteSelf, ownKind } from './period-owner.js'
import { periodVerb, planNoun, subject } from './period-words.js'
import { titleAbbreviations } from './period-title-abbreviation.js'

// Nouns a document calls itself by only with "dit" or "deze": "dit beleid", "deze notitie", "dit stuk".
const ownNoun = String.raw`beleid|notitie|stuk|routekaart|kompas|perspectief`

/**
 * How a plan is named, and its period.
 *
 * @param model The plan.
 * @param periode Its period from the metadata.
 * @returns Its names, built once.
 */
export function planNaming(model: Plan, periode: Periode): PlanNaming {
  // A begroting owns its meerjarenraming and begrotingsjaren; `soort: begroting` says so even
  // when the title only names the programma ("Programma 3 Zorg").
  const begroting = isBegroting(model)
  // The nouns this document calls itself by; a definite subject counts only with one of them. Its
  // abbreviation (`het IHP`) is one of them, as a word of its own.
  const titleKind = ownKind(model.document?.titel ?? '', begroting)
  const abbreviations = titleAbbreviations(model, titleKind)
  const kind = { ...titleKind, compounds: [...titleKind.compounds, ...abbreviations] }
  const letters = abbreviations.map((word) => `|(?<![\\p{L}-])${word}`).join('')
  const thisPlan = subject(`${planNoun}|${ownNoun}${begroting ? '|begroting|meerjarenraming' : ''}${letters}`)
  const definiteNoun = definiteSelf(kind)
  // This plan named as a subject or by its definite noun: built once, not per match.
  const self = new RegExp(`${thisPlan}|${definiteNoun}`, 'iu')
  const definite = `${definiteNoun}\\s+${periodVerb}`
  return { thisPlan, definiteNoun, definite, self, kind, begroting, periode, ends: periodFit(periode).ends }
}

/**
 * Whether a span is a begroting's meerjarenraming: "de meerjarenraming 2026-2028" of a begroting
 * for 2025-2028, the years after the begroting year, is not the begroting's period.
 *
 * @param naming How the plan is named (whether it is a begroting) and its period.
 * @param first The span's first year.
 * @param last The span's last year.
 * @returns Whether the span is the raming's.
 */
export function ramingYears(naming: Pick<PlanNaming, 'begroting' | 'periode'>, first: number, last: number): boolean {
  return naming.begroting && first === naming.periode.start + 1 && last === naming.periode.eind
}
