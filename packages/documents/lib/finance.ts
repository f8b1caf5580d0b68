import type { FinTabel, Financien, Taakstelling } from '@kapstok/core'
import { euro } from './format.js'
import type { Labels } from './labels.js'
import type { Block, TableBlock, TableRow } from './types.js'

/** A total row recomputed from its parts. */
export interface ComputedTotal {
  /** Index of the total row in `tabel.rijen`. */
  row: number
  /** The row's label. */
  label: string
  /** Computed amount per column, in cents (`null` when every part is empty). */
  computed: Array<number | null>
  /** Amount per column as claimed in the source. */
  claimed: Array<number | null>
}

/**
 * Recompute every total row of a finance table: the sum of the rows above it since the
 * previous total row.
 *
 * @param tabel A finance table.
 * @returns One entry per total row.
 */
export function computeTotals(tabel: FinTabel): ComputedTotal[] {
  const out: ComputedTotal[] = []
  let parts: Array<Array<number | null>> = []
  tabel.rijen.forEach((rij, index) => {
    const amounts = tabel.kolommen.map((_, column) => rij.bedragen[column]?.centen ?? null)
    if (!rij.totaal) {
      parts.push(amounts)
      return
    }
    const computed = tabel.kolommen.map((_, column) => sum(parts.map((p) => p[column] ?? null)))
    out.push({ row: index, label: rij.label, computed, claimed: amounts })
    parts = []
  })
  return out
}

/**
 * A finance table as a table block; total rows show the computed sum, with a note where the
 * source claimed something else.
 *
 * @param tabel The finance table.
 * @param labels Labels (for the header of the label column).
 * @returns The table block.
 */
export function financeTable(tabel: FinTabel, labels: Labels): TableBlock {
  const totals = new Map(computeTotals(tabel).map((t) => [t.row, t]))
  const notes: string[] = []
  // Text columns (onderbouwing, principes, …) follow the amounts, so the source's words stay.
  const hasToelichting = tabel.rijen.some((rij) => rij.toelichting)
  const texts = tabel.tekstkolommen ?? []
  const rows: TableRow[] = tabel.rijen.map((rij, index) => {
    const total = totals.get(index)
    const amounts = total ? total.computed : rij.bedragen.map((b) => b?.centen ?? null)
    if (total) {
      total.claimed.forEach((claimed, column) => {
        const computed = total.computed[column] ?? null
        if (claimed !== null && claimed !== computed) {
          notes.push(
            `${rij.label}, ${tabel.kolommen[column] ?? ''}: de bron noemt ${euro(claimed)}, de som van de onderdelen is ${euro(computed ?? 0)}; getoond is de som.`
          )
        }
      })
    }
    return {
      kind: total ? 'total' : 'row',
      cells: [
        { text: rij.label },
        ...tabel.kolommen.map((_, column) => ({ text: euro(amounts[column] ?? null) })),
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

function sum(values: Array<number | null>): number | null {
  const present = values.filter((v): v is number => v !== null)
  return present.length === 0 ? null : present.reduce((a, b) => a + b, 0)
}
