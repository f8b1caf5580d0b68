import type { RuleExample } from '../rule.js'
import { weeklyUnitsNotOk, weeklyUnitsOk } from './prose-calculation-examples-weekly-units.js'
import { summedChangesNotOk, summedChangesOk, yearListsNotOk, yearListsOk } from './prose-calculation-examples-joint-totals.js'
import { labelledTermsNotOk, labelledTermsOk } from './prose-calculation-examples-labelled-terms.js'
import { baseRatesNotOk, baseRatesOk } from './prose-calculation-examples-base-rates.js'
import { wholeMeansNotOk, wholeMeansOk } from './prose-calculation-examples-whole-means.js'

// The example lists of `prose-calculation` added after the rule file reached its size: the rule
// imports this one list, so a new reading adds its examples here and the rule file does not grow.

/** Examples the rule stays quiet on, in the order their readings were added. */
export const moreOk: RuleExample[] = [...weeklyUnitsOk, ...yearListsOk, ...summedChangesOk, ...labelledTermsOk, ...baseRatesOk, ...wholeMeansOk]

/** Examples the rule reports, in the order their readings were added. */
export const moreNotOk: RuleExample[] = [...weeklyUnitsNotOk, ...yearListsNotOk, ...summedChangesNotOk, ...labelledTermsNotOk, ...baseRatesNotOk, ...wholeMeansNotOk]
