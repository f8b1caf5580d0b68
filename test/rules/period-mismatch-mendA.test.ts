import { periodMismatch } from '@kapstok/rules'
import { describeWordings } from './wordings.js'

// Re-read mend A: `de komende twee jaar, tot en met …` is a part of the period before its count, as
// `de eerste twee jaar` is; the whole period told by a count and its end is still checked.
// Plan Veldhoorn 2026-2029 (wordingsPlan's default period).
describeWordings(
  periodMismatch,
  [['a count of years and an end a year short', ['In de drie jaren tot en met 2029 knappen we alle wijkcentra op.'], '2029']],
  [
    ['the coming years up to an end', ['De gemeente investeert de komende drie jaar, tot eind 2029, in de wijkcentra.']]
  ]
)
