/**
 * Whether a written number is a year (`2026`), not a count or an amount. Many readers skip
 * years before they compare numbers; they share this one test so a year means the same
 * everywhere.
 */

const YEAR = /^(?:19|20)\d{2}$/

/**
 * Whether the text is a year of four digits in the 20th or 21st century.
 *
 * @param written The number as written (no spaces around it).
 * @returns True for `1998` or `2026`, false for `2.026`, `300` or `undefined`.
 */
export function isYearNumber(written: string | undefined): boolean {
  return written !== undefined && YEAR.test(written)
}

/**
 * Regular-expression source (no groups) for the units of time a rate or a count can be per
 * (`per jaar`, `drie maanden`), lower case. Readers that treat a rate over time apart add their
 * own words to it (`kwartalen`, `keer`).
 */
/** An amount said per period (`per jaar`, `jaarlijks`, `structureel`): beside one without it, the two are not of one span. */
export const PER_PERIOD = /\bper\s+(?:jaar|maand|week|kwartaal)\b|\b(?:jaarlijks|maandelijks|structureel)\b/iu

export const TIME_UNITS = String.raw`jaar|jaren|maand|maanden|week|weken|dag|dagen|uur|uren|kwartaal`

/** Regular-expression source (no groups) for the months, lower case: shared by every reader of dates. */
export const MONTH = String.raw`januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december`

// The month may follow a second day: the first day of a range or pair (`8 tot en met (zondag) 12 juli`, `3 en 4 mei`).
const DAY_OF_DATE = new RegExp(String.raw`^\s+(?:(?:tot\s+en\s+met|t/m|tot|en)\s+(?:\p{L}+dag\s+)?\d{1,2}\s+)?(?:${MONTH})\b`, 'iu')

/**
 * Whether a number is the day of a date: a month name follows it (`1 april`), or a second day
 * and then the month (`8 tot en met 12 juli`).
 *
 * @param after The text right after the number.
 * @returns True when the next word is a month.
 */
export function isDayOfDate(after: string): boolean {
  return DAY_OF_DATE.test(after)
}

/**
 * Regular-expression source (no groups) for the words that put a moment inside a year, before
 * that year: `eind `, `medio juni `, `het voorjaar van `, `de tweede helft van `, `Q3 `, `12 mei `,
 * `maart `. Shared by the readers of dated moments and of spans (`van maart 2027 tot eind 2030`).
 */
export const YEAR_POINT = String.raw`(?:begin|eind|medio|halverwege|midden)\s{1,3}(?:(?:${MONTH})\s{1,3})?|(?:(?:het|de)\s{1,3})?(?:voorjaar|najaar|lente|herfst|zomer|winter|(?:eerste|tweede|derde|vierde|laatste|[1-4]e)\s{1,3}(?:helft|halfjaar|kwartaal))\s{1,3}(?:van\s{1,3})?|[QK][1-4]\s{0,3}-?\s{0,3}|\d{1,2}\s{1,3}(?:${MONTH})\s{1,3}|(?:${MONTH})\s{1,3}`
