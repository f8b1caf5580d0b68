/**
 * Whether a paragraph names no euro amount: such a paragraph of prose between a sum and what is
 * taken off it (`De camping heeft 64 plaatsen.`) leaves the sum in reach. Used by `arithmetic-slips`
 * and `carried-deductions`, which each add their own test for headings, lists and tables.
 *
 * @param paragraph The paragraph's sentences.
 * @returns Whether none of them holds a euro sign.
 */
export function euroFree(paragraph: string[]): boolean {
  return !paragraph.some((s) => s.includes('€'))
}
