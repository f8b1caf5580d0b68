import type { RuleExample } from '../rule.js'
import { baseRatesNotOk, baseRatesOk } from './prose-calculation-examples-base-rates.js'
import { weeklyUnitsNotOk, weeklyUnitsOk } from './prose-calculation-examples-weekly-units.js'
import { wholeMeansNotOk, wholeMeansOk } from './prose-calculation-examples-whole-means.js'

// The example lists of `prose-calculation` after its rule file reached its size: new readings add
// their list here, so the rule's file keeps one import and one spread for all of them.

/** The further examples the rule stays quiet on. */
export const furtherOk: RuleExample[] = [...weeklyUnitsOk, ...baseRatesOk, ...wholeMeansOk]

/** The further examples the rule reports. */
export const furtherNotOk: RuleExample[] = [...weeklyUnitsNotOk, ...baseRatesNotOk, ...wholeMeansNotOk]
