/**
 * The plain number the share readers compare: digits with `.` between thousands or a decimal
 * comma (`1.240`, `17,5`, `300`). One source so every share reader reads the same numbers.
 */

/** Regular-expression source (no groups) for a plain Dutch number: `1.240`, `17,5`, `300`. */
export const PLAIN_NUMBER = String.raw`\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?`

/** A table cell that holds one plain amount, a euro sign and bold marks allowed (`€ 285`, `**1.240**`); group 1 is the number. */
export const AMOUNT_CELL = new RegExp(String.raw`^\s*\**\s*(?:€\s*)?(${PLAIN_NUMBER})\s*\**\s*$`, 'u')

/** Any run of digits, with the points and commas inside it: to count the numbers of a text. */
export const DIGIT_RUN = /(?<![\d.,])\d[\d.,]*/gu
