/**
 * Recompute the claim rows of a finance table (totaal, subtotaal, saldo) the way Dutch budget
 * tables are built, so rules and documents agree on what a total should be.
 */

import { parseDutchAmount } from '@kapstok/nl'
import type { Bedrag, FinRij, FinTabel, GeenBedrag } from './model.generated.js'
import { BATEN, LASTEN, marked, saldoSides } from './fin-sides.js'

/** The recomputation of one claim cell. */
export interface FinTotalCell {
  /** The amount the source claims, in cents (`-` counts as 0 in a saldo row; in a total row it claims nothing). */
  claimed: number
  /** What the rows say it should be, in cents. */
  computed: number
  /** How it was computed, in Dutch: `de som van de rijen`, `baten min lasten`, … */
  how: string
  /**
   * The difference the rounding of the amounts as written allows, in cents: one step of the
   * last written digit per amount (`120` in a table `x € 1.000`: € 1.000).
   */
  tolerance: number
  /** Whether a part is `PM` (unknown): then the sum cannot be checked exactly. */
  pm: boolean
  /**
   * Whether the computation reads the table's build rather than its labels (a saldo as the sum of
   * the signed rows above it): a difference is then likely, not proven.
   */
  estimated?: boolean
}

/** One claim row, recomputed per column. */
export interface FinTotal {
  /** Index of the row in `tabel.rijen`. */
  row: number
  /** The row's label. */
  label: string
  /** How the row is recomputed. */
  soort: 'totaal' | 'subtotaal' | 'saldo'
  /** Per column: the recomputation, or `null` when the cell is empty or nothing can be computed. */
  cells: Array<FinTotalCell | null>
}

/** A cell's amount with its rounding, or a PM marker. */
interface Part {
  cents: number
  precision: number
  pm: boolean
}

type Cell = Bedrag | GeenBedrag | null | undefined

/**
 * Whether a cell holds an amount (not empty, `-`, `PM` or `n.v.t.`).
 *
 * @param cell A cell of `rij.bedragen`.
 * @returns `true` for a `Bedrag`.
 */
export function isBedrag(cell: Cell): cell is Bedrag {
  return cell !== null && cell !== undefined && 'centen' in cell
}


/**
 * Recompute every claim row of a finance table: a `subtotaal` is the sum of the rows since
 * the previous (sub)total; a `totaal` the sum of the rows since the previous total (a subtotal
 * standing in for its rows; a `Totaal lasten` of only the lasten rows when rows say which they
 * are); a `saldo` baten min lasten (or lasten min baten, or their sum when lasten are written
 * negative). Rounding and PM parts are reported, not judged.
 *
 * @param tabel A finance table.
 * @returns One entry per claim row.
 */
export function finTotals(tabel: FinTabel): FinTotal[] {
  const factor = tabel.eenheid?.factor ?? 1
  const width = tabel.kolommen.length
  const out: FinTotal[] = []
  let loose: FinRij[] = []
  let segment: Array<FinRij | { subtotal: FinRij; rows: FinRij[] }> = []
  let detail: FinRij[] = []
  let previous: FinRij[] | undefined
  // The last saldo row: the opening balance of the rows after it, for a saldo further down
  // (`Saldo van baten en lasten`, then reserve mutations, then `Resultaat na bestemming`).
  let opening: FinRij | undefined
  let lasten: FinRij | undefined
  let baten: FinRij | undefined
  // What the rows under a total add up to, per column: a saldo that agrees with the rows is not
  // wrong because the total between them is (that total has its own message).
  const recomputed = new Map<FinRij, Array<Part | undefined>>()
  const part = (cell: Cell): Part | undefined => {
    if (!cell) return undefined
    if (!isBedrag(cell)) return cell.soort === 'pm' ? { cents: 0, precision: 0, pm: true } : undefined
    return { cents: cell.centen, precision: bedragPrecision(cell, factor), pm: false }
  }
  const sumOf = (cells: Cell[]): Part | undefined => {
    const parts = cells.map(part).filter((p) => p !== undefined)
    if (parts.length === 0) return undefined
    return parts.reduce((a, p) => ({ cents: a.cents + p.cents, precision: a.precision + p.precision, pm: a.pm || p.pm }), { cents: 0, precision: 0, pm: false })
  }
  const fits = (rows: FinRij[], claim: FinRij, c: number): boolean => {
    const claimed = claim.bedragen[c]
    const sum = sumOf(rows.map((r) => r.bedragen[c]))
    if (!isBedrag(claimed) || !sum) return true
    return sum.pm || Math.abs(sum.cents - claimed.centen) <= sum.precision + bedragPrecision(claimed, factor)
  }
  // A subtotal of a group at the end of the rows above (`Subtotaal leges` under a dividend row and
  // two rows of leges): the last rows, at least two, that add up to it in more columns than all
  // rows since the previous claim row do, and in more than half of them. One block for all
  // columns, so a wrong subtotal cannot borrow a different block per column, and the columns
  // that block does not explain are the ones reported.
  const trailingBlock = (claim: FinRij): FinRij[] | undefined => {
    const columns = claim.bedragen.map((_, c) => c).filter((c) => isBedrag(claim.bedragen[c]))
    const fitting = (rows: FinRij[]): number => columns.filter((c) => fits(rows, claim, c) && rows.some((r) => isBedrag(r.bedragen[c]))).length
    let best: FinRij[] | undefined
    let most = fitting(loose)
    for (let start = 1; start <= loose.length - 2; start++) {
      const block = loose.slice(start)
      const n = fitting(block)
      if (n > most && n * 2 > columns.length) [best, most] = [block, n]
    }
    return best
  }
  tabel.rijen.forEach((rij, row) => {
    const soort = claimKind(rij)
    if (!soort) {
      loose.push(rij)
      segment.push(rij)
      detail.push(rij)
      return
    }
    const cells: Array<FinTotalCell | null> = []
    const trailing = soort === 'subtotaal' ? trailingBlock(rij) : undefined
    for (let c = 0; c < width; c++) {
      const claimedCell = rij.bedragen[c]
      // `-` in a total or subtotal row is how a table says the column has no total (a tariff or
      // a count beside amounts), not a claimed zero; in a saldo row it is a nil result.
      const nilClaim = claimedCell !== null && claimedCell !== undefined && !isBedrag(claimedCell) && claimedCell.soort === 'nihil'
      const claimed = isBedrag(claimedCell) ? claimedCell.centen : nilClaim && soort === 'saldo' ? 0 : undefined
      if (claimed === undefined) {
        cells.push(null)
        continue
      }
      const own = isBedrag(claimedCell) ? bedragPrecision(claimedCell, factor) : 0
      const options: Array<{ how: string; sum: Part | undefined; estimated?: boolean }> = []
      if (soort === 'subtotaal') {
        if (!trailing) options.push({ how: 'de som van de rijen', sum: sumOf(loose.map((r) => r.bedragen[c])) })
        const block = trailing ?? mutationsAfterBalance(loose, c)
        if (block) options.push({ how: 'de som van de rijen erboven', sum: sumOf(block.map((r) => r.bedragen[c])) })
      }
      else if (soort === 'totaal') {
        // A total right after another (`Totaal lasten`, `Totaal baten`) covers the same rows, split by side.
        let rows = detail.length > 0 ? detail : (previous ?? [])
        const side = LASTEN.test(rij.label) ? LASTEN : BATEN.test(rij.label) ? BATEN : undefined
        if (side && rows.some((r) => (marked(r, LASTEN) || marked(r, BATEN)) && r.bedragen.some(isBedrag))) rows = rows.filter((r) => marked(r, side))
        else if (detail.length === 0) rows = []
        else {
          const items = segment.map((s) => ('subtotal' in s ? s.subtotal : s))
          options.push({ how: 'de som van de rijen', sum: sumOf(items.map((r) => r.bedragen[c])) })
        }
        options.push({ how: 'de som van de rijen', sum: sumOf(rows.map((r) => r.bedragen[c])) })
      } else {
        const side = (total: FinRij | undefined, rows: FinRij[]): Part[] =>
          (total ? [part(total.bedragen[c]), recomputed.get(total)?.[c]] : [sumOf(rows.map((r) => r.bedragen[c]))]).filter((p) => p !== undefined)
        for (const [lastenRows, batenRows] of saldoSides(detail, Boolean(lasten || baten))) {
          for (const l of side(lasten, lastenRows)) for (const b of side(baten, batenRows)) {
            const precision = l.precision + b.precision
            const pm = l.pm || b.pm
            options.push({ how: 'baten min lasten', sum: { cents: b.cents - l.cents, precision, pm } })
            options.push({ how: 'lasten min baten', sum: { cents: l.cents - b.cents, precision, pm } })
            options.push({ how: 'baten plus lasten', sum: { cents: b.cents + l.cents, precision, pm } })
          }
        }
        // No lasten and baten to take apart: the rows above with their signs.
        if (options.length === 0) {
          const signed = signedRows([...(opening ? [opening] : []), ...segment.map((x) => ('subtotal' in x ? x.subtotal : x))], c)
          if (signed) options.push({ how: 'de som van de rijen erboven met hun teken', sum: sumOf(signed.map((r) => r.bedragen[c])), estimated: true })
          // Under a balance, a saldo may add up the mutations only (`Saldo inzet reserves` under the programme's saldo).
          const [head, ...mutations] = signed ?? []
          if (head && mutations.length >= 2 && BALANCE.test(head.label.trim())) options.push({ how: 'de som van de mutaties erboven', sum: sumOf(mutations.map((r) => r.bedragen[c])), estimated: true })
        }
      }
      const candidates = options.filter((o): o is { how: string; sum: Part; estimated?: boolean } => o.sum !== undefined)
      const best = candidates.sort((x, y) => Math.abs(x.sum.cents - claimed) - Math.abs(y.sum.cents - claimed))[0]
      cells.push(best ? { claimed, computed: best.sum.cents, how: best.how, tolerance: best.sum.precision + own, pm: best.sum.pm, ...(best.estimated ? { estimated: true } : {}) } : null)
      if (soort === 'totaal' && best) (recomputed.get(rij) ?? recomputed.set(rij, []).get(rij)!)[c] = best.sum
    }
    // A saldo or subtotal with nothing to compute from is an ordinary row (`Saldo besparing` as a first line).
    if (soort !== 'totaal' && cells.every((cell) => cell === null)) {
      loose.push(rij)
      segment.push(rij)
      detail.push(rij)
      return
    }
    out.push({ row, label: rij.label, soort, cells })
    if (soort === 'subtotaal') {
      // A subtotal of the mutations under a balance stands in for those rows only: the balance
      // stays a row of its own for a saldo further down (`Eindsaldo`).
      const c = cells.findIndex((cell) => cell?.how === 'de som van de rijen erboven')
      const rows = (c >= 0 ? (trailing ?? mutationsAfterBalance(loose, c)) : undefined) ?? loose
      segment = segment.filter((s) => !rows.includes(s as FinRij))
      segment.push({ subtotal: rij, rows })
      loose = []
      return
    }
    opening = soort === 'saldo' ? rij : undefined
    if (soort === 'totaal') {
      if (LASTEN.test(rij.label)) lasten = rij
      else if (BATEN.test(rij.label)) baten = rij
      if (detail.length > 0) previous = detail
    } else {
      lasten = undefined
      baten = undefined
      previous = undefined
    }
    loose = []
    segment = []
    detail = []
  })
  return out
}

/**
 * How a row claims a computed value, from its `soort` or, for models written by tools, its
 * `totaal` flag.
 *
 * @param rij A row.
 * @returns The kind of claim, or `undefined` for an ordinary row.
 */
export function claimKind(rij: FinRij): FinTotal['soort'] | undefined {
  if (rij.soort) return rij.soort
  return rij.totaal ? 'totaal' : undefined
}

// A row that states a position rather than a mutation: a saldo or result, a starting position, an available budget.
const BALANCE = /^(?:(?:begin|eind)?saldo|resultaat|(?:begin|eind)?stand|beschikbaar|totaal|budget)\b/i

/**
 * The block of rows a subtotal sums when the run since the previous claim row opens with a balance
 * (`Saldo …`, `Stand 1 januari`, `Beschikbaar budget`) and continues with mutations: reserve
 * tables and budget statements put a subtotal of the withdrawals under the saldo they change.
 * The opening rows count as a balance when their label says so, or when in this column their
 * amounts have the other sign than every mutation after them.
 *
 * @param rows The rows since the previous claim row.
 * @param c The column.
 * @returns The rows after the opening balance (at least two), or `undefined`.
 */
function mutationsAfterBalance(rows: FinRij[], c: number): FinRij[] | undefined {
  const sign = (r: FinRij): number => {
    const cell = r.bedragen[c]
    return isBedrag(cell) ? Math.sign(cell.centen) : 0
  }
  for (let open = 1; open <= rows.length - 2; open++) {
    const head = rows.slice(0, open)
    const block = rows.slice(open)
    const signs = new Set(block.map(sign).filter((s) => s !== 0))
    if (signs.size !== 1) continue
    const [blockSign] = signs
    const balance = head.every((r) => BALANCE.test(r.label.trim()) || sign(r) === -(blockSign as number))
    if (balance) return block
  }
  return undefined
}

/**
 * The rows a saldo without lasten and baten rows adds up (`Saldo na inzet reserves` under a
 * saldo of the programme, withdrawals and an addition): the rows since the previous claim row, a
 * subtotal standing in for its rows, when in this column they are written with both signs, so the
 * sign says which way each row goes. Rows of one sign may be lasten and baten written alike
 * (the saldo then being their difference): no reading then.
 *
 * @param items The rows since the previous claim row, subtotals in place of their rows.
 * @param c The column.
 * @returns The rows (at least two), or `undefined`.
 */
function signedRows(items: FinRij[], c: number): FinRij[] | undefined {
  const amounts = items.map((r) => r.bedragen[c]).filter(isBedrag)
  const signs = new Set(amounts.map((a) => Math.sign(a.centen)).filter((x) => x !== 0))
  return amounts.length >= 2 && signs.size === 2 ? items : undefined
}

/**
 * The rounding an amount is written with: one step of its last digit, in cents (`120` in a
 * table `x € 1.000`: 100.000). An amount without its text (from a tool) is taken as exact.
 *
 * @param bedrag The amount.
 * @param factor The factor of the table's unit (default: `1`).
 * @returns Cents.
 */
export function bedragPrecision(bedrag: Bedrag, factor = 1): number {
  if (bedrag.tekst === undefined) return 0
  return parseDutchAmount(bedrag.tekst, { factor })?.precision ?? 0
}
