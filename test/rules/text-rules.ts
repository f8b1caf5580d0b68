import { allRules } from '@kapstok/rules'

/** Ids of the rules about the quality of the text (issue 9). */
export const textRuleIds = [
  'abbreviation-undefined',
  'conversion-artifact',
  'date-format-prose',
  'duplicated-paragraph',
  'glossary-term-drift',
  'internal-note-leak',
  'placeholder-text',
  'quote-balance',
  'stale-statement',
  'title-drift',
  'unfinished-sentence'
]

/** The text rules themselves. */
export const textRules = allRules.filter((r) => textRuleIds.includes(r.rule.id))
