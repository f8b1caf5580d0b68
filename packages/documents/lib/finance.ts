import { finTotals, isBedrag, type FinTabel, type FinTotalCell, type Financien, type Taakstelling } from '@kapstok/core'
import { euro } from './format.js'
import type { Labels } from './labels.js'
import type { Block, TableBlock, TableRow } from './types.js'

/** A total row recomputed from its parts. */
export interface ComputedTotal {
  /** Index of the total row in `tabel.rijen`. */
  row: number
  /** The row's label. */
  label: string
  /** Computed amount per column, in cents (`null` when nothing can be computed). */
  computed: Array<number | null>
  /** Amount per column as claimed in the source (`-` as 0; `null` when empty or `PM`). */
  claimed: Array<number | null>
  /** Amount per column as documents show it: the claim when it holds within rounding or over a `PM` part, else the computation. */
  shown: Array<number | null>
}

/**
 * Recompute every claim row of a finance table (totaal, subtotaal, saldo), as `finTotals`
 * in `@kapstok/core` does for the rules.
 *
 * @param tabel A finance table.
 * @returns One entry per claim row.
 */
export function computeTotals(tabel: FinTabel): ComputedTotal[] {
  return finTotals(tabel).map((total) => {
    const claimed = tabel.kolommen.map((_, column) => {
      const cell = tabel.rijen[total.row]?.bedragen[column]
      return isBedrag(cell) ? cell.centen : cell?.soort === 'nihil' ? 0 : null
    })
    return {
      row: total.row,
      label: total.label,
      computed: tabel.kolommen.map((_, column) => total.cells[column]?.computed ?? null),
      claimed,
      shown: tabel.kolommen.map((_, column) => {
        const check = total.cells[column]
        return check && !holds(check) ? check.computed : (claimed[column] ?? null)
      })
    }
  })
}

/** Whether a claim holds: within the rounding of its amounts, or not checkable over a `PM` part. */
function holds(check: FinTotalCell): boolean {
  return check.pm || Math.abs(check.computed - check.claimed) <= check.tolerance
}

/**
 * A finance table as a table block. Amounts are shown in whole euros whatever the unit of the
 * source (`120` in a table `x € 1.000` is `€ 120.000`), `-`, `PM` and `n.v.t.` as written.
 * A total row shows the recomputed amount with a note where the source claimed something
 * beyond the rounding of its amounts; within that rounding, or over a `PM` part, the
 * source's own amount stays.
 *
 * @param tabel The finance table.
 * @param labels Labels (for the header of the label column).
 * @returns The table block.
 */
export function financeTable(tabel: FinTabel, labels: Labels): TableBlock {
  const totals = new Map(finTotals(tabel).map((t) => [t.row, t]))
  const notes: string[] = []
  // Text columns (onderbouwing, principes, …) follow the amounts, so the source's words stay.
  const hasToelichting = tabel.rijen.some((rij) => rij.toelichting)
  const texts = tabel.tekstkolommen ?? []
  const rows: TableRow[] = tabel.rijen.map((rij, index) => {
    const total = totals.get(index)
    const cellText = (column: number): string => {
      const cell = rij.bedragen[column]
      const check = total?.cells[column]
      if (check && !holds(check)) {
        notes.push(
          `${rij.label}, ${tabel.kolommen[column] ?? ''}: de bron noemt ${euro(check.claimed)}, ${check.how} is ${euro(check.computed)}; getoond is de berekening.`
        )
        return euro(check.computed)
      }
      if (isBedrag(cell)) return euro(cell.centen)
      return cell?.tekst ?? (cell ? { nihil: '-', pm: 'PM', nvt: 'n.v.t.' }[cell.soort] : '')
    }
    return {
      kind: total ? 'total' : 'row',
      cells: [
        { text: rij.label },
        ...tabel.kolommen.map((_, column) => ({ text: cellText(column) })),
        ...(hasToelichting ? [{ text: rij.toelichting ?? '' }] : []),
        ...texts.map((_, column) => ({ text: rij.teksten?.[column] ?? '' }))
      ]
    }
  })
  return {
    type: 'table',
    id: tabel.id,
    caption: tabel.titel,
    columns: [
      { key: 'label', label: labels.columns.omschrijving ?? 'Omschrijving', align: 'left' },
      ...tabel.kolommen.map((kolom, column) => ({ key: `kolom-${column + 1}`, label: kolom, align: 'right' as const })),
      ...(hasToelichting ? [{ key: 'toelichting', label: labels.columns.toelichting ?? 'Toelichting', align: 'left' as const }] : []),
      ...texts.map((kolom, column) => ({ key: `tekst-${column + 1}`, label: kolom, align: 'left' as const }))
    ],
    rows,
    notes
  }
}

/** A taakstelling's derived amounts, in cents. */
export interface TaakstellingSums {
  /** The taakstelling. */
  bedrag: number
  /** Sum of the verminderingen. */
  verminderingen: number
  /** What is left to divide: bedrag minus verminderingen. */
  teVerdelen: number
  /** Sum of the verdeling. */
  verdeeld: number
}

/**
 * Recompute a taakstelling.
 *
 * @param taakstelling The taakstelling.
 * @returns Its sums.
 */
export function taakstellingSums(taakstelling: Taakstelling): TaakstellingSums {
  const verminderingen = (taakstelling.verminderingen ?? []).reduce((a, p) => a + p.bedrag.centen, 0)
  const verdeeld = (taakstelling.verdeling ?? []).reduce((a, p) => a + p.bedrag.centen, 0)
  return { bedrag: taakstelling.bedrag.centen, verminderingen, teVerdelen: taakstelling.bedrag.centen - verminderingen, verdeeld }
}

/**
 * A taakstelling as a table: the amount, the verminderingen, the verdeling and its computed
 * total.
 *
 * @param taakstelling The taakstelling.
 * @param labels Labels.
 * @returns The table block.
 */
export function taakstellingTable(taakstelling: Taakstelling, labels: Labels): TableBlock {
  const sums = taakstellingSums(taakstelling)
  const row = (label: string, cents: number, kind: TableRow['kind'] = 'row'): TableRow => ({
    kind,
    cells: [{ text: label }, { text: euro(cents) }]
  })
  // Two groups, each summing on its own: the taakstelling (minus verminderingen) and its verdeling.
  const group = (text: string): TableRow => ({ kind: 'subgroup', cells: [{ text }] })
  const rows: TableRow[] = [group(labels.taakstelling), row(taakstelling.titel, sums.bedrag)]
  for (const post of taakstelling.verminderingen ?? []) rows.push(row(post.label, -post.bedrag.centen))
  if (taakstelling.verminderingen?.length) rows.push(row(labels.teVerdelen, sums.teVerdelen, 'total'))
  if (taakstelling.verdeling?.length) {
    rows.push(group(labels.verdeling))
    for (const post of taakstelling.verdeling) rows.push(row(post.label, post.bedrag.centen))
    rows.push(row(`${labels.totaal} ${labels.verdeling.toLowerCase()}`, sums.verdeeld, 'total'))
  }
  const notes =
    taakstelling.verdeling?.length && sums.verdeeld !== sums.teVerdelen
      ? [`De verdeling telt op tot ${euro(sums.verdeeld)}; te verdelen is ${euro(sums.teVerdelen)}.`]
      : []
  return {
    type: 'table',
    id: taakstelling.id,
    caption: taakstelling.titel,
    columns: [
      { key: 'omschrijving', label: labels.columns.omschrijving ?? 'Omschrijving', align: 'left' },
      { key: 'bedrag', label: labels.columns.bedrag ?? 'Bedrag', align: 'right' }
    ],
    rows,
    notes
  }
}

/**
 * All finance blocks: toelichting, tables (each after its own toelichting), taakstellingen.
 *
 * @param financien The finances (optional).
 * @param labels Labels.
 * @returns Blocks in order.
 */
export function financeBlocks(financien: Financien | undefined, labels: Labels): Block[] {
  if (!financien) return []
  const blocks: Block[] = []
  if (financien.toelichting?.trim()) blocks.push({ type: 'prose', markdown: financien.toelichting })
  for (const tabel of financien.tabellen ?? []) {
    if (tabel.toelichting?.trim()) blocks.push({ type: 'prose', markdown: tabel.toelichting })
    blocks.push(financeTable(tabel, labels))
  }
  for (const taakstelling of financien.taakstellingen ?? []) blocks.push(taakstellingTable(taakstelling, labels))
  return blocks
}

