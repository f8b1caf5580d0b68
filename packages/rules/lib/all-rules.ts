import { abbreviationUndefined } from './rules/abbreviation-undefined.js'
import { actionWithoutPillar } from './rules/action-without-pillar.js'
import { agendaColumnShift } from './rules/agenda-column-shift.js'
import { agendaDateFormat } from './rules/agenda-date-format.js'
import { agendaDateInvalid } from './rules/agenda-date-invalid.js'
import { agendaDateMissing } from './rules/agenda-date-missing.js'
import { agendaDateOrder } from './rules/agenda-date-order.js'
import { agendaDateOutsidePeriod } from './rules/agenda-date-outside-period.js'
import { agendaDateProse } from './rules/agenda-date-prose.js'
import { agendaDateUnknown } from './rules/agenda-date-unknown.js'
import { agendaDomainAlias } from './rules/agenda-domain-alias.js'
import { agendaDuplicateActivity } from './rules/agenda-duplicate-activity.js'
import { agendaDuplicateCell } from './rules/agenda-duplicate-cell.js'
import { agendaGoalMissing } from './rules/agenda-goal-missing.js'
import { agendaNullVariant } from './rules/agenda-null-variant.js'
import { agendaOrphanRow } from './rules/agenda-orphan-row.js'
import { agendaOwnerMissing } from './rules/agenda-owner-missing.js'
import { agendaTrackedChange } from './rules/agenda-tracked-change.js'
import { amountMalformed } from './rules/amount-malformed.js'
import { besluitStructure } from './rules/besluit-structure.js'
import { conversionArtifact } from './rules/conversion-artifact.js'
import { countClaimMismatch } from './rules/count-claim-mismatch.js'
import { dateFormatProse } from './rules/date-format-prose.js'
import { docStatusDeclared } from './rules/doc-status-declared.js'
import { duplicatedParagraph } from './rules/duplicated-paragraph.js'
import { financeCumulativeJaarschijf } from './rules/finance-cumulative-jaarschijf.js'
import { financeNetStatedVsComputed } from './rules/finance-net-stated-vs-computed.js'
import { financeSumMismatch } from './rules/finance-sum-mismatch.js'
import { financeTaakstelling } from './rules/finance-taakstelling.js'
import { financeUnitMissing } from './rules/finance-unit-missing.js'
import { glossaryTermDrift } from './rules/glossary-term-drift.js'
import { goalsWithoutActions } from './rules/goals-without-actions.js'
import { inspraakCompleteness } from './rules/inspraak-completeness.js'
import { internalNoteLeak } from './rules/internal-note-leak.js'
import { motieRefRange } from './rules/motie-ref-range.js'
import { numberingSequence } from './rules/numbering-sequence.js'
import { periodMismatch } from './rules/period-mismatch.js'
import { percentageClaimCheck } from './rules/percentage-claim-check.js'
import { pillarWithoutActions } from './rules/pillar-without-actions.js'
import { placeholderText } from './rules/placeholder-text.js'
import { principleCountMismatch } from './rules/principle-count-mismatch.js'
import { principleRefConsistency } from './rules/principle-ref-consistency.js'
import { principleUnused } from './rules/principle-unused.js'
import { proseCalculation } from './rules/prose-calculation.js'
import { tableRowArithmetic } from './rules/table-row-arithmetic.js'
import { arithmeticSlip } from './rules/arithmetic-slip.js'
import { pubBronFormat } from './rules/pub-bron-format.js'
import { pubDateOrder } from './rules/pub-date-order.js'
import { pubRequiredFields } from './rules/pub-required-fields.js'
import { pubTitleConsistency } from './rules/pub-title-consistency.js'
import { quoteBalance } from './rules/quote-balance.js'
import { requiredSections } from './rules/required-sections.js'
import { sectionEmpty } from './rules/section-empty.js'
import { staleStatement } from './rules/stale-statement.js'
import { titleDrift } from './rules/title-drift.js'
import { unfinishedSentence } from './rules/unfinished-sentence.js'
import { xrefMissingTarget } from './rules/xref-missing-target.js'
import type { Rule } from './rule.js'

/** Every rule of this package, sorted by id. */
export const allRules: ReadonlyArray<Rule> = [
  abbreviationUndefined,
  actionWithoutPillar,
  agendaColumnShift,
  agendaDateFormat,
  agendaDateInvalid,
  agendaDateMissing,
  agendaDateOrder,
  agendaDateOutsidePeriod,
  agendaDateProse,
  agendaDateUnknown,
  agendaDomainAlias,
  agendaDuplicateActivity,
  agendaDuplicateCell,
  agendaGoalMissing,
  agendaNullVariant,
  agendaOrphanRow,
  agendaOwnerMissing,
  agendaTrackedChange,
  amountMalformed,
  besluitStructure,
  conversionArtifact,
  countClaimMismatch,
  dateFormatProse,
  docStatusDeclared,
  duplicatedParagraph,
  financeCumulativeJaarschijf,
  financeNetStatedVsComputed,
  financeSumMismatch,
  financeTaakstelling,
  financeUnitMissing,
  glossaryTermDrift,
  goalsWithoutActions,
  inspraakCompleteness,
  internalNoteLeak,
  motieRefRange,
  numberingSequence,
  periodMismatch,
  percentageClaimCheck,
  pillarWithoutActions,
  placeholderText,
  principleCountMismatch,
  principleRefConsistency,
  principleUnused,
  proseCalculation,
  tableRowArithmetic,
  arithmeticSlip,
  pubBronFormat,
  pubDateOrder,
  pubRequiredFields,
  pubTitleConsistency,
  quoteBalance,
  requiredSections,
  sectionEmpty,
  staleStatement,
  titleDrift,
  unfinishedSentence,
  xrefMissingTarget
]

/**
 * Find a rule by id.
 *
 * @param id Rule id.
 * @returns The rule, or `undefined`.
 */
export function ruleById(id: string): Rule | undefined {
  return allRules.find((rule) => rule.rule.id === id)
}
