import type { RuleExample } from '../rule.js'
import { weeklyUnitsNotOk, weeklyUnitsOk } from './prose-calculation-examples-weekly-units.js'
import { summedChangesNotOk, summedChangesOk, yearListsNotOk, yearListsOk } from './prose-calculation-examples-joint-totals.js'
import { labelledTermsNotOk, labelledTermsOk } from './prose-calculation-examples-labelled-terms.js'

// The example lists of `prose-calculation` added after the rule file reached its size: the rule
// imports this one list, so a new reading adds its examples here and the rule file does not grow.

/** Examples the rule stays quiet on, in the order their readings were added. */
export const moreOk: RuleExample[] = [...weeklyUnitsOk, ...yearListsOk, ...summedChangesOk, ...labelledTermsOk]

/** Examples the rule reports, in the order their readings were added. */
export const moreNotOk: RuleExample[] = [...weeklyUnitsNotOk, ...yearListsNotOk, ...summedChangesNotOk, ...labelledTermsNotOk]
