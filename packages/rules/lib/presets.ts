import { modelValidation, type Pluggable, type Plugin, type Preset } from '@kapstok/core'
import type { RuleSetting } from './rule.js'
import { disableComments } from './disable.js'
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
import { agendaOwnerMissing } from './rules/agenda-owner-missing.js'
import { agendaTrackedChange } from './rules/agenda-tracked-change.js'
import { amountMalformed } from './rules/amount-malformed.js'
import { besluitStructure } from './rules/besluit-structure.js'
import { conversionArtifact } from './rules/conversion-artifact.js'
import { countClaimMismatch } from './rules/count-claim-mismatch.js'
import { docStatusDeclared } from './rules/doc-status-declared.js'
import { duplicatedParagraph } from './rules/duplicated-paragraph.js'
import { financeCumulativeJaarschijf } from './rules/finance-cumulative-jaarschijf.js'
import { financeNetStatedVsComputed } from './rules/finance-net-stated-vs-computed.js'
import { financeSumMismatch } from './rules/finance-sum-mismatch.js'
import { financeTaakstelling } from './rules/finance-taakstelling.js'
import { goalsWithoutActions } from './rules/goals-without-actions.js'
import { motieRefRange } from './rules/motie-ref-range.js'
import { numberingSequence } from './rules/numbering-sequence.js'
import { periodMismatch } from './rules/period-mismatch.js'
import { pillarWithoutActions } from './rules/pillar-without-actions.js'
import { placeholderText } from './rules/placeholder-text.js'
import { principleCountMismatch } from './rules/principle-count-mismatch.js'
import { principleRefConsistency } from './rules/principle-ref-consistency.js'
import { principleUnused } from './rules/principle-unused.js'
import { pubBronFormat } from './rules/pub-bron-format.js'
import { pubDateOrder } from './rules/pub-date-order.js'
import { pubRequiredFields } from './rules/pub-required-fields.js'
import { pubTitleConsistency } from './rules/pub-title-consistency.js'
import { requiredSections } from './rules/required-sections.js'
import { sectionEmpty } from './rules/section-empty.js'
import { titleDrift } from './rules/title-drift.js'
import { unfinishedSentence } from './rules/unfinished-sentence.js'
import { agendaOrphanRow } from './rules/agenda-orphan-row.js'
import { dateFormatProse } from './rules/date-format-prose.js'
import { financeUnitMissing } from './rules/finance-unit-missing.js'
import { glossaryTermDrift } from './rules/glossary-term-drift.js'
import { inspraakCompleteness } from './rules/inspraak-completeness.js'
import { internalNoteLeak } from './rules/internal-note-leak.js'
import { percentageClaimCheck } from './rules/percentage-claim-check.js'
import { proseCalculation } from './rules/prose-calculation.js'
import { tableRowArithmetic } from './rules/table-row-arithmetic.js'
import { arithmeticSlip } from './rules/arithmetic-slip.js'
import { quoteBalance } from './rules/quote-balance.js'
import { staleStatement } from './rules/stale-statement.js'
import { xrefMissingTarget } from './rules/xref-missing-target.js'

/**
 * The rules every plan should pass, at their default severity. Rules marked "status" are
 * stricter once a plan is `ingediend` or `vastgesteld`.
 */
export const recommended: Preset = {
  plugins: [
    // Schema, ids and references (from @kapstok/core).
    modelValidation,

    // Structure and completeness.
    requiredSections,
    principleCountMismatch,
    countClaimMismatch,
    numberingSequence,
    periodMismatch,
    sectionEmpty,
    docStatusDeclared,
    inspraakCompleteness,

    // References between principes, pijlers, doelen and acties.
    principleUnused,
    goalsWithoutActions,
    pillarWithoutActions,
    actionWithoutPillar,
    principleRefConsistency,
    motieRefRange,
    xrefMissingTarget,

    // Uitvoeringsagenda rows.
    agendaDateFormat,
    agendaDateProse,
    agendaDateInvalid,
    agendaDateMissing,
    agendaDateUnknown,
    agendaDateOrder,
    agendaDateOutsidePeriod,
    agendaColumnShift,
    agendaTrackedChange,
    agendaGoalMissing,
    agendaDomainAlias,
    agendaDuplicateActivity,
    agendaDuplicateCell,
    agendaNullVariant,
    agendaOrphanRow,

    // Finance: totals, jaarschijven, taakstellingen, notation, percentages.
    financeSumMismatch,
    financeCumulativeJaarschijf,
    financeTaakstelling,
    financeNetStatedVsComputed,
    proseCalculation,
    tableRowArithmetic,
    arithmeticSlip,
    financeUnitMissing,
    amountMalformed,
    percentageClaimCheck,

    // Text quality (placeholders, unfinished sentences, notes: status).
    placeholderText,
    unfinishedSentence,
    abbreviationUndefined,
    duplicatedParagraph,
    conversionArtifact,
    titleDrift,
    internalNoteLeak,
    glossaryTermDrift,
    staleStatement,
    quoteBalance,
    dateFormatProse,

    // Raadsbesluit and publication (checked once there is a besluit or status vastgesteld).
    pubRequiredFields,
    pubDateOrder,
    pubTitleConsistency,
    pubBronFormat,
    besluitStructure,

    // Inline `<!-- kapstok-disable… -->` comments; keep last.
    disableComments
  ]
}

// What `strict` changes in `recommended`: stricter severities and options, rule by rule.
const stricter = new Map<Plugin, RuleSetting>([
  [countClaimMismatch, 'error'],
  [principleCountMismatch, 'error'],
  [requiredSections, 'error'],
  [docStatusDeclared, 'warn'],
  // Uitvoeringsagenda rows: one date form, `doorlopend` reported, aliases not accepted.
  [agendaDateFormat, 'warn'],
  [agendaDateUnknown, ['warn', { allowOngoing: false }]],
  [agendaDateOutsidePeriod, 'warn'],
  [agendaDomainAlias, 'error'],
  [agendaNullVariant, 'warn'],
  [agendaOrphanRow, 'warn'],
  // Notices in the text become warnings.
  [duplicatedParagraph, 'warn'],
  [quoteBalance, 'warn'],
  [dateFormatProse, 'warn']
])

/**
 * Everything in `recommended`, plus owners for every action, `doorlopend` no longer accepted
 * as an end date, and notices raised to warnings. For plans on their way to the raad.
 */
export const strict: Preset = {
  plugins: (recommended.plugins ?? []).flatMap((entry): Pluggable[] => {
    // Owners are required only here; keep the disable-comment filter last.
    if (entry === disableComments) return [agendaOwnerMissing, disableComments]
    const setting = typeof entry === 'function' ? stricter.get(entry) : undefined
    return [setting === undefined ? entry : [entry as Plugin, setting]]
  })
}
