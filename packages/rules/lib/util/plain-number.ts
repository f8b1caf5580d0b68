/**
 * The plain number the share readers compare: digits with `.` between thousands or a decimal
 * comma (`1.240`, `17,5`, `300`). One source so every share reader reads the same numbers.
 */

/** Regular-expression source (no groups) for a plain Dutch number: `1.240`, `17,5`, `300`. */
export const PLAIN_NUMBER = String.raw`\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?`
