/**
 * Which side of a budget a finance row is on (lasten or baten), by the words of its label, and
 * the ways a saldo can split the rows above it into the two sides. Read by `fin-totals`.
 */
import type { FinRij } from './model.generated.js'

// A row is on the lasten or baten side when its label (or a text cell: `L`, `B`) starts with the word.
export const LASTEN = /^(?:totaal\s+)?(?:lasten|kosten|uitgaven)\b|^L$/i
export const BATEN = /^(?:totaal\s+)?(?:baten|opbrengsten?|inkomsten)\b|^B$/i
// For a saldo, a detail row is on a side by a compound too (`Kapitaallasten`, `Personeelskosten`,
// `Huuropbrengsten`) and by `Opbrengst`; a total keeps the narrow words (`Totaal personeelskosten`
// is one post, and a `Totaal baten` over `Leges` and `Opbrengst grondverkopen` is over both).
const LASTEN_ROW = new RegExp(`${LASTEN.source}|^\\p{L}{3,}(?:lasten|kosten|uitgaven)\\b`, 'iu')
const BATEN_ROW = new RegExp(`${BATEN.source}|^(?:\\p{L}{3,})?(?:baten|opbrengst(?:en)?|inkomsten)\\b`, 'iu')

/** Whether a row's label (or one of its text cells) puts it on the side the words name. */
export function marked(rij: FinRij, side: RegExp): boolean {
  return side.test(rij.label.trim()) || (rij.teksten ?? []).some((t) => t !== null && side.test(t.trim()))
}

const hasAmount = (rij: FinRij): boolean => rij.bedragen.some((cell) => cell !== null && cell !== undefined && 'centen' in cell)

/**
 * The readings of the rows above a saldo as lasten and baten: by the narrow words (so no saldo
 * that added up before is off now), by the compounds too, and, where rows of both sides with
 * amounts stand above and no `Totaal lasten` or `Totaal baten` row does, with the rows of neither
 * side (`Storting voorziening`) on the one side or the other: the table does not say which, so
 * only a saldo that fits no reading is off.
 *
 * @param detail The ordinary rows above the saldo.
 * @param totals Whether a total of lasten or baten stands above (it then stands for its side).
 * @returns Pairs of the lasten rows and the baten rows.
 */
export function saldoSides(detail: FinRij[], totals: boolean): Array<[FinRij[], FinRij[]]> {
  const rows = (words: RegExp): FinRij[] => detail.filter((r) => marked(r, words))
  const [lasten, baten] = [rows(LASTEN_ROW), rows(BATEN_ROW)]
  const readings: Array<[FinRij[], FinRij[]]> = [[rows(LASTEN), rows(BATEN)], [lasten, baten]]
  const unmarked = detail.filter((r) => !marked(r, LASTEN_ROW) && !marked(r, BATEN_ROW) && hasAmount(r))
  if (!totals && lasten.some(hasAmount) && baten.some(hasAmount) && unmarked.length > 0) readings.push([[...lasten, ...unmarked], baten], [lasten, [...baten, ...unmarked]])
  return readings
}
