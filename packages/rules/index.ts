export {
  lintRule,
  parseSetting,
  ruleExamples,
  runRule,
  sourceText,
  textLocation,
  ruleUrl,
  RULES_SOURCE,
  type DocumentStatus,
  type FixableMessage,
  type LintMessage,
  type ReportOptions,
  type Rule,
  type RuleCheck,
  type RuleContext,
  type RuleDefinition,
  type RuleDocs,
  type RuleExample,
  type RuleGroup,
  type RuleMeta,
  type RuleSetting,
  type SeverityName
} from './lib/rule.js'
export { applyFixes, replaceFix, type Fix } from './lib/fix.js'
export { applyDisableComments, disableComments, disableCommentsOf, isSuppressed, type DisableComment } from './lib/disable.js'
export { activeRules, configureRules, presetSettings, rulesFromConfig, type PresetName, type RulesConfig } from './lib/config.js'
export { recommended, strict } from './lib/presets.js'
export { definePlugin, pluginPreset, pluginPresetNames, pluginRules, type KapstokPlugin, type PluginPreset, type PluginRenderer } from './lib/plugin.js'
export { ruleCatalog } from './lib/catalog.js'
export { allRules, ruleById } from './lib/all-rules.js'
export { coreIds, type CoreIdDoc } from './lib/core-ids.js'
export { domainVocabulary, resolveTerm, type DomainSetting, type Vocabulary } from './lib/util/vocabulary.js'
export { abbreviationUndefined } from './lib/rules/abbreviation-undefined.js'
export { actionWithoutPillar } from './lib/rules/action-without-pillar.js'
export { agendaColumnShift } from './lib/rules/agenda-column-shift.js'
export { agendaDateFormat } from './lib/rules/agenda-date-format.js'
export { agendaDateInvalid } from './lib/rules/agenda-date-invalid.js'
export { agendaDateMissing } from './lib/rules/agenda-date-missing.js'
export { agendaDateOrder } from './lib/rules/agenda-date-order.js'
export { agendaDateOutsidePeriod } from './lib/rules/agenda-date-outside-period.js'
export { agendaDateProse } from './lib/rules/agenda-date-prose.js'
export { agendaDateUnknown } from './lib/rules/agenda-date-unknown.js'
export { agendaDomainAlias } from './lib/rules/agenda-domain-alias.js'
export { agendaDuplicateActivity } from './lib/rules/agenda-duplicate-activity.js'
export { agendaDuplicateCell } from './lib/rules/agenda-duplicate-cell.js'
export { agendaGoalMissing } from './lib/rules/agenda-goal-missing.js'
export { agendaNullVariant } from './lib/rules/agenda-null-variant.js'
export { agendaOrphanRow } from './lib/rules/agenda-orphan-row.js'
export { agendaOwnerMissing } from './lib/rules/agenda-owner-missing.js'
export { agendaTrackedChange } from './lib/rules/agenda-tracked-change.js'
export { amountMalformed } from './lib/rules/amount-malformed.js'
export { besluitStructure } from './lib/rules/besluit-structure.js'
export { conversionArtifact } from './lib/rules/conversion-artifact.js'
export { countClaimMismatch } from './lib/rules/count-claim-mismatch.js'
export { dateFormatProse } from './lib/rules/date-format-prose.js'
export { docStatusDeclared } from './lib/rules/doc-status-declared.js'
export { duplicatedParagraph } from './lib/rules/duplicated-paragraph.js'
export { financeCumulativeJaarschijf } from './lib/rules/finance-cumulative-jaarschijf.js'
export { financeNetStatedVsComputed } from './lib/rules/finance-net-stated-vs-computed.js'
export { proseCalculation } from './lib/rules/prose-calculation.js'
export { tableRowArithmetic } from './lib/rules/table-row-arithmetic.js'
export { arithmeticSlip } from './lib/rules/arithmetic-slip.js'
export { financeSumMismatch } from './lib/rules/finance-sum-mismatch.js'
export { financeTaakstelling } from './lib/rules/finance-taakstelling.js'
export { financeUnitMissing } from './lib/rules/finance-unit-missing.js'
export { glossaryTermDrift } from './lib/rules/glossary-term-drift.js'
export { goalsWithoutActions } from './lib/rules/goals-without-actions.js'
export { inspraakCompleteness } from './lib/rules/inspraak-completeness.js'
export { internalNoteLeak } from './lib/rules/internal-note-leak.js'
export { motieRefRange } from './lib/rules/motie-ref-range.js'
export { numberingSequence } from './lib/rules/numbering-sequence.js'
export { periodMismatch } from './lib/rules/period-mismatch.js'
export { percentageClaimCheck } from './lib/rules/percentage-claim-check.js'
export { pillarWithoutActions } from './lib/rules/pillar-without-actions.js'
export { placeholderText } from './lib/rules/placeholder-text.js'
export { principleCountMismatch } from './lib/rules/principle-count-mismatch.js'
export { principleRefConsistency } from './lib/rules/principle-ref-consistency.js'
export { principleUnused } from './lib/rules/principle-unused.js'
export { pubBronFormat } from './lib/rules/pub-bron-format.js'
export { pubDateOrder } from './lib/rules/pub-date-order.js'
export { pubRequiredFields } from './lib/rules/pub-required-fields.js'
export { pubTitleConsistency } from './lib/rules/pub-title-consistency.js'
export { quoteBalance } from './lib/rules/quote-balance.js'
export { requiredSections } from './lib/rules/required-sections.js'
export { sectionEmpty } from './lib/rules/section-empty.js'
export { staleStatement } from './lib/rules/stale-statement.js'
export { titleDrift } from './lib/rules/title-drift.js'
export { unfinishedSentence } from './lib/rules/unfinished-sentence.js'
export { xrefMissingTarget } from './lib/rules/xref-missing-target.js'
